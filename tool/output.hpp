// SPDX-License-Identifier: MIT
// Small helpers every command uses to read options and write answers: number formatting, the
// --format option, writing to a file or standard output, focus areas from the command line.
#ifndef ASCN_TOOL_OUTPUT_HPP
#define ASCN_TOOL_OUTPUT_HPP

#include <ascn/focus_area.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
} // namespace CLI

namespace ascn_tool {

/// `x` with `digits` decimals, "inf" for infinity.
std::string number(double x, int digits = 3);
/// `x` with `digits` decimals.
std::string fixed(double x, int digits = 4);
/// `items` joined by `sep`.
std::string joined(const std::vector<std::string>& items, const char* sep = "; ");

/// `text` safe for a terminal: control characters (but line feed and tab) as `\xNN`, so an id
/// with an escape sequence cannot rewrite the screen.
std::string printable(std::string_view text);

/// "; did you mean \"x\"?" naming the candidate closest to `query`, or "" when none is close.
std::string did_you_mean(const std::string& query, const std::vector<std::string>& candidates);

/// A CLI11 check that the value is one of `choices`, whose error suggests the closest one.
std::function<std::string(const std::string&)> one_of(std::vector<std::string> choices);

/// A CLI11 check that the value is a whole number in [lo, hi] written in digits only: a
/// negative count is refused, never wrapped around to 2^64 - 1, and so is one too large.
std::function<std::string(const std::string&)> count_in(std::uint64_t lo, std::uint64_t hi);

/// A CLI11 check that the value is a finite number in [lo, hi].
std::function<std::string(const std::string&)> number_in(double lo, double hi);

/// `--format table|json`, the output choice every reporting command offers.
void add_format_option(CLI::App& cmd, std::string& format);

/// Writes `text` to `path`, or to standard output when `path` is empty or "-".
void emit(const std::string& path, const std::string& text);

/// The focus area `text` names; throws `usage_error` (with a suggestion) otherwise.
ascn::focus_area parse_focus(const std::string& text);

} // namespace ascn_tool

#endif // ASCN_TOOL_OUTPUT_HPP

// SPDX-License-Identifier: MIT
// Small helpers every command uses to read options and write answers: number formatting, the
// --format option, writing to a file or standard output, focus areas from the command line.
#ifndef ASCN_TOOL_OUTPUT_HPP
#define ASCN_TOOL_OUTPUT_HPP

#include <ascn/focus_area.hpp>

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

/// `--format table|json`, the output choice every reporting command offers.
void add_format_option(CLI::App& cmd, std::string& format);

/// Writes `text` to `path`, or to standard output when `path` is empty or "-".
void emit(const std::string& path, const std::string& text);

/// The focus area `text` names; throws `ascn::value_error` naming `--focus` otherwise.
ascn::focus_area parse_focus(const std::string& text);

} // namespace ascn_tool

#endif // ASCN_TOOL_OUTPUT_HPP

// SPDX-License-Identifier: MIT
// The one JSON shape every command answers in (docs/cli.md): an envelope naming the tool's
// version, the command, the input (by name, never by path) and the year asked for, around the
// command's own result.
#ifndef ASCN_TOOL_ENVELOPE_HPP
#define ASCN_TOOL_ENVELOPE_HPP

#include "input.hpp"

#include <nlohmann/json.hpp>

#include <ostream>
#include <string_view>

namespace ascn_tool {

/// `{"ascn": VERSION, "command": COMMAND, "input": NAME, "as_of": YEAR|null, "result": RESULT,
/// "warnings": [TEXT, ...]}`.
nlohmann::ordered_json envelope(const input& in, std::string_view command,
                                nlohmann::ordered_json result);

/// Writes `envelope(in, command, result)` to `out`, one space of indent, and a newline.
void print_json(std::ostream& out, const input& in, std::string_view command,
                nlohmann::ordered_json result);

} // namespace ascn_tool

#endif // ASCN_TOOL_ENVELOPE_HPP

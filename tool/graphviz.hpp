// SPDX-License-Identifier: MIT
// Running Graphviz for the report's map: `neato -n2 -Tsvg` as a child process (no shell), its
// error output kept, and a time limit.
#ifndef ASCN_TOOL_GRAPHVIZ_HPP
#define ASCN_TOOL_GRAPHVIZ_HPP

#include <chrono>
#include <filesystem>
#include <string>

namespace ascn_tool {

/// What became of a Graphviz run.
struct graphviz_run {
    enum class outcome { drawn, not_found, failed, timed_out };
    outcome result = outcome::not_found;
    std::string message; ///< why not drawn, with Graphviz's own error output when it gave one
    [[nodiscard]] bool drawn() const noexcept { return result == outcome::drawn; }
};

/// Renders `dot_file` to `svg_file` with `neato -n2 -Tsvg` (positions pinned), found on PATH
/// and started without a shell. Not found, a non-zero exit, no file written, or still running
/// after `limit` (then killed) are reported in the result, never thrown; a half-written
/// `svg_file` is removed.
graphviz_run run_neato(const std::filesystem::path& dot_file, const std::filesystem::path& svg_file,
                       std::chrono::seconds limit);

} // namespace ascn_tool

#endif // ASCN_TOOL_GRAPHVIZ_HPP

// SPDX-License-Identifier: MIT
// The tool's command line as data, read back from the CLI11 application the command table built:
// what `ascn completion` and the man page are generated from, so they cannot drift from it.
#ifndef ASCN_TOOL_CLI_MODEL_HPP
#define ASCN_TOOL_CLI_MODEL_HPP

#include <string>
#include <vector>

namespace CLI {
class App;
} // namespace CLI

namespace ascn_tool {

/// One option or positional argument of a command.
struct option_info {
    std::string name;        ///< "--weight", or the positional's name ("id")
    std::string description; ///< its help text
    std::string default_value;
    bool flag = false; ///< takes no value
    bool positional = false;
    bool required = false;
};

/// One command.
struct command_info {
    std::string name, summary, example;
    std::vector<option_info> options;
};

/// Every visible command of `root` (the tool's CLI11 application), in the table's order.
std::vector<command_info> describe(const CLI::App& root);

/// The man page, in roff.
std::string man_page(const CLI::App& root);

/// A completion script for `shell` ("bash", "zsh" or "fish").
std::string completion_script(const CLI::App& root, const std::string& shell);

} // namespace ascn_tool

#endif // ASCN_TOOL_CLI_MODEL_HPP

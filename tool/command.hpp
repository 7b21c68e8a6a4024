// SPDX-License-Identifier: MIT
// The tool is made of commands: each is a class in its own translation unit under commands/,
// and one table (commands/table.cpp) lists them with their name and one-line summary. main.cpp
// builds the command line from the table and runs the command the user chose.
#ifndef ASCN_TOOL_COMMAND_HPP
#define ASCN_TOOL_COMMAND_HPP

#include "input.hpp"

#include <memory>
#include <ostream>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace CLI {
class App;
} // namespace CLI

namespace ascn_tool {

/// One subcommand. `options` declares its options on its CLI11 subcommand, bound to the
/// command's own members; once the line is parsed, `run` does the work and returns the exit
/// code (0 an answer, 1 bad data, 2 bad usage).
class command {
public:
    virtual ~command() = default;
    /// Declares the command's own options (`--input`, `--as-of`, `--quiet` are added for it).
    virtual void options(CLI::App& app) = 0;
    /// Runs the command on the network `in` names, writing its answer to `out`.
    virtual int run(const input& in, std::ostream& out) = 0;
};

/// A row of the command table.
struct command_entry {
    std::string_view name;              ///< the subcommand, e.g. "path"
    std::string_view summary;           ///< one line, for `ascn --help` (empty: hidden)
    std::unique_ptr<command> (*make)(); ///< a fresh command object
    std::string_view example;           ///< one example command line, for `--help` and the man page
    bool reads_network = true;          ///< false: no --input/--as-of and nothing loaded
    bool reads_plain_graphs = false;    ///< true: works on a plain graph (docs/cli.md)
};

/// An error in how the tool was called (options that conflict or change nothing): exit code 2.
class usage_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Every command, in the order `ascn --help` lists them.
const std::vector<command_entry>& command_table();

} // namespace ascn_tool

#endif // ASCN_TOOL_COMMAND_HPP

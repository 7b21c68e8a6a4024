// SPDX-License-Identifier: MIT
// The `ascn` command-line tool: the library's analyses from the command line. Each command is a
// class in commands/ (one translation unit each), listed in commands/table.cpp; this file builds
// the command line from that table, loads the network and runs the chosen command.
//
// Exit codes: 0 an answer, 1 bad data or an unknown id (message on standard error), 2 bad usage.
#include "command.hpp"
#include "input.hpp"
#include "progress.hpp"

#include <ascn/error.hpp>
#include <ascn/version.hpp>

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace ascn_tool;
    CLI::App app{"ascn: the ASEAN Smart Cities Network as a graph"};
    app.set_version_flag("--version", std::string(ascn::version_string));
    app.require_subcommand(1);

    input_options in;
    struct chosen {
        CLI::App* app;
        std::unique_ptr<command> cmd;
    };
    std::vector<chosen> commands;
    for (const auto& entry : command_table()) {
        auto* sub = app.add_subcommand(std::string(entry.name), std::string(entry.summary));
        add_input_options(*sub, in);
        auto cmd = entry.make();
        cmd->options(*sub);
        commands.push_back({sub, std::move(cmd)});
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        (void)app.exit(e);
        return 2;
    }

    try {
        for (auto& [sub, cmd] : commands) {
            if (!sub->parsed())
                continue;
            // Loading a big file shows a progress bar on a terminal (standard error).
            progress_bar loading(!in.quiet);
            loading.stage("loading", 0.0);
            const input network(in, loading.callback());
            loading.done();
            return cmd->run(network, std::cout);
        }
        return 2; // not reached: CLI11 requires one subcommand
    } catch (const ascn::error& e) {
        std::cerr << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "ascn: " << e.what() << '\n';
        return 1;
    }
}

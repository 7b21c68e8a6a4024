// SPDX-License-Identifier: MIT
// The `ascn` command-line tool: the library's analyses from the command line. Each command is a
// class in commands/ (one translation unit each), listed in commands/table.cpp; this file builds
// the command line from that table, loads the network and runs the chosen command.
//
// Exit codes (docs/cli.md): 0 an answer (an empty one included), 1 bad input or data (message on
// standard error naming file, line, field and id), 2 bad usage.
#include "command.hpp"
#include "input.hpp"
#include "output.hpp"
#include "progress.hpp"

#include <ascn/error.hpp>
#include <ascn/version.hpp>

#include <boost/version.hpp>
#include <range/v3/version.hpp>

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstring>
#include <exception>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace ascn_tool;

std::string version_text() {
    std::string boost = BOOST_LIB_VERSION;
    for (auto& c : boost)
        if (c == '_')
            c = '.';
    return "ascn " + std::string(ascn::version_string) + " (Boost " + boost + ", range-v3 " +
           std::to_string(RANGE_V3_MAJOR) + "." + std::to_string(RANGE_V3_MINOR) + "." +
           std::to_string(RANGE_V3_PATCHLEVEL) + ")";
}

/// The options `sub` knows, long names with their dashes.
std::vector<std::string> option_names(const CLI::App& sub) {
    std::vector<std::string> names;
    for (const CLI::Option* o : sub.get_options())
        for (const auto& l : o->get_lnames())
            names.push_back("--" + l);
    return names;
}

/// "ascn: unknown option --formt for summary; did you mean --format?" for each option of the
/// command line that `sub` does not know.
bool explain_unknown_options(const CLI::App& sub, int argc, char** argv) {
    const auto known = option_names(sub);
    bool any = false;
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.rfind("--", 0) != 0)
            continue;
        arg = arg.substr(0, arg.find('='));
        bool found = false;
        for (const auto& k : known)
            found = found || k == arg;
        if (!found) {
            std::cerr << "ascn: unknown option " << printable(arg) << " for " << sub.get_name()
                      << did_you_mean(arg, known) << '\n';
            any = true;
        }
    }
    return any;
}

} // namespace

namespace {

// A command's answer is only given once standard output took it: a failed write (a full disk,
// a closed pipe) is an error, exit code 1.
int answered(int code) {
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "ascn: cannot write the answer to standard output\n";
        return 1;
    }
    return code;
}

} // namespace

int main(int argc, char** argv) {
    // A file-size limit (ulimit -f) makes a write fail with an error, reported, instead of
    // killing the tool halfway through a file.
    std::signal(SIGXFSZ, SIG_IGN);
    CLI::App app{"ascn: the ASEAN Smart Cities Network as a graph", "ascn"};
    app.set_version_flag("--version", version_text());
    app.require_subcommand(1);
    app.footer("Exit codes: 0 an answer, 1 bad input or data, 2 bad usage. `ascn COMMAND --help` "
               "shows a command's options with their defaults and an example.");

    input_options in;
    struct entry {
        CLI::App* app;
        std::unique_ptr<command> cmd;
        bool reads_network;
        bool reads_plain_graphs;
    };
    std::vector<entry> commands;
    std::vector<std::string> names;
    for (const auto& e : command_table()) {
        auto* sub = app.add_subcommand(std::string(e.name), std::string(e.summary));
        if (e.summary.empty())
            sub->group(""); // hidden (the man page)
        else
            names.emplace_back(e.name);
        if (!e.example.empty())
            sub->footer("Example: " + std::string(e.example));
        if (e.reads_network)
            add_input_options(*sub, in);
        auto cmd = e.make();
        cmd->options(*sub);
        commands.push_back({sub, std::move(cmd), e.reads_network, e.reads_plain_graphs});
    }

    // An unknown command gets a suggestion before CLI11 sees it.
    if (argc > 1 && argv[1][0] != '-') {
        bool known = false;
        for (const auto& e : command_table())
            known = known || e.name == argv[1];
        if (!known) {
            std::cerr << "ascn: unknown command " << printable(argv[1])
                      << printable(did_you_mean(argv[1], names))
                      << "\nRun with --help for the list of commands.\n";
            return 2;
        }
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ExtrasError& e) {
        for (auto& c : commands)
            if (argc > 1 && c.app->get_name() == argv[1] &&
                explain_unknown_options(*c.app, argc, argv))
                return 2;
        std::cerr << "ascn: " << printable(e.what()) << "\nRun with --help for the options.\n";
        return 2;
    } catch (const CLI::ParseError& e) {
        // CLI11's messages quote the value given: escaped, as every message of the tool.
        std::cerr << "ascn: " << printable(e.what()) << "\nRun with --help for the options.\n";
        return 2;
    }

    try {
        for (auto& [sub, cmd, reads, plain_ok] : commands) {
            if (!sub->parsed())
                continue;
            if (!reads)
                return answered(cmd->run(input(), std::cout));
            // Loading a big file shows a progress bar on a terminal (standard error).
            progress_bar loading(!in.quiet);
            loading.stage("loading", 0.0);
            const input network(in, loading.callback());
            loading.done();
            if (network.plain() && !plain_ok) {
                std::string any;
                for (const auto& e : command_table())
                    if (e.reads_plain_graphs)
                        any += (any.empty() ? "" : ", ") + std::string(e.name);
                throw usage_error(sub->get_name() +
                                  " works on the ASCN's schema (cities, "
                                  "countries, partners); " +
                                  in.path +
                                  " is a plain graph. The commands for any graph: " + any);
            }
            return answered(cmd->run(network, std::cout));
        }
        return 2; // not reached: CLI11 requires one subcommand
    } catch (const usage_error& e) {
        std::cerr << "ascn: " << printable(e.what()) << '\n';
        return 2;
    } catch (const ascn::error& e) {
        std::cerr << printable(e.what()) << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "ascn: " << printable(e.what()) << '\n';
        return 1;
    }
}

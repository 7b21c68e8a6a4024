// SPDX-License-Identifier: MIT
#include "graphviz.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace ascn_tool {

namespace {

/// Graphviz's error output, cut to its first lines: what a user needs to see.
std::string first_lines(const std::string& text) {
    std::string out;
    std::size_t lines = 0;
    for (char c : text) {
        if (c == '\n' && ++lines == 5)
            return out + " ...";
        out += c == '\n' ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

} // namespace

graphviz_run run_neato(const std::filesystem::path& dot_file, const std::filesystem::path& svg_file,
                       std::chrono::seconds limit) {
    using outcome = graphviz_run::outcome;
    int err[2];
    if (pipe(err) != 0)
        return {outcome::failed, std::string("cannot start neato: ") + std::strerror(errno)};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, err[0]);
    posix_spawn_file_actions_addclose(&actions, err[1]);
    const std::string dot = dot_file.string(), svg = svg_file.string();
    std::vector<std::string> args = {"neato", "-n2", "-Tsvg", dot, "-o", svg};
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, "neato", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(err[1]);
    if (spawned != 0) {
        close(err[0]);
        return {spawned == ENOENT ? outcome::not_found : outcome::failed,
                spawned == ENOENT ? std::string("Graphviz's neato was not found on PATH")
                                  : std::string("cannot start neato: ") + std::strerror(spawned)};
    }
    // Read its error output until it closes, or the time is up.
    std::string errors;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    bool timed_out = false;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            timed_out = true;
            break;
        }
        pollfd p{err[0], POLLIN, 0};
        const int ready = poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        char buffer[4096];
        const auto n = read(err[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // closed: neato has ended (or closed its error output)
        if (errors.size() < 65536)
            errors.append(buffer, static_cast<std::size_t>(n));
    }
    close(err[0]);
    if (timed_out)
        kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    std::error_code ignored;
    if (timed_out) {
        std::filesystem::remove(svg_file, ignored);
        return {outcome::timed_out, "neato was still running after " +
                                        std::to_string(limit.count()) + " s and was stopped"};
    }
    // posix_spawnp may report a missing program only through the child's exit code, 127.
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127 && errors.empty())
        return {outcome::not_found, "Graphviz's neato was not found on PATH"};
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::filesystem::remove(svg_file, ignored);
        std::string why =
            WIFEXITED(status)
                ? "neato failed (exit code " + std::to_string(WEXITSTATUS(status)) + ")"
                : "neato was ended by signal " + std::to_string(WTERMSIG(status));
        if (!errors.empty())
            why += ": " + first_lines(errors);
        return {outcome::failed, why};
    }
    if (!std::filesystem::exists(svg_file, ignored))
        return {outcome::failed, "neato exited without writing " + svg};
    return {outcome::drawn, first_lines(errors)};
}

} // namespace ascn_tool

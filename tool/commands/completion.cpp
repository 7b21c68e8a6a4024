// SPDX-License-Identifier: MIT
// `ascn completion bash|zsh|fish`: a completion script for the shell, generated from the command
// table (`source <(ascn completion bash)`); and the hidden `ascn man`, the man page the build
// installs, generated from the same table.
#include "../cli_model.hpp"
#include "../command.hpp"
#include "../output.hpp"

#include <CLI/CLI.hpp>

#include <ostream>
#include <string>

namespace ascn_tool {
namespace {

class completion_command final : public command {
public:
    void options(CLI::App& app) override {
        app_ = &app;
        app.add_option("shell", shell_, "bash, zsh or fish")
            ->required()
            ->check(one_of({"bash", "zsh", "fish"}));
    }
    int run(const input&, std::ostream& out) override {
        out << completion_script(*app_->get_parent(), shell_);
        return 0;
    }

private:
    CLI::App* app_ = nullptr;
    std::string shell_;
};

class man_command final : public command {
public:
    void options(CLI::App& app) override { app_ = &app; }
    int run(const input&, std::ostream& out) override {
        out << man_page(*app_->get_parent());
        return 0;
    }

private:
    CLI::App* app_ = nullptr;
};

} // namespace

std::unique_ptr<command> make_completion() {
    return std::make_unique<completion_command>();
}

std::unique_ptr<command> make_man() {
    return std::make_unique<man_command>();
}

} // namespace ascn_tool

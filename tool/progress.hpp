// SPDX-License-Identifier: MIT
// A progress bar on standard error for the tool: drawn only when standard error is a terminal
// (so scripts and logs see nothing), redrawn when the whole percentage changes.
#ifndef ASCN_TOOL_PROGRESS_HPP
#define ASCN_TOOL_PROGRESS_HPP

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>

namespace ascn_tool {

class progress_bar {
public:
    /// A bar that draws when `wanted` and standard error is a terminal.
    explicit progress_bar(bool wanted = true)
        : state_(std::make_shared<state>()) {
        state_->on = wanted && ::isatty(STDERR_FILENO) == 1;
    }

    /// Starts a named stage at overall fraction `at`.
    void stage(const std::string& name, double at) {
        state_->label = name;
        draw(at);
    }
    /// Reports the fraction done of this bar's range.
    void update(double fraction) { draw(lo_ + (hi_ - lo_) * std::clamp(fraction, 0.0, 1.0)); }
    /// A bar for the part [lo, hi] of this one's range (same line on the terminal).
    [[nodiscard]] progress_bar sub(double lo, double hi) const {
        progress_bar b(*this);
        b.lo_ = lo_ + (hi_ - lo_) * lo;
        b.hi_ = lo_ + (hi_ - lo_) * hi;
        return b;
    }
    /// A callback for the library's `progress_callback` parameters (never cancels).
    [[nodiscard]] auto callback() const {
        return [bar = *this](double f) mutable {
            bar.update(f);
            return true;
        };
    }
    /// Clears the line.
    void done() {
        if (state_->on && state_->drawn)
            std::fprintf(stderr, "\r%*s\r", 72, "");
        state_->drawn = false;
        state_->percent = -1;
    }

private:
    struct state {
        bool on = false;
        bool drawn = false;
        int percent = -1;
        std::string label;
    };
    void draw(double overall) {
        if (!state_->on)
            return;
        const int p = static_cast<int>(overall * 100);
        if (p == state_->percent)
            return;
        state_->percent = p;
        state_->drawn = true;
        constexpr int width = 30;
        const int full = p * width / 100;
        std::fprintf(stderr, "\r[%s%s] %3d%% %-20s",
                     std::string(static_cast<std::size_t>(full), '#').c_str(),
                     std::string(static_cast<std::size_t>(width - full), ' ').c_str(), p,
                     state_->label.c_str());
        std::fflush(stderr);
    }
    std::shared_ptr<state> state_;
    double lo_ = 0, hi_ = 1;
};

} // namespace ascn_tool

#endif // ASCN_TOOL_PROGRESS_HPP

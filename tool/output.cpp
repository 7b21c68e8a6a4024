// SPDX-License-Identifier: MIT
#include "output.hpp"

#include <ascn/error.hpp>
#include <ascn/io/common.hpp>

#include <CLI/CLI.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace ascn_tool {

std::string number(double x, int digits) {
    if (std::isinf(x))
        return "inf";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", digits, x);
    return buf;
}

std::string fixed(double x, int digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, x);
    return buf;
}

std::string joined(const std::vector<std::string>& items, const char* sep) {
    std::string s;
    for (const auto& i : items)
        s += (s.empty() ? "" : sep) + i;
    return s;
}

void add_format_option(CLI::App& cmd, std::string& format) {
    cmd.add_option("--format", format, "table or json")->check(CLI::IsMember({"table", "json"}));
}

void emit(const std::string& path, const std::string& text) {
    if (path.empty() || path == "-")
        std::cout << text;
    else
        ascn::io::write_file(path, text);
}

ascn::focus_area parse_focus(const std::string& text) {
    const auto f = ascn::parse_focus_area(text);
    if (!f)
        throw ascn::value_error("unknown focus area (expected civic, health, safety, environment, "
                                "infrastructure or industry)",
                                {.field = "--focus", .value = text});
    return *f;
}

} // namespace ascn_tool

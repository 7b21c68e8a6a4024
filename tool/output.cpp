// SPDX-License-Identifier: MIT
#include "output.hpp"

#include "command.hpp"

#include <ascn/detail/suggest.hpp>
#include <ascn/error.hpp>
#include <ascn/io/common.hpp>

#include <CLI/CLI.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <system_error>

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

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\n' && c != '\t') || u == 0x7F) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else
            out += c;
    }
    return out;
}

std::string did_you_mean(const std::string& query, const std::vector<std::string>& candidates) {
    const auto near = ascn::detail::closest(candidates, query, 1);
    return near.empty() ? std::string() : "; did you mean \"" + near.front() + "\"?";
}

std::function<std::string(const std::string&)> one_of(std::vector<std::string> choices) {
    return [choices = std::move(choices)](const std::string& value) -> std::string {
        for (const auto& c : choices)
            if (c == value)
                return {};
        return "\"" + value + "\" is not one of " + joined(choices, ", ") +
               did_you_mean(value, choices);
    };
}

std::function<std::string(const std::string&)> count_in(std::uint64_t lo, std::uint64_t hi) {
    return [lo, hi](const std::string& value) -> std::string {
        const std::string range =
            "a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
        std::uint64_t x = 0;
        const char* first = value.data();
        const char* last = first + value.size();
        const auto [end, ec] = std::from_chars(first, last, x);
        if (value.empty() || value.front() < '0' || value.front() > '9' || ec != std::errc() ||
            end != last)
            return "\"" + value + "\" is not " + range;
        if (x < lo || x > hi)
            return value + " is out of range: expected " + range;
        return {};
    };
}

std::function<std::string(const std::string&)> number_in(double lo, double hi) {
    return [lo, hi](const std::string& value) -> std::string {
        const auto shortest = [](double x) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%g", x);
            return std::string(buf);
        };
        const std::string range = "a number from " + shortest(lo) + " to " + shortest(hi);
        char* end = nullptr;
        const double x = std::strtod(value.c_str(), &end);
        if (value.empty() || end != value.c_str() + value.size() || !std::isfinite(x))
            return "\"" + value + "\" is not " + range;
        if (x < lo || x > hi)
            return value + " is out of range: expected " + range;
        return {};
    };
}

void add_format_option(CLI::App& cmd, std::string& format) {
    cmd.add_option("--format", format, "table or json")
        ->check(one_of({"table", "json"}))
        ->capture_default_str();
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
        throw usage_error("unknown focus area \"" + text + "\" in --focus" +
                          did_you_mean(text, {"civic", "health", "safety", "environment",
                                              "infrastructure", "industry"}) +
                          " (the areas are civic, health, safety, environment, infrastructure "
                          "and industry)");
    return *f;
}

} // namespace ascn_tool

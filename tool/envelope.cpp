// SPDX-License-Identifier: MIT
#include "envelope.hpp"

#include <ascn/version.hpp>

#include <filesystem>
#include <string>

namespace ascn_tool {

nlohmann::ordered_json envelope(const input& in, std::string_view command,
                                nlohmann::ordered_json result) {
    nlohmann::ordered_json j;
    j["ascn"] = std::string(ascn::version_string);
    j["command"] = std::string(command);
    // The input by name: the file or folder name, never the path, so that an answer does not
    // change with where the file lies.
    const auto& path = in.options().path;
    std::string name = "embedded";
    if (path == "-")
        name = "-"; // standard input
    else if (!path.empty()) {
        // "data/", "data/." and "data" all name the folder "data".
        auto p = std::filesystem::path(path).lexically_normal();
        if (p.filename().empty())
            p = p.parent_path();
        name = p.filename().string();
        if (name.empty() || name == "." || name == "..")
            name = std::filesystem::absolute(p).lexically_normal().filename().string();
    }
    j["input"] = name;
    j["as_of"] =
        in.options().as_of ? nlohmann::ordered_json(*in.options().as_of) : nlohmann::ordered_json();
    j["result"] = std::move(result);
    j["warnings"] = in.warnings();
    return j;
}

void print_json(std::ostream& out, const input& in, std::string_view command,
                nlohmann::ordered_json result) {
    out << envelope(in, command, std::move(result)).dump(1) << '\n';
}

} // namespace ascn_tool

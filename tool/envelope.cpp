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
    j["input"] = path.empty() ? std::string("embedded ASCN")
                              : std::filesystem::path(path).filename().string();
    j["as_of"] =
        in.options().as_of ? nlohmann::ordered_json(*in.options().as_of) : nlohmann::ordered_json();
    j["result"] = std::move(result);
    return j;
}

void print_json(std::ostream& out, const input& in, std::string_view command,
                nlohmann::ordered_json result) {
    out << envelope(in, command, std::move(result)).dump(1) << '\n';
}

} // namespace ascn_tool

// SPDX-License-Identifier: MIT
// Where the tool's network comes from: the embedded ASCN, a node-link JSON file, or a folder
// holding a CSV pair; optionally as of a year.
#ifndef ASCN_TOOL_INPUT_HPP
#define ASCN_TOOL_INPUT_HPP

#include <ascn/data/ascn.hpp>
#include <ascn/io/csv.hpp>
#include <ascn/io/json.hpp>
#include <ascn/time_view.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace ascn_tool {

struct input_options {
    std::string input;        // empty: the embedded ASCN
    std::optional<int> as_of; // empty: everything
};

/// Loads the network the options name. A folder is read as `nodes.csv` + `relationships.csv`;
/// any other path as node-link JSON.
inline ascn::network load(const input_options& o, const ascn::progress_callback& progress = {}) {
    ascn::network net;
    if (o.input.empty())
        net = ascn::data::embedded_network();
    else if (std::filesystem::is_directory(o.input)) {
        const auto dir = std::filesystem::path(o.input);
        const auto nodes = (dir / "nodes.csv").string(),
                   rels = (dir / "relationships.csv").string();
        ascn::io::read_csv(ascn::io::read_file(nodes), ascn::io::read_file(rels), net, nodes, rels,
                           progress);
    } else
        ascn::io::read_json(ascn::io::read_file(o.input), net, o.input, progress);
    if (o.as_of)
        return ascn::as_of(net, *o.as_of).materialize();
    return net;
}

/// The id `text` names in `net`: itself, or on the embedded ASCN also a city's name or alias
/// ("Kota Cebu"). Unknown ids are returned unchanged (the caller's lookup then reports them
/// with suggestions).
inline std::string resolve_id(const ascn::network& net, const std::string& text, bool embedded) {
    if (embedded && !net.contains(text))
        if (const auto* c = ascn::data::embedded_dataset().find_city(text);
            c && net.contains(c->id))
            return c->id;
    return text;
}

/// A short description of the input for headings, e.g. "embedded ASCN as of 2018".
inline std::string describe(const input_options& o) {
    std::string s = o.input.empty() ? "embedded ASCN" : o.input;
    if (o.as_of)
        s += " as of " + std::to_string(*o.as_of);
    return s;
}

} // namespace ascn_tool

#endif // ASCN_TOOL_INPUT_HPP

// SPDX-License-Identifier: MIT
#include "input.hpp"

#include <ascn/asean/dataset.hpp>
#include <ascn/contracts.hpp>
#include <ascn/io/csv.hpp>
#include <ascn/io/json.hpp>
#include <ascn/time_view.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>

namespace ascn_tool {

void add_input_options(CLI::App& cmd, input_options& in) {
    cmd.add_option("--input", in.path,
                   "node-link JSON file, or a folder with nodes.csv and relationships.csv "
                   "(default: the embedded ASCN)");
    cmd.add_option("--as-of", in.as_of, "the network as it stood in this year")
        ->check(CLI::Range(ascn::min_year, ascn::max_year));
    cmd.add_flag("--quiet", in.quiet, "no progress bar on a terminal");
}

input::input(input_options o, const ascn::progress_callback& progress)
    : o_(std::move(o)) {
    ascn::network net;
    if (o_.path.empty())
        net = ascn::data::embedded_network();
    else if (std::filesystem::is_directory(o_.path)) {
        const auto dir = std::filesystem::path(o_.path);
        const auto nodes = (dir / "nodes.csv").string(),
                   rels = (dir / "relationships.csv").string();
        ascn::io::read_csv(ascn::io::read_file(nodes), ascn::io::read_file(rels), net, nodes, rels,
                           progress);
    } else
        ascn::io::read_json(ascn::io::read_file(o_.path), net, o_.path, progress);
    if (o_.as_of)
        net_ = ascn::as_of(net, *o_.as_of).materialize();
    else
        net_ = std::move(net);
}

const ascn::data::dataset& input::dataset() const {
    ASCN_EXPECTS(embedded());
    return ascn::data::embedded_dataset();
}

std::string input::resolve(const std::string& text) const {
    if (embedded() && !net_.contains(text))
        if (const auto* c = ascn::data::embedded_dataset().find_city(text);
            c && net_.contains(c->id))
            return c->id;
    return text;
}

std::string input::describe() const {
    std::string s = o_.path.empty() ? "embedded ASCN" : o_.path;
    if (o_.as_of)
        s += " as of " + std::to_string(*o_.as_of);
    return s;
}

} // namespace ascn_tool

// SPDX-License-Identifier: MIT
#include "input.hpp"
#include "command.hpp"
#include "output.hpp"

#include <ascn/asean/dataset.hpp>
#include <ascn/contracts.hpp>
#include <ascn/io/csv.hpp>
#include <ascn/io/json.hpp>
#if ASCN_TOOL_GRAPHML
#include <ascn/io/graphml_reader.hpp>
#endif
#include <ascn/time_view.hpp>

#include <CLI/CLI.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string_view>
#include <vector>

namespace ascn_tool {

namespace {
/// The network file the user names is read whole, up to 64 GiB: the library's default limit of
/// 1 GiB (a guard against reading something by mistake) is smaller than a node-link file of a
/// million cities (1.3 GiB).
std::string read_input(const std::string& path) {
    return ascn::io::read_file(path, std::uintmax_t{64} << 30);
}

/// Whether the file at `path` says `"kind"` anywhere (`is_plain_node_link` without the whole
/// text: the ASCN's schema says it in its first node, so this reads a block or so). Throws
/// `io_error` naming the file as `read_file` does.
bool file_says_kind(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ascn::io_error("cannot open file for reading", {.file = path});
    constexpr std::string_view word = "\"kind\"";
    std::string block;
    std::vector<char> buffer(std::size_t{1} << 20);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
        // The last bytes of the block before, in case the word is cut between two.
        block.erase(0, block.size() > word.size() ? block.size() - word.size() + 1 : 0);
        block.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
        if (block.find(word) != std::string::npos)
            return true;
    }
    if (in.bad())
        throw ascn::io_error("cannot read file", {.file = path});
    return false;
}
} // namespace

void add_input_options(CLI::App& cmd, input_options& in) {
    cmd.add_option("--input", in.path,
                   "node-link JSON file (- for standard input), a folder with nodes.csv and "
                   "relationships.csv, or an edge list (.csv, .tsv, .txt, .edges) (default: the "
                   "embedded ASCN)")
        ->check(
            [](const std::string& path) {
                return path.empty() ? std::string("an empty path (leave --input out for the "
                                                  "embedded ASCN)")
                                    : std::string();
            },
            "PATH");
    cmd.add_option("--as-of", in.as_of, "the network as it stood in this year")
        ->check(count_in(ascn::min_year, ascn::max_year));
    cmd.add_flag("--quiet", in.quiet, "no progress bar on a terminal");
}

input::input(input_options o, const ascn::progress_callback& progress)
    : o_(std::move(o)) {
    ascn::network net;
    const auto as_plain = [&](plain_graph g) {
        if (o_.as_of)
            throw usage_error("--as-of: " + o_.path +
                              " is a plain graph, whose vertices and edges have no years");
        if (g.self_loops > 0)
            warn(std::to_string(g.self_loops) + " edge" + (g.self_loops == 1 ? "" : "s") +
                 " from a vertex to itself left out");
        plain_ = std::make_shared<const plain_graph>(std::move(g));
    };
    if (o_.path.empty())
        net = ascn::data::embedded_network();
    else if (o_.path != "-" && std::filesystem::is_directory(o_.path)) {
        const auto dir = std::filesystem::path(o_.path);
        const auto nodes = (dir / "nodes.csv").string(),
                   rels = (dir / "relationships.csv").string();
        ascn::io::read_csv(read_input(nodes), read_input(rels), net, nodes, rels, progress);
    } else if (o_.path.size() > 8 && o_.path.ends_with(".graphml")) {
        // The ASCN's schema in GraphML: what `ascn export --format graphml` writes, also after
        // igraph or NetworkX wrote it back.
#if ASCN_TOOL_GRAPHML
        const auto text = read_input(o_.path);
        if (is_plain_graphml(text)) { // a graph of the user's own (igraph, NetworkX, Gephi)
            as_plain(read_plain_graphml(text, o_.path));
            return;
        }
        ascn::io::read_graphml(text, net, o_.path, progress);
#else
        throw usage_error("--input " + o_.path +
                          ": this ascn was built without GraphML input (it needs pugixml; "
                          "Debian: libpugixml-dev)");
#endif
    } else if (o_.path != "-" && is_edge_list(o_.path)) {
        as_plain(read_edge_list(read_input(o_.path), o_.path));
        return;
    } else if (o_.path != "-" && file_says_kind(o_.path)) {
        // The ASCN's schema: read a block at a time, the text never held whole.
        ascn::io::read_json_file(o_.path, net, progress);
    } else {
        std::string text;
        std::string name = o_.path;
        if (o_.path == "-") {
            // Standard input: node-link JSON (a CSV pair needs two files).
            text.assign(std::istreambuf_iterator<char>(std::cin), {});
            if (std::cin.bad())
                throw ascn::io_error("cannot read standard input", {.file = "<stdin>"});
            name = "<stdin>";
        } else
            text = read_input(o_.path);
        if (is_plain_node_link(text)) {
            as_plain(read_plain_node_link(text, name));
            return;
        }
        ascn::io::read_json(text, net, name, progress);
    }
    if (o_.as_of)
        net_ = ascn::as_of(net, *o_.as_of).materialize();
    else
        net_ = std::move(net);
    if (o_.as_of && net_.empty() && !net.empty())
        warn("the network had no vertex yet in " + std::to_string(*o_.as_of) +
             " (its earliest start year is later): every answer is empty");
}

const plain_graph& input::graph() const {
    ASCN_EXPECTS(plain());
    return *plain_;
}

const ascn::data::dataset& input::dataset() const {
    ASCN_EXPECTS(embedded());
    return ascn::data::embedded_dataset();
}

std::string input::resolve(const std::string& text) const {
    if (plain())
        return text;
    return ascn::data::resolve_id(net_, text, embedded());
}

void input::warn(std::string text) const {
    std::cerr << "ascn: warning: " << text << '\n';
    warnings_.push_back(std::move(text));
}

std::string input::describe() const {
    std::string s = o_.path.empty() ? "embedded ASCN" : o_.path;
    if (o_.as_of)
        s += " as of " + std::to_string(*o_.as_of);
    return s;
}

} // namespace ascn_tool

// SPDX-License-Identifier: MIT
// A graph of the user's own, read without the ASCN's schema: vertices by id, undirected edges
// with numeric attributes. `--input` reads one from an edge list (CSV, TSV or whitespace
// separated, as NetworkX's read_edgelist and pandas write them) or from node-link JSON whose
// nodes have no `kind`; the graph commands run on it (docs/cli.md, "Any graph").
#ifndef ASCN_TOOL_PLAIN_GRAPH_HPP
#define ASCN_TOOL_PLAIN_GRAPH_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ascn_tool {

/// A plain undirected graph. Vertex `v` is `ids[v]`; edge `e` joins `edges[e]` and has the
/// value `values[a][e]` of attribute `attributes[a]` (NaN where the file gives none).
struct plain_graph {
    std::vector<std::string> ids;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    std::vector<std::string> attributes;
    std::vector<std::vector<double>> values;
    std::size_t self_loops = 0; ///< edges from a vertex to itself, left out (and counted)
};

/// Whether `path` names an edge list: its extension is .csv, .tsv, .txt, .edges, .edgelist or
/// .el.
bool is_edge_list(std::string_view path);

/// Reads an edge list: one edge per line, source and target first, then numeric attributes.
/// Separated by commas (.csv, with RFC 4180 quotes), tabs (.tsv) or whitespace (others); lines
/// starting with '#' and blank lines are skipped. A header is recognised when its first two
/// fields are a known pair (source/target, from/to, u/v, node1/node2, ignoring case) and then
/// names the attributes; without one, the third column is `weight` and the next `column4`,
/// and so on. An empty field is a missing value. Throws `ascn::parse_error` naming `file`, the
/// line and the field for a line without two ids, a value that is not a number, a row longer
/// than the header, and an edge given twice (a plain graph has one edge per pair).
plain_graph read_edge_list(std::string_view text, const std::string& file);

/// Whether node-link JSON `text` is a plain graph: it never says `"kind"`, so no node has the
/// ASCN schema's kind.
bool is_plain_node_link(std::string_view text);

/// Reads node-link JSON as NetworkX writes it (`nodes` with `id`; edges under `links` or
/// `edges`, with `source`, `target` and attributes). Numeric edge attributes are kept, others
/// ignored; `directed` or `multigraph` true is an error (the graph commands are undirected),
/// as is an edge given twice. Errors name the file and the JSON path.
plain_graph read_plain_node_link(std::string_view text, const std::string& file);

/// Whether GraphML `text` is a plain graph: it declares no key named `kind` (the ASCN's
/// schema declares one for its nodes).
bool is_plain_graphml(std::string_view text);

/// Reads GraphML as igraph, NetworkX and Gephi write it: undirected, a vertex per `<node>`,
/// its id the node's `name` data when the file declares a node key `name` (igraph's vertex
/// names), else the node's id; an edge per `<edge>` with the values of the numeric edge keys
/// (`int`, `long`, `float`, `double`; a key's `<default>` where an edge has no data), other
/// keys ignored. A directed graph or edge, a nested graph, a hyperedge, an edge given twice, a
/// value that is not a number and text that is not UTF-8 are errors naming the file, line and
/// column. Only in a tool built with pugixml (`ASCN_TOOL_GRAPHML`).
plain_graph read_plain_graphml(std::string_view text, const std::string& file);

} // namespace ascn_tool

#endif // ASCN_TOOL_PLAIN_GRAPH_HPP

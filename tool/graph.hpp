// SPDX-License-Identifier: MIT
// The frozen graph the graph commands (distances, centrality, communities, brokers, weak
// points) run on, with the cost of each relationship chosen by `--weight`.
#ifndef ASCN_TOOL_GRAPH_HPP
#define ASCN_TOOL_GRAPH_HPP

#include "input.hpp"

#include <ascn/snapshot.hpp>

#include <string>

namespace CLI {
class App;
} // namespace CLI

namespace ascn_tool {

/// Declares `--weight ATTR` on a graph command: which relationship attribute is each
/// relationship's weight (a length for distances, betweenness, closeness and harmonic
/// centrality; a strength for the others, as NetworkX reads `weight`). Default: every
/// relationship weighs 1.
void add_weight_option(CLI::App& cmd, std::string& weight);

/// The snapshot of the input under `weight` ("" or "hops": 1 each): parallel relationships stay
/// separate arcs. A plain graph's snapshot has its ids and an arc each way per edge, weighing
/// the edge attribute `weight`. A relationship whose attribute is missing weighs 1, and the input
/// warns how many did. Throws `ascn::value_error` naming `--weight` for an attribute that is not
/// numeric.
ascn::snapshot graph_of(const input& in, const std::string& weight);

/// The kind of a vertex as text ("city", "country", "partner"; "vertex" in a plain graph).
std::string kind_of(const input& in, const ascn::snapshot& s, ascn::snapshot::vertex_index v);

/// The vertex of `s` with this id. Throws `ascn::unknown_id_error` with a suggestion.
ascn::snapshot::vertex_index vertex_named(const input& in, const ascn::snapshot& s,
                                          const std::string& id);

} // namespace ascn_tool

#endif // ASCN_TOOL_GRAPH_HPP

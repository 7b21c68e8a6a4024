// SPDX-License-Identifier: MIT
// libFuzzer target: the tool's readers of a graph of one's own (tool/plain_graph.hpp): edge
// lists (CSV, TSV, whitespace), node-link JSON without kinds and, with pugixml, GraphML without
// kinds. The first byte picks the reader, the rest is the file. Any input either loads or
// throws an ascn::error; whatever loads is a plain graph as documented: every edge joins two
// distinct vertices of the graph, no pair twice, one value per edge for each attribute.
#include "plain_graph.hpp"

#include <ascn/error.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <utility>
#include <vector>

namespace {
void check(const ascn_tool::plain_graph& g) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    for (auto [u, v] : g.edges) {
        if (u >= g.ids.size() || v >= g.ids.size() || u == v)
            std::abort();
        pairs.emplace_back(std::min(u, v), std::max(u, v));
    }
    std::sort(pairs.begin(), pairs.end());
    if (std::adjacent_find(pairs.begin(), pairs.end()) != pairs.end())
        std::abort();
    if (g.values.size() != g.attributes.size())
        std::abort();
    for (const auto& column : g.values)
        if (column.size() != g.edges.size())
            std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        switch (data[0] % 5) {
        case 0:
            check(ascn_tool::read_edge_list(text, "fuzz.csv"));
            break;
        case 1:
            check(ascn_tool::read_edge_list(text, "fuzz.tsv"));
            break;
        case 2:
            check(ascn_tool::read_edge_list(text, "fuzz.txt"));
            break;
        case 3:
            check(ascn_tool::read_plain_node_link(text, "fuzz.json"));
            break;
        default:
#if ASCN_TOOL_GRAPHML
            check(ascn_tool::read_plain_graphml(text, "fuzz.graphml"));
#endif
            break;
        }
    } catch (const ascn::error&) {
    }
    return 0;
}

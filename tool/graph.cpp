// SPDX-License-Identifier: MIT
#include "graph.hpp"
#include "command.hpp"
#include "output.hpp"

#include <ascn/error.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>
#include <vector>

namespace ascn_tool {

namespace {
// The numeric attributes of an ASCN relationship a weight can come from.
const std::vector<std::string> weight_attributes = {"strength", "hops"};
} // namespace

void add_weight_option(CLI::App& cmd, std::string& weight) {
    cmd.add_option("--weight", weight,
                   "the relationship attribute each relationship weighs (strength), or hops "
                   "(default: every relationship weighs 1)");
}

namespace {

// A plain graph's snapshot: each edge two arcs, weighing its `weight` value (1 where missing).
ascn::snapshot plain_snapshot(const input& in, const std::string& weight) {
    const plain_graph& g = in.graph();
    const std::vector<double>* w = nullptr;
    if (!weight.empty() && weight != "hops") {
        const auto it = std::find(g.attributes.begin(), g.attributes.end(), weight);
        if (it == g.attributes.end()) {
            std::string known;
            for (const auto& a : g.attributes)
                known += (known.empty() ? "" : ", ") + a;
            throw usage_error("--weight " + weight +
                              ": the graph's edges have no attribute of "
                              "this name (" +
                              (known.empty() ? "they have none" : "they have " + known) +
                              "; hops weighs each 1)" + did_you_mean(weight, g.attributes));
        }
        w = &g.values[static_cast<std::size_t>(it - g.attributes.begin())];
    }
    std::vector<ascn::arc_entry> arcs;
    arcs.reserve(2 * g.edges.size());
    std::size_t missing = 0;
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        double c = 1;
        if (w) {
            c = (*w)[e];
            if (std::isnan(c)) {
                ++missing;
                c = 1;
            } else if (!(c >= 0) || std::isinf(c))
                throw ascn::value_error(
                    "an edge's weight must be a finite number, 0 or more",
                    {.id = g.ids[g.edges[e].first] + " - " + g.ids[g.edges[e].second],
                     .field = weight,
                     .value = std::to_string(c)});
        }
        const auto [u, v] = g.edges[e];
        arcs.push_back({u, v, c, ascn::snapshot::npos});
        arcs.push_back({v, u, c, ascn::snapshot::npos});
    }
    if (missing > 0)
        in.warn(std::to_string(missing) + " of " + std::to_string(g.edges.size()) +
                " edges have no " + weight + "; each of them weighs 1");
    auto s = ascn::snapshot::of_arcs(g.ids.size(), arcs, ascn::parallel_edges::sum);
    s.set_ids(g.ids);
    return s;
}

} // namespace

ascn::snapshot graph_of(const input& in, const std::string& weight) {
    if (in.plain())
        return plain_snapshot(in, weight);
    const ascn::network& net = in.network();
    if (weight.empty() || weight == "hops")
        return ascn::snapshot(net, ascn::unit_cost{});
    if (weight != "strength") {
        throw usage_error("--weight " + weight +
                          ": no numeric relationship attribute has this name (the network's "
                          "relationships have strength; hops weighs each 1)" +
                          did_you_mean(weight, weight_attributes));
    }
    std::size_t missing = 0, total = 0;
    for (auto [ei, ee] = boost::edges(net.graph()); ei != ee; ++ei) {
        ++total;
        missing += !net[*ei].strength.has_value();
    }
    if (missing > 0)
        in.warn(std::to_string(missing) + " of " + std::to_string(total) +
                " relationships have no strength; each of them weighs 1");
    return ascn::snapshot(
        net, ascn::edge_cost{[](const ascn::relationship& r) { return r.strength.value_or(1.0); }});
}

std::string kind_of(const input& in, const ascn::snapshot& s, ascn::snapshot::vertex_index v) {
    return in.plain() ? std::string("vertex") : std::string(ascn::to_string(s.kind(v)));
}

ascn::snapshot::vertex_index vertex_named(const input& in, const ascn::snapshot& s,
                                          const std::string& id) {
    if (const auto v = s.find(id))
        return *v;
    if (!in.plain())
        (void)in.network().at(id); // an unknown id: an error with suggestions
    throw ascn::unknown_id_error(
        "no vertex has this id" + (in.plain() ? did_you_mean(id, in.graph().ids) : std::string()),
        {.id = id, .field = "id", .value = id});
}

} // namespace ascn_tool

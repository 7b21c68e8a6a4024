// SPDX-License-Identifier: MIT
#include "graph.hpp"
#include "command.hpp"
#include "output.hpp"

#include <ascn/error.hpp>

#include <CLI/CLI.hpp>

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

ascn::snapshot graph_of(const input& in, const std::string& weight) {
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

std::string kind_of(const ascn::snapshot& s, ascn::snapshot::vertex_index v) {
    return std::string(ascn::to_string(s.kind(v)));
}

} // namespace ascn_tool

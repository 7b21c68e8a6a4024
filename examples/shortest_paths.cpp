// SPDX-License-Identifier: MIT
// The example of docs/reference/shortest_paths.md: hops from makassar to banyuwangi.
#include <ascn/algorithm/paths/shortest_paths.hpp>
#include <ascn/asean/dataset.hpp>

#include <cstdio>
#include <string>

int main() {
    // [example]
    const ascn::network& net = ascn::data::embedded_dataset().network;
    const ascn::snapshot frozen(net); // every relationship costs 1
    const auto from = *frozen.from_network(*net.vertex("makassar"));
    const auto tree = ascn::shortest_paths(frozen, from);
    const auto to = *frozen.from_network(*net.vertex("banyuwangi"));
    if (tree.reachable(to))             // da-nang is not: no chain of relationships joins them
        for (auto v : tree.path_to(to)) // makassar ID banyuwangi
            std::puts(std::string(net[frozen.to_network(v)].id()).c_str());
    // [example]
}

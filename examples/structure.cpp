// SPDX-License-Identifier: MIT
// The example of docs/reference/structure.md: communities, centrality, brokers, weak points and
// the city projection of the embedded ASCN. It prints the figures the page quotes.
// [example]
#include <ascn/algorithm/structure/brokerage.hpp>
#include <ascn/algorithm/structure/centrality.hpp>
#include <ascn/algorithm/structure/community.hpp>
#include <ascn/algorithm/structure/projection.hpp>
#include <ascn/algorithm/structure/weak_points.hpp>
#include <ascn/asean/dataset.hpp>

const ascn::network& net = ascn::data::embedded_dataset().network;
const ascn::snapshot s(net); // every relationship weighs 1
auto id = [](std::uint32_t v) { return net.graph()[s.to_network(v)].id(); };

ascn::community_options o;                           // resolution 1, seed 0
const auto communities = ascn::leiden(s, o);         // .community, .count, .modularity
const auto bc = ascn::betweenness_centrality(s);     // normalised as NetworkX
const auto spanned = ascn::member_states_spanned(s); // member states reached directly
const auto weak = ascn::weak_points(s);              // cut vertices, bridges, components
const auto cities = ascn::project_cities(s, ascn::projection_weighting::newman);
const auto city_communities = ascn::leiden(cities.graph, cities.weight_map());
// [example]

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <vector>

namespace {

void print(std::string_view text) {
    std::printf("%.*s", static_cast<int>(text.size()), text.data());
}

std::uint32_t at(std::string_view name) {
    return *s.from_network(*net.vertex(name));
}

} // namespace

int main() {
    std::vector<std::size_t> sizes(weak.components, 0);
    for (const auto c : weak.component)
        ++sizes[c];
    std::printf("shape: %zu vertices in %zu components, the largest holds %zu\n", s.num_vertices(),
                weak.components, *std::max_element(sizes.begin(), sizes.end()));

    std::printf("communities: Leiden (seed 0) finds %zu, modularity %.4f; the largest:\n",
                communities.count, communities.modularity);
    for (std::uint32_t c = 0; c < communities.count; ++c) {
        const auto n = static_cast<std::size_t>(
            std::count(communities.community.begin(), communities.community.end(), c));
        if (n < 8)
            continue;
        std::printf("  %zu:", n);
        for (std::uint32_t v = 0; v < s.num_vertices(); ++v)
            if (communities.community[v] == c) {
                std::printf(" ");
                print(id(v));
            }
        std::printf("\n");
    }

    std::vector<std::uint32_t> by_bc(s.num_vertices());
    for (std::uint32_t v = 0; v < by_bc.size(); ++v)
        by_bc[v] = v;
    std::stable_sort(by_bc.begin(), by_bc.end(),
                     [](std::uint32_t a, std::uint32_t b) { return bc[a] > bc[b]; });
    std::printf("highest betweenness:");
    for (std::size_t k = 0; k < 5; ++k) {
        std::printf(" ");
        print(id(by_bc[k]));
        std::printf(" %.3f", bc[by_bc[k]]);
    }
    std::printf("\nmember states spanned:");
    for (const char* name : {"wise", "jica", "ustda", "smart-jamp", "aasctf", "adb"})
        std::printf(" %s %u", name, spanned[at(name)]);
    std::printf("; the most %u\n", *std::max_element(spanned.begin(), spanned.end()));

    std::size_t partners = 0;
    std::printf("partners that are articulation points:");
    for (const auto v : weak.articulation_points)
        if (s.kind(v) == ascn::vertex_kind::partner) {
            ++partners;
            std::printf(" ");
            print(id(v));
        }
    std::printf(" (%zu)\n", partners);
    std::printf("city projection: %zu cities, %zu ties, %zu Leiden communities\n",
                cities.members.size(), cities.ties.size(), city_communities.count);
}

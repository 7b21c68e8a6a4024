// SPDX-License-Identifier: MIT
// The example of docs/reference/matching.md: assignment, stable matching and recommendations.
#include <ascn/algorithm/matching/assignment.hpp>
#include <ascn/algorithm/matching/stable_matching.hpp>
#include <ascn/asean/dataset.hpp>
#include <ascn/asean/recommend.hpp>
#include <ascn/time_view.hpp>

#include <cstddef>
#include <cstdio>
#include <vector>

namespace {

void print(const char* name, const std::vector<std::vector<std::size_t>>& lists) {
    std::printf("%s", name);
    for (const auto& l : lists) {
        std::printf(" {");
        for (std::size_t k = 0; k < l.size(); ++k)
            std::printf(k == 0 ? "%zu" : ", %zu", l[k]);
        std::printf("}");
    }
    std::printf("\n");
}

} // namespace

int main() {
    // [example]
    // Three partners (rows), four cities (columns): the cost of partner i serving city j.
    const double no = ascn::cost_matrix::forbidden; // +inf: never this pair
    const ascn::cost_matrix cost(3, 4,
                                 {4, 1, 3, no,  // partner 0
                                  2, 0, 5, 3,   // partner 1
                                  3, 2, 2, 1}); // partner 2
    const ascn::assignment a = ascn::linear_assignment(cost);
    // a.column_of_row == {2, 1, 3}, a.cost == 4: every partner serves one distinct city.
    std::printf("assignment: columns %zu %zu %zu, cost %g\n", a.column_of_row[0],
                a.column_of_row[1], a.column_of_row[2], a.cost);

    // Partner 0 may serve two cities, every city takes one partner.
    const std::vector<std::size_t> rows{2, 1, 1}, cols{1, 1, 1, 1};
    const auto c = ascn::capacitated_assignment(cost, rows, cols);
    // c.pairs == {(0,1), (0,2), (1,0), (2,3)}, c.cost == 7
    std::printf("capacitated:");
    for (const auto& [i, j] : c.pairs)
        std::printf(" (%zu,%zu)", i, j);
    std::printf(", cost %g\n", c.cost);

    // Cities (left) and partners (right) rank each other; partner 0 can host two cities.
    const ascn::preference_lists cities{{0, 1}, {0}, {1, 0}}, partners{{1, 0, 2}, {2, 0}};
    const std::vector<std::size_t> hosts{2, 1};
    const auto m = ascn::gale_shapley(cities, partners, ascn::side::left, {}, hosts);
    // m.proposer == side::left; m.left == {{0}, {0}, {1}}; ascn::is_stable(...) is true
    print("stable matching, cities:", m.left);
    std::printf("stable: %s\n", ascn::is_stable(cities, partners, m, {}, hosts) ? "yes" : "no");

    // Recommendations with reasons, from the network as it stood in 2021.
    const auto& d = ascn::data::embedded_dataset();
    ascn::recommend_options o;
    o.city = "da-nang";
    o.n = 3;
    for (const auto& r : ascn::recommend_partners(d, ascn::as_of(d.network, 2021), o)) {
        std::printf("%s <- %s %.3f\n", r.city.c_str(), r.partner.c_str(), r.score);
        for (const auto& why : r.reasons)
            std::printf("   %s\n", why.c_str());
    }
    // [example]

    // Peer cities for da-nang.
    // [peers]
    for (const auto& p : ascn::recommend_peers(d, d.network, o)) {
        std::printf("%s ~ %s %.3f\n", p.city.c_str(), p.peer.c_str(), p.score);
        for (const auto& why : p.reasons)
            std::printf("   %s\n", why.c_str());
    }
    // [peers]
}

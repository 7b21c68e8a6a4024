// SPDX-License-Identifier: MIT
// Ranking single changes (issue 17): which one partner, if it left, would hurt peer learning
// most (ascn::partner_impact), by bounded recomputation against the full rerun, on
// ascn::synthetic_network at 100, 300 and 1000 cities (one partner per 20 cities) and on the
// embedded ASCN; and the structural difference of one scenario (drop the busiest partner).
// Benchmarks:
//   impact_bounded/N - partner_impact: only the (city, area) pairs whose best path runs through
//                      the partner are searched again;
//   impact_full/N    - the same ranking, every pair searched again for every partner;
//   impact_bounded_embedded, impact_full_embedded - the same on the embedded ASCN;
//   compare_structure/N - ascn::compare_structure before and after dropping one partner.
// And which one new link would help peer learning most (ascn::link_impact) over 20 candidate
// links, each the recommender's best peer for one of 20 cities spread over the network:
//   links_bounded/N  - only the (city, area) pairs the link could improve searched again;
//   links_full/N     - every pair searched again for every link (at 10 000 cities too slow
//                      for the suite: measured by hand, docs/performance.md);
//   links_bounded_embedded, links_full_embedded - the recommender's 20 best peer pairs on the
//                      embedded ASCN.
#include <ascn/algorithm/whatif/structure_difference.hpp>
#include <ascn/asean/dataset.hpp>
#include <ascn/asean/focus_records.hpp>
#include <ascn/asean/link_impact.hpp>
#include <ascn/asean/partner_impact.hpp>
#include <ascn/generate.hpp>
#include <ascn/scenario.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>
#include <vector>

namespace {

ascn::network network_of(std::size_t cities) {
    ascn::synthetic_options o;
    o.cities = cities;
    o.seed = 17;
    return ascn::synthetic_network(o);
}

void impact(benchmark::State& state, bool bounded) {
    const auto net = network_of(static_cast<std::size_t>(state.range(0)));
    const auto records = ascn::records_from_profiles(net);
    ascn::partner_impact_options o;
    o.bounded = bounded;
    std::size_t searched = 0;
    for (auto _ : state) {
        const auto r = ascn::partner_impact(net, records, o);
        searched = 0;
        for (const auto& e : r.partners)
            searched += e.searched;
        benchmark::DoNotOptimize(r.total);
    }
    state.counters["searches"] = static_cast<double>(searched);
}

void impact_bounded(benchmark::State& state) {
    impact(state, true);
}
void impact_full(benchmark::State& state) {
    impact(state, false);
}

void impact_embedded(benchmark::State& state, bool bounded) {
    const auto& d = ascn::data::embedded_dataset();
    const auto records = ascn::data::focus_records_of(d);
    ascn::partner_impact_options o;
    o.bounded = bounded;
    std::size_t searched = 0;
    for (auto _ : state) {
        const auto r = ascn::partner_impact(d.network, records, o);
        searched = 0;
        for (const auto& e : r.partners)
            searched += e.searched;
        benchmark::DoNotOptimize(r.total);
    }
    state.counters["searches"] = static_cast<double>(searched);
}

void impact_bounded_embedded(benchmark::State& state) {
    impact_embedded(state, true);
}
void impact_full_embedded(benchmark::State& state) {
    impact_embedded(state, false);
}

void compare_structure(benchmark::State& state) {
    const auto net = network_of(static_cast<std::size_t>(state.range(0)));
    const auto after = ascn::apply(net, ascn::scenario{{ascn::scenario::drop{"p0"}}});
    const ascn::snapshot a(net), b(after.network);
    for (auto _ : state) {
        const auto d = ascn::compare_structure(a, b);
        benchmark::DoNotOptimize(d.communities.adjusted_rand);
    }
}

// The recommender's best peer for 20 cities spread over the network (its action plans and
// projects: none; the cities' profiles give their needs and experience).
std::vector<ascn::link_candidate> candidates_of(const ascn::network& net, std::size_t cities) {
    const ascn::data::dataset none;
    std::vector<ascn::link_candidate> out;
    for (std::size_t i = 0; i < 20; ++i) {
        ascn::recommended_links_options o;
        o.n = 1;
        o.recommender.city = "c" + std::to_string(i * cities / 20);
        const auto one = ascn::recommended_links(none, net, o);
        out.insert(out.end(), one.begin(), one.end());
    }
    return out;
}

void links(benchmark::State& state, bool bounded) {
    const auto cities = static_cast<std::size_t>(state.range(0));
    const auto net = network_of(cities);
    const auto records = ascn::records_from_profiles(net);
    const auto candidates = candidates_of(net, cities);
    ascn::link_impact_options o;
    o.bounded = bounded;
    std::size_t searched = 0, improved = 0;
    for (auto _ : state) {
        const auto r = ascn::link_impact(net, records, candidates, o);
        searched = improved = 0;
        for (const auto& e : r.links) {
            searched += e.searched;
            improved += e.pairs_improved;
        }
        benchmark::DoNotOptimize(r.total);
    }
    state.counters["links"] = static_cast<double>(candidates.size());
    state.counters["searches"] = static_cast<double>(searched);
    state.counters["improved"] = static_cast<double>(improved);
}

void links_bounded(benchmark::State& state) {
    links(state, true);
}
void links_full(benchmark::State& state) {
    links(state, false);
}

void links_embedded(benchmark::State& state, bool bounded) {
    const auto& d = ascn::data::embedded_dataset();
    const auto records = ascn::data::focus_records_of(d);
    ascn::recommended_links_options ro;
    ro.n = 20;
    const auto candidates = ascn::recommended_links(d, d.network, ro);
    ascn::link_impact_options o;
    o.bounded = bounded;
    std::size_t searched = 0;
    for (auto _ : state) {
        const auto r = ascn::link_impact(d.network, records, candidates, o);
        searched = 0;
        for (const auto& e : r.links)
            searched += e.searched;
        benchmark::DoNotOptimize(r.total);
    }
    state.counters["searches"] = static_cast<double>(searched);
}

void links_bounded_embedded(benchmark::State& state) {
    links_embedded(state, true);
}
void links_full_embedded(benchmark::State& state) {
    links_embedded(state, false);
}

} // namespace

BENCHMARK(impact_bounded)->Arg(100)->Arg(300)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(impact_full)->Arg(100)->Arg(300)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(impact_bounded_embedded)->Unit(benchmark::kMillisecond);
BENCHMARK(impact_full_embedded)->Unit(benchmark::kMillisecond);
BENCHMARK(links_bounded)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(links_full)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(links_bounded_embedded)->Unit(benchmark::kMillisecond);
BENCHMARK(links_full_embedded)->Unit(benchmark::kMillisecond);
BENCHMARK(compare_structure)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();

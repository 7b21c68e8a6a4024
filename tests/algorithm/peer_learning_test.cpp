// SPDX-License-Identifier: MIT
// Peer-learning paths: the default model worked by hand, Yen's k paths against NetworkX's
// shortest_simple_paths (tests/algorithm/reference/paths.json), and property tests of every
// constrained search against brute-force enumeration of simple paths on small random networks.
#include "../support.hpp"

#include <ascn/algorithm/paths.hpp>
#include <ascn/asean/focus_records.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/asean/mentors.hpp>
#include <ascn/generate.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

using K = ascn::relation_kind;
using ascn_test::make_city;
using ascn_test::rel;
using vi = ascn::snapshot::vertex_index;

nlohmann::json reference() {
    std::ifstream in(std::string(ASCN_TEST_DATA_DIR) + "/paths.json");
    REQUIRE(in);
    return nlohmann::json::parse(in);
}

// Cost = the relationship's strength; member-of ties are not travelled.
auto strength_cost() {
    return ascn::edge_cost{[](const ascn::relationship& r) -> std::optional<double> {
        if (r.kind == K::member_of)
            return std::nullopt;
        return r.strength.value_or(1.0);
    }};
}

// A network of cities c0..c{n-1} in one country joined by peer-learning ties whose strength
// is the edge weight.
ascn::network weighted_cities(std::size_t n,
                              const std::vector<std::tuple<int, int, double>>& edges) {
    ascn::network net;
    net.add_country({"XX", "X", {}, ""});
    for (std::size_t i = 0; i < n; ++i)
        net.add_city(make_city(ascn_test::numbered("c", i), "XX"));
    for (const auto& [u, v, w] : edges) {
        auto r = rel(K::peer_learning);
        r.strength = w;
        net.add_relationship(ascn_test::numbered("c", u), ascn_test::numbered("c", v), r);
    }
    return net;
}

// Every simple path from s to t (as arc lists), by depth-first search.
void simple_paths(const ascn::snapshot& lg, vi s, vi t, std::vector<char>& on,
                  std::vector<ascn::snapshot::arc_index>& arcs,
                  const std::function<void(const std::vector<ascn::snapshot::arc_index>&)>& f) {
    if (s == t) {
        f(arcs);
        return;
    }
    on[s] = 1;
    const auto [first, last] = lg.out_arcs(s);
    for (auto a = first; a < last; ++a) {
        const auto w = lg.target(a);
        if (on[w])
            continue;
        arcs.push_back(a);
        simple_paths(lg, w, t, on, arcs, f);
        arcs.pop_back();
    }
    on[s] = 0;
}

double sum_cost(const ascn::snapshot& lg, const std::vector<ascn::snapshot::arc_index>& arcs) {
    double c = 0;
    for (auto a : arcs)
        c += lg.cost(a);
    return c;
}

// A random network with cities in three countries, partners and every relation kind.
ascn::network random_network(std::uint32_t seed, std::size_t cities, std::size_t partners,
                             std::size_t ties) {
    std::mt19937 rng(seed);
    ascn::network net;
    for (const char* c : {"AA", "BB", "CC"})
        net.add_country({c, c, {}, ""});
    for (std::size_t i = 0; i < cities; ++i)
        net.add_city(make_city(ascn_test::numbered("c", i),
                               std::string(1, "ABC"[i % 3]) + std::string(1, "ABC"[i % 3])));
    for (std::size_t i = 0; i < partners; ++i)
        net.add_partner({ascn_test::numbered("p", i), "P",
                         i % 2 ? ascn::partner_kind::agency : ascn::partner_kind::programme, "JP",
                         ""});
    std::uniform_int_distribution<std::size_t> city(0, cities - 1), partner(0, partners - 1);
    std::uniform_int_distribution<int> kind(0, 3), area(0, 5);
    std::uniform_real_distribution<double> strength(0.2, 1.0);
    for (std::size_t i = 0; i < ties; ++i) {
        const int k = kind(rng);
        auto r = rel(K::support);
        r.strength = strength(rng);
        if (area(rng) < 3)
            r.focus.insert(static_cast<ascn::focus_area>(area(rng)));
        const std::string c = ascn_test::numbered("c", city(rng));
        if (k == 0) {
            const std::string d = ascn_test::numbered("c", city(rng));
            if (c == d)
                continue;
            r.kind = K::peer_learning;
            net.add_relationship(c, d, r);
        } else if (k == 1) {
            r.kind = K::support;
            net.add_relationship(ascn_test::numbered("p", partner(rng)), c, r);
        } else if (k == 2) {
            r.kind = K::twinning;
            net.add_relationship(c, ascn_test::numbered("p", partner(rng)), r);
        } else {
            r.kind = K::participation;
            const std::string p = ascn_test::numbered("p", 2 * (partner(rng) / 2));
            net.add_relationship(c, p, r);
        }
    }
    return net;
}

} // namespace

TEST_CASE("learning model: hop costs worked by hand", "[peer-learning]") {
    // da-nang -peer-learning- hanoi (both VN); jica -support- da-nang; singapore -twinning-
    // jica; jica serves 2 cities (da-nang, singapore).
    const auto net = ascn_test::small_network();
    ascn::learning_model model;
    model.via_network = 0; // no network channel in this test
    const ascn::snapshot lg(net, model);
    auto arc = [&](std::string_view a, std::string_view b) {
        const auto s = *lg.find(a), t = *lg.find(b);
        const auto [first, last] = lg.out_arcs(s);
        for (auto x = first; x < last; ++x)
            if (lg.target(x) == t)
                return lg.cost(x);
        FAIL("no arc " << a << " -> " << b);
        return 0.0;
    };
    // Same country, peer learning 0.6 combined with "same country" through VN is not a
    // parallel arc (it goes through the country vertex).
    CHECK(arc("da-nang", "hanoi") == Approx(-std::log(0.60)).epsilon(1e-12));
    CHECK(arc("da-nang", "VN") == 0.0);
    CHECK(arc("VN", "hanoi") == Approx(-std::log(0.35)).epsilon(1e-12));
    // Into a partner: support 0.6; out of jica (serves 2 cities): 0.6 × (2-1)^-0.5 = 0.6.
    CHECK(arc("da-nang", "jica") == Approx(-std::log(0.60)).epsilon(1e-12));
    CHECK(arc("jica", "singapore") == Approx(-std::log(0.70)).epsilon(1e-12));
    CHECK(arc("singapore", "jica") == Approx(-std::log(0.70)).epsilon(1e-12));

    // Under a focus area every untagged tie is × 0.6.
    model.focus = ascn::focus_area::environment;
    const ascn::snapshot lf(net, model);
    const auto p = ascn::best_path(lf, *lf.find("singapore"), *lf.find("hanoi"));
    REQUIRE(p);
    // singapore -> jica -> da-nang -> hanoi: 0.7·0.6 × 0.6·0.6 × 0.6·0.6 (border is not on
    // partner hops).
    CHECK(p->probability() == Approx(0.42 * 0.36 * 0.36).epsilon(1e-12));
    const auto why = ascn::explain(lf, *p);
    REQUIRE(why.size() == 3);
    CHECK(why[0].from == "singapore");
    CHECK(why[1].reason == "support, p 0.60 × focus 0.60 (untagged) = 0.36");
    CHECK(why[2].reason.find("peer-learning") == 0);

    // Parallel ties are independent chances: p = 1 - (1 - 0.6)(1 - 0.5).
    auto net2 = net;
    net2.add_relationship("da-nang", "hanoi", rel(K::twinning, 2020));
    model.focus.reset();
    const ascn::snapshot l2(net2, model);
    const auto q = ascn::best_path(l2, *l2.find("da-nang"), *l2.find("hanoi"));
    REQUIRE(q);
    CHECK(q->probability() == Approx(1 - 0.4 * 0.5).epsilon(1e-12));
    CHECK(l2.kinds(q->arcs[0]) == ascn::relation_set{K::peer_learning, K::twinning});
    CHECK(l2.relationships(q->arcs[0]).size() == 2);
}

TEST_CASE("learning model: a negative cost names the relationship", "[peer-learning]") {
    const auto net = ascn_test::small_network();
    auto bad = ascn::edge_cost{[](const ascn::relationship&) { return -1.0; }};
    try {
        const ascn::snapshot lg(net, bad);
        FAIL("no error");
    } catch (const ascn::value_error& e) {
        CHECK(std::string(e.what()).find("negative or non-finite") != std::string::npos);
        CHECK(e.context().field == "cost");
    }
}

TEST_CASE("peer-learning paths: Yen's k paths equal NetworkX's shortest_simple_paths",
          "[peer-learning]") {
    const auto ref = reference();
    for (const auto& gc : ref["graphs"]) {
        std::vector<std::tuple<int, int, double>> edges;
        for (const auto& e : gc["edges"])
            edges.emplace_back(e[0].get<int>(), e[1].get<int>(), e[2].get<double>());
        const auto net = weighted_cities(gc["n"].get<std::size_t>(), edges);
        const ascn::snapshot lg(net, strength_cost());
        for (const auto& q : gc["queries"]) {
            INFO(gc["name"].get<std::string>() << " " << q["from"] << " -> " << q["to"]);
            const vi s = *lg.find(ascn_test::numbered("c", q["from"].get<int>()));
            const vi t = *lg.find(ascn_test::numbered("c", q["to"].get<int>()));
            const auto paths = ascn::k_best_paths(lg, s, t, q["k"].get<std::size_t>());
            const auto costs = q["costs"].get<std::vector<double>>();
            REQUIRE(paths.size() == costs.size());
            for (std::size_t i = 0; i < costs.size(); ++i) {
                CHECK(std::abs(paths[i].cost - costs[i]) <= 1e-9);
                CHECK(paths[i].cost == sum_cost(lg, paths[i].arcs));
                CHECK(paths[i].vertices.front() == s);
                CHECK(paths[i].vertices.back() == t);
                // loopless
                auto sorted = paths[i].vertices;
                std::sort(sorted.begin(), sorted.end());
                CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
            }
            const auto best = ascn::best_path(lg, s, t);
            REQUIRE(best);
            CHECK(std::abs(best->cost - q["dijkstra"].get<double>()) <= 1e-9);
            const auto wide = ascn::widest_path(lg, s, t);
            REQUIRE(wide);
            CHECK(ascn::bottleneck(lg, *wide) == q["bottleneck"].get<double>());
        }
    }
}

TEST_CASE("peer-learning paths: constrained searches agree with brute force", "[peer-learning]") {
    for (std::uint32_t seed = 1; seed <= 12; ++seed) {
        const auto net = random_network(seed, 9, 4, 16);
        ascn::learning_model model;
        model.focus = static_cast<ascn::focus_area>(seed % 6);
        model.via_network = seed % 2 ? 0.5 : 0.0;
        const ascn::snapshot lg(net, model);
        std::mt19937 rng(seed);
        std::vector<double> level(lg.num_vertices());
        for (auto& l : level)
            l = std::uniform_int_distribution<int>(0, 4)(rng) / 4.0;
        const vi n = static_cast<vi>(lg.num_vertices());
        for (vi s = 0; s < n; s += 3)
            for (vi t = 1; t < n; t += 4) {
                if (lg.kind(s) != ascn::vertex_kind::city || lg.kind(t) != ascn::vertex_kind::city)
                    continue;
                INFO("seed " << seed << " " << lg.id(s) << " -> " << lg.id(t));
                constexpr double inf = std::numeric_limits<double>::infinity();
                double best = inf, best3 = inf, widest = inf, stones = inf, stones_step = inf,
                       avoiding = inf;
                const vi avoid = static_cast<vi>((s + t) % n);
                std::vector<char> on(n, 0);
                std::vector<ascn::snapshot::arc_index> arcs;
                std::vector<std::pair<double, double>> by_width; // (bottleneck, cost)
                simple_paths(lg, s, t, on, arcs, [&](const auto& p) {
                    const double c = sum_cost(lg, p);
                    best = std::min(best, c);
                    if (p.size() <= 3)
                        best3 = std::min(best3, c);
                    double b = 0;
                    for (auto a : p)
                        b = std::max(b, lg.cost(a));
                    widest = std::min(widest, b);
                    by_width.emplace_back(b, c);
                    bool through = false;
                    for (std::size_t i = 1; i < p.size(); ++i)
                        through |= lg.source(p[i]) == avoid;
                    if (!through || avoid == s || avoid == t)
                        avoiding = std::min(avoiding, c);
                    // stepping stones: city levels never rise along the path
                    double carried = lg.kind(s) == ascn::vertex_kind::city ? level[s] : inf;
                    bool ok = true, ok_step = true;
                    for (auto a : p) {
                        const auto w = lg.target(a);
                        if (lg.kind(w) != ascn::vertex_kind::city)
                            continue;
                        ok &= level[w] <= carried;
                        ok_step &= level[w] <= carried && carried - level[w] <= 0.25 + 1e-12;
                        carried = level[w];
                    }
                    if (ok)
                        stones = std::min(stones, c);
                    if (ok_step)
                        stones_step = std::min(stones_step, c);
                });
                auto check = [&](const char* what, const std::optional<ascn::path>& p,
                                 double expected) {
                    INFO(what);
                    if (expected == inf) {
                        CHECK(!p);
                        return;
                    }
                    REQUIRE(p);
                    CHECK(p->cost == Approx(expected).epsilon(1e-12));
                    CHECK(p->cost == sum_cost(lg, p->arcs));
                    CHECK(p->vertices.front() == s);
                    CHECK(p->vertices.back() == t);
                };
                const auto p = ascn::best_path(lg, s, t);
                check("best", p, best);
                const auto p3 = ascn::best_path(lg, s, t, {3, {}});
                check("hops", p3, best3);
                if (p3)
                    CHECK(p3->hops() <= 3);
                const auto pa = ascn::best_path(lg, s, t, {std::nullopt, {avoid}});
                check("avoid", pa, avoiding);
                if (pa && avoid != s && avoid != t)
                    CHECK(std::find(pa->vertices.begin(), pa->vertices.end(), avoid) ==
                          pa->vertices.end());
                const auto w = ascn::widest_path(lg, s, t);
                if (widest == inf)
                    CHECK(!w);
                else {
                    REQUIRE(w);
                    CHECK(ascn::bottleneck(lg, *w) == widest);
                    double cheapest_widest = inf;
                    for (const auto& [b, c] : by_width)
                        if (b <= widest)
                            cheapest_widest = std::min(cheapest_widest, c);
                    CHECK(w->cost == Approx(cheapest_widest).epsilon(1e-12));
                }
                check("stones", ascn::stepping_stone_path(lg, s, t, level), stones);
                check("stones step", ascn::stepping_stone_path(lg, s, t, level, 0.25), stones_step);
                // Yen: cost order, and the first equals Dijkstra's
                const auto ks = ascn::k_best_paths(lg, s, t, 4);
                if (best != inf) {
                    REQUIRE(!ks.empty());
                    CHECK(ks[0].cost == Approx(best).epsilon(1e-12));
                    for (std::size_t i = 1; i < ks.size(); ++i)
                        CHECK(ks[i - 1].cost <= ks[i].cost);
                }
                const auto kh = ascn::k_best_paths(lg, s, t, 4, {3, {}});
                for (const auto& q : kh)
                    CHECK(q.hops() <= 3);
                if (best3 != inf) {
                    REQUIRE(!kh.empty());
                    CHECK(kh[0].cost == Approx(best3).epsilon(1e-12));
                }
            }
    }
}

TEST_CASE("peer-learning paths: all-pairs costs match single searches for any thread count",
          "[peer-learning]") {
    const auto net = random_network(7, 12, 5, 24);
    const ascn::snapshot lg(net, ascn::learning_model{});
    std::vector<vi> cities;
    for (vi v = 0; v < lg.num_vertices(); ++v)
        if (lg.kind(v) == ascn::vertex_kind::city)
            cities.push_back(v);
    const auto one = ascn::all_pairs_costs(lg, cities, 1);
    const auto two = ascn::all_pairs_costs(lg, cities, 2);
    CHECK(one == two);
    for (std::size_t i = 0; i < cities.size(); ++i)
        for (std::size_t j = 0; j < cities.size(); ++j) {
            const auto p = ascn::best_path(lg, cities[i], cities[j]);
            if (!p)
                CHECK(std::isinf(one[i * cities.size() + j]));
            else
                CHECK(one[i * cities.size() + j] == Approx(p->cost).epsilon(1e-12));
        }
}

TEST_CASE("mentors: eligibility, ranking and paths", "[peer-learning]") {
    // learner L; strong far mentor F (gap 0.8) through two hops; near-peer N (gap 0.4) one hop;
    // W stronger but without evidence; E only 0.05 stronger (below the margin).
    ascn::network net;
    net.add_country({"AA", "A", {}, ""});
    for (const char* c : {"L", "F", "N", "W", "E", "X"})
        net.add_city(make_city(c, "AA"));
    auto tie = [&](const char* a, const char* b) {
        net.add_relationship(a, b, rel(K::peer_learning));
    };
    tie("F", "X");
    tie("X", "L");
    tie("N", "L");
    tie("W", "L");
    tie("E", "L");
    ascn::learning_model model;
    model.via_network = 0;
    model.same_country = 0; // only the peer-learning ties
    const ascn::snapshot lg(net, model);
    std::vector<double> strength(lg.num_vertices(), 0), evidence(lg.num_vertices(), 1);
    auto set = [&](const char* id, double s, double e) {
        strength[*lg.find(id)] = s;
        evidence[*lg.find(id)] = e;
    };
    set("L", 0.1, 0);
    set("F", 0.9, 3);
    set("N", 0.5, 1);
    set("W", 0.95, 0);
    set("E", 0.15, 1);
    set("X", 0.0, 0);
    const auto ms = ascn::mentors(lg, *lg.find("L"), strength, evidence);
    REQUIRE(ms.size() == 2);
    // N: 0.6 × 0.4 × exp(-0.8) ; F: 0.36 × 0.8 × exp(-1.6)
    CHECK(lg.id(ms[0].city) == "N");
    CHECK(ms[0].score == Approx(0.6 * 0.4 * std::exp(-0.8)).epsilon(1e-12));
    CHECK(lg.id(ms[1].city) == "F");
    CHECK(ms[1].score == Approx(0.36 * 0.8 * std::exp(-1.6)).epsilon(1e-12));
    CHECK(ms[1].path.vertices.front() == *lg.find("F"));
    CHECK(ms[1].path.vertices.back() == *lg.find("L"));
    CHECK(ms[1].path.hops() == 2);
    // Frontrunner mode ranks by gap × P alone: F 0.288 > N 0.24.
    ascn::mentor_options front;
    front.g0 = std::numeric_limits<double>::infinity();
    const auto fr = ascn::mentors(lg, *lg.find("L"), strength, evidence, front);
    REQUIRE(fr.size() == 2);
    CHECK(lg.id(fr[0].city) == "F");
    // A hop limit of 1 leaves F out; a threshold above 0.5 leaves only N.
    ascn::mentor_options one;
    one.max_hops = 1;
    CHECK(ascn::mentors(lg, *lg.find("L"), strength, evidence, one).size() == 1);
    ascn::mentor_options strict;
    strict.threshold = 0.5;
    const auto st = ascn::mentors(lg, *lg.find("L"), strength, evidence, strict);
    REQUIRE(st.size() == 1);
    CHECK(lg.id(st[0].city) == "N");
}

namespace {
// The mentors of `learner` by scoring every eligible city from one whole search: the
// definition `mentor_search` must agree with (it stops its search early).
std::vector<ascn::mentor> every_mentor(const ascn::snapshot& lg, vi learner,
                                       const std::vector<double>& strength,
                                       const std::vector<double>& evidence,
                                       const ascn::mentor_options& o) {
    const auto tree = ascn::costs_to(lg, learner);
    std::vector<ascn::mentor> out;
    for (vi m = 0; m < lg.num_vertices(); ++m) {
        if (m == learner || lg.kind(m) != ascn::vertex_kind::city || !(evidence[m] > 0) ||
            !(strength[m] >= strength[learner] + o.margin) || !tree.reachable(m) ||
            std::exp(-tree.cost[m]) < o.threshold)
            continue;
        ascn::mentor r;
        r.city = m;
        r.strength = strength[m];
        r.gap = strength[m] - strength[learner];
        r.affinity = o.affinity ? o.affinity(m, learner) : 1.0;
        const double shape = std::isinf(o.g0) ? 1.0 : std::exp(-r.gap / o.g0);
        r.score = std::exp(-tree.cost[m]) * r.affinity * r.gap * shape;
        r.path = *tree.path(lg, m);
        out.push_back(std::move(r));
    }
    std::sort(out.begin(), out.end(), [&](const ascn::mentor& a, const ascn::mentor& b) {
        return a.score != b.score ? a.score > b.score : lg.id(a.city) < lg.id(b.city);
    });
    if (out.size() > o.n)
        out.resize(o.n);
    return out;
}
} // namespace

TEST_CASE("mentor_search stops early and finds what scoring every city finds", "[peer-learning]") {
    std::size_t compared = 0, found = 0, paths = 0, same_paths = 0;
    for (const std::uint64_t seed : {1u, 2u, 3u}) {
        ascn::synthetic_options so;
        so.cities = 150;
        so.countries = seed == 3 ? 2 : 4; // countries of 75 and 37 or 38 cities: hubs
        so.seed = seed;
        const auto net = ascn::synthetic_network(so);
        ascn::learning_model model;
        model.focus = ascn::focus_area::health;
        if (seed == 2)
            model.via_network = 0; // no channel: only the ties carry learning
        const ascn::snapshot lg(net, model);
        // Strengths on a coarse grid, so that equal gaps and equal scores (ties by id) occur.
        std::mt19937_64 rng(seed);
        std::vector<double> strength(lg.num_vertices()), evidence(lg.num_vertices());
        for (vi v = 0; v < lg.num_vertices(); ++v) {
            strength[v] = static_cast<double>(rng() % 11) / 10.0;
            evidence[v] = static_cast<double>(rng() % 3);
        }
        std::vector<ascn::mentor_options> options(6);
        options[1].g0 = std::numeric_limits<double>::infinity(); // frontrunners
        options[2].n = 1;
        options[3].n = 40;
        options[3].threshold = 0.001;
        options[4].margin = 0;
        options[4].threshold = 0.2;
        options[5].affinity = ascn::city_affinity(net, lg);
        options[5].g0 = 0.2;
        for (const auto& o : options) {
            ascn::mentor_search search(lg, strength, evidence, o);
            for (vi learner = 0; learner < lg.num_vertices(); ++learner) {
                if (lg.kind(learner) != ascn::vertex_kind::city)
                    continue;
                const auto want = every_mentor(lg, learner, strength, evidence, o);
                const auto got = search(learner);
                ++compared;
                found += !got.empty();
                REQUIRE(got.size() == want.size());
                for (std::size_t i = 0; i < got.size(); ++i) {
                    CHECK(got[i].city == want[i].city);
                    CHECK(got[i].score == want[i].score); // the same double
                    CHECK(got[i].affinity == want[i].affinity);
                    // A path as cheap (an exact tie may be broken another way), valid, from
                    // the mentor to the learner.
                    const auto& path = got[i].path;
                    CHECK(path.cost == Approx(want[i].path.cost).epsilon(1e-12));
                    REQUIRE(path.vertices.size() == path.arcs.size() + 1);
                    CHECK(path.vertices.front() == got[i].city);
                    CHECK(path.vertices.back() == learner);
                    for (std::size_t h = 0; h < path.arcs.size(); ++h) {
                        CHECK(lg.source(path.arcs[h]) == path.vertices[h]);
                        CHECK(lg.target(path.arcs[h]) == path.vertices[h + 1]);
                    }
                    same_paths += path == want[i].path;
                    ++paths;
                }
                // The one-learner function is the same search.
                CHECK(ascn::mentors(lg, learner, strength, evidence, o).size() == got.size());
            }
        }
    }
    CHECK(compared == 3 * 6 * 150);
    CHECK(found > compared / 2);        // most learners have mentors: the comparison has substance
    CHECK(same_paths > paths * 9 / 10); // ties aside, the very same paths
}

TEST_CASE("mentor_search: avoiding a partner is the network without it", "[peer-learning]") {
    ascn::synthetic_options so;
    so.cities = 120;
    so.seed = 7;
    auto net = ascn::synthetic_network(so);
    ascn::learning_model model;
    model.focus = ascn::focus_area::civic;
    const ascn::snapshot lg(net, model);
    const auto records = ascn::records_from_profiles(net);
    const auto s = ascn::strengths(lg, records, ascn::focus_area::civic);
    // The partner on most cities' best paths.
    ascn::mentor_options o;
    o.n = 3;
    ascn::mentor_search search(lg, s.strength, s.evidence, o);
    std::map<vi, int> on_paths;
    for (vi v = 0; v < lg.num_vertices(); ++v)
        if (lg.kind(v) == ascn::vertex_kind::city)
            for (const auto& m : search(v))
                for (const auto x : m.path.vertices)
                    if (!lg.is_channel(x) && lg.kind(x) == ascn::vertex_kind::partner)
                        ++on_paths[x];
    REQUIRE(!on_paths.empty());
    const auto busiest = std::max_element(on_paths.begin(), on_paths.end(), [](auto& a, auto& b) {
                             return a.second < b.second;
                         })->first;
    const std::string partner = lg.id(busiest);
    auto without = net;
    without.remove(partner);
    const ascn::snapshot lw(without, model);
    const auto sw = ascn::strengths(lw, records, ascn::focus_area::civic);
    ascn::mentor_search search_without(lw, sw.strength, sw.evidence, o);
    std::size_t changed = 0;
    for (vi v = 0; v < lg.num_vertices(); ++v) {
        if (lg.kind(v) != ascn::vertex_kind::city)
            continue;
        const auto got = search(v, {busiest});
        const auto want = search_without(*lw.find(lg.id(v)));
        REQUIRE(got.size() == want.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            CHECK(lg.id(got[i].city) == lw.id(want[i].city));
            CHECK(got[i].score == want[i].score);
            CHECK(got[i].path.cost == want[i].path.cost);
            for (const auto x : got[i].path.vertices)
                CHECK(x != busiest);
        }
        const auto before = search(v);
        changed += before.size() != got.size() ||
                   (!got.empty() && got.front().score != before.front().score);
    }
    CHECK(changed > 0); // the partner mattered: the comparison has substance
}

TEST_CASE("mentors: an affinity outside 0 to 1 (0 excluded) or a g0 not above 0 is refused",
          "[peer-learning]") {
    const auto net = random_network(2, 12, 3, 20);
    const ascn::snapshot lg(net, ascn::learning_model{});
    std::vector<double> strength(lg.num_vertices(), 0.9), evidence(lg.num_vertices(), 1);
    const vi learner = *lg.find("c0");
    strength[learner] = 0;
    ascn::mentor_options o;
    o.affinity = [](vi, vi) { return 1.5; };
    CHECK_THROWS_AS(ascn::mentors(lg, learner, strength, evidence, o), ascn::value_error);
    o.affinity = [](vi, vi) { return std::numeric_limits<double>::quiet_NaN(); };
    CHECK_THROWS_AS(ascn::mentors(lg, learner, strength, evidence, o), ascn::value_error);
    // The gap term must peak somewhere: g0 > 0 (infinity: frontrunners).
    ascn::mentor_options flat;
    flat.g0 = 0;
    CHECK_THROWS_AS(ascn::mentors(lg, learner, strength, evidence, flat), ascn::value_error);
    flat.g0 = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_AS(ascn::mentor_search(lg, strength, evidence, flat), ascn::value_error);
}

TEST_CASE("mentors on the embedded ASCN: Makassar in Quality Environment", "[peer-learning]") {
    const auto& d = ascn::data::embedded_dataset();
    ascn::learning_model model;
    model.focus = ascn::focus_area::environment;
    const ascn::snapshot lg(d.network, model);
    const auto records = ascn::data::focus_records_of(d);
    const auto s = ascn::strengths(lg, records, ascn::focus_area::environment);
    ascn::mentor_options o;
    o.affinity = ascn::city_affinity(d.network, lg);
    const auto learner = *lg.find("makassar");
    const auto ms = ascn::mentors(lg, learner, s.strength, s.evidence, o);
    REQUIRE(!ms.empty());
    // Makassar has no recorded ties but its country: its best mentor is an Indonesian city
    // with environment projects, reached through "same country".
    CHECK(lg.id(ms[0].city) == "banyuwangi");
    CHECK(ms[0].path.hops() == 2);
    for (const auto& m : ms) {
        CHECK(m.path.vertices.back() == learner);
        CHECK(m.path.probability() >= o.threshold);
        CHECK(m.gap >= o.margin);
    }
}

TEST_CASE("peer-learning paths: costs_from and costs_to agree with best_path", "[peer-learning]") {
    const auto net = random_network(3, 14, 5, 30);
    ascn::learning_model model;
    model.focus = ascn::focus_area::safety;
    const ascn::snapshot lg(net, model);
    const vi root = *lg.find("c2");
    const auto from = ascn::costs_from(lg, root);
    const auto to = ascn::costs_to(lg, root);
    for (vi v = 0; v < lg.num_vertices(); ++v) {
        const auto out = ascn::best_path(lg, root, v);
        const auto in = ascn::best_path(lg, v, root);
        CHECK(from.reachable(v) == out.has_value());
        CHECK(to.reachable(v) == in.has_value());
        if (out) {
            CHECK(from.cost[v] == Approx(out->cost).epsilon(1e-12));
            const auto p = from.path(lg, v);
            REQUIRE(p);
            CHECK(p->vertices.front() == root);
            CHECK(p->vertices.back() == v);
            CHECK(p->cost == Approx(out->cost).epsilon(1e-12));
        }
        if (in) {
            CHECK(to.cost[v] == Approx(in->cost).epsilon(1e-12));
            const auto p = to.path(lg, v);
            REQUIRE(p);
            CHECK(p->vertices.front() == v);
            CHECK(p->vertices.back() == root);
            CHECK(p->cost == Approx(in->cost).epsilon(1e-12));
        }
    }
}

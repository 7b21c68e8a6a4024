// SPDX-License-Identifier: MIT
// Assignment, capacitated assignment and stable matching against SciPy (reference/matching.json,
// made by reference/make_matching_reference.py), plus brute force on small random problems.
#include <ascn/algorithm/matching/assignment.hpp>
#include <ascn/algorithm/matching/link_prediction.hpp>
#include <ascn/algorithm/matching/stable_matching.hpp>
#include <ascn/asean/dataset.hpp>
#include <ascn/asean/recommend.hpp>
#include <ascn/snapshot.hpp>
#include <ascn/views.hpp>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <limits>
#include <numeric>
#include <random>
#include <set>
#include <string>

namespace {

const nlohmann::json& reference() {
    static const nlohmann::json j = [] {
        std::ifstream in(ASCN_TEST_DATA_DIR "/matching.json");
        REQUIRE(in);
        return nlohmann::json::parse(in);
    }();
    return j;
}

double cell(const nlohmann::json& x) {
    if (x.is_string())
        return x.get<std::string>() == "inf" ? std::numeric_limits<double>::infinity()
                                             : -std::numeric_limits<double>::infinity();
    return x.get<double>();
}

ascn::cost_matrix matrix_of(const nlohmann::json& c) {
    const auto rows = c["rows"].get<std::size_t>(), cols = c["cols"].get<std::size_t>();
    std::vector<double> v;
    for (const auto& x : c["cost"])
        v.push_back(cell(x));
    return {rows, cols, std::move(v)};
}

bool close(double a, double b) {
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

/// Checks that `a` is a valid assignment of `c` with the cost it claims.
void check_valid(const ascn::cost_matrix& c, const ascn::assignment& a, ascn::objective o) {
    REQUIRE(a.column_of_row.size() == c.rows());
    REQUIRE(a.row_of_column.size() == c.cols());
    CHECK(a.size() == std::min(c.rows(), c.cols()));
    double total = 0;
    for (std::size_t i = 0; i < c.rows(); ++i) {
        const std::size_t j = a.column_of_row[i];
        if (j == ascn::unassigned)
            continue;
        REQUIRE(j < c.cols());
        CHECK(a.row_of_column[j] == i);
        CHECK(std::isfinite(c(i, j)));
        total += c(i, j);
    }
    for (std::size_t j = 0; j < c.cols(); ++j)
        if (a.row_of_column[j] != ascn::unassigned)
            CHECK(a.column_of_row[a.row_of_column[j]] == j);
    CHECK(close(a.cost, total));
    static_cast<void>(o);
}

/// The best total over all assignments, by brute force (rows <= cols or the transpose).
std::optional<double> brute_force(const ascn::cost_matrix& c, ascn::objective o) {
    const bool tall = c.rows() > c.cols();
    const std::size_t n = tall ? c.cols() : c.rows(), m = tall ? c.rows() : c.cols();
    auto at = [&](std::size_t i, std::size_t j) { return tall ? c(j, i) : c(i, j); };
    std::vector<std::size_t> perm(m);
    std::iota(perm.begin(), perm.end(), 0);
    std::optional<double> best;
    do {
        double total = 0;
        bool ok = true;
        for (std::size_t i = 0; i < n && ok; ++i) {
            total += at(i, perm[i]);
            ok = std::isfinite(at(i, perm[i]));
        }
        if (ok && (!best || (o == ascn::objective::minimise ? total < *best : total > *best)))
            best = total;
    } while (std::next_permutation(perm.begin(), perm.end()));
    return best;
}

ascn::cost_matrix random_matrix(std::size_t rows, std::size_t cols, std::mt19937_64& g,
                                double forbidden_share, int levels) {
    std::uniform_real_distribution<double> u;
    std::uniform_int_distribution<int> small(0, levels - 1);
    ascn::cost_matrix c(rows, cols);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j)
            c(i, j) = u(g) < forbidden_share ? ascn::cost_matrix::forbidden
                      : levels > 0           ? small(g) - 3.0
                                             : u(g) * 10 - 5;
    return c;
}

} // namespace

TEST_CASE("linear assignment: totals equal SciPy's linear_sum_assignment",
          "[matching][assignment][reference]") {
    std::size_t cases = 0;
    for (const auto& c : reference()["assignment"]) {
        INFO(c["name"].get<std::string>());
        const auto m = matrix_of(c);
        const auto o =
            c["maximise"].get<bool>() ? ascn::objective::maximise : ascn::objective::minimise;
        if (!c["feasible"].get<bool>()) {
            CHECK_THROWS_AS(ascn::linear_assignment(m, o), ascn::value_error);
            continue;
        }
        const auto a = ascn::linear_assignment(m, o);
        check_valid(m, a, o);
        CHECK(a.size() == c["pairs"].get<std::size_t>());
        CHECK(close(a.cost, c["total"].get<double>()));
        ++cases;
    }
    CHECK(cases >= 20);
}

TEST_CASE("linear assignment: brute force on small random problems",
          "[matching][assignment][property]") {
    std::mt19937_64 g(7);
    std::uniform_int_distribution<std::size_t> size(1, 6);
    for (int trial = 0; trial < 600; ++trial) {
        const std::size_t rows = size(g), cols = size(g);
        const double forbidden = trial % 3 == 0 ? 0.0 : 0.35;
        const int levels = trial % 2 == 0 ? 3 : 0; // many ties, or none
        auto c = random_matrix(rows, cols, g, forbidden, levels);
        for (auto o : {ascn::objective::minimise, ascn::objective::maximise}) {
            INFO("trial " << trial << ' ' << rows << 'x' << cols);
            ascn::cost_matrix x = c;
            if (o == ascn::objective::maximise)
                for (std::size_t i = 0; i < rows; ++i)
                    for (std::size_t j = 0; j < cols; ++j)
                        if (std::isinf(x(i, j)))
                            x(i, j) = -x(i, j);
            const auto want = brute_force(x, o);
            if (!want) {
                CHECK_THROWS_AS(ascn::linear_assignment(x, o), ascn::value_error);
                continue;
            }
            const auto a = ascn::linear_assignment(x, o);
            check_valid(x, a, o);
            CHECK(close(a.cost, *want));
        }
    }
}

TEST_CASE("linear assignment: larger square problems agree with the rectangular path",
          "[matching][assignment][property]") {
    // Square finite problems take Jonker-Volgenant's initialisation; adding a column of
    // forbidden pairs forces the plain shortest-augmenting-path route. Both must agree.
    std::mt19937_64 g(11);
    for (std::size_t n : {20u, 60u, 150u})
        for (int levels : {0, 4}) {
            const auto c = random_matrix(n, n, g, 0.0, levels);
            ascn::cost_matrix wide(n, n + 1, ascn::cost_matrix::forbidden);
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t j = 0; j < n; ++j)
                    wide(i, j) = c(i, j);
            const auto a = ascn::linear_assignment(c), b = ascn::linear_assignment(wide);
            check_valid(c, a, ascn::objective::minimise);
            CHECK(close(a.cost, b.cost));
        }
}

TEST_CASE("linear assignment: bad input", "[matching][assignment][errors]") {
    ascn::cost_matrix c(3, 3, 1.0);
    c(1, 2) = std::nan("");
    try {
        static_cast<void>(ascn::linear_assignment(c));
        FAIL("no exception");
    } catch (const ascn::value_error& e) {
        CHECK(e.code() == ascn::errc::invalid_value);
        CHECK(e.context().field == "cost[1][2]");
        CHECK(std::string(e.what()).find("NaN at row 1, column 2") != std::string::npos);
    }
    c(1, 2) = -ascn::cost_matrix::forbidden;
    CHECK_THROWS_AS(ascn::linear_assignment(c), ascn::value_error);
    CHECK_NOTHROW(ascn::linear_assignment(c, ascn::objective::maximise));
    c(1, 2) = ascn::cost_matrix::forbidden;
    CHECK_THROWS_AS(ascn::linear_assignment(c, ascn::objective::maximise), ascn::value_error);

    // A row with every pair forbidden is named.
    ascn::cost_matrix f(2, 4, 1.0);
    for (std::size_t j = 0; j < 4; ++j)
        f(1, j) = ascn::cost_matrix::forbidden;
    try {
        static_cast<void>(ascn::linear_assignment(f));
        FAIL("no exception");
    } catch (const ascn::value_error& e) {
        CHECK(e.context().field == "row");
        CHECK(e.context().value == "1");
    }
    // Transposed, the same problem names a column.
    ascn::cost_matrix t(4, 2, 1.0);
    for (std::size_t i = 0; i < 4; ++i)
        t(i, 1) = ascn::cost_matrix::forbidden;
    try {
        static_cast<void>(ascn::linear_assignment(t));
        FAIL("no exception");
    } catch (const ascn::value_error& e) {
        CHECK(e.context().field == "column");
        CHECK(e.context().value == "1");
    }
    // Infeasible although no line is all forbidden: two rows want only column 0.
    const double inf = ascn::cost_matrix::forbidden;
    const ascn::cost_matrix h(3, 3, {1, inf, inf, 2, inf, inf, 3, 4, 5});
    CHECK_THROWS_WITH(ascn::linear_assignment(h), Catch::Contains("no feasible assignment: row") &&
                                                      Catch::Contains("cannot be served"));
    // Empty problems are fine.
    CHECK(ascn::linear_assignment(ascn::cost_matrix(0, 4)).size() == 0);
    CHECK(ascn::linear_assignment(ascn::cost_matrix(3, 0)).column_of_row ==
          std::vector<std::size_t>(3, ascn::unassigned));
}

namespace {

/// Brute force for the capacitated problem: the most pairs, then the best total.
std::pair<std::size_t, double> brute_force_capacitated(const ascn::cost_matrix& c,
                                                       const std::vector<std::size_t>& rc,
                                                       const std::vector<std::size_t>& cc,
                                                       ascn::objective o) {
    const std::size_t r = c.rows(), k = c.cols(), cells = r * k;
    std::pair<std::size_t, double> best{0, 0.0};
    for (std::size_t mask = 0; mask < (std::size_t{1} << cells); ++mask) {
        std::vector<std::size_t> rl(r, 0), cl(k, 0);
        std::size_t count = 0;
        double total = 0;
        bool ok = true;
        for (std::size_t x = 0; x < cells && ok; ++x)
            if (mask >> x & 1) {
                const std::size_t i = x / k, j = x % k;
                ok = std::isfinite(c(i, j)) && ++rl[i] <= rc[i] && ++cl[j] <= cc[j];
                total += c(i, j);
                ++count;
            }
        if (!ok)
            continue;
        const bool better = o == ascn::objective::minimise ? total < best.second - 1e-12
                                                           : total > best.second + 1e-12;
        if (count > best.first || (count == best.first && better))
            best = {count, total};
    }
    return best;
}

} // namespace

TEST_CASE("capacitated assignment: brute force on small problems",
          "[matching][capacitated][property]") {
    std::mt19937_64 g(3);
    std::uniform_int_distribution<std::size_t> size(1, 4), cap(1, 3);
    for (int trial = 0; trial < 300; ++trial) {
        std::size_t r = size(g), k = size(g);
        while (r * k > 14)
            k = size(g);
        const auto c = random_matrix(r, k, g, trial % 2 == 0 ? 0.0 : 0.3, trial % 3 == 0 ? 4 : 0);
        std::vector<std::size_t> rc(r), cc(k);
        for (auto& x : rc)
            x = cap(g);
        for (auto& x : cc)
            x = cap(g);
        INFO("trial " << trial << ' ' << r << 'x' << k);
        const auto got = ascn::capacitated_assignment(c, rc, cc);
        const auto want = brute_force_capacitated(c, rc, cc, ascn::objective::minimise);
        CHECK(got.pairs.size() == want.first);
        CHECK(close(got.cost, want.second));
        std::vector<std::size_t> rl(r, 0), cl(k, 0);
        std::set<std::pair<std::size_t, std::size_t>> seen;
        double total = 0;
        for (const auto& [i, j] : got.pairs) {
            CHECK(seen.insert({i, j}).second);
            CHECK(++rl[i] <= rc[i]);
            CHECK(++cl[j] <= cc[j]);
            total += c(i, j);
        }
        CHECK(close(got.cost, total));
        if (trial % 2 == 0) { // no forbidden pairs: maximise too
            const auto mx = ascn::capacitated_assignment(c, rc, cc, ascn::objective::maximise);
            const auto wmx = brute_force_capacitated(c, rc, cc, ascn::objective::maximise);
            CHECK(mx.pairs.size() == wmx.first);
            CHECK(close(mx.cost, wmx.second));
        }
    }
}

TEST_CASE("capacitated assignment: capacities of one give linear assignment",
          "[matching][capacitated][property]") {
    std::mt19937_64 g(5);
    for (std::size_t n : {5u, 12u, 30u}) {
        const auto c = random_matrix(n, n + 3, g, 0.0, 0);
        const std::vector<std::size_t> rc(n, 1), cc(n + 3, 1);
        const auto got = ascn::capacitated_assignment(c, rc, cc);
        CHECK(got.pairs.size() == n);
        CHECK(close(got.cost, ascn::linear_assignment(c).cost));
    }
}

TEST_CASE("capacitated assignment: bad input", "[matching][capacitated][errors]") {
    const ascn::cost_matrix c(2, 3, 1.0);
    const std::vector<std::size_t> two{1, 1}, three{1, 0, 2};
    try {
        static_cast<void>(ascn::capacitated_assignment(c, two, three));
        FAIL("no exception");
    } catch (const ascn::value_error& e) {
        CHECK(e.context().field == "column_capacity[1]");
        CHECK(std::string(e.what()).find("column 1 has a capacity of zero") != std::string::npos);
    }
    const std::vector<std::size_t> zero_row{0, 1}, ones{1, 1, 1};
    CHECK_THROWS_AS(ascn::capacitated_assignment(c, zero_row, ones), ascn::value_error);
    CHECK_THROWS_AS(ascn::capacitated_assignment(c, ones, ones), ascn::value_error);
    ascn::cost_matrix nan = c;
    nan(0, 0) = std::nan("");
    CHECK_THROWS_AS(ascn::capacitated_assignment(nan, two, ones), ascn::value_error);
}

namespace {

ascn::preference_lists random_prefs(std::size_t n, std::size_t others, std::mt19937_64& g,
                                    bool incomplete) {
    ascn::preference_lists p(n);
    std::bernoulli_distribution keep(0.7);
    for (auto& list : p) {
        list.resize(others);
        std::iota(list.begin(), list.end(), 0);
        std::shuffle(list.begin(), list.end(), g);
        if (incomplete)
            list.erase(
                std::remove_if(list.begin(), list.end(), [&](std::size_t) { return !keep(g); }),
                list.end());
    }
    return p;
}

/// Every stable one-to-one matching, by brute force over partial matchings.
std::vector<ascn::stable_matching> all_stable(const ascn::preference_lists& l,
                                              const ascn::preference_lists& r) {
    std::vector<ascn::stable_matching> out;
    std::vector<std::size_t> partner(l.size(), ascn::unassigned);
    std::vector<char> taken(r.size(), 0);
    std::function<void(std::size_t)> go = [&](std::size_t a) {
        if (a == l.size()) {
            ascn::stable_matching m;
            m.left.resize(l.size());
            m.right.resize(r.size());
            for (std::size_t x = 0; x < l.size(); ++x)
                if (partner[x] != ascn::unassigned) {
                    m.left[x].push_back(partner[x]);
                    m.right[partner[x]].push_back(x);
                }
            if (ascn::is_stable(l, r, m))
                out.push_back(m);
            return;
        }
        go(a + 1);
        for (std::size_t b = 0; b < r.size(); ++b)
            if (!taken[b]) {
                taken[b] = 1;
                partner[a] = b;
                go(a + 1);
                partner[a] = ascn::unassigned;
                taken[b] = 0;
            }
    };
    go(0);
    return out;
}

/// Position of b in a's list (lists.size() if absent: worse than any partner).
std::size_t rank_of(const std::vector<std::size_t>& list, const std::vector<std::size_t>& got) {
    if (got.empty())
        return list.size();
    return static_cast<std::size_t>(std::find(list.begin(), list.end(), got[0]) - list.begin());
}

} // namespace

TEST_CASE("Gale-Shapley: stable, proposer-optimal and reviewer-pessimal (brute force)",
          "[matching][stable]") {
    std::mt19937_64 g(17);
    std::uniform_int_distribution<std::size_t> size(1, 5);
    for (int trial = 0; trial < 300; ++trial) {
        const std::size_t nl = size(g), nr = size(g);
        const bool incomplete = trial % 2 == 1;
        const auto l = random_prefs(nl, nr, g, incomplete);
        const auto r = random_prefs(nr, nl, g, incomplete);
        const auto stable = all_stable(l, r);
        REQUIRE(!stable.empty()); // Gale and Shapley: a stable matching always exists
        for (auto who : {ascn::side::left, ascn::side::right}) {
            INFO("trial " << trial << (who == ascn::side::left ? " left" : " right"));
            const auto m = ascn::gale_shapley(l, r, who);
            CHECK(m.proposer == who);
            REQUIRE(ascn::is_stable(l, r, m));
            const auto& mine = who == ascn::side::left ? m.left : m.right;
            const auto& theirs = who == ascn::side::left ? m.right : m.left;
            const auto& my_prefs = who == ascn::side::left ? l : r;
            const auto& their_prefs = who == ascn::side::left ? r : l;
            for (const auto& s : stable) {
                const auto& other_mine = who == ascn::side::left ? s.left : s.right;
                const auto& other_theirs = who == ascn::side::left ? s.right : s.left;
                for (std::size_t a = 0; a < mine.size(); ++a)
                    CHECK(rank_of(my_prefs[a], mine[a]) <= rank_of(my_prefs[a], other_mine[a]));
                for (std::size_t b = 0; b < theirs.size(); ++b)
                    CHECK(rank_of(their_prefs[b], theirs[b]) >=
                          rank_of(their_prefs[b], other_theirs[b]));
            }
        }
    }
}

TEST_CASE("Gale-Shapley with capacities (hospitals and residents) is stable",
          "[matching][stable]") {
    std::mt19937_64 g(23);
    std::uniform_int_distribution<std::size_t> size(1, 12), cap(1, 4);
    for (int trial = 0; trial < 200; ++trial) {
        const std::size_t nl = size(g), nr = size(g);
        const auto l = random_prefs(nl, nr, g, trial % 2 == 1);
        const auto r = random_prefs(nr, nl, g, trial % 3 == 1);
        std::vector<std::size_t> rc(nr), lc(nl, 1);
        for (auto& x : rc)
            x = cap(g);
        if (trial % 4 == 0)
            for (auto& x : lc)
                x = cap(g);
        for (auto who : {ascn::side::left, ascn::side::right}) {
            const auto m = ascn::gale_shapley(l, r, who, lc, rc);
            INFO("trial " << trial);
            CHECK(ascn::is_stable(l, r, m, lc, rc));
            CHECK(!ascn::blocking_pair(l, r, m, lc, rc));
        }
    }
}

TEST_CASE("is_stable finds blocking pairs and invalid matchings", "[matching][stable]") {
    // Two cities, two partners, everyone prefers index 0.
    const ascn::preference_lists l{{0, 1}, {0, 1}}, r{{0, 1}, {0, 1}};
    ascn::stable_matching bad;
    bad.left = {{1}, {0}};
    bad.right = {{1}, {0}};
    CHECK(!ascn::is_stable(l, r, bad));
    CHECK(ascn::blocking_pair(l, r, bad) == std::pair<std::size_t, std::size_t>{0, 0});
    const auto good = ascn::gale_shapley(l, r);
    CHECK(good.left == std::vector<std::vector<std::size_t>>{{0}, {1}});
    CHECK(ascn::is_stable(l, r, good));
    ascn::stable_matching disagree = good;
    disagree.right = {{1}, {0}};
    CHECK(!ascn::is_stable(l, r, disagree));
    // Not acceptable: partner 1 does not list city 1.
    const ascn::preference_lists r2{{0, 1}, {0}};
    ascn::stable_matching unacceptable;
    unacceptable.left = {{0}, {1}};
    unacceptable.right = {{0}, {1}};
    CHECK(!ascn::is_stable(l, r2, unacceptable));
    CHECK(ascn::gale_shapley(l, r2).left == std::vector<std::vector<std::size_t>>{{0}, {}});
}

TEST_CASE("Gale-Shapley: bad input", "[matching][stable][errors]") {
    const ascn::preference_lists l{{0, 1}, {1, 1}}, r{{0, 1}, {0, 1}};
    try {
        static_cast<void>(ascn::gale_shapley(l, r));
        FAIL("no exception");
    } catch (const ascn::value_error& e) {
        CHECK(e.context().field == "left[1][1]");
        CHECK(std::string(e.what()).find("lists agent 1 twice") != std::string::npos);
    }
    const ascn::preference_lists out_of_range{{0, 2}, {1}};
    CHECK_THROWS_AS(ascn::gale_shapley(out_of_range, r), ascn::value_error);
    const ascn::preference_lists ok{{0, 1}, {1, 0}};
    const std::vector<std::size_t> zero{1, 0};
    try {
        static_cast<void>(ascn::gale_shapley(ok, r, ascn::side::left, {}, zero));
        FAIL("no exception");
    } catch (const ascn::value_error& e) {
        CHECK(e.context().field == "right_capacity[1]");
    }
    const std::vector<std::size_t> wrong_length{1, 1, 1};
    CHECK_THROWS_AS(ascn::gale_shapley(ok, r, ascn::side::left, wrong_length), ascn::value_error);
}

TEST_CASE("link prediction scores equal NetworkX's", "[matching][link_prediction][reference]") {
    using list_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    using csr_graph = boost::compressed_sparse_row_graph<boost::directedS>;
    for (const auto& c : reference()["link_prediction"]) {
        INFO(c["name"].get<std::string>());
        const auto n = c["n"].get<std::size_t>();
        list_graph g(n);
        std::vector<std::pair<std::size_t, std::size_t>> arcs;
        for (const auto& e : c["edges"]) {
            const auto u = e[0].get<std::size_t>(), v = e[1].get<std::size_t>();
            boost::add_edge(u, v, g);
            boost::add_edge(u, v, g); // a parallel edge counts once
            arcs.emplace_back(u, v);
            arcs.emplace_back(v, u);
        }
        std::sort(arcs.begin(), arcs.end());
        const csr_graph csr(boost::edges_are_sorted, arcs.begin(), arcs.end(), n);
        const ascn::neighbourhoods a(g), b(csr);
        REQUIRE(a.size() == n);
        const auto& pairs = c["pairs"];
        for (std::size_t k = 0; k < pairs.size(); ++k) {
            const auto u = pairs[k][0].get<std::size_t>(), v = pairs[k][1].get<std::size_t>();
            for (const auto* nb : {&a, &b}) {
                const auto s = ascn::score_link(*nb, u, v);
                CHECK(s.common_neighbours == c["common_neighbours"][k].get<std::size_t>());
                CHECK(close(s.jaccard, c["jaccard"][k].get<double>()));
                CHECK(close(s.adamic_adar, c["adamic_adar"][k].get<double>()));
                CHECK(close(s.resource_allocation, c["resource_allocation"][k].get<double>()));
            }
            CHECK(ascn::adamic_adar(a, u, v) == ascn::adamic_adar(a, v, u));
            CHECK(ascn::jaccard(a, u, v) == ascn::score_link(a, u, v).jaccard);
            CHECK(ascn::common_neighbours(a, u, v) == c["common_neighbours"][k].get<std::size_t>());
            CHECK(ascn::resource_allocation(a, u, v) ==
                  ascn::score_link(a, u, v).resource_allocation);
        }
    }
}

TEST_CASE("link prediction on a snapshot agrees with the network's own graph",
          "[matching][link_prediction]") {
    const auto& net = ascn::data::embedded_dataset().network;
    const ascn::snapshot frozen(net); // whole network: same vertex numbers
    const ascn::neighbourhoods a(net.graph()), b(frozen.graph());
    REQUIRE(a.size() == b.size());
    std::size_t positive = 0;
    for (std::size_t u = 0; u < a.size(); ++u) {
        const auto p = a.of(u), q = b.of(u);
        CHECK(std::equal(p.begin(), p.end(), q.begin(), q.end()));
        for (std::size_t v = u + 1; v < a.size(); ++v) {
            const auto x = ascn::score_link(a, u, v), y = ascn::score_link(b, u, v);
            CHECK(x.adamic_adar == y.adamic_adar);
            positive += x.common_neighbours > 0 ? 1 : 0;
        }
    }
    CHECK(positive > 0);
}

TEST_CASE("partner recommendations carry scores and reasons", "[matching][recommend]") {
    const auto& d = ascn::data::embedded_dataset();
    const auto& net = d.network;
    ascn::recommend_options o;
    o.n = 0;
    const auto all = ascn::recommend_partners(d, net, o);
    REQUIRE(!all.empty());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& r = all[i];
        INFO(r.city << " <- " << r.partner);
        CHECK(net.find_city(r.city) != nullptr);
        CHECK(net.find_partner(r.partner) != nullptr);
        for (double x : {r.score, r.complementarity, r.topology, r.similarity})
            CHECK((x >= 0 && x <= 1 + 1e-12));
        CHECK(close(r.score, 0.4 * r.complementarity + 0.3 * r.topology + 0.3 * r.similarity));
        if (r.complementarity > 0 || r.topology > 0 || r.similarity > 0)
            CHECK(!r.reasons.empty());
        if (i > 0)
            CHECK(all[i - 1].score >= r.score);
        // Never a pair that is already linked.
        for (const auto& nbr : ascn::neighbours(net, r.city))
            CHECK(nbr.id() != r.partner);
    }
    o.n = 5;
    o.city = all.back().city;
    const auto one = ascn::recommend_partners(d, net, o);
    CHECK(one.size() <= 5);
    for (const auto& r : one)
        CHECK(r.city == o.city);
    ascn::recommend_options business;
    business.kind = ascn::relation_kind::business_match;
    business.n = 0;
    for (const auto& r : ascn::recommend_partners(d, net, business))
        CHECK(net.find_partner(r.partner)->kind == ascn::partner_kind::company);
    ascn::recommend_options twin;
    twin.kind = ascn::relation_kind::twinning;
    for (const auto& r : ascn::recommend_partners(d, ascn::as_of(net, 2021), twin))
        CHECK(net.find_partner(r.partner)->kind == ascn::partner_kind::external_city);
}

TEST_CASE("peer-city recommendations carry scores and reasons", "[matching][recommend]") {
    const auto& d = ascn::data::embedded_dataset();
    const auto& net = d.network;
    ascn::recommend_options o;
    o.n = 0;
    const auto all = ascn::recommend_peers(d, net, o);
    REQUIRE(!all.empty());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& r = all[i];
        INFO(r.city << " ~ " << r.peer);
        CHECK(r.city != r.peer);
        CHECK(net.find_city(r.city) != nullptr);
        CHECK(net.find_city(r.peer) != nullptr);
        for (double x : {r.score, r.experience, r.shared, r.need_similarity})
            CHECK((x >= 0 && x <= 1 + 1e-12));
        CHECK(close(r.score, 0.4 * r.experience + 0.3 * r.shared + 0.3 * r.need_similarity));
        if (r.score > 0)
            CHECK(!r.reasons.empty());
        if (i > 0)
            CHECK(all[i - 1].score >= r.score);
        for (const auto& nbr : ascn::neighbours(net, r.city))
            CHECK(nbr.id() != r.peer);
    }
    o.city = "da-nang";
    o.n = 4;
    const auto some = ascn::recommend_peers(d, ascn::as_of(net, 2022), o);
    CHECK(some.size() == 4);
    for (const auto& r : some)
        CHECK(r.city == "da-nang");
    o.city = "jica"; // a partner, not a city
    CHECK_THROWS_AS(ascn::recommend_peers(d, net, o), ascn::unknown_id_error);
}

TEST_CASE("partner recommendations: bad options", "[matching][recommend][errors]") {
    const auto& d = ascn::data::embedded_dataset();
    ascn::recommend_options o;
    o.city = "atlantis";
    CHECK_THROWS_AS(ascn::recommend_partners(d, d.network, o), ascn::unknown_id_error);
    o.city.clear();
    o.topology_weight = -1;
    CHECK_THROWS_AS(ascn::recommend_partners(d, d.network, o), ascn::value_error);
    o.topology_weight = std::nan("");
    CHECK_THROWS_AS(ascn::recommend_partners(d, d.network, o), ascn::value_error);
    o.topology_weight = o.complementarity_weight = o.similarity_weight = 0;
    CHECK_THROWS_AS(ascn::recommend_partners(d, d.network, o), ascn::value_error);
    ascn::recommend_options k;
    k.kind = ascn::relation_kind::member_of;
    CHECK_THROWS_AS(ascn::recommend_partners(d, d.network, k), ascn::value_error);
}

TEST_CASE("recommendation evaluation trains on an earlier year", "[matching][recommend]") {
    const auto& d = ascn::data::embedded_dataset();
    for (int year : {2019, 2021, 2023}) {
        const auto e = ascn::evaluate_recommendations(d, year, 20);
        INFO(year);
        CHECK(e.train_year == year);
        CHECK(e.candidates > 0);
        CHECK(e.reachable <= e.later);
        CHECK(e.hits <= std::min<std::size_t>(20, e.reachable));
        CHECK(close(e.precision, static_cast<double>(e.hits) / 20.0));
        CHECK(close(e.base_rate,
                    static_cast<double>(e.reachable) / static_cast<double>(e.candidates)));
    }
    // Everything recommended is a candidate: with k = all, recall is 1 when anything is
    // reachable.
    const auto e = ascn::evaluate_recommendations(d, 2021, 100000);
    CHECK(e.hits == e.reachable);
}

// Hidden (run it by name): the evaluation table quoted in docs/reference/matching.md.
//   ascn_tests "[recommend-report]"
TEST_CASE("recommendation evaluation report", "[.][recommend-report]") {
    const auto& d = ascn::data::embedded_dataset();
    struct variant {
        const char* name;
        double c, t, s;
    };
    std::printf(
        "| scores | trained on | k | candidates | later pairs | reachable | hits | "
        "precision@k | recall@k | random precision |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (const auto& v : {variant{"hybrid", 0.4, 0.3, 0.3}, variant{"complementarity", 1, 0, 0},
                          variant{"topology", 0, 1, 0}, variant{"similarity", 0, 0, 1}})
        for (int year : {2019, 2020, 2021, 2022, 2023}) {
            ascn::recommend_options o;
            o.complementarity_weight = v.c;
            o.topology_weight = v.t;
            o.similarity_weight = v.s;
            const auto e = ascn::evaluate_recommendations(d, year, 20, o);
            std::printf("| %s | %d | %zu | %zu | %zu | %zu | %zu | %.3f | %.3f | %.3f |\n", v.name,
                        year, e.k, e.candidates, e.later, e.reachable, e.hits, e.precision,
                        e.recall, e.base_rate);
            CHECK(e.hits <= e.reachable);
        }
}

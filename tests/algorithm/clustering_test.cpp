// SPDX-License-Identifier: MIT
// Clustering against scikit-learn and SciPy (reference/clustering.json, made by
// reference/make_clustering_reference.py), plus properties on random data.
#include <ascn/algorithm/clustering/cluster_quality.hpp>
#include <ascn/algorithm/clustering/cluster_sweep.hpp>
#include <ascn/algorithm/clustering/dbscan.hpp>
#include <ascn/algorithm/clustering/hierarchical.hpp>
#include <ascn/algorithm/clustering/kmeans.hpp>
#include <ascn/algorithm/clustering/kmedoids.hpp>
#include <ascn/asean/dataset.hpp>
#include <ascn/views.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <random>
#include <set>

namespace {

const nlohmann::json& reference() {
    static const nlohmann::json j = [] {
        std::ifstream in(ASCN_TEST_DATA_DIR "/clustering.json");
        REQUIRE(in);
        return nlohmann::json::parse(in);
    }();
    return j;
}

ascn::point_set points_of(const nlohmann::json& j) {
    const auto n = j["n"].get<std::size_t>(), d = j["d"].get<std::size_t>();
    return ascn::point_set(n, d, j["points"].get<std::vector<double>>());
}

/// True if two labellings are the same partition (equal up to renaming).
bool same_partition(const std::vector<int>& a, const std::vector<int>& b) {
    if (a.size() != b.size())
        return false;
    std::map<int, int> ab, ba;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto [x, fresh_x] = ab.emplace(a[i], b[i]);
        auto [y, fresh_y] = ba.emplace(b[i], a[i]);
        if (x->second != b[i] || y->second != a[i])
            return false;
    }
    return true;
}

ascn::point_set random_points(std::size_t n, std::size_t d, unsigned seed) {
    std::mt19937_64 g(seed);
    std::normal_distribution<double> normal;
    ascn::point_set p(n, d);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j)
            p[i][j] = normal(g) + static_cast<double>(i % 3) * 4.0;
    return p;
}

} // namespace

TEST_CASE("k-means from given centres matches scikit-learn's Lloyd",
          "[cluster][kmeans][reference]") {
    for (const auto& c : reference()["kmeans"]) {
        INFO(c["name"].get<std::string>());
        const auto x = points_of(c);
        const auto k = c["k"].get<std::size_t>(), d = c["d"].get<std::size_t>();
        const ascn::point_set init(k, d, c["init"].get<std::vector<double>>());
        const auto want_labels = c["labels"].get<std::vector<int>>();
        const auto want_centres = c["centres"].get<std::vector<double>>();
        for (auto method : {ascn::kmeans_method::lloyd, ascn::kmeans_method::hamerly})
            for (std::size_t threads : {1, 2, 3}) {
                ascn::kmeans_options o;
                o.method = method;
                o.threads = threads;
                const auto r = ascn::kmeans(x, init, o);
                CHECK(r.iterations == c["iterations"].get<std::size_t>());
                CHECK(std::abs(r.inertia - c["inertia"].get<double>()) <=
                      1e-9 * std::max(1.0, c["inertia"].get<double>()));
                REQUIRE(same_partition(r.labels, want_labels));
                // Our clusters are renumbered by first member; sklearn's keep the init order.
                for (std::size_t i = 0; i < x.size(); ++i)
                    for (std::size_t t = 0; t < d; ++t)
                        CHECK(std::abs(
                                  r.centres[static_cast<std::size_t>(r.labels[i])][t] -
                                  want_centres[static_cast<std::size_t>(want_labels[i]) * d + t]) <=
                              1e-9);
            }
    }
}

TEST_CASE("k-means: Hamerly gives Lloyd's answer, bit for bit, for any thread count",
          "[cluster][kmeans][property]") {
    const auto x = random_points(3000, 5, 42);
    ascn::kmeans_options o;
    o.k = 6;
    o.restarts = 3;
    o.seed = 99;
    o.method = ascn::kmeans_method::lloyd;
    o.threads = 1;
    const auto lloyd = ascn::kmeans(x, o);
    for (std::size_t threads : {1, 2, 4}) {
        o.threads = threads;
        for (auto method : {ascn::kmeans_method::lloyd, ascn::kmeans_method::hamerly}) {
            o.method = method;
            const auto r = ascn::kmeans(x, o);
            CHECK(r.labels == lloyd.labels);
            CHECK(r.centres.values() == lloyd.centres.values());
            CHECK(r.inertia == lloyd.inertia);
            CHECK(r.iterations == lloyd.iterations);
        }
    }
    // Another seed is another run, and the same seed is the same run.
    o.seed = 100;
    const auto other = ascn::kmeans(x, o);
    o.seed = 99;
    CHECK(ascn::kmeans(x, o).labels == lloyd.labels);
    CHECK(other.inertia > 0);
}

TEST_CASE("k-means: properties on random data", "[cluster][kmeans][property]") {
    for (unsigned seed : {1u, 2u, 3u}) {
        const auto x = random_points(500, 3, seed);
        ascn::kmeans_options o;
        o.k = 4;
        o.seed = seed;
        o.record_history = true;
        o.method = ascn::kmeans_method::lloyd;
        const auto r = ascn::kmeans(x, o);
        REQUIRE(r.labels.size() == x.size());
        for (int l : r.labels)
            CHECK((l >= 0 && l < 4)); // every point labelled
        for (std::size_t i = 1; i < r.history.size(); ++i)
            CHECK(r.history[i] <= r.history[i - 1] * (1 + 1e-12)); // inertia never increases
        CHECK(r.inertia == Approx(ascn::inertia(x, r.labels)).epsilon(1e-12));
        // Canonical labels: clusters numbered by first member.
        int next = 0;
        for (int l : r.labels)
            if (l == next)
                ++next;
            else
                CHECK(l < next);
    }
    CHECK_THROWS_AS(ascn::kmeans(random_points(5, 2, 1), ascn::kmeans_options{.k = 6}),
                    ascn::value_error);
}

TEST_CASE("hierarchical: heights and merges match SciPy's linkage",
          "[cluster][hierarchical][reference]") {
    const auto& h = reference()["hierarchical"];
    const auto x = points_of(h);
    const std::map<std::string, ascn::linkage> methods = {{"single", ascn::linkage::single},
                                                          {"complete", ascn::linkage::complete},
                                                          {"average", ascn::linkage::average},
                                                          {"ward", ascn::linkage::ward}};
    for (const auto& [name, how] : methods) {
        INFO(name);
        const auto Z = h["linkages"][name]["Z"].get<std::vector<double>>();
        const auto tree = ascn::hierarchical(x, how);
        REQUIRE(tree.merges.size() == x.size() - 1);
        for (std::size_t i = 0; i < tree.merges.size(); ++i) {
            const auto& m = tree.merges[i];
            CHECK(std::abs(m.height - Z[i * 4 + 2]) <= 1e-9);
            CHECK(m.a == static_cast<std::size_t>(Z[i * 4 + 0]));
            CHECK(m.b == static_cast<std::size_t>(Z[i * 4 + 1]));
            CHECK(m.size == static_cast<std::size_t>(Z[i * 4 + 3]));
        }
        for (const auto& [k, want] : h["linkages"][name]["cuts"].items()) {
            const auto labels = tree.cut(std::stoul(k));
            CHECK(same_partition(labels, want.get<std::vector<int>>()));
        }
    }
}

TEST_CASE("hierarchical: properties", "[cluster][hierarchical][property]") {
    const auto x = random_points(120, 3, 5);
    for (auto how : {ascn::linkage::single, ascn::linkage::complete, ascn::linkage::average,
                     ascn::linkage::ward}) {
        const auto tree = ascn::hierarchical(x, how);
        for (std::size_t i = 1; i < tree.merges.size(); ++i)
            CHECK(tree.merges[i].height >= tree.merges[i - 1].height);
        for (std::size_t k : {1u, 2u, 7u, 120u}) {
            const auto labels = tree.cut(k);
            CHECK(std::set<int>(labels.begin(), labels.end()).size() == k); // k clusters
        }
        const auto order = tree.leaf_order();
        CHECK(order.size() == 120);
        CHECK(std::set<std::size_t>(order.begin(), order.end()).size() == 120); // each leaf once
        const auto all = tree.cut_at_height(tree.merges.back().height);
        CHECK(std::set<int>(all.begin(), all.end()).size() == 1);
    }
    CHECK_THROWS_AS(ascn::hierarchical(x, ascn::linkage::ward, ascn::metric::manhattan),
                    ascn::value_error);
}

TEST_CASE("quality indices match scikit-learn", "[cluster][quality][reference]") {
    const auto& q = reference()["quality"];
    const auto x = points_of(q);
    for (const auto& c : q["cases"]) {
        const auto labels = c["labels"].get<std::vector<int>>();
        CHECK(std::abs(ascn::silhouette(x, labels) - c["silhouette"].get<double>()) <= 1e-9);
        const auto s = ascn::silhouette_samples(x, labels);
        const auto want = c["silhouette_samples"].get<std::vector<double>>();
        for (std::size_t i = 0; i < s.size(); ++i)
            CHECK(std::abs(s[i] - want[i]) <= 1e-9);
        CHECK(std::abs(ascn::davies_bouldin(x, labels) - c["davies_bouldin"].get<double>()) <=
              1e-9);
        CHECK(std::abs(ascn::calinski_harabasz(x, labels) - c["calinski_harabasz"].get<double>()) <=
              1e-9 * c["calinski_harabasz"].get<double>());
    }
    // One label for all points: the indices are undefined, as in scikit-learn.
    CHECK_THROWS_AS(ascn::silhouette(x, std::vector<int>(x.size(), 0)), ascn::value_error);
}

TEST_CASE("silhouette of a sample: exact at full size, reproducible, near the exact mean",
          "[cluster][quality]") {
    // At full size (or past it) the sample is every point: scikit-learn's value.
    const auto& q = reference()["quality"];
    const auto ref = points_of(q);
    for (const auto& c : q["cases"]) {
        const auto labels = c["labels"].get<std::vector<int>>();
        CHECK(std::abs(ascn::silhouette_sampled(ref, labels, ref.size(), 3) -
                       c["silhouette"].get<double>()) <= 1e-9);
    }
    // On 3,000 points in four k-means clusters, a sample of 600 lands near the exact mean,
    // the same for a seed, different across seeds.
    const auto x = random_points(3000, 3, 11);
    ascn::kmeans_options o;
    o.k = 4;
    const auto labels = ascn::kmeans(x, o).labels;
    const double exact = ascn::silhouette(x, labels);
    std::set<double> seen;
    for (std::uint64_t seed : {1u, 2u, 3u, 4u}) {
        const double s = ascn::silhouette_sampled(x, labels, 600, seed);
        CHECK(std::abs(s - exact) < 0.03);
        CHECK(s == ascn::silhouette_sampled(x, labels, 600, seed, ascn::metric::euclidean, 1));
        seen.insert(s);
    }
    CHECK(seen.size() == 4);
    CHECK_THROWS_AS(ascn::silhouette_sampled(x, std::vector<int>(5, 0), 10, 1), ascn::value_error);
}

TEST_CASE("DBSCAN matches scikit-learn up to renaming", "[cluster][dbscan][reference]") {
    const auto& r = reference()["dbscan"];
    const auto x = points_of(r);
    const auto got = ascn::dbscan(x, r["eps"].get<double>(), r["min_samples"].get<std::size_t>());
    CHECK(same_partition(got.labels, r["labels"].get<std::vector<int>>()));
    std::vector<int> core;
    for (std::size_t i = 0; i < got.core.size(); ++i)
        if (got.core[i])
            core.push_back(static_cast<int>(i));
    CHECK(core == r["core"].get<std::vector<int>>());
    for (std::size_t t : {1u, 3u})
        CHECK(ascn::dbscan(x, 0.15, 5, ascn::metric::euclidean, t).labels == got.labels);
    CHECK_THROWS_AS(ascn::dbscan(x, 0.0, 5), ascn::value_error);
}

TEST_CASE("k-medoids: PAM reaches a swap-optimal, exact answer on small data",
          "[cluster][kmedoids]") {
    const auto x = random_points(30, 2, 8);
    const auto r = ascn::kmedoids(x, 3);
    // No single swap improves the cost (PAM's stopping rule), checked by brute force.
    auto cost_of = [&](const std::vector<std::size_t>& med) {
        double c = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            double best = 1e300;
            for (auto m : med)
                best = std::min(best, ascn::distance(x[i], x[m], ascn::metric::euclidean));
            c += best;
        }
        return c;
    };
    CHECK(r.cost == Approx(cost_of(r.medoids)).epsilon(1e-12));
    for (std::size_t mi = 0; mi < 3; ++mi)
        for (std::size_t o = 0; o < x.size(); ++o) {
            auto med = r.medoids;
            if (std::find(med.begin(), med.end(), o) != med.end())
                continue;
            med[mi] = o;
            CHECK(cost_of(med) >= r.cost - 1e-9);
        }
    // Exhaustive search over all medoid triples: on this easy data PAM finds the optimum.
    double best = 1e300;
    for (std::size_t a = 0; a < 30; ++a)
        for (std::size_t b = a + 1; b < 30; ++b)
            for (std::size_t c = b + 1; c < 30; ++c)
                best = std::min(best, cost_of({a, b, c}));
    CHECK(r.cost == Approx(best).epsilon(1e-12));
    // Works with any distance.
    CHECK(ascn::kmedoids(x, 3, ascn::metric::manhattan).labels.size() == 30);
}

TEST_CASE("features of the embedded ASCN, scaled, clustered and swept", "[cluster][data]") {
    const auto& net = ascn::data::embedded_dataset().network;
    auto x = ascn::city_features{}(ascn::cities(net));
    REQUIRE(x.size() == 38);
    REQUIRE(x.dimension() == 10);
    CHECK(x.ids.front() == "bandar-seri-begawan");
    ascn::scale(x, ascn::scaling::z_score);
    for (std::size_t j = 0; j < x.dimension(); ++j) {
        double mean = 0;
        for (std::size_t i = 0; i < x.size(); ++i)
            mean += x[i][j];
        CHECK(std::abs(mean / 38) < 1e-12);
    }
    const auto sweep = ascn::sweep_k(x, 2, 6, ascn::kmeans_options{.seed = 1});
    CHECK(sweep.size() == 5);
    for (const auto& row : sweep) {
        CHECK(row.silhouette > -1);
        CHECK(row.silhouette < 1);
    }
    CHECK_THROWS_AS(ascn::city_features{ascn::missing_values::reject}(ascn::cities(net)),
                    ascn::value_error); // some cities have no population
}

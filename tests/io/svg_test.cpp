// SPDX-License-Identifier: MIT
// The SVG writers: well-formed pictures with every label and a legend, clear errors for bad
// input; and the progress callbacks of long operations (monotone, cancellable).
#include "../support.hpp"

#include <ascn/algorithm/clustering/hierarchical.hpp>
#include <ascn/algorithm/clustering/kmeans.hpp>
#include <ascn/algorithm/paths.hpp>
#include <ascn/algorithm/structure/centrality.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/generate.hpp>
#include <ascn/io/csv.hpp>
#include <ascn/io/dot.hpp>
#include <ascn/io/json.hpp>
#include <ascn/io/svg.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace {
std::size_t occurrences(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1))
        ++n;
    return n;
}
} // namespace

TEST_CASE("svg: heat map", "[svg]") {
    std::ostringstream out;
    ascn::io::write_heat_map(out, {"A & B", "C"}, {"x", "y", "z"}, {0, 1, 2, 3, 4, 5},
                             {"title", "projects", 20, true});
    const auto s = out.str();
    CHECK(s.rfind("<svg ", 0) == 0);
    CHECK(s.find("</svg>") != std::string::npos);
    CHECK(s.find("A &amp; B") != std::string::npos);  // escaped
    CHECK(occurrences(s, "<title>") == 6);            // one tooltip per cell
    CHECK(s.find(">projects<") != std::string::npos); // the legend says what colours mean
    CHECK_THROWS_AS(ascn::io::write_heat_map(out, {"a"}, {"x", "y"}, {1.0}), ascn::value_error);
    CHECK_THROWS_AS(ascn::io::write_heat_map(out, {"a"}, {"x"}, {std::nan("")}), ascn::value_error);
}

TEST_CASE("svg: dendrogram", "[svg]") {
    ascn::point_set p(5, 1);
    for (std::size_t i = 0; i < 5; ++i) {
        p[i][0] = i < 3 ? static_cast<double>(i) : 10.0 + static_cast<double>(i);
        p.ids.push_back("p" + std::to_string(i));
    }
    const auto tree = ascn::hierarchical(p, ascn::linkage::average);
    std::ostringstream out;
    ascn::io::write_dendrogram(out, tree, {}, {"t", 2, 16, 200});
    const auto s = out.str();
    for (int i = 0; i < 5; ++i)
        CHECK(s.find(">p" + std::to_string(i) + "<") != std::string::npos);
    CHECK(occurrences(s, "<path d=\"M") >= 2 * 4); // two branches per merge, plus the axis
    CHECK(s.find(">cluster 0<") != std::string::npos);
    CHECK(s.find(">cluster 1<") != std::string::npos);
    CHECK(s.find(">cluster 2<") == std::string::npos);
    CHECK_THROWS_AS(ascn::io::write_dendrogram(out, tree, {"only one"}), ascn::value_error);
}

TEST_CASE("dot: map with legend", "[svg]") {
    ascn::synthetic_options o;
    o.cities = 30;
    auto net = ascn::synthetic_network(o);
    // synthetic cities have no coordinates: nothing is drawn but the legend
    std::ostringstream out;
    ascn::io::map_options mo;
    mo.legend = {{"group A", "#ff0000"}};
    ascn::io::write_map_dot(net, out, mo);
    CHECK(out.str().find("group A") != std::string::npos);
    CHECK(out.str().find("\"c0\"") == std::string::npos);
}

TEST_CASE("progress: k-means and all-pairs report monotone progress and can be cancelled",
          "[progress]") {
    ascn::point_set x(200, 2);
    for (std::size_t i = 0; i < 200; ++i) {
        x[i][0] = std::sin(static_cast<double>(i));
        x[i][1] = std::cos(static_cast<double>(3 * i));
    }
    std::vector<double> seen;
    ascn::kmeans_options o;
    o.k = 4;
    o.restarts = 3;
    o.threads = 1;
    o.progress = [&](double f) {
        seen.push_back(f);
        return true;
    };
    const auto with = ascn::kmeans(x, o);
    REQUIRE(!seen.empty());
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.front() >= 0.0);
    CHECK(seen.back() <= 1.0);
    o.progress = {};
    CHECK(ascn::kmeans(x, o).labels == with.labels); // progress changes nothing
    o.progress = [](double f) { return f < 0.3; };
    CHECK_THROWS_AS(ascn::kmeans(x, o), ascn::cancelled_error);

    ascn::synthetic_options so;
    so.cities = 300;
    const auto net = ascn::synthetic_network(so);
    const ascn::snapshot lg(net, ascn::learning_model{});
    std::vector<ascn::snapshot::vertex_index> cities;
    for (ascn::snapshot::vertex_index v = 0; v < lg.num_vertices(); ++v)
        if (lg.kind(v) == ascn::vertex_kind::city)
            cities.push_back(v);
    seen.clear();
    const auto all = ascn::all_pairs_costs(lg, cities, 2, [&](double f) {
        seen.push_back(f);
        return true;
    });
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.back() == 1.0);
    CHECK(all == ascn::all_pairs_costs(lg, cities, 1));
    try {
        (void)ascn::all_pairs_costs(lg, cities, 1, [](double f) { return f < 0.5; });
        FAIL("not cancelled");
    } catch (const ascn::cancelled_error& e) {
        CHECK(e.code() == ascn::errc::cancelled);
    }

    // Betweenness: progress from the calling thread only, monotone, ends at 1; cancellable.
    const ascn::snapshot snap(net);
    seen.clear();
    ascn::betweenness_options bo;
    bo.threads = 2;
    bo.progress = [&](double f) {
        seen.push_back(f);
        return true;
    };
    const auto bc = ascn::betweenness_centrality(snap, bo);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.back() == 1.0);
    bo.progress = {};
    CHECK(ascn::betweenness_centrality(snap, bo) == bc);
    bo.threads = 1;
    bo.progress = [](double f) { return f < 0.25; };
    CHECK_THROWS_AS(ascn::betweenness_centrality(snap, bo), ascn::cancelled_error);
}

TEST_CASE("progress: reading JSON and CSV reports progress and cancels cleanly", "[progress]") {
    ascn::synthetic_options o;
    o.cities = 3000;
    const auto big = ascn::synthetic_network(o);
    std::ostringstream json;
    ascn::io::write_json(big, json);
    const auto pair = ascn::io::to_csv(big);
    for (int format = 0; format < 2; ++format) {
        INFO((format == 0 ? "json" : "csv"));
        auto read = [&](ascn::network& into, const ascn::progress_callback& p) {
            if (format == 0)
                ascn::io::read_json(json.str(), into, "big.json", p);
            else
                ascn::io::read_csv(pair.nodes, pair.relationships, into, "n.csv", "r.csv", p);
        };
        std::vector<double> seen;
        ascn::network net;
        read(net, [&](double f) {
            seen.push_back(f);
            return true;
        });
        CHECK(net.num_cities() == 3000);
        REQUIRE(seen.size() >= 3);
        CHECK(std::is_sorted(seen.begin(), seen.end()));
        CHECK(seen.back() == 1.0);
        // Cancelled half way: the target keeps what it had.
        ascn::network kept = ascn_test::small_network();
        CHECK_THROWS_AS(read(kept, [](double f) { return f < 0.5; }), ascn::cancelled_error);
        CHECK(ascn_test::full_dump(kept) == ascn_test::full_dump(ascn_test::small_network()));
    }
}

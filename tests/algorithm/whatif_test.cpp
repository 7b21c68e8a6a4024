// SPDX-License-Identifier: MIT
// What-if scenarios (issue 17): each change on a hand-made network, bad input named and the
// original untouched, the inverse property (a scenario then its inverse give back the original
// exactly), the partition similarities against scikit-learn (reference/whatif.json, made by
// reference/make_whatif_reference.py), and the structure and mentor differences.
#include "../support.hpp"

#include <ascn/algorithm/whatif/partition_similarity.hpp>
#include <ascn/algorithm/whatif/structure_difference.hpp>
#include <ascn/asean/dataset.hpp>
#include <ascn/asean/evolution.hpp>
#include <ascn/asean/focus_records.hpp>
#include <ascn/asean/link_impact.hpp>
#include <ascn/asean/mentor_changes.hpp>
#include <ascn/asean/partner_impact.hpp>
#include <ascn/generate.hpp>
#include <ascn/io/scenario.hpp>
#include <ascn/scenario.hpp>
#include <ascn/time_view.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

using ascn_test::full_dump;
using ascn_test::rel;
using ascn_test::small_network;
using K = ascn::relation_kind;
using S = ascn::scenario;

std::size_t count_links(const ascn::network& net, const std::string& a, const std::string& b) {
    std::size_t n = 0;
    const auto& g = net.graph();
    const auto u = *net.vertex(a), v = *net.vertex(b);
    for (auto [ei, ee] = boost::out_edges(u, g); ei != ee; ++ei)
        n += boost::target(*ei, g) == v;
    return n;
}

} // namespace

TEST_CASE("a scenario drops a partner on a copy and its inverse restores it",
          "[whatif][scenario]") {
    const auto net = small_network();
    const std::string original = full_dump(net);
    const auto r = ascn::apply(net, S{{S::drop{"jica"}}});
    CHECK(full_dump(net) == original); // the original is untouched
    CHECK_FALSE(r.network.contains("jica"));
    CHECK(r.network.num_relationships() == net.num_relationships() - 2);
    REQUIRE(r.summary.size() == 1);
    CHECK(r.summary[0] == "drop jica (partner)");
    // The inverse: add the partner, then its two relationships.
    CHECK(r.inverse.changes.size() == 3);
    CHECK(full_dump(ascn::apply(r.network, r.inverse).network) == original);
}

TEST_CASE("a scenario drops a city with its member-of tie, and restores it", "[whatif][scenario]") {
    const auto net = small_network();
    const auto r = ascn::apply(net, S{{S::drop{"hanoi"}}});
    CHECK_FALSE(r.network.contains("hanoi"));
    CHECK(r.network.num_cities() == net.num_cities() - 1);
    CHECK(full_dump(ascn::apply(r.network, r.inverse).network) == full_dump(net));
}

TEST_CASE("ending a partner's relationships sets their last year", "[whatif][scenario]") {
    auto net = small_network();
    net.add_relationship("jica", "hanoi", rel(K::support, 2030)); // would start later: removed
    const auto r = ascn::apply(net, S{{S::end_links{"jica", 2025}}});
    // jica -support(2019..2021)- da-nang is over by 2025: untouched.
    // singapore -twinning(2018)- jica ends in 2025; jica -support(2030)- hanoi never starts.
    CHECK(count_links(r.network, "jica", "hanoi") == 0);
    const auto& g = r.network.graph();
    const auto sg = *r.network.vertex("singapore");
    for (auto [ei, ee] = boost::out_edges(sg, g); ei != ee; ++ei)
        if (g[*ei].value.kind == K::twinning)
            CHECK(g[*ei].value.end == 2025);
    CHECK(r.summary[0] == "end jica's relationships in 2025 (1 ended, 1 that would start later "
                          "removed)");
    CHECK(full_dump(ascn::apply(r.network, r.inverse).network) == full_dump(net));
}

TEST_CASE("a scenario adds a city, a partner and links, and removes them again",
          "[whatif][scenario]") {
    const auto net = small_network();
    auto c = ascn_test::make_city("hue", "VN", 2027);
    c.profile[ascn::focus_area::environment] = 2;
    S s;
    s.changes.push_back(S::add_city{c});
    s.changes.push_back(S::add_partner{{"koica", "KOICA", ascn::partner_kind::agency, "KR", ""}});
    s.changes.push_back(S::add_link{"koica", "hue", rel(K::support, 2027)});
    s.changes.push_back(S::add_link{"hue", "da-nang", rel(K::twinning, 2027)});
    const auto r = ascn::apply(net, s);
    CHECK(r.network.num_cities() == net.num_cities() + 1);
    CHECK(r.network.num_relationships() == net.num_relationships() + 3); // member-of too
    CHECK(r.summary[3] == "add hue -twinning- da-nang (2027)");
    CHECK(full_dump(ascn::apply(r.network, r.inverse).network) == full_dump(net));
}

TEST_CASE("drop-link removes matching relationships of a kind and year", "[whatif][scenario]") {
    auto net = small_network();
    net.add_relationship("da-nang", "hanoi", rel(K::twinning, 2020));
    const auto r = ascn::apply(net, S{{S::drop_link{"hanoi", "da-nang", K::peer_learning, {}}}});
    CHECK(count_links(r.network, "da-nang", "hanoi") == 1);
    const auto all = ascn::apply(net, S{{S::drop_link{"da-nang", "hanoi", {}, {}}}});
    CHECK(count_links(all.network, "da-nang", "hanoi") == 0);
    CHECK(full_dump(ascn::apply(all.network, all.inverse).network) == full_dump(net));
}

TEST_CASE("bad changes are errors naming the item, the original untouched", "[whatif][scenario]") {
    const auto net = small_network();
    const std::string original = full_dump(net);
    auto fails_with = [&](const S& s, ascn::errc code, const std::string& id,
                          const std::string& field) {
        try {
            (void)ascn::apply(net, s);
            FAIL("no error");
        } catch (const ascn::error& e) {
            CHECK(e.code() == code);
            CHECK(e.context().id == id);
            CHECK(e.context().field == field);
        }
        CHECK(full_dump(net) == original);
    };
    fails_with(S{{S::drop{"jika"}}}, ascn::errc::unknown_id, "jika", "drop");
    fails_with(S{{S::drop{"VN"}}}, ascn::errc::in_use, "VN", "id");
    // Ending twice: the second finds nothing left to end.
    fails_with(S{{S::end_links{"jica", 2021}, S::end_links{"jica", 2021}}},
               ascn::errc::invalid_value, "jica", "end");
    fails_with(S{{S::end_links{"jica", 99999}}}, ascn::errc::year_out_of_range, "jica", "end");
    fails_with(S{{S::drop_link{"da-nang", "hanoi", K::twinning, {}}}}, ascn::errc::invalid_value,
               "da-nang -> hanoi", "drop-link");
    fails_with(S{{S::drop_link{"da-nang", "VN", K::member_of, {}}}}, ascn::errc::invalid_endpoint,
               "da-nang", "kind");
    fails_with(S{{S::add_link{"acme", "jica", rel(K::business_match, 2020)}}},
               ascn::errc::invalid_endpoint, "acme -> jica", "kind");
    fails_with(S{{S::add_partner{{"hanoi", "x", ascn::partner_kind::agency, "", ""}}}},
               ascn::errc::duplicate_id, "hanoi", "id");
    // A later change fails: the earlier ones are not kept either.
    fails_with(S{{S::drop{"jica"}, S::drop{"jica"}}}, ascn::errc::unknown_id, "jica", "drop");
    try {
        (void)ascn::apply(net, S{{S::drop{"jika"}}});
    } catch (const ascn::unknown_id_error& e) {
        CHECK(std::find(e.suggestions().begin(), e.suggestions().end(), "jica") !=
              e.suggestions().end());
    }
}

TEST_CASE("property: a scenario then its inverse give back the original exactly",
          "[whatif][scenario][property]") {
    // Random scenarios of every kind of change on the embedded ASCN; every one that applies
    // must be undone exactly by its inverse.
    const auto net = ascn::data::embedded_network();
    const std::string original = full_dump(net);
    std::vector<std::string> partners, cities, ids;
    const auto& g = net.graph();
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        (g[v].kind() == ascn::vertex_kind::city      ? cities
         : g[v].kind() == ascn::vertex_kind::partner ? partners
                                                     : ids)
            .emplace_back(g[v].id());
    }
    std::mt19937_64 rng(17);
    auto pick = [&](const std::vector<std::string>& v) {
        return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
    };
    std::size_t applied = 0;
    for (int round = 0; round < 60; ++round) {
        S s;
        const int n = 1 + static_cast<int>(rng() % 4);
        for (int i = 0; i < n; ++i) {
            switch (rng() % 6) {
            case 0:
                s.changes.push_back(S::drop{pick(partners)});
                break;
            case 1:
                s.changes.push_back(S::drop{pick(cities)});
                break;
            case 2:
                s.changes.push_back(
                    S::end_links{pick(partners), 2018 + static_cast<int>(rng() % 9)});
                break;
            case 3:
                s.changes.push_back(
                    S::add_link{pick(cities), pick(cities), rel(K::twinning, 2026)});
                break;
            case 4: {
                auto c = ascn_test::make_city(ascn_test::numbered("new-", rng() % 3), "VN", 2027);
                s.changes.push_back(S::add_city{c});
                s.changes.push_back(S::add_link{pick(partners), c.id, rel(K::support, 2027)});
                break;
            }
            default:
                s.changes.push_back(S::drop_link{pick(cities), pick(partners), {}, {}});
            }
        }
        try {
            const auto r = ascn::apply(net, s);
            ++applied;
            const auto back = ascn::apply(r.network, r.inverse);
            REQUIRE(full_dump(back.network) == original);
            // And the inverse of the inverse makes the scenario again.
            CHECK(full_dump(ascn::apply(back.network, back.inverse).network) ==
                  full_dump(r.network));
        } catch (const ascn::error&) {
            CHECK(full_dump(net) == original); // refused: nothing changed
        }
    }
    CHECK(applied >= 15);
}

TEST_CASE("partition similarity equals scikit-learn's", "[whatif][partition]") {
    std::ifstream in(ASCN_TEST_DATA_DIR "/whatif.json");
    REQUIRE(in);
    const auto j = nlohmann::json::parse(in);
    std::size_t cases = 0;
    for (const auto& c : j["cases"]) {
        const auto a = c["a"].get<std::vector<std::uint32_t>>();
        const auto b = c["b"].get<std::vector<std::uint32_t>>();
        INFO("case " << cases << ", n " << a.size());
        CHECK(ascn::adjusted_rand_index(a, b) == Approx(c["ari"].get<double>()).margin(1e-12));
        CHECK(ascn::normalized_mutual_information(a, b) ==
              Approx(c["nmi"].get<double>()).margin(1e-12));
        // Both are symmetric.
        CHECK(ascn::adjusted_rand_index(b, a) == Approx(c["ari"].get<double>()).margin(1e-12));
        ++cases;
    }
    CHECK(cases == 15);
}

TEST_CASE("matching partitions finds splits and mergers", "[whatif][partition]") {
    // a: {0,1,2,3} {4,5}; b: {0,1} {2,3,4,5}
    const std::vector<std::uint32_t> a{0, 0, 0, 0, 1, 1}, b{7, 7, 9, 9, 9, 9};
    const auto m = ascn::match_partitions(a, b);
    REQUIRE(m.size() == 2);
    CHECK(m[0].b == 7);
    CHECK(m[0].a == 0);
    CHECK(m[0].overlap == 2);
    CHECK(m[0].jaccard == Approx(0.5));
    CHECK(m[0].spread == 2); // {0,1,2,3} split
    CHECK(m[1].b == 9);
    CHECK(m[1].sources == 2); // {2,3,4,5} merges two
    CHECK(m[1].overlap == 2);
}

TEST_CASE("the structure difference of dropping a hub", "[whatif][structure]") {
    // A star around partner hub joining four cities of two countries, and one city-city tie.
    ascn::network net;
    net.add_country({"AA", "A", {1967, 1, 1}, ""});
    net.add_country({"BB", "B", {1967, 1, 1}, ""});
    for (const char* c : {"a1", "a2"})
        net.add_city(ascn_test::make_city(c, "AA"));
    for (const char* c : {"b1", "b2"})
        net.add_city(ascn_test::make_city(c, "BB"));
    net.add_partner({"hub", "Hub", ascn::partner_kind::agency, "", ""});
    net.add_partner({"side", "Side", ascn::partner_kind::agency, "", ""});
    for (const char* c : {"a1", "b1"})
        net.add_relationship("hub", c, rel(K::support));
    net.add_relationship("side", "b2", rel(K::support));
    const auto r = ascn::apply(net, S{{S::drop{"hub"}}});
    const auto d = ascn::compare_structure(ascn::snapshot(net), ascn::snapshot(r.network));
    CHECK(d.removed == std::vector<std::string>{"hub"});
    CHECK(d.added.empty());
    CHECK(d.components_before == 1);
    CHECK(d.components_after == 2);
    // Country A's side (a1, a2, AA) is cut off from the larger B side (b1, b2, BB, side).
    CHECK(d.largest_after == 4);
    REQUIRE(d.cut_off.size() == 3);
    CHECK(d.cut_off[0].id == "AA");
    CHECK(d.cut_off[0].size == 3);
    CHECK(d.cut_off[0].explanation ==
          "left in a group of 3: its side lost the ties a1 -- hub (hub removed)");
    // hub was an articulation point and tied two member states: both lost.
    const auto hub_ap = std::find_if(d.articulation_points.begin(), d.articulation_points.end(),
                                     [](const auto& x) { return x.id == "hub"; });
    REQUIRE(hub_ap != d.articulation_points.end());
    CHECK_FALSE(hub_ap->gained);
    CHECK(hub_ap->explanation == "removed");
    REQUIRE_FALSE(d.brokers.empty());
    CHECK(d.brokers[0].id == "hub");
    CHECK(d.brokers[0].states_before == 2);
    CHECK(d.brokers[0].states_after == 0);
    // Communities: all kept vertices compared, ARI in [-1, 1].
    CHECK(d.communities.common == net.num_vertices() - 1);
    CHECK(d.communities.adjusted_rand <= 1.0);
    CHECK_FALSE(d.communities.explanations.empty());
    // The same network compared with itself: no difference at all.
    const auto same = ascn::compare_structure(ascn::snapshot(net), ascn::snapshot(net));
    CHECK(same.removed.empty());
    CHECK(same.cut_off.empty());
    CHECK(same.articulation_points.empty());
    CHECK(same.bridges.empty());
    CHECK(same.brokers.empty());
    CHECK(same.centrality.empty());
    CHECK(same.communities.adjusted_rand == 1.0);
    CHECK(same.communities.normalized_mutual_information == 1.0);
    // Betweenness from a sample of sources: `betweenness_centrality`'s sampled values, the
    // same sources on both sides.
    ascn::structure_difference_options sampled;
    sampled.betweenness_samples = 3;
    sampled.betweenness_seed = 11;
    sampled.top = 0;
    const ascn::snapshot s(net);
    CHECK(ascn::compare_structure(s, s, sampled).centrality.empty());
    const auto est = ascn::compare_structure(s, ascn::snapshot(r.network), sampled);
    const auto bc = ascn::betweenness_centrality(s, {.samples = 3, .seed = 11});
    REQUIRE_FALSE(est.centrality.empty());
    for (const auto& c : est.centrality)
        CHECK(c.before == bc[*s.find(c.id)]);
}

TEST_CASE("the structure difference of adding a tie: bridges and articulation points",
          "[whatif][structure]") {
    // A path a1 - a2 - a3 (twinnings): a2 is an articulation point, both ties are bridges.
    // Closing the triangle removes all of them.
    ascn::network net;
    net.add_country({"AA", "A", {1967, 1, 1}, ""});
    net.add_country({"BB", "B", {1967, 1, 1}, ""});
    net.add_city(ascn_test::make_city("a1", "AA"));
    net.add_city(ascn_test::make_city("a2", "BB"));
    net.add_city(ascn_test::make_city("a3", "BB"));
    net.add_relationship("a1", "a2", rel(K::twinning));
    const auto r = ascn::apply(net, S{{S::add_link{"a1", "a3", rel(K::twinning, 2027)}}});
    const auto d = ascn::compare_structure(ascn::snapshot(net), ascn::snapshot(r.network));
    const auto lost = std::find_if(d.bridges.begin(), d.bridges.end(),
                                   [](const auto& b) { return b.id == "a1 -- a2"; });
    REQUIRE(lost != d.bridges.end());
    CHECK_FALSE(lost->gained);
    CHECK(lost->explanation == "another route now joins its two sides");
    // a1 was a broker already (AA and BB); a3 becomes one.
    REQUIRE(d.brokers.size() == 1);
    CHECK(d.brokers[0].id == "a3");
    CHECK(d.brokers[0].states_before == 1);
    CHECK(d.brokers[0].states_after == 2);
    CHECK(d.brokers[0].explanation == "ties 2 member states, was 1; now reaches AA (a new broker)");
}

TEST_CASE("year over year: the structure difference of two time views", "[whatif][structure]") {
    const auto net = small_network();
    const auto d = ascn::compare_structure(ascn::snapshot(ascn::as_of(net, 2019)),
                                           ascn::snapshot(ascn::as_of(net, 2022)));
    // smart-jamp (2019 programme-of, 2020 participation) and acme (2022) arrive; jica's support
    // to da-nang ended in 2021 but its twinning with singapore goes on.
    CHECK(std::find(d.added.begin(), d.added.end(), "acme") != d.added.end());
    CHECK(std::find(d.added.begin(), d.added.end(), "smart-jamp") != d.added.end());
    CHECK(d.removed.empty());
}

TEST_CASE("mentor changes when a mentor's only tie goes", "[whatif][mentors]") {
    // b is strong in environment; a learns from b through the partner p only.
    ascn::network net;
    net.add_country({"AA", "A", {1967, 1, 1}, ""});
    net.add_country({"BB", "B", {1967, 1, 1}, ""});
    auto a = ascn_test::make_city("a", "AA");
    auto b = ascn_test::make_city("b", "BB");
    auto c = ascn_test::make_city("c", "BB");
    b.profile[ascn::focus_area::environment] = 3;
    c.profile[ascn::focus_area::environment] = 1;
    net.add_city(a);
    net.add_city(b);
    net.add_city(c);
    net.add_partner({"p", "P", ascn::partner_kind::agency, "", ""});
    net.add_relationship("p", "a", rel(K::support));
    net.add_relationship("p", "b", rel(K::support));
    const auto records = ascn::records_from_profiles(net);
    ascn::mentor_change_options o;
    o.model.via_network = 0; // no channel: only the partner joins a to the others
    const auto r = ascn::apply(net, S{{S::drop{"p"}}});
    const auto changes = ascn::mentor_changes(net, r.network, records, o);
    auto find = [&](const std::string& city, ascn::focus_area area) {
        const auto it = std::find_if(changes.begin(), changes.end(), [&](const auto& m) {
            return m.city == city && m.area == area;
        });
        REQUIRE(it != changes.end());
        return *it;
    };
    const auto m = find("a", ascn::focus_area::environment);
    CHECK(m.before == std::optional<std::string>("b"));
    CHECK_FALSE(m.after);
    CHECK(m.change == ascn::mentor_change_kind::lost_every);
    CHECK(m.path_before == std::vector<std::string>{"b", "p", "a"});
    CHECK(m.explanation.find("its path ran through p, which is gone") != std::string::npos);
    // c still learns from b through their country.
    const auto mc = find("c", ascn::focus_area::environment);
    CHECK(mc.change == ascn::mentor_change_kind::unchanged);
    CHECK(mc.before == std::optional<std::string>("b"));
    // Comparing a network with itself changes nothing.
    for (const auto& x : ascn::mentor_changes(net, net, records, o))
        CHECK(x.change == ascn::mentor_change_kind::unchanged);
}

TEST_CASE("partner impact: bounded recomputation equals the full rerun", "[whatif][impact]") {
    const auto& d = ascn::data::embedded_dataset();
    const auto records = ascn::data::focus_records_of(d);
    ascn::partner_impact_options o;
    const auto bounded = ascn::partner_impact(d.network, records, o);
    o.bounded = false;
    const auto full = ascn::partner_impact(d.network, records, o);
    REQUIRE(bounded.partners.size() == full.partners.size());
    CHECK(bounded.total == full.total);
    std::size_t searched_bounded = 0, searched_full = 0;
    for (std::size_t i = 0; i < full.partners.size(); ++i) {
        INFO(full.partners[i].partner);
        CHECK(bounded.partners[i].partner == full.partners[i].partner);
        CHECK(bounded.partners[i].loss == full.partners[i].loss); // exactly
        CHECK(bounded.partners[i].pairs_hit == full.partners[i].pairs_hit);
        CHECK(bounded.partners[i].pairs_lost == full.partners[i].pairs_lost);
        searched_bounded += bounded.partners[i].searched;
        searched_full += full.partners[i].searched;
    }
    CHECK(searched_bounded * 5 < searched_full);
    // The loss of the top partner is what dropping it does to the summed best-mentor score.
    const auto& top = bounded.partners.front();
    CHECK(top.loss > 0);
    const auto dropped = ascn::apply(d.network, S{{S::drop{top.partner}}});
    const auto after = ascn::partner_impact(dropped.network, records);
    CHECK(after.total == Approx(bounded.total - top.loss).epsilon(1e-12));
}

TEST_CASE("partner impact on a time view", "[whatif][impact]") {
    const auto& d = ascn::data::embedded_dataset();
    const auto records = ascn::data::focus_records_of(d);
    const auto view = ascn::as_of(d.network, 2020);
    ascn::partner_impact_options o;
    const auto bounded = ascn::partner_impact(view, records, o);
    o.bounded = false;
    const auto full = ascn::partner_impact(view, records, o);
    REQUIRE(bounded.partners.size() == full.partners.size());
    for (std::size_t i = 0; i < full.partners.size(); ++i)
        CHECK(bounded.partners[i].loss == full.partners[i].loss);
}

TEST_CASE("link impact: a gain worked out by hand", "[whatif][impact]") {
    // Two cities in two countries, nothing between them and no channel: "strong" has three
    // completed projects in environment, "weak" none. A peer-learning link between them is
    // untagged (focus 0.6) and crosses a border (0.85): p = 0.60 × 0.6 × 0.85 = 0.306, and weak
    // gains strong as its first environment mentor, scored p × gap × exp(-gap / 0.5).
    ascn::network net;
    net.add_country({"AA", "A", {1967, 8, 8}, "test"});
    net.add_country({"BB", "B", {1967, 8, 8}, "test"});
    net.add_city(ascn_test::make_city("strong", "AA"));
    net.add_city(ascn_test::make_city("weak", "BB"));
    net.add_city(ascn_test::make_city("other", "BB"));
    ascn::focus_record_map records;
    records["strong"][static_cast<std::size_t>(ascn::focus_area::environment)].completed = 3;
    records["weak"] = {};
    records["other"] = {};
    ascn::link_impact_options o;
    o.model.via_network = 0;
    const std::vector<ascn::link_candidate> candidates{{"weak", "other", K::peer_learning, 2020},
                                                       {"strong", "weak", K::peer_learning, 2020}};
    const auto r = ascn::link_impact(net, records, candidates, o);
    // weak and other share a country: other already learns from nobody (strong is apart).
    CHECK(r.total == 0);
    CHECK(r.pairs == 3 * ascn::focus_area_count);
    REQUIRE(r.links.size() == 2);
    const double gap = 1 - std::exp(-3.0 / 1.5);
    const double p = 0.60 * 0.6 * 0.85;
    // strong-weak also reaches other, through weak and their country (0.35 × 0.6 on leaving).
    const double expected = p * gap * std::exp(-gap / 0.5) * (1 + 0.35 * 0.6);
    const auto& top = r.links.front();
    CHECK(top.link.from == "strong");
    CHECK(top.link.to == "weak");
    CHECK(top.gain == Approx(expected).epsilon(1e-12));
    CHECK(top.pairs_improved == 2);
    CHECK(top.pairs_new == 2);
    CHECK(top.best_city == "weak");
    CHECK(top.best_area == ascn::focus_area::environment);
    CHECK(top.explanation ==
          "2 (city, area) pairs gain score, 2 of them a first mentor; most weak in environment");
    const auto& none = r.links.back();
    CHECK(none.gain == 0);
    CHECK(none.pairs_improved == 0);
    CHECK(none.searched == 0); // no mentor reaches either end: nothing searched again
    CHECK(none.explanation == "no city's best mentor improves");
    // The full rerun agrees, searching every city in every area for every link.
    o.bounded = false;
    const auto full = ascn::link_impact(net, records, candidates, o);
    CHECK(full.links.front().gain == top.gain);
    CHECK(full.links.back().searched == 3 * ascn::focus_area_count);
}

TEST_CASE("link impact: errors name the bad link", "[whatif][impact]") {
    const auto net = small_network();
    const ascn::focus_record_map records;
    CHECK_THROWS_AS(ascn::link_impact(net, records, {{"hanoi", "atlantis", K::twinning, 2020}}),
                    ascn::unknown_id_error);
    CHECK_THROWS_WITH(ascn::link_impact(net, records, {{"hanoi", "atlantis", K::twinning, 2020}}),
                      Catch::Contains("atlantis"));
    const auto& d = ascn::data::embedded_dataset();
    ascn::recommended_links_options ro;
    ro.kind = K::support;
    CHECK_THROWS_AS(ascn::recommended_links(d, d.network, ro), ascn::value_error);
}

TEST_CASE("link impact: the recommender's candidates, bounded equals the full rerun",
          "[whatif][impact]") {
    const auto& d = ascn::data::embedded_dataset();
    const auto records = ascn::data::focus_records_of(d);
    ascn::recommended_links_options ro;
    ro.n = 12;
    auto candidates = ascn::recommended_links(d, d.network, ro);
    REQUIRE(candidates.size() == 12);
    for (std::size_t i = 0; i < candidates.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            CHECK(std::minmax(candidates[i].from, candidates[i].to) !=
                  std::minmax(candidates[j].from, candidates[j].to));
    // A link with a partner end is searched in full either way; a twinning too.
    candidates.push_back({"jica", "makassar", K::support, 2026});
    candidates.push_back({"makassar", "banyuwangi", K::twinning, 2027});
    ascn::link_impact_options o;
    const auto bounded = ascn::link_impact(d.network, records, candidates, o);
    o.bounded = false;
    const auto full = ascn::link_impact(d.network, records, candidates, o);
    const auto partners = ascn::partner_impact(d.network, records);
    CHECK(bounded.total == partners.total); // the same measure as partner_impact
    CHECK(bounded.total == full.total);
    REQUIRE(bounded.links.size() == full.links.size());
    std::size_t searched_bounded = 0, searched_full = 0;
    for (std::size_t i = 0; i < full.links.size(); ++i) {
        INFO(full.links[i].link.from << " " << full.links[i].link.to);
        CHECK(bounded.links[i].link.from == full.links[i].link.from);
        CHECK(bounded.links[i].link.to == full.links[i].link.to);
        CHECK(bounded.links[i].gain == full.links[i].gain); // exactly
        CHECK(bounded.links[i].pairs_improved == full.links[i].pairs_improved);
        CHECK(bounded.links[i].pairs_new == full.links[i].pairs_new);
        CHECK(bounded.links[i].best_city == full.links[i].best_city);
        searched_bounded += bounded.links[i].searched;
        searched_full += full.links[i].searched;
    }
    CHECK(searched_bounded * 2 < searched_full);
    // The gain of the top link is what adding it does to the summed best-mentor score.
    const auto& top = bounded.links.front();
    CHECK(top.gain > 0);
    const auto added = ascn::apply(
        d.network,
        S{{S::add_link{top.link.from, top.link.to, rel(top.link.kind, *top.link.start)}}});
    const auto after = ascn::partner_impact(added.network, records);
    CHECK(after.total == Approx(bounded.total + top.gain).epsilon(1e-12));
}

TEST_CASE("link impact: bounded equals the full rerun on generated networks", "[whatif][impact]") {
    for (const std::uint64_t seed : {1u, 2u, 3u, 4u}) {
        ascn::synthetic_options so;
        so.cities = 40 + 20 * seed;
        so.countries = 4;
        so.seed = seed;
        const auto net = ascn::synthetic_network(so);
        const auto records = ascn::records_from_profiles(net);
        std::mt19937_64 rng(seed);
        std::vector<ascn::link_candidate> candidates;
        for (int i = 0; i < 8; ++i) {
            const auto a = rng() % so.cities, b = (a + 1 + rng() % (so.cities - 1)) % so.cities;
            candidates.push_back({ascn_test::numbered("c", a), ascn_test::numbered("c", b),
                                  i % 2 ? K::twinning : K::peer_learning, std::nullopt});
        }
        ascn::link_impact_options o;
        if (seed == 1) // a hop limit: the bound holds for hop-limited paths too
            o.mentors.max_hops = 3;
        if (seed == 3) // no channel: the ties alone carry peer learning
            o.model.via_network = 0;
        const auto bounded = ascn::link_impact(net, records, candidates, o);
        o.bounded = false;
        const auto full = ascn::link_impact(net, records, candidates, o);
        CHECK(bounded.total == full.total); // the first pass's pruned searches: the same scores
        REQUIRE(bounded.links.size() == full.links.size());
        std::size_t improved = 0;
        for (std::size_t i = 0; i < full.links.size(); ++i) {
            INFO("seed " << seed << ": " << full.links[i].link.from << " "
                         << full.links[i].link.to);
            CHECK(bounded.links[i].link.from == full.links[i].link.from);
            CHECK(bounded.links[i].gain == full.links[i].gain);
            CHECK(bounded.links[i].pairs_improved == full.links[i].pairs_improved);
            CHECK(bounded.links[i].pairs_new == full.links[i].pairs_new);
            CHECK(bounded.links[i].searched <= full.links[i].searched);
            improved += full.links[i].pairs_improved;
        }
        CHECK(improved > 0);
    }
}

TEST_CASE("the network's measures year by year", "[whatif][evolution]") {
    const auto net = small_network();
    const auto years = ascn::evolution(net, 2018, 2022);
    REQUIRE(years.size() == 5);
    CHECK(years[0].year == 2018);
    // 2018: four cities (dili joins in 2026), VN and SG (TL joins ASEAN in 2025); singapore's
    // twinning with jica is active.
    CHECK(years[0].cities == 4);
    CHECK(years[0].countries == 2);
    CHECK(years[0].partners == 1);
    CHECK(years[0].by_kind[static_cast<std::size_t>(K::twinning)] == 1);
    CHECK(years[0].by_kind[static_cast<std::size_t>(K::member_of)] == 4);
    // 2022: acme's business match, hanoi's participation in smart-jamp (with japan), and
    // jica's support to da-nang over (2019-2021).
    const auto& y = years[4];
    CHECK(y.partners == 4);
    CHECK(y.by_kind[static_cast<std::size_t>(K::support)] == 0);
    CHECK(y.by_kind[static_cast<std::size_t>(K::business_match)] == 1);
    CHECK(y.relationships == 4 + 1 + 1 + 1 + 1 + 1);
    // singapore, jica and acme are apart from the Vietnamese side now that jica's support to
    // da-nang is over; the network's own channel still joins every city for peer learning.
    CHECK(y.components == 2);
    CHECK(years[2].components == 1); // 2020: jica still supports da-nang
    CHECK(y.reachable_share == 1.0);
    CHECK(std::isfinite(y.mean_path_cost));
    CHECK(y.mean_path_cost > 0);
    // Two years of the embedded ASCN.
    const auto ascn_years = ascn::evolution(ascn::data::embedded_network(), 2018, 2019);
    CHECK(ascn_years[0].cities == 26); // the 26 pilot cities
    CHECK(ascn_years[1].cities >= 26);
    CHECK_THROWS_AS(ascn::evolution(net, 2022, 2018), ascn::value_error);
}

TEST_CASE("the year-by-year path costs from a sample of cities", "[whatif][evolution]") {
    const auto& net = ascn::data::embedded_network();
    const auto exact = ascn::evolution(net, 2018, 2020);
    CHECK(exact[0].path_sources == 26);
    ascn::evolution_options o;
    o.path_cost_sources = 26; // no more than the cities: every one, the same numbers
    const auto same = ascn::evolution(net, 2018, 2020, o);
    for (std::size_t i = 0; i < exact.size(); ++i) {
        CHECK(same[i].path_sources == exact[i].path_sources);
        CHECK(same[i].mean_path_cost == exact[i].mean_path_cost);
        CHECK(same[i].reachable_share == exact[i].reachable_share);
    }
    o.path_cost_sources = 13; // every other city: an estimate near the exact mean
    const auto sampled = ascn::evolution(net, 2018, 2020, o);
    for (std::size_t i = 0; i < exact.size(); ++i) {
        CHECK(sampled[i].path_sources == 13);
        CHECK(sampled[i].mean_path_cost == Approx(exact[i].mean_path_cost).epsilon(0.1));
        CHECK(sampled[i].reachable_share == exact[i].reachable_share); // 1: all reach
        CHECK(sampled[i].modularity == exact[i].modularity);           // the rest is exact
        CHECK(sampled[i].brokers == exact[i].brokers);
    }
}

TEST_CASE("a scenario file: every change, and bad fields named by their JSON pointer",
          "[whatif][scenario][io]") {
    const auto doc = nlohmann::json::parse(R"({"changes": [
        {"drop": "jica"},
        {"drop-link": {"from": "da-nang", "to": "hanoi", "kind": "peer-learning"}},
        {"end": {"id": "smart-jamp", "year": 2024}},
        {"add-country": {"id": "KR", "name": "Korea", "joined": "1989-11-01"}},
        {"add-city": {"id": "hue", "name": "Hue", "country": "VN", "joined": 2027,
                      "profile": {"environment": 2}}},
        {"add-partner": {"id": "koica", "name": "KOICA", "partner_kind": "agency"}},
        {"add-link": {"from": "koica", "to": "hue", "kind": "support", "start": 2027,
                      "focus": ["environment"]}}]})");
    const auto s = ascn::io::scenario_from_json(doc);
    REQUIRE(s.changes.size() == 7);
    const auto net = small_network();
    const auto r = ascn::apply(net, s);
    CHECK(r.network.contains("hue"));
    CHECK(r.network.city("hue").profile[ascn::focus_area::environment] == 2);
    CHECK_FALSE(r.network.contains("jica"));
    CHECK(full_dump(ascn::apply(r.network, r.inverse).network) == full_dump(net));
    auto fails = [](const char* text, const std::string& field, const std::string& where) {
        try {
            (void)ascn::io::scenario_from_json(nlohmann::json::parse(text), "s.json");
            FAIL("no error");
        } catch (const ascn::error& e) {
            CHECK(e.context().field == field);
            CHECK(e.context().file == "s.json");
            CHECK(std::string(e.what()).find(where) != std::string::npos);
        }
    };
    fails(R"({"changes": [{"end": {"id": "jica"}}]})", "year", "/changes/0/end/year");
    fails(R"({"changes": [{"drop": "a"}, {"add-link": {"from": "a", "to": "b", "kind": "twin",
          "start": 2020}}]})",
          "kind", "/changes/1/add-link/kind");
    fails(R"({"changes": [{"grow": "a"}]})", "grow", "/changes/0");
    fails(R"({"changes": [{"drop": "a", "end": {}}]})", "", "exactly one key");
    fails(R"({"changes": {}})", "changes", "expected an array");
    fails(R"({"changes": [{"end": {"id": "jica", "year": 3000}}]})", "year", "outside");
}

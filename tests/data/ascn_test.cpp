// SPDX-License-Identifier: MIT
// Pins the embedded ASCN dataset to the fact base (see docs/data-sources.md for the sources).
#include <ascn/data/ascn.hpp>
#include <ascn/time_view.hpp>
#include <ascn/views.hpp>

#include <catch2/catch.hpp>
#include <range/v3/algorithm/count_if.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using ascn::data::embedded_dataset;
using K = ascn::relation_kind;

namespace {
std::set<std::string> countries_with_cities(const auto& view) {
    std::set<std::string> out;
    for (const ascn::city& c : ascn::cities(view))
        out.insert(c.country);
    return out;
}
} // namespace

TEST_CASE("ASCN: 26 pilot cities in 10 countries in 2018", "[data]") {
    const auto& net = embedded_dataset().network;
    const auto y2018 = ascn::as_of(net, 2018);
    CHECK(y2018.num_cities() == 26);
    CHECK(y2018.num_countries() == 10);
    CHECK(countries_with_cities(y2018).size() == 10);
    CHECK_FALSE(countries_with_cities(y2018).contains("TL"));
}

TEST_CASE("ASCN: growth to 38 cities in 11 countries by 2026", "[data]") {
    const auto& net = embedded_dataset().network;
    // S1, N1, N5 (data-sources.md): 29 in 2023, 31 in 2024, six added in 2025, Dili in 2026.
    CHECK(ascn::as_of(net, 2022).num_cities() == 26);
    CHECK(ascn::as_of(net, 2023).num_cities() == 29);
    CHECK(ascn::as_of(net, 2024).num_cities() == 31);
    CHECK(ascn::as_of(net, 2025).num_cities() == 37);
    const auto y2026 = ascn::as_of(net, 2026);
    CHECK(y2026.num_cities() == 38);
    CHECK(y2026.num_countries() == 11);
    CHECK(countries_with_cities(y2026).size() == 11);
    CHECK(net.num_cities() == 38);
    CHECK(net.num_countries() == 11);
}

TEST_CASE("ASCN: cities and countries spot checks", "[data]") {
    const auto& d = embedded_dataset();
    const auto& net = d.network;
    const auto& dn = net.city("da-nang");
    CHECK(dn.country == "VN");
    CHECK(dn.joined == 2018);
    REQUIRE(dn.location);
    CHECK(dn.location->lat == Approx(16.05).margin(0.1));
    CHECK(net.city("dili").country == "TL");
    CHECK(net.city("dili").joined == 2026);
    CHECK(net.city("chiang-mai").joined == 2023);
    CHECK(net.city("sumedang").joined == 2024);
    CHECK(net.city("putrajaya").joined == 2025);
    CHECK(net.city("singapore").capital);
    CHECK(net.city("jakarta").capital);
    CHECK_FALSE(net.city("makassar").capital);
    CHECK(net.country("TL").joined == ascn::date{2025, 10, 26}); // N20, N21
    CHECK(net.country("ID").joined == ascn::date{1967, 8, 8});
    CHECK(net.country("BN").joined == ascn::date{1984, 1, 7});
    // Member-of relationships follow the cities.
    CHECK(ranges::distance(ascn::cities_of(net, "MY")) == 7);
    CHECK(ranges::distance(ascn::cities_of(net, "TH")) == 6);
    CHECK(ranges::distance(ascn::cities_of(net, "SG")) == 1);
}

TEST_CASE("ASCN: lookup by alias, case- and accent-insensitive", "[data]") {
    const auto& d = embedded_dataset();
    auto id_of = [&](const char* text) -> std::string {
        const auto* c = d.find_city(text);
        return c ? c->id : std::string("(none)");
    };
    CHECK(id_of("Kota Cebu") == "cebu-city");
    CHECK(id_of("kota cebu") == "cebu-city");
    CHECK(id_of("Singapura") == "singapore");
    CHECK(id_of("DKI Jakarta") == "jakarta");
    CHECK(id_of("Ha Noi") == "hanoi");
    CHECK(id_of("Hanoi") == "hanoi");
    CHECK(id_of("Hà Nội") == "hanoi");
    CHECK(id_of("HÀ NỘI") == "hanoi");
    CHECK(id_of("Thành phố Hồ Chí Minh") == "ho-chi-minh-city");
    CHECK(id_of("Kota Ho Chi Minh") == "ho-chi-minh-city");
    CHECK(id_of("Kota Davao") == "davao-city");
    CHECK(id_of("da nang") == "da-nang");
    CHECK(id_of("Đà Nẵng") == "da-nang");
    CHECK(id_of("Gotham") == "(none)");
}

TEST_CASE("ASCN: projects of the 2025 monitoring report", "[data]") {
    const auto& d = embedded_dataset();
    // S9: 134 projects, 18 of them completed.
    CHECK(d.projects.size() == 134);
    CHECK(ranges::count_if(d.projects, [](const auto& p) {
              return p.status == ascn::data::project_status::completed;
          }) == 18);
    // Profiles are the per-focus-area counts of each city's projects.
    double total = 0;
    for (const ascn::city& c : ascn::cities(d.network)) {
        double mine = 0;
        for (const auto& p : d.projects)
            if (p.city == c.id)
                mine += 1;
        CHECK(c.profile.total() == mine);
        total += c.profile.total();
    }
    CHECK(total == 134);
}

TEST_CASE("ASCN: 2018 action plans", "[data]") {
    const auto& d = embedded_dataset();
    CHECK(d.action_plans.size() == 26);
    for (const auto& p : d.action_plans) {
        CHECK(d.network.city(p.city).joined == 2018);
        CHECK_FALSE(p.focus.empty());
        CHECK_FALSE(p.projects[0].empty());
    }
    const auto* bsb = d.plan_of("bandar-seri-begawan");
    REQUIRE(bsb);
    CHECK(bsb->focus == ascn::focus_set{ascn::focus_area::civic, ascn::focus_area::industry,
                                        ascn::focus_area::health});
}

TEST_CASE("ASCN: chairs and shepherds", "[data]") {
    const auto& d = embedded_dataset();
    CHECK(d.chair(2018) == "SG");
    CHECK(d.chair(2019) == "TH");
    CHECK(d.chair(2025) == "MY");
    CHECK(d.chair(2026) == "PH");
    CHECK_FALSE(d.chair(2017));
    CHECK(d.shepherds(2020) == std::vector<std::string>{"SG"});
    CHECK(d.shepherds(2021) == std::vector<std::string>{"SG"});         // renewal: listed once
    CHECK(d.shepherds(2023) == (std::vector<std::string>{"SG", "ID"})); // hand-over year
    CHECK(d.shepherds(2026) == std::vector<std::string>{"ID"});
    CHECK(d.shepherds(2028).empty()); // the 2025-2027 term (N19) is the last one known
}

TEST_CASE("ASCN: partners and sourced links", "[data]") {
    const auto& d = embedded_dataset();
    const auto& net = d.network;
    CHECK(net.partner("jica").kind == ascn::partner_kind::agency);
    CHECK(net.partner("jtec").kind == ascn::partner_kind::agency); // N74: a foundation
    CHECK(net.partner("yusa").kind == ascn::partner_kind::company);
    CHECK(net.partner("takamatsu").kind == ascn::partner_kind::external_city);
    // Twinning: the five US WiSE water-utility pairs (N44) and Siem Reap-Takamatsu (N70).
    CHECK(ranges::distance(ascn::relationships(net, K::twinning)) == 6);
    bool phuket = false;
    for (auto r : ascn::relationships(net, K::twinning))
        phuket = phuket || (r.from_id() == "phuket" && r.to_id() == "the-water-council");
    CHECK(phuket);
    // Every relationship and record keeps its source key, and every key is documented.
    for (auto r : ascn::relationships(net))
        if (r.kind() != K::member_of) {
            CHECK_FALSE(r.value().source.empty());
            std::string_view keys = r.value().source;
            while (!keys.empty()) {
                auto cut = keys.find(';');
                CHECK(d.find_source(keys.substr(0, cut)) != nullptr);
                if (cut == std::string_view::npos)
                    break;
                keys.remove_prefix(cut + 1);
            }
        }
    for (const ascn::city& c : ascn::cities(net))
        CHECK_FALSE(c.source.empty());
}

namespace {
// The one relationship of `kind` from `from` to `to`; fails the test if there is not exactly one.
ascn::relationship link(const ascn::network& net, std::string_view from, std::string_view to,
                        K kind) {
    std::vector<ascn::relationship> found;
    for (auto r : ascn::relationships(net, kind))
        if (r.from_id() == from && r.to_id() == to)
            found.push_back(r.value());
    REQUIRE(found.size() == 1);
    return found.front();
}
} // namespace

TEST_CASE("ASCN: relationships by kind and by start year", "[data]") {
    const auto& net = embedded_dataset().network;
    auto count = [&](K kind) { return ranges::distance(ascn::relationships(net, kind)); };
    CHECK(count(K::member_of) == 38);
    CHECK(count(K::support) == 49);
    CHECK(count(K::programme_of) == 29);
    CHECK(count(K::twinning) == 6);
    CHECK(count(K::participation) == 5);
    CHECK(count(K::business_match) == 1);
    CHECK(count(K::peer_learning) == 0);
    CHECK(net.num_partners() == 87);
    // Relationships (member-of left out) by start year.
    std::map<int, int> by_year;
    for (auto r : ascn::relationships(net))
        if (r.kind() != K::member_of)
            ++by_year[r.value().start];
    CHECK(by_year == std::map<int, int>{{2017, 1},
                                        {2018, 5},
                                        {2019, 16},
                                        {2020, 19},
                                        {2021, 12},
                                        {2022, 14},
                                        {2023, 5},
                                        {2024, 7},
                                        {2025, 11}});
}

TEST_CASE("ASCN: the 2018 business match and the company links of the reports", "[data]") {
    const auto& net = embedded_dataset().network;
    // N61, N62: YUSA's letter of intent with Chonburi's AMATA Smart City, 8 Jul 2018.
    const auto yusa = link(net, "yusa", "chonburi", K::business_match);
    CHECK(yusa.start == 2018);
    CHECK_FALSE(yusa.end);
    CHECK(yusa.focus == ascn::focus_set{ascn::focus_area::infrastructure});
    CHECK(yusa.source == "N61;N62;S4");
    CHECK(link(net, "nippon-koei", "siem-reap", K::support).start == 2023);          // S8b
    CHECK(link(net, "ruangguru", "banyuwangi", K::support).start == 2022);           // S8a
    CHECK(link(net, "jagoan-indonesia", "banyuwangi", K::support).start == 2023);    // S8b
    CHECK(link(net, "minebea-mitsumi", "phnom-penh", K::support).start == 2019);     // S6
    CHECK(link(net, "phuket-city-development", "phuket", K::support).start == 2025); // S9
    for (const char* firm : {"yachiyo-engineering", "nippon-koei", "qsc-consultant"})
        CHECK(link(net, firm, "battambang", K::support).start == 2021);    // N71
    CHECK(link(net, "siem-reap", "takamatsu", K::twinning).start == 2024); // N70
}

TEST_CASE("ASCN: corrected dates and sources", "[data]") {
    const auto& net = embedded_dataset().network;
    // Cebu City was not among WiSE's four pairs of Dec 2021 (N64).
    CHECK(link(net, "cebu-city", "miami-dade-wasd", K::twinning).start == 2022);
    CHECK(link(net, "cebu-city", "wise", K::participation).start == 2022);
    CHECK(link(net, "johor-bahru", "dc-water", K::twinning).start == 2020);
    // USTDA's and UNDP's work for Johor Bahru was completed by Sep 2024 (S8c, S9).
    for (const char* p : {"ustda", "undp"}) {
        const auto r = link(net, p, "johor-bahru", K::support);
        CHECK(r.start == 2024);
        CHECK(r.end == 2024);
        CHECK(r.source == "S8c;S9");
    }
    const auto amata = link(net, "amata", "chonburi", K::support); // S4: in the 2018 SCAP
    CHECK(amata.start == 2018);
    CHECK(amata.source.starts_with("S4;"));
    const auto adb = link(net, "adb", "phnom-penh", K::support); // S6 only, now with a focus
    CHECK(adb.source == "S6");
    CHECK(adb.focus == ascn::focus_set{ascn::focus_area::infrastructure});
    CHECK(link(net, "jica", "yangon", K::support).source == "S6");
    CHECK(link(net, "gret", "luang-prabang", K::support).start == 2023);
    CHECK(link(net, "smart-jamp", "battambang", K::support).start == 2021); // N71
    CHECK(link(net, "adb", "davao-city", K::support).start == 2018);        // S6
    CHECK(link(net, "jica", "siem-reap", K::support).start == 2020);        // N75
}

TEST_CASE("dataset parser: errors name the file, line and field", "[data][error]") {
    const auto& e = ascn::data::embedded::countries_csv;
    ascn::data::dataset_text text{e,
                                  ascn::data::embedded::cities_csv,
                                  ascn::data::embedded::partners_csv,
                                  ascn::data::embedded::relationships_csv,
                                  ascn::data::embedded::action_plans_csv,
                                  ascn::data::embedded::projects_csv,
                                  ascn::data::embedded::governance_csv,
                                  ascn::data::embedded::sources_csv};
    text.countries = "id,name,asean_joined,source\nBN,Brunei,1984-13-07,S1\n";
    try {
        (void)ascn::data::parse_dataset(text);
        FAIL("expected parse_error");
    } catch (const ascn::parse_error& err) {
        CHECK(err.context().file == "countries.csv");
        CHECK(err.context().line == 2);
        CHECK(err.context().column == 11); // where the field starts
        CHECK(err.context().field == "asean_joined");
    }
    // A network error (duplicate id) keeps its type and gains the row.
    text.countries =
        "id,name,asean_joined,source\nBN,Brunei,1984-01-07,S1\nBN,Again,1984-01-07,S1\n";
    try {
        (void)ascn::data::parse_dataset(text);
        FAIL("expected duplicate_id_error");
    } catch (const ascn::duplicate_id_error& err) {
        CHECK(err.context().file == "countries.csv");
        CHECK(err.context().line == 3);
        CHECK(std::string(err.what()).find("countries.csv:3:1") != std::string::npos);
    }
}

// SPDX-License-Identifier: MIT
// Pins the embedded ASCN dataset to the fact base (see docs/data-sources.md for the sources).
#include <ascn/asean/dataset.hpp>
#include <ascn/detail/csv.hpp>
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
    std::size_t targets = 0, projects = 0, with_support = 0, items = 0;
    for (const auto& p : d.action_plans) {
        CHECK(d.network.city(p.city).joined == 2018);
        CHECK_FALSE(p.focus.empty());
        CHECK_FALSE(p.focus_labels.empty());
        CHECK_FALSE(p.vision.empty());
        CHECK_FALSE(p.targets.empty());
        REQUIRE(p.projects.size() >= 2);
        CHECK_FALSE(p.projects[0].title.empty());
        targets += p.targets.size();
        projects += p.projects.size();
        for (const auto& pr : p.projects) {
            with_support += !pr.support.empty();
            items += pr.support.size();
            for (const auto& s : pr.support)
                CHECK_FALSE(s.kinds.empty());
        }
    }
    // S4: 26 plans, two priority projects each and three for Manila; 50 "support required"
    // blocks (none for Mandalay's second project or Singapore's two).
    CHECK(targets == 119);
    CHECK(projects == 53);
    CHECK(with_support == 50);
    CHECK(items == 111);
    const auto* bsb = d.plan_of("bandar-seri-begawan");
    REQUIRE(bsb);
    CHECK(bsb->focus == ascn::focus_set{ascn::focus_area::civic, ascn::focus_area::industry,
                                        ascn::focus_area::health});
    CHECK(bsb->vision.starts_with("To develop Kampong Ayer as the Jewel of Bruneian Heritage"));
    CHECK(bsb->targets.front().heading == "High Quality of Life");
    const auto* manila = d.plan_of("manila");
    REQUIRE(manila);
    REQUIRE(manila->projects.size() == 3);
    CHECK(manila->projects[0].title == "Command Centre Upgrade");
    CHECK(manila->projects[1].title == "E-Education");
    CHECK(manila->projects[2].title == "E-Health");
    REQUIRE(manila->project(3));
    CHECK(manila->project(3)->support.size() == 1);
    CHECK(manila->project(3)->support[0].kinds ==
          std::vector<ascn::data::support_kind>{ascn::data::support_kind::funding});
    CHECK_FALSE(manila->project(4));
    CHECK(d.plan_of("singapore")->projects[0].support.empty());
    // Chonburi asked for technical assistance on its smart grid: what YUSA's 2018 letter of
    // intent (the one business match) is about.
    const auto* chonburi = d.plan_of("chonburi");
    REQUIRE(chonburi);
    CHECK(chonburi->projects[0].title == "Smart Grid Project");
    CHECK(chonburi->projects[0].support[0].kinds ==
          std::vector<ascn::data::support_kind>{ascn::data::support_kind::technical});
    CHECK(d.plan_of("da-nang")->projects[1].support[0].details.size() == 3);
    CHECK(d.plan_of("kuching")->focus_labels ==
          std::vector<std::string>{"Mobility", "Urban Resilience"});
    CHECK_FALSE(d.plan_of("dili"));
}

TEST_CASE("ASCN: the Framework's elements", "[data]") {
    using ascn::data::framework_part;
    const auto& d = embedded_dataset();
    CHECK(d.framework.size() == 13);
    CHECK(d.framework_of(framework_part::strategic_outcome).size() == 3);
    CHECK(d.framework_of(framework_part::urban_system).size() == 2);
    CHECK(d.framework_of(framework_part::focus_area).size() == 6);
    CHECK(d.framework_of(framework_part::enabler).size() == 2);
    // Every element names its enumerator, and the focus areas come in the framework's order.
    const auto areas = d.framework_of(framework_part::focus_area);
    for (std::size_t i = 0; i < areas.size(); ++i)
        CHECK(areas[i]->as_focus_area() == ascn::all_focus_areas[i]);
    const auto outcomes = d.framework_of(framework_part::strategic_outcome);
    for (std::size_t i = 0; i < outcomes.size(); ++i)
        CHECK(outcomes[i]->as_outcome() == ascn::all_strategic_outcomes[i]);
    const auto systems = d.framework_of(framework_part::urban_system);
    for (std::size_t i = 0; i < systems.size(); ++i)
        CHECK(systems[i]->as_urban_system() == ascn::data::all_urban_systems[i]);
    const auto enablers = d.framework_of(framework_part::enabler);
    for (std::size_t i = 0; i < enablers.size(); ++i)
        CHECK(enablers[i]->as_enabler() == ascn::data::all_enablers[i]);
    CHECK(areas[5]->name == "Industry & Innovation"); // S3 ¶18, the Framework's spelling
    CHECK(areas[5]->paragraph == 18);
    CHECK(d.framework.front().name == "Competitive Economy");
    CHECK(d.framework.back().name == "Partnership and Funding");
}

TEST_CASE("ASCN: events by kind and by year", "[data]") {
    using ascn::data::event_kind;
    const auto& d = embedded_dataset();
    CHECK(d.events.size() == 26);
    CHECK(d.events_of(event_kind::launch).size() == 1);
    CHECK(d.events_of(event_kind::summit).size() == 2);
    CHECK(d.events_of(event_kind::workshop).size() == 1);
    CHECK(d.events_of(event_kind::annual_meeting).size() == 8);
    CHECK(d.events_of(event_kind::roundtable).size() == 1);
    CHECK(d.events_of(event_kind::conference).size() == 2);
    CHECK(d.events_of(event_kind::hlm).size() == 7);
    CHECK(d.events_of(event_kind::other).size() == 4);
    std::map<int, std::size_t> by_year;
    for (int y = 2017; y <= 2026; ++y)
        by_year[y] = d.events_in(y).size();
    CHECK(by_year == std::map<int, std::size_t>{{2017, 0},
                                                {2018, 6},
                                                {2019, 3},
                                                {2020, 3},
                                                {2021, 2},
                                                {2022, 2},
                                                {2023, 3},
                                                {2024, 5},
                                                {2025, 2},
                                                {2026, 0}});
    // One annual meeting a year from 2018, numbered in order, hosted by that year's chair.
    int n = 0;
    for (const auto* e : d.events_of(event_kind::annual_meeting)) {
        ++n;
        CHECK(e->number == n);
        CHECK(e->year() == 2017 + n);
        CHECK(d.chair(e->year()) == e->host);
    }
    // The ASEAN-Japan HLMs: one a year from 2019, with business matching from the 2nd on
    // (not reported for the 1st and 3rd).
    n = 0;
    for (const auto* e : d.events_of(event_kind::hlm)) {
        ++n;
        CHECK(e->number == n);
        CHECK(e->year() == 2018 + n);
        CHECK(e->host == "JP");
        CHECK(e->programme == "asean-japan-hlm");
        CHECK(e->business_matching == (n != 1 && n != 3));
    }
}

TEST_CASE("ASCN: event dates, formats and the cohorts they admitted", "[data]") {
    using ascn::data::date_precision;
    using ascn::data::event_format;
    const auto& d = embedded_dataset();
    const auto* launch = d.find_event("launch");
    REQUIRE(launch);
    CHECK(launch->date.first == ascn::date{2018, 4, 28}); // 32nd ASEAN Summit (S1)
    CHECK(launch->number == 32);
    const auto* workshop = d.find_event("governance-workshop");
    REQUIRE(workshop);
    CHECK(workshop->date.first == ascn::date{2018, 5, 22});
    REQUIRE(workshop->end);
    CHECK(workshop->end->first == ascn::date{2018, 5, 25});
    const auto* first = d.find_event("ascn1");
    REQUIRE(first);
    CHECK(first->date.first == ascn::date{2018, 7, 8});
    CHECK(first->format == event_format::in_person);
    CHECK(first->business_matching); // five city-company agreements (N61)
    CHECK(d.find_event("ascn3")->format == event_format::online);
    CHECK(d.find_event("ascn5")->date.first == ascn::date{2022, 8, 30});
    CHECK(d.find_event("hlm5")->format == event_format::hybrid);
    CHECK(d.find_event("hlm7")->co_chair == "MY");
    const auto* series = d.find_event("discussion-series-2023");
    REQUIRE(series);
    CHECK(series->date.precision == date_precision::month);
    CHECK(to_string(series->date) == "2023-02");
    CHECK(to_string(*series->end) == "2023-06");
    CHECK(to_string(d.find_event("smart-cities-summit-2020")->date) == "2020");
    // The 26 pilot cities came in with the launch, Chiang Mai, Khon Kaen and Rayong at the
    // 6th annual meeting (Bali, 2023); no source names the meeting of the later cohorts.
    CHECK(launch->cities_admitted.size() == 26);
    for (const ascn::city& c : ascn::cities(d.network)) {
        const auto* at = d.admitted_at(c.id);
        if (c.joined == 2018)
            CHECK(at == launch);
        else if (c.joined == 2023)
            CHECK(at == d.find_event("ascn6"));
        else
            CHECK(at == nullptr);
    }
    CHECK(d.find_event("ascn6")->cities_admitted ==
          std::vector<std::string>{"chiang-mai", "khon-kaen", "rayong"});
    // Every event is sourced, and its keys resolve.
    for (const auto& e : d.events)
        for (const auto& key : ascn::detail::split_list(e.source))
            CHECK(d.find_source(key) != nullptr);
}

TEST_CASE("ASCN: governance roles by year and country", "[data]") {
    using ascn::data::official_role;
    const auto& d = embedded_dataset();
    const auto* y2019 = d.chair_term(2019);
    REQUIRE(y2019);
    CHECK(y2019->country == "TH");
    CHECK(y2019->office == "Permanent Secretary, Ministry of Digital Economy and Society");
    CHECK(d.chair_term(2018)->source == "S2;N4;N30;S7"); // S1, S3 and S4 do not name the chair
    CHECK(d.chair_term(2022)->source == "N7;N9");
    CHECK(d.chair_term(2024)->office.empty()); // no source names Lao PDR's chairing office
    CHECK_FALSE(d.chair_term(2027));
    // The 31 Jan 2026 list (S10): an NR for every country (two for Viet Nam), a CSCO for every
    // city but Bandar Seri Begawan, which names two alternates.
    CHECK(d.officials.size() == 81);
    std::set<std::string> nr_countries;
    std::size_t nrs = 0, cscos_2026 = 0, cscos_2018 = 0;
    for (const auto& o : d.officials) {
        if (o.role == official_role::national_representative) {
            ++nrs;
            nr_countries.insert(o.country);
        }
        if (o.role == official_role::csco)
            ++(o.as_of.year == 2026 ? cscos_2026 : cscos_2018);
        CHECK_FALSE(o.title.empty());
    }
    CHECK(nrs == 12);
    CHECK(nr_countries.size() == 11);
    CHECK(cscos_2026 == 37);
    CHECK(cscos_2018 == 28); // S4: one per pilot city, two for Kota Kinabalu and Davao City
    for (const ascn::city& c : ascn::cities(d.network))
        CHECK_FALSE(d.officials_of(c.id, 2026).empty());
    const auto id = d.officials_of("ID", 2026);
    REQUIRE_FALSE(id.empty());
    CHECK(id.front()->role == official_role::national_representative);
    CHECK(id.front()->organisation ==
          "Directorate General of Regional Administration Development, Ministry of Home Affairs");
    const auto bkk = d.officials_of("bangkok");
    REQUIRE(bkk.size() == 2); // the same office in 2018 and 2026
    CHECK(bkk[0]->as_of == ascn::date{2018, 7, 8});
    CHECK(bkk[1]->organisation ==
          "Office of Transport and Traffic Policy and Planning, Ministry of Transport");
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

TEST_CASE("ASCN: every record's source keys resolve", "[data]") {
    const auto& d = embedded_dataset();
    std::size_t keys = 0;
    auto check = [&](const std::string& source) {
        CHECK_FALSE(source.empty());
        for (const auto& key : ascn::detail::split_list(source)) {
            CHECK(d.find_source(key) != nullptr);
            ++keys;
        }
    };
    for (const auto& p : d.action_plans) {
        check(p.source);
        for (const auto& t : p.targets)
            check(t.source);
        for (const auto& pr : p.projects) {
            check(pr.source);
            for (const auto& s : pr.support)
                check(s.source);
        }
    }
    for (const auto& p : d.projects)
        check(p.source);
    for (const auto& g : d.governance)
        check(g.source);
    for (const auto& o : d.officials)
        check(o.source);
    for (const auto& f : d.framework)
        check(f.source);
    for (const auto& e : d.events)
        check(e.source);
    for (const ascn::partner& p : ascn::partners(d.network))
        check(p.source);
    CHECK(keys > 700);
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
                                  ascn::data::embedded::sources_csv,
                                  ascn::data::embedded::events_csv,
                                  ascn::data::embedded::framework_csv,
                                  ascn::data::embedded::action_plan_targets_csv,
                                  ascn::data::embedded::action_plan_projects_csv,
                                  ascn::data::embedded::action_plan_support_csv,
                                  ascn::data::embedded::officials_csv};
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

TEST_CASE("dataset parser: the events, plans and officials are checked", "[data][error]") {
    const ascn::data::dataset_text good = ascn::data::embedded_dataset_text();
    auto field_of = [&](ascn::data::dataset_text text) -> std::string {
        try {
            (void)ascn::data::parse_dataset(text);
        } catch (const ascn::parse_error& err) {
            return err.context().file + ":" + std::to_string(err.context().line) + " " +
                   err.context().field;
        }
        return "no error";
    };
    CHECK(field_of(good) == "no error");
    const std::string events_header =
        "id,kind,number,name,date,end,host,co_chair,place,format,"
        "programme,business_matching,summary,cities_admitted,source\n";
    auto text = good;
    const std::string out_of_order = events_header + "a,other,,A,2019-01-02,,,,,,,,,,S1\n" +
                                     "b,other,,B,2019-01-01,,,,,,,,,,S1\n";
    text.events = out_of_order;
    CHECK(field_of(text) == "events.csv:3 date");
    const std::string wrong_year = events_header + "a,other,,A,2019,,,,,,,,,dili,S1\n";
    text.events = wrong_year; // Dili joined in 2026
    CHECK(field_of(text) == "events.csv:2 cities_admitted");
    text = good;
    const std::string no_project = "city,project,number,support,details,kinds,source\n"
                                   "manila,4,1,Funds,,funding,S4\n";
    text.action_plan_support = no_project;
    CHECK(field_of(text) == "action_plan_support.csv:2 project");
    const std::string no_kind = "city,project,number,support,details,kinds,source\n"
                                "manila,1,1,Funds,,money,S4\n";
    text.action_plan_support = no_kind;
    CHECK(field_of(text) == "action_plan_support.csv:2 kinds");
    text = good;
    const std::string wrong_country = "country,city,role,as_of,title,organisation,source\n"
                                      "TH,hanoi,csco,2026-01-31,Governor,,S10\n";
    text.officials = wrong_country;
    CHECK(field_of(text) == "officials.csv:2 city");
    // The files after `sources` may be left out.
    ascn::data::dataset_text minimal = good;
    minimal.events = minimal.framework = minimal.action_plan_targets = {};
    minimal.action_plan_projects = minimal.action_plan_support = minimal.officials = {};
    const auto d = ascn::data::parse_dataset(minimal);
    CHECK(d.events.empty());
    CHECK(d.action_plans.size() == 26);
    CHECK(d.action_plans[0].projects.empty());
}

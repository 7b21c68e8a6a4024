// SPDX-License-Identifier: MIT
#include "support.hpp"

#include <ascn/network.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>

using ascn_test::dump;
using ascn_test::make_city;
using ascn_test::rel;
using K = ascn::relation_kind;

TEST_CASE("network: counts and lookup by id", "[network]") {
    auto net = ascn_test::small_network();
    CHECK(net.num_cities() == 5);
    CHECK(net.num_countries() == 3);
    CHECK(net.num_partners() == 4);
    CHECK(net.num_vertices() == 12);
    // 5 member-of + 6 declared relationships
    CHECK(net.num_relationships() == 11);

    REQUIRE(net.find("da-nang"));
    CHECK(net[*net.find("da-nang")].kind() == ascn::vertex_kind::city);
    CHECK(net.city("hanoi").country == "VN");
    CHECK(net.country("TL").joined == ascn::date{2025, 10, 26});
    CHECK(net.partner("jica").kind == ascn::partner_kind::agency);
    CHECK(net.find_city("jica") == nullptr);
    CHECK(net.find_partner("jica") != nullptr);
    CHECK_FALSE(net.find("nowhere"));
    CHECK_FALSE(net.contains("nowhere"));
    CHECK(net.at("SG").id() == "SG");
}

TEST_CASE("network: unknown ids throw with suggestions", "[network][error]") {
    auto net = ascn_test::small_network();
    try {
        (void)net.city("danang");
        FAIL("expected unknown_id_error");
    } catch (const ascn::unknown_id_error& e) {
        CHECK(e.code() == ascn::errc::unknown_id);
        CHECK(e.context().id == "danang");
        REQUIRE_FALSE(e.suggestions().empty());
        CHECK(e.suggestions().front() == "da-nang");
        CHECK(std::string(e.what()).find("did you mean \"da-nang\"") != std::string::npos);
    }
    // A partner id asked for as a city is unknown as a city.
    CHECK_THROWS_AS(net.city("jica"), ascn::unknown_id_error);
    CHECK_THROWS_AS(net.at("nowhere"), ascn::unknown_id_error);
}

TEST_CASE("network: handles stay valid across removals", "[network][handles]") {
    auto net = ascn_test::small_network();
    const auto danang = *net.find("da-nang");
    const auto singapore = *net.find("singapore");
    const auto acme = *net.find("acme");
    const auto rh = *net.find("jica"); // a vertex handle for jica
    (void)rh;

    // Removing a vertex that comes before others in the vecS order renumbers descriptors,
    // but not handles.
    const auto before = *net.vertex(singapore);
    net.remove("da-nang");
    CHECK_FALSE(net.valid(danang));
    CHECK_FALSE(net.vertex(danang));
    CHECK(net.valid(singapore));
    CHECK(net[singapore].id() == "singapore");
    CHECK(*net.vertex(singapore) == before - 1);
    CHECK(net[acme].id() == "acme");
    CHECK_THROWS_AS(net[danang], ascn::stale_handle_error);
    CHECK_THROWS_AS(net.remove(danang), ascn::stale_handle_error);

    // The freed slot is reused by the next vertex, but the stale handle stays stale.
    const auto fresh = net.add_city(make_city("hue", "VN"));
    CHECK(fresh.slot() == danang.slot());
    CHECK(fresh != danang);
    CHECK_FALSE(net.valid(danang));
    CHECK(net[fresh].id() == "hue");
    // Lookup by id sees the new state.
    CHECK_FALSE(net.find("da-nang"));
    CHECK(net.handle(*net.vertex("hue")) == fresh);
}

TEST_CASE("network: relationship handles", "[network][handles]") {
    auto net = ascn_test::small_network();
    auto r = net.add_relationship("hanoi", "ho-chi-minh", rel(K::peer_learning, 2021));
    CHECK(net.relationship(r).start == 2021);
    auto e = *net.edge(r);
    CHECK(net[net.from(e)].id() == "hanoi");
    CHECK(net[net.to(e)].id() == "ho-chi-minh");
    CHECK(net.handle(e) == r);
    // Removing an unrelated vertex keeps the relationship handle valid.
    net.remove("acme");
    CHECK(net.relationship(r).start == 2021);
    net.remove(r);
    CHECK_FALSE(net.edge(r));
    CHECK_THROWS_AS(net.relationship(r), ascn::stale_handle_error);
    CHECK_THROWS_AS(net.remove(r), ascn::stale_handle_error);
    // Removing a city removes its relationships and stales their handles.
    auto r2 = net.add_relationship("hanoi", "ho-chi-minh", rel(K::peer_learning, 2022));
    net.remove("ho-chi-minh");
    CHECK_FALSE(net.edge(r2));
    CHECK(net.num_relationships() == 11 - 1 /* acme's */ - 1 /* hcmc member-of */);
    CHECK_FALSE(ascn::relationship_handle{});
}

TEST_CASE("network: endpoint rules", "[network][rules]") {
    auto net = ascn_test::small_network();
    // Allowed
    CHECK_NOTHROW(net.add_relationship("singapore", "hanoi", rel(K::twinning)));
    CHECK_NOTHROW(net.add_relationship("japan", "hanoi", rel(K::twinning)));
    CHECK_NOTHROW(net.add_relationship("japan", "hanoi", rel(K::support)));
    // Not allowed
    const std::string before = dump(net);
    CHECK_THROWS_AS(net.add_relationship("jica", "hanoi", rel(K::business_match)),
                    ascn::endpoint_error); // jica is not a company
    CHECK_THROWS_AS(net.add_relationship("hanoi", "jica", rel(K::peer_learning)),
                    ascn::endpoint_error);
    CHECK_THROWS_AS(net.add_relationship("hanoi", "VN", rel(K::member_of)), ascn::endpoint_error);
    CHECK_THROWS_AS(net.add_relationship("hanoi", "japan", rel(K::participation)),
                    ascn::endpoint_error); // japan is not a programme
    CHECK_THROWS_AS(net.add_relationship("jica", "japan", rel(K::programme_of)),
                    ascn::endpoint_error);
    CHECK_THROWS_AS(net.add_relationship("VN", "hanoi", rel(K::support)), ascn::endpoint_error);
    CHECK_THROWS_AS(net.add_relationship("hanoi", "hanoi", rel(K::peer_learning)),
                    ascn::endpoint_error); // a relationship needs two different ends
    CHECK(dump(net) == before);
    try {
        net.add_relationship("jica", "hanoi", rel(K::business_match));
    } catch (const ascn::endpoint_error& e) {
        const std::string what = e.what();
        CHECK(what.find("business-match joins a company partner to a city") != std::string::npos);
        CHECK(what.find("agency partner -> city") != std::string::npos);
        CHECK(e.context().id == "jica -> hanoi");
        CHECK(e.code() == ascn::errc::invalid_endpoint);
    }
    // The rules table itself.
    using ascn::endpoint;
    using VK = ascn::vertex_kind;
    CHECK(ascn::allows(K::member_of, endpoint{VK::city}, endpoint{VK::country}));
    CHECK_FALSE(ascn::allows(K::member_of, endpoint{VK::country}, endpoint{VK::city}));
    CHECK(ascn::allows(K::twinning, endpoint{VK::city}, endpoint{VK::city}));
    CHECK_FALSE(ascn::allows(K::twinning, endpoint{VK::partner}, endpoint{VK::partner}));
    CHECK(ascn::allows(K::business_match, endpoint{VK::partner, ascn::partner_kind::company},
                       endpoint{VK::city}));
}

TEST_CASE("network: bad values are rejected with id, field and value", "[network][error]") {
    auto net = ascn_test::small_network();
    const std::string before = dump(net);

    auto expect = [&](auto&& mutate, ascn::errc code, std::string id, std::string field) {
        try {
            mutate();
            FAIL("expected an ascn::error");
        } catch (const ascn::error& e) {
            CHECK(e.code() == code);
            CHECK(e.context().id == id);
            CHECK(e.context().field == field);
        }
        CHECK(dump(net) == before);
    };

    auto c = make_city("hue", "VN");
    c.profile[ascn::focus_area::environment] = std::numeric_limits<double>::quiet_NaN();
    expect([&] { net.add_city(c); }, ascn::errc::invalid_value, "hue", "profile[environment]");
    c.profile[ascn::focus_area::environment] = std::numeric_limits<double>::infinity();
    expect([&] { net.add_city(c); }, ascn::errc::invalid_value, "hue", "profile[environment]");
    c.profile[ascn::focus_area::environment] = -1;
    expect([&] { net.add_city(c); }, ascn::errc::invalid_value, "hue", "profile[environment]");

    auto old = make_city("hue", "VN", 1850);
    expect([&] { net.add_city(old); }, ascn::errc::year_out_of_range, "hue", "joined");
    auto far = make_city("hue", "VN");
    far.location = ascn::geo_point{91.0, 10.0};
    expect([&] { net.add_city(far); }, ascn::errc::invalid_value, "hue", "location.lat");
    auto pop = make_city("hue", "VN");
    pop.population = -5;
    expect([&] { net.add_city(pop); }, ascn::errc::invalid_value, "hue", "population");
    expect([&] { net.add_city(make_city("", "VN")); }, ascn::errc::invalid_value, "", "id");
    expect([&] { net.add_city(make_city("hanoi", "VN")); }, ascn::errc::duplicate_id, "hanoi",
           "id");
    // Ids are unique across kinds.
    expect(
        [&] {
            net.add_partner({"hanoi", "x", ascn::partner_kind::company, "", ""});
        },
        ascn::errc::duplicate_id, "hanoi", "id");
    expect([&] { net.add_city(make_city("hue", "XX")); }, ascn::errc::unknown_id, "hue", "country");
    expect([&] { net.add_city(make_city("hue", "jica")); }, ascn::errc::unknown_id, "hue",
           "country");
    expect(
        [&] {
            net.add_country({"XX", "Nowhere", {2025, 2, 30}, ""});
        },
        ascn::errc::year_out_of_range, "XX", "joined");

    expect([&] { net.add_relationship("da-nang", "hanoi", rel(K::peer_learning, 2020, 2019)); },
           ascn::errc::year_out_of_range, "da-nang -> hanoi", "end");
    expect([&] { net.add_relationship("da-nang", "hanoi", rel(K::peer_learning, 2500)); },
           ascn::errc::year_out_of_range, "da-nang -> hanoi", "start");
    auto weak = rel(K::peer_learning);
    weak.strength = std::nan("");
    expect([&] { net.add_relationship("da-nang", "hanoi", weak); }, ascn::errc::invalid_value,
           "da-nang -> hanoi", "strength");
    weak.strength = -0.5;
    expect([&] { net.add_relationship("da-nang", "hanoi", weak); }, ascn::errc::invalid_value,
           "da-nang -> hanoi", "strength");
    expect([&] { net.add_relationship("da-nang", "nowhere", rel(K::peer_learning)); },
           ascn::errc::unknown_id, "nowhere", "id");
    expect([&] { net.remove("VN"); }, ascn::errc::in_use, "VN", "id");
    // A member-of relationship cannot be removed on its own.
    const auto& g = net.graph();
    auto [ei, ee] = boost::out_edges(*net.vertex("hanoi"), g);
    for (; ei != ee; ++ei)
        if (g[*ei].value.kind == K::member_of)
            break;
    REQUIRE(ei != ee);
    const auto member = net.handle(*ei);
    expect([&] { net.remove(member); }, ascn::errc::invalid_endpoint, "hanoi", "kind");
}

TEST_CASE("network: removing a country without cities works", "[network]") {
    auto net = ascn_test::small_network();
    net.remove("dili");
    CHECK_NOTHROW(net.remove("TL"));
    CHECK(net.num_countries() == 2);
    CHECK_FALSE(net.find("TL"));
}

// A relationship type whose move constructor throws when armed, to reach the rollback paths
// that run after the graph has already been changed.
namespace {
bool arm_throw = false;
struct fragile_rel {
    ascn::relation_kind kind = ascn::relation_kind::peer_learning;
    int start = 2018;
    fragile_rel() = default;
    fragile_rel(const fragile_rel&) = default;
    fragile_rel(fragile_rel&& o)
        : kind(o.kind)
        , start(o.start) {
        if (arm_throw)
            throw std::runtime_error("injected");
    }
    fragile_rel& operator=(const fragile_rel&) = default;
    fragile_rel& operator=(fragile_rel&&) = default;
};
} // namespace

TEST_CASE("network: strong guarantee when the graph step throws", "[network][guarantee]") {
    using net_t = ascn::basic_network<ascn::city, ascn::country, ascn::partner, fragile_rel>;
    net_t net;
    net.add_country({"VN", "Viet Nam", {1995, 7, 28}, ""});
    net.add_city(make_city("da-nang", "VN"));
    net.add_city(make_city("hanoi", "VN"));
    const auto before = dump(net);
    const auto handle = *net.find("hanoi");
    arm_throw = true;
    CHECK_THROWS_AS(net.add_city(make_city("hue", "VN")), std::runtime_error);
    CHECK_THROWS_AS(net.add_relationship("da-nang", "hanoi", fragile_rel{}), std::runtime_error);
    arm_throw = false;
    CHECK(dump(net) == before);
    CHECK_FALSE(net.contains("hue"));
    CHECK(net.num_cities() == 2);
    CHECK(net.valid(handle));
    // And the network still works afterwards.
    auto h = net.add_city(make_city("hue", "VN"));
    CHECK(net[h].id() == "hue");
    CHECK(net.num_relationships() == 3);
}

TEST_CASE("network: copies are independent", "[network]") {
    auto a = ascn_test::small_network();
    auto b = a;
    b.remove("da-nang");
    CHECK(a.contains("da-nang"));
    CHECK_FALSE(b.contains("da-nang"));
    CHECK(a.num_relationships() == b.num_relationships() + 3);
    b.clear();
    CHECK(b.empty());
    CHECK(a.num_cities() == 5);
}

TEST_CASE("network: a move takes the graph, and leaves an empty, valid network", "[network]") {
    auto a = ascn_test::small_network();
    const auto dump = ascn_test::full_dump(a);
    const auto* graph = &a.graph();
    const auto handle = *a.find("da-nang");

    auto b = std::move(a);
    CHECK(&b.graph() == graph); // the same graph object: nothing was copied
    CHECK(ascn_test::full_dump(b) == dump);
    CHECK(b.valid(handle)); // handles follow the network
    // The moved-from network is empty and works as a new one.
    CHECK(a.empty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    CHECK(a.num_cities() == 0);
    CHECK(a.num_relationships() == 0);
    CHECK_FALSE(a.contains("da-nang"));
    CHECK_FALSE(a.valid(handle));
    CHECK_THROWS_AS(a[handle], ascn::stale_handle_error);
    a.add_country({"VN", "Viet Nam", ascn::date{1995, 7, 28}, ""});
    CHECK(a.num_countries() == 1);

    ascn::network c;
    c = std::move(b);
    CHECK(&c.graph() == graph);
    CHECK(ascn_test::full_dump(c) == dump);
    CHECK(b.empty());     // NOLINT(bugprone-use-after-move)
    c = ascn::network(c); // a copy assigned by move
    CHECK(ascn_test::full_dump(c) == dump);
    static_assert(std::is_nothrow_move_constructible_v<ascn::network>);
    static_assert(std::is_nothrow_move_assignable_v<ascn::network>);
}

TEST_CASE("network: reserve makes room and changes nothing else", "[network]") {
    // Reserving, then adding, gives the network adding alone gives: the same handles too.
    // (Not "c" + std::to_string(i): g++ 12 at -O3 warns of a false -Wrestrict there.)
    const auto id = [](int i) {
        std::string s(1, 'c');
        s += std::to_string(i);
        return s;
    };
    ascn::network plain, reserved;
    reserved.reserve(100);
    const auto revision = reserved.revision();
    for (auto* net : {&plain, &reserved}) {
        net->add_country({"XX", "X", {1990, 1, 1}, ""});
        for (int i = 0; i < 40; ++i)
            net->add_city(make_city(id(i), "XX", 2018));
        for (int i = 1; i < 40; ++i)
            net->add_relationship(id(i - 1), id(i), rel(K::peer_learning, 2020));
    }
    CHECK(dump(reserved) == dump(plain));
    CHECK(reserved.find("c7") == plain.find("c7"));

    // A count below the size does nothing; no observable change, no new revision.
    const std::string before = dump(reserved);
    const auto rev = reserved.revision();
    reserved.reserve(3);
    reserved.reserve(1000);
    CHECK(dump(reserved) == before);
    CHECK(reserved.revision() == rev);
    CHECK(revision != rev);

    // More than 32-bit slots can name: value_error, the network as it was.
    if constexpr (sizeof(std::size_t) > 4) {
        try {
            reserved.reserve(std::size_t{1} << 33);
            FAIL("expected value_error");
        } catch (const ascn::value_error& e) {
            CHECK(e.context().field == "vertices");
        }
        CHECK(dump(reserved) == before);
        CHECK(reserved.revision() == rev);
    }
    // A moved-from network can be reserved and used.
    ascn::network taken = std::move(reserved);
    reserved.reserve(10); // NOLINT(bugprone-use-after-move): moved-from is empty and valid
    CHECK(reserved.empty());
    reserved.add_country({"XX", "X", {1990, 1, 1}, ""});
    CHECK(reserved.num_vertices() == 1);
}

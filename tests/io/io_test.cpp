// SPDX-License-Identifier: MIT
#include "../support.hpp"

#include <ascn/asean/dataset.hpp>
#include <ascn/detail/csv.hpp>
#include <ascn/io/csv.hpp>
#include <ascn/io/dataset.hpp>
#include <ascn/io/dot.hpp>
#include <ascn/io/gexf.hpp>
#include <ascn/io/graphml.hpp>
#include <ascn/io/json.hpp>
#include <ascn/time_view.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <span>
#include <sstream>
#include <string>
#include <vector>

using ascn_test::full_dump;
using K = ascn::relation_kind;

namespace {
/// The embedded ASCN plus awkward text: unicode, quotes, commas, newlines, empty strings,
/// extreme numbers.
ascn::network awkward_network() {
    auto net = ascn::data::embedded_network();
    ascn::city c;
    c.id = "thanh-pho-thu";
    c.name = "Thành phố \"Thử\", a city\nwith two lines";
    c.country = "VN";
    c.joined = 2026;
    c.location = ascn::geo_point{-89.999999999999, 179.12345678901234};
    c.population = 9'000'000'000LL;
    c.aliases = {"Thử", "Kota Thử", "テスト"};
    c.profile[ascn::focus_area::health] = 0.1;
    c.profile[ascn::focus_area::industry] = 1e300;
    net.add_city(c);
    net.add_partner({"p-empty", "", ascn::partner_kind::academic, "", ""});
    ascn::relationship r(K::peer_learning, 2026, 2030);
    r.strength = 1.0 / 3.0;
    r.note = "note with , and \" and\r\nCRLF";
    r.focus = {ascn::focus_area::civic, ascn::focus_area::industry};
    net.add_relationship("thanh-pho-thu", "hanoi", r);
    net.add_relationship("p-empty", "thanh-pho-thu", ascn::relationship(K::support, 2026));
    return net;
}

std::string json_text(const ascn::network& net) {
    std::ostringstream os;
    ascn::io::write_json(net, os);
    return os.str();
}
} // namespace

TEST_CASE("JSON round trip is lossless", "[io][json]") {
    for (const auto& net : {ascn::data::embedded_network(), awkward_network()}) {
        ascn::network back;
        ascn::io::read_json(json_text(net), back);
        CHECK(full_dump(back) == full_dump(net));
        CHECK(json_text(back).size() == json_text(net).size());
    }
}

TEST_CASE("JSON: a link may list either end first, and edges may be under edges", "[io][json]") {
    // As NetworkX writes an undirected graph back: ends in its own order, "key" on each link,
    // and (from 3.4 on) "edges" for "links".
    for (const auto& net : {ascn::data::embedded_network(), awkward_network()}) {
        auto doc = ascn::io::to_json(net);
        std::size_t with_from = 0;
        for (auto& l : doc["links"]) {
            std::swap(l["source"], l["target"]);
            l["key"] = 0;
            with_from += l.contains("from");
        }
        CHECK(with_from > 0); // twinning, peer-learning, programme-of between two programmes
        for (const char* key : {"links", "edges"}) {
            auto copy = doc;
            if (std::string(key) == "edges") {
                copy["edges"] = copy["links"];
                copy.erase("links");
            }
            ascn::network back;
            ascn::io::read_json(copy.dump(), back);
            CHECK(full_dump(back) == full_dump(net));
        }
    }
    // Without `from`, the kinds decide: a support link goes from the partner to the city,
    // member-of from the city to its country; where both orientations are allowed (city to
    // city), the file's order is the declared one.
    const std::string text = R"({"nodes": [
        {"id": "XX", "kind": "country", "name": "X", "joined": "1990-01-01"},
        {"id": "a", "kind": "city", "name": "A", "country": "XX", "joined": 2018},
        {"id": "b", "kind": "city", "name": "B", "country": "XX", "joined": 2018},
        {"id": "p", "kind": "partner", "name": "P", "partner_kind": "agency"}],
      "edges": [{"source": "XX", "target": "a", "kind": "member-of", "start": 2018},
                {"source": "a", "target": "p", "kind": "support", "start": 2019},
                {"source": "b", "target": "a", "kind": "peer-learning", "start": 2020},
                {"source": "b", "target": "a", "kind": "twinning", "start": 2021, "from": "a"}]})";
    ascn::network net;
    ascn::io::read_json(text, net);
    const std::string dump = full_dump(net);
    CHECK(dump.find("E|p|a|support|2019|") != std::string::npos);
    CHECK(dump.find("E|b|a|peer-learning|2020|") != std::string::npos);
    CHECK(dump.find("E|a|b|twinning|2021|") != std::string::npos);
    CHECK(dump.find("E|a|XX|member-of|2018|") != std::string::npos);
}

TEST_CASE("flat JSON: every attribute a scalar, and read back losslessly", "[io][json]") {
    for (const auto& net : {ascn::data::embedded_network(), awkward_network()}) {
        const auto doc = ascn::io::to_json(net, ascn::io::json_layout::flat);
        for (const auto& n : doc["nodes"])
            for (const auto& [key, value] : n.items()) {
                INFO(key);
                CHECK(value.is_primitive());
            }
        for (const auto& l : doc["links"])
            for (const auto& [key, value] : l.items()) {
                INFO(key);
                CHECK(value.is_primitive());
            }
        ascn::network back;
        ascn::io::read_json(doc.dump(), back);
        CHECK(full_dump(back) == full_dump(net));
    }
    const auto doc = ascn::io::to_json(ascn::data::embedded_network(), ascn::io::json_layout::flat);
    CHECK(doc["graph"]["format"] == "ascn-node-link-flat");
    for (const auto& n : doc["nodes"])
        if (n["id"] == "VN") {
            CHECK(n["joined"] == 1995);
            CHECK(n["joined_date"] == "1995-07-28");
        } else if (n["id"] == "da-nang") {
            CHECK(n["roles"] == "administrative;commercial");
            CHECK(n["safety"] == 1.0);
            CHECK(!n.contains("profile"));
        }
}

TEST_CASE("CSV pair round trip is lossless", "[io][csv]") {
    for (const auto& net : {ascn::data::embedded_network(), awkward_network()}) {
        const auto pair = ascn::io::to_csv(net);
        ascn::network back;
        ascn::io::read_csv(pair.nodes, pair.relationships, back);
        CHECK(full_dump(back) == full_dump(net));
        // Reading orders vertices by kind; from then on the text is a fixed point.
        const auto once = ascn::io::to_csv(back);
        ascn::network twice;
        ascn::io::read_csv(once.nodes, once.relationships, twice);
        CHECK(ascn::io::to_csv(twice).nodes == once.nodes);
        CHECK(ascn::io::to_csv(twice).relationships == once.relationships);
    }
}

TEST_CASE("a time view materialises and round-trips", "[io][time]") {
    const auto net = ascn::data::embedded_network();
    const auto y2018 = ascn::as_of(net, 2018).materialize();
    CHECK(y2018.num_cities() == 26);
    CHECK(y2018.num_countries() == 10);
    ascn::network back;
    ascn::io::read_json(json_text(y2018), back);
    CHECK(full_dump(back) == full_dump(y2018));
}

TEST_CASE("JSON errors show a bad value briefly, however large or deep", "[io][json][error]") {
    ascn::network net;
    const auto value_of = [&](const std::string& name) {
        const std::string text =
            R"({"nodes": [{"id": "x", "kind": "city", "name": )" + name + "}], \"links\": []}";
        try {
            ascn::io::read_json(text, net, "in.json");
        } catch (const ascn::parse_error& e) {
            CHECK(e.context().field == "name");
            return e.context().value;
        }
        return std::string("no error");
    };
    // Nested 300,000 deep: the message once dumped the value, recursing that deep (a crash).
    CHECK(value_of(std::string(300000, '[') + std::string(300000, ']')) == "an array of 1 item");
    CHECK(value_of(R"({"a": 1, "b": 2})") == "an object of 2 members");
    CHECK(value_of("12") == "12");
    const auto long_text = ascn::io::detail::shown(nlohmann::json(std::string(200, 'a')));
    CHECK(long_text == "\"" + std::string(79, 'a') + "...");
    // Cut at a character's start, never inside one (U+00E0 is two bytes).
    std::string accents;
    for (int i = 0; i < 60; ++i)
        accents += "\xC3\xA0";
    const auto cut = ascn::io::detail::shown(nlohmann::json(accents));
    CHECK(cut.size() == 82); // the quote, 39 characters of two bytes, "..."
    CHECK(ascn::detail::first_invalid_utf8(cut) == cut.size());
    CHECK(net.empty());
}

TEST_CASE("JSON: a key given twice in one object is an error, not the last one silently",
          "[io][json][error]") {
    ascn::network net;
    const auto error_of = [&](const std::string& text) -> std::string {
        try {
            ascn::io::read_json(text, net, "in.json");
        } catch (const ascn::parse_error& e) {
            CHECK(e.context().file == "in.json");
            return e.what();
        }
        return "no error";
    };
    CHECK_THAT(error_of(R"({"nodes": [{"id": "VN", "kind": "country", "name": "Viet Nam",
        "joined": "1995-07-28"}, {"id": "x", "name": "a", "kind": "city", "name": "b"}],
        "links": []})"),
               Catch::Contains("key \"name\" is given twice in the object at /nodes/1"));
    CHECK_THAT(error_of(R"({"nodes": [], "links": [], "nodes": []})"),
               Catch::Contains("key \"nodes\" is given twice in the object at the top level"));
    CHECK_THAT(error_of(R"({"graph": {"a": [1, {"b": 1, "c": 2, "b": 3}]}, "nodes": [],
        "links": []})"),
               Catch::Contains("at /graph/a/1 "));
    // Past 16 keys the check uses a hash set: still found, and the same keys in two objects
    // are no duplicate.
    std::string many = R"({"graph": {)";
    for (int i = 0; i < 40; ++i)
        many += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
    CHECK_THAT(error_of(many + R"("k3": 0}, "nodes": [], "links": []})"),
               Catch::Contains("key \"k3\" is given twice in the object at /graph"));
    CHECK(error_of(R"({"graph": {"a": {"x": 1}, "b": {"x": 1}}, "nodes": [], "links": []})") ==
          "no error");
    CHECK(net.empty());
}

TEST_CASE("JSON errors: located, typed, and the target untouched", "[io][json][error]") {
    auto net = ascn_test::small_network();
    const std::string before = full_dump(net);
    const std::string good = json_text(net);
    auto error_of = [&](const std::string& text) -> std::string {
        try {
            ascn::io::read_json(text, net, "in.json");
        } catch (const ascn::error& e) {
            CHECK(full_dump(net) == before);
            CHECK(e.context().file == "in.json");
            return std::string(ascn::to_string(e.code())) + " " + e.context().field + " " +
                   std::to_string(e.context().line) + ":" + std::to_string(e.context().column);
        }
        return "no error";
    };
    CHECK(error_of("{\n  \"nodes\": [,]\n}") == "parse-error  2:13");
    CHECK(error_of("").starts_with("parse-error"));
    CHECK(error_of("{\"nodes\": []}") == "parse-error links 0:0");
    CHECK(error_of("{\"nodes\": [], \"links\": [], \"extra\": 1}") == "parse-error extra 0:0");
    CHECK(error_of(R"({"nodes": [{"id": "x", "kind": "planet"}], "links": []})") ==
          "parse-error kind 0:0");
    CHECK(
        error_of(
            R"({"nodes": [{"id": "XX", "kind": "country", "name": "X", "joined": 1990}], "links": []})") ==
        "parse-error joined 0:0");
    CHECK(
        error_of(
            R"({"nodes": [{"id": "XX", "kind": "country", "name": "X", "joined": "1990-01-01", "colour": "red"}], "links": []})") ==
        "parse-error colour 0:0");
    CHECK(
        error_of(R"({"nodes": [{"id": "XX", "kind": "country", "name": "X", "joined": "1990-01-01"},
                                  {"id": "XX", "kind": "country", "name": "Y", "joined": "1990-01-01"}], "links": []})") ==
        "duplicate-id id 0:0");
    CHECK(error_of(
              R"({"nodes": [{"id": "XX", "kind": "country", "name": "X", "joined": "1990-01-01"}],
                      "links": [{"source": "XX", "target": "nowhere", "kind": "support", "start": 2020}]})") ==
          "unknown-id id 0:0");
    CHECK(
        error_of(R"({"nodes": [{"id": "XX", "kind": "country", "name": "X", "joined": "1990-01-01"},
                                  {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 2018,
                                   "profile": {"civic": -1}}], "links": []})") ==
        "invalid-value profile[civic] 0:0");
    CHECK(error_of("\xEF\xBB\xBF" + good) == "parse-error  1:1"); // a byte-order mark
    CHECK(
        error_of(R"({"nodes": [{"id": "XX", "kind": "country", "name": "X", "joined": "1990-01-01"},
                                  {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 2018,
                                   "population": 18446744073709551615}], "links": []})") ==
        "parse-error population 0:0");
    CHECK(
        error_of(R"({"nodes": [{"id": "XX", "kind": "country", "name": "X", "joined": "1990-01-01"},
                                  {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 1800}], "links": []})") ==
        "year-out-of-range joined 0:0");
    CHECK(
        error_of(R"({"nodes": [{"id": "XX", "kind": "country", "name": "X", "joined": "1990-01-01"},
                                  {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 2018}],
                      "links": [{"source": "c", "target": "XX", "kind": "member-of", "start": 2017}]})") ==
        "parse-error start 0:0");
    CHECK(error_of(R"({"nodes": [], "links": [], "edges": []})") == "parse-error edges 0:0");
    CHECK(error_of(R"({"nodes": [], "edges": {}})") == "parse-error edges 0:0");
    CHECK(
        error_of(R"({"nodes": [{"id": "XX", "kind": "country", "name": "X", "joined": "1990-01-01"},
                                  {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 2018},
                                  {"id": "d", "kind": "city", "name": "D", "country": "XX", "joined": 2018}],
                      "links": [{"source": "c", "target": "d", "kind": "twinning", "start": 2020, "from": "XX"}]})") ==
        "parse-error from 0:0");
    // The flat layout (section 1.7): a country's year must be that of its day; a profile is
    // given one way.
    CHECK(
        error_of(
            R"({"nodes": [{"id": "XX", "kind": "country", "name": "X", "joined": 1991, "joined_date": "1990-01-01"}], "links": []})") ==
        "parse-error joined 0:0");
    CHECK(
        error_of(R"({"nodes": [{"id": "XX", "kind": "country", "name": "X", "joined": "1990-01-01"},
                                  {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 2018,
                                   "profile": {"civic": 1}, "civic": 1}], "links": []})") ==
        "parse-error civic 0:0");
    // Found by the fuzzer: a number too large for a double is a parse error, not a crash.
    CHECK(error_of("{\"nodes\": [1e999999], \"links\": []}").starts_with("parse-error"));
    // A relationship whose kind does not fit its ends.
    std::string bad = good;
    const auto at = bad.find("\"kind\": \"support\"");
    REQUIRE(at != std::string::npos);
    bad.replace(at, 17, "\"kind\": \"business-match\"");
    CHECK(error_of(bad) == "invalid-endpoint kind 0:0");
}

TEST_CASE("JSON: the streaming writer writes what the document would", "[io][json]") {
    const auto net = awkward_network();
    const std::vector<ascn::io::side_table> tables =
        ascn::io::side_tables(ascn::data::embedded_dataset(), std::nullopt);
    for (const int indent : {-1, 0, 1, 4})
        for (const auto layout : {ascn::io::json_layout::nested, ascn::io::json_layout::flat}) {
            for (const auto& t : {std::span<const ascn::io::side_table>{},
                                  std::span<const ascn::io::side_table>(tables)}) {
                std::ostringstream streamed;
                ascn::io::write_json(net, streamed, indent, layout, t);
                const auto whole =
                    ascn::io::to_json(net, layout, t)
                        .dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
                CHECK(streamed.str() == whole + "\n");
            }
        }
    std::ostringstream empty;
    ascn::io::write_json(ascn::network{}, empty);
    CHECK(empty.str() == ascn::io::to_json(ascn::network{}).dump(1) + "\n");
}

namespace {
// A document read by the fast path (which must not give up on it) and by nlohmann's parser:
// the same network, or the same error.
std::string fast_and_slow(const std::string& text) {
    const std::string file = "in.json";
    auto outcome = [&](auto&& read) -> std::string {
        try {
            return "network " + full_dump(read());
        } catch (const ascn::error& e) {
            return std::string(ascn::to_string(e.code())) + " | " + e.what() + " | " +
                   e.context().id + " | " + e.context().field + " | " + e.context().value;
        }
    };
    std::string fast;
    try {
        fast = outcome([&] { return ascn::io::detail::read_json_fast(text, file, {}); });
    } catch (const ascn::io::detail::not_fast&) {
        return "the fast path gave up";
    }
    const std::string slow = outcome([&] {
        return ascn::io::network_from_json(ascn::io::detail::parse_json_text(text, file), file);
    });
    CHECK(fast == slow);
    return fast;
}
} // namespace

TEST_CASE("JSON: the fast reader reads as nlohmann's parser does, or leaves the text to it",
          "[io][json]") {
    // Valid files: as written here, flat, one line, with every non-ASCII character escaped as
    // Python's json module writes it (a surrogate pair included), links under "edges".
    const auto net = awkward_network();
    std::ostringstream flat, one_line;
    ascn::io::write_json(net, flat, 1, ascn::io::json_layout::flat);
    ascn::io::write_json(net, one_line, -1);
    auto escaped = ascn::io::to_json(net);
    escaped["nodes"][0]["name"] = "Brunei \U0001F600 Darussalam";
    const std::string ascii = escaped.dump(2, ' ', true);
    CHECK(ascii.find("\\ud83d\\ude00") != std::string::npos);
    for (const auto& text : {json_text(net), flat.str(), one_line.str(), ascii}) {
        const auto dump = fast_and_slow(text);
        CHECK(dump.starts_with("network"));
    }
    ascn::network back;
    ascn::io::read_json(ascii, back);
    const std::string first = escaped["nodes"][0]["id"];
    REQUIRE(back.find_country(first));
    CHECK(back.find_country(first)->name == "Brunei \U0001F600 Darussalam");
    std::string edges = json_text(ascn_test::small_network());
    edges.replace(edges.find("\"links\""), 7, "\"edges\"");
    CHECK(fast_and_slow(edges).starts_with("network"));

    // Errors in items: the same error either way.
    const std::string country =
        R"({"id": "XX", "kind": "country", "name": "X", "joined": "1990-01-01"})";
    const auto doc = [&](const std::string& nodes, const std::string& links = "") {
        return R"({"nodes": [)" + country + nodes + R"(], "links": [)" + links + "]}";
    };
    for (const auto& text :
         {doc(R"(, {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 2018.5})"),
          doc(R"(, {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 1800})"),
          doc(R"(, {"id": "c", "kind": "city", "name": 7, "country": "XX", "joined": 2018})"),
          doc(R"(, {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 2018,
                   "population": 18446744073709551615})"),
          doc(R"(, {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 2018,
                   "profile": {"civic": "many"}})"),
          doc(R"(, {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 2018,
                   "roles": ["capital-ish"]})"),
          doc(R"(, {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 2018,
                   "aliases": [1, 2]})"),
          doc(R"(, {"id": "p", "kind": "partner", "name": "P", "partner_kind": "agency",
                   "colour": null})"),
          doc("", R"({"source": "XX", "target": "nowhere", "kind": "support", "start": 2020})"),
          doc(R"(, {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 2018},
                 {"id": "p", "kind": "partner", "name": "P", "partner_kind": "agency"})",
              R"({"source": "c", "target": "p", "kind": "support", "start": 2020, "end": 2019})"),
          doc(R"(, {"id": "c", "kind": "city", "name": "C", "country": "XX", "joined": 2018},
                 {"id": "p", "kind": "partner", "name": "P", "partner_kind": "agency"})",
              R"({"source": "c", "target": "p", "kind": "support", "start": 2020,
                  "strength": -1e-3})"),
          std::string(R"({"nodes": [], "links": [], "extra": {"a": [1, 2]}})"),
          std::string(R"({"directed": "no", "nodes": [], "links": []})")}) {
        const auto outcome = fast_and_slow(text);
        CHECK_FALSE(outcome.starts_with("network"));
        CHECK(outcome != "the fast path gave up");
    }

    // Left to nlohmann's parser, which finds the problem (or reads what the scanner does not).
    for (const std::string text :
         {"", "{", "[]", "{\"nodes\": [,]}", "{\"nodes\": [], \"links\": []} x",
          "{\"nodes\": [], \"links\": [], \"nodes\": []}", "{\"links\": [], \"nodes\": []}",
          "{\"nodes\": [{\"id\": \"x\", \"id\": \"y\"}], \"links\": []}",
          "{\"nodes\": [{\"a\": {\"b\": {}}}], \"links\": []}",
          "{\"nodes\": [1e999], \"links\": []}", "{\"nodes\": [{\"id\": 01}], \"links\": []}",
          "{\"nodes\": [{\"id\": \"\\ud800\"}]}", "{\"nodes\": [{\"id\": \"a\tb\"}]}",
          "{\"nodes\": [{\"id\": \"\xC3\"}]}", "{\"nodes\": [{\"id\": tru}]}",
          "\xEF\xBB\xBF{\"nodes\": [], \"links\": []}"})
        CHECK(fast_and_slow(text) == "the fast path gave up");
    // And read_json reports them as before: "links before nodes" is read, the others refused.
    ascn::network net2;
    ascn::io::read_json(R"({"links": [], "nodes": [], "directed": false})", net2);
    CHECK(net2.empty());
    CHECK_THROWS_AS(ascn::io::read_json("{\"nodes\": [{\"id\": \"a\tb\"}], \"links\": []}", net2),
                    ascn::parse_error);
}

TEST_CASE("CSV errors: located at file, line and column", "[io][csv][error]") {
    auto net = ascn_test::small_network();
    const std::string before = full_dump(net);
    const auto good = ascn::io::to_csv(net);
    auto error_of = [&](const std::string& nodes, const std::string& rels) -> std::string {
        try {
            ascn::io::read_csv(nodes, rels, net);
        } catch (const ascn::error& e) {
            CHECK(full_dump(net) == before);
            return std::string(ascn::to_string(e.code())) + " " + e.context().file + ":" +
                   std::to_string(e.context().line) + ":" + std::to_string(e.context().column) +
                   " " + e.context().field;
        }
        return "no error";
    };
    // Replace the joined year of the first city row with text.
    std::string nodes = good.nodes;
    const auto row = nodes.find("\nda-nang,city,");
    REQUIRE(row != std::string::npos);
    const auto year = nodes.find(",2018,", row);
    nodes.replace(year + 1, 4, "soon");
    const auto line =
        static_cast<std::size_t>(
            std::count(nodes.begin(), nodes.begin() + static_cast<std::ptrdiff_t>(row) + 1, '\n')) +
        1;
    CHECK(error_of(nodes, good.relationships) == "parse-error nodes.csv:" + std::to_string(line) +
                                                     ":" + std::to_string(year + 2 - row - 1) +
                                                     " joined");
    CHECK(error_of("", good.relationships) == "parse-error nodes.csv:1:1 ");
    CHECK(error_of(good.nodes, good.relationships + "da-nang,nowhere,peer-learning,2020,,,,,\n")
              .starts_with("unknown-id relationships.csv:"));
    CHECK(error_of(good.nodes, good.relationships + "da-nang,hanoi,peer-learning,2020,,,nan,,\n")
              .starts_with("invalid-value relationships.csv:"));
    CHECK(error_of(good.nodes, good.relationships + "da-nang,hanoi,friendship,2020,,,,,\n")
              .starts_with("parse-error relationships.csv:"));
    CHECK(error_of(good.nodes, good.relationships + "da-nang,SG,member-of,2018,,,,,\n")
              .starts_with("parse-error relationships.csv:"));
    // Errors from the network point at the column holding the offending value.
    const auto unknown =
        error_of(good.nodes, good.relationships + "da-nang,nowhere,support,2020,,,,,\n");
    CHECK(unknown.ends_with(":9 id")); // "nowhere" starts at column 9
    CHECK(error_of(good.nodes + "x,city,X,VN,2018,,,,false,,false,,0,0,nan,0,0,0,,,\n",
                   good.relationships)
              .find(":39 profile[safety]") != std::string::npos);
    CHECK(error_of(good.nodes + "x,city,\xC3\x28,VN,2018,,,,false,,false,,0,0,0,0,0,0,,,\n",
                   good.relationships)
              .starts_with("parse-error nodes.csv:")); // invalid UTF-8
}

TEST_CASE("GraphML declares typed keys and escapes text", "[io][graphml]") {
    const auto net = awkward_network();
    std::ostringstream os;
    ascn::io::write_graphml(net, os);
    const std::string xml = os.str();
    CHECK(xml.find("<key id=\"lat\" for=\"node\" attr.name=\"lat\" attr.type=\"double\"/>") !=
          std::string::npos);
    CHECK(xml.find("<key id=\"e_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>") !=
          std::string::npos);
    CHECK(xml.find("<key id=\"joined\" for=\"node\" attr.name=\"joined\" attr.type=\"int\"/>") !=
          std::string::npos);
    CHECK(xml.find("Thành phố &quot;Thử&quot;, a city") != std::string::npos);
    // Node id and `name` are the ascn id, `label` the display name; a country's day in its own
    // key; `from` where the kinds do not say which end is the declared source.
    CHECK(xml.find("<node id=\"da-nang\">\n      <data key=\"kind\">city</data>\n      <data "
                   "key=\"name\">da-nang</data>\n      <data key=\"label\">Da Nang</data>") !=
          std::string::npos);
    CHECK(xml.find("<data key=\"joined\">1995</data>\n      <data "
                   "key=\"joined_date\">1995-07-28</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_kind\">peer-learning</data>\n      <data "
                   "key=\"from\">thanh-pho-thu</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_kind\">member-of</data>\n      <data key=\"from\">") ==
          std::string::npos);
    std::size_t nodes = 0, edges = 0;
    for (auto at = xml.find("<node "); at != std::string::npos; at = xml.find("<node ", at + 1))
        ++nodes;
    for (auto at = xml.find("<edge "); at != std::string::npos; at = xml.find("<edge ", at + 1))
        ++edges;
    CHECK(nodes == net.num_vertices());
    CHECK(edges == net.num_relationships());
}

TEST_CASE("GEXF: spells, typed attributes, positions", "[io][gexf]") {
    const auto net = awkward_network();
    std::ostringstream os;
    ascn::io::write_gexf(net, os);
    const std::string xml = os.str();
    CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf "
                          "xmlns=\"http://gexf.net/1.3\""));
    CHECK(xml.find("<graph mode=\"dynamic\" defaultedgetype=\"undirected\" "
                   "timeformat=\"integer\" timerepresentation=\"interval\">") != std::string::npos);
    CHECK(xml.find("<attribute id=\"joined\" title=\"joined\" type=\"integer\"/>") !=
          std::string::npos);
    // Da Nang: its label, its spell from 2018, its position (x = lon * 40, y = lat * 40).
    const auto at = xml.find("<node id=\"da-nang\" label=\"Da Nang\" start=\"2018\">");
    REQUIRE(at != std::string::npos);
    const auto end = xml.find("</node>", at);
    const std::string node = xml.substr(at, end - at);
    CHECK(node.find("<viz:position x=\"4328.09\" y=\"642.18\" z=\"0.0\"/>") != std::string::npos);
    CHECK(node.find("<attvalue for=\"safety\" value=\"1\"/>") != std::string::npos);
    // A relationship that ended: a closed spell.
    CHECK(xml.find("label=\"peer-learning\" start=\"2026\" end=\"2030\">") != std::string::npos);
    std::size_t nodes = 0, edges = 0;
    for (auto i = xml.find("<node "); i != std::string::npos; i = xml.find("<node ", i + 1))
        ++nodes;
    for (auto i = xml.find("<edge "); i != std::string::npos; i = xml.find("<edge ", i + 1))
        ++edges;
    CHECK(nodes == net.num_vertices());
    CHECK(edges == net.num_relationships());
    std::ostringstream old;
    ascn::io::write_gexf(net, old, {ascn::io::gexf_version::v1_2draft});
    CHECK(old.str().find("xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
    CHECK(old.str().find("timerepresentation") == std::string::npos);
}

TEST_CASE("DOT pins cities at their coordinates", "[io][dot]") {
    const auto net = ascn::data::embedded_network();
    std::ostringstream os;
    ascn::io::write_dot(net, os);
    const std::string dot = os.str();
    CHECK(dot.starts_with("graph ascn {"));
    // Singapore: lat 1.2897, lon 103.8501, scale 40.
    CHECK(dot.find("\"singapore\" [label=\"Singapore\"") != std::string::npos);
    CHECK(dot.find("pos=\"4154.00,51.59!\"") != std::string::npos);
    CHECK(dot.find("member-of") == std::string::npos);
    // Every node has a pinned position, so `neato -n2` can draw it as it is.
    std::size_t nodes = 0, placed = 0;
    std::istringstream lines(dot);
    for (std::string line; std::getline(lines, line);)
        if (line.find(" [label=") != std::string::npos) {
            ++nodes;
            placed += line.find("pos=\"") != std::string::npos ? 1 : 0;
        }
    CHECK(nodes == net.num_vertices());
    CHECK(placed == nodes);
}

TEST_CASE("files: missing, too large, round trip through disk", "[io][file]") {
    const std::string path = "ascn_io_test.json";
    ascn::io::write_file(path, json_text(ascn_test::small_network()));
    ascn::network net;
    ascn::io::read_json(ascn::io::read_file(path), net, path);
    CHECK(net.num_cities() == 5);
    try {
        (void)ascn::io::read_file(path, 100);
        FAIL("expected io_error");
    } catch (const ascn::io_error& e) {
        CHECK(e.context().file == path);
        CHECK(std::string(e.what()).find("larger than the limit of 100 bytes") !=
              std::string::npos);
    }
    CHECK_THROWS_AS(ascn::io::read_file("no/such/file.json"), ascn::io_error);
    CHECK_THROWS_AS(ascn::io::write_file("no/such/dir/file.json", "x"), ascn::io_error);
    std::remove(path.c_str());
}

TEST_CASE("DOT: ids and labels as Graphviz reads them", "[io][dot]") {
    using ascn::io::detail::dot_id;
    using ascn::io::detail::dot_quote;
    // Graphviz unescapes only \" in an id: a backslash is written once (it was doubled, and
    // reached Graphviz doubled), except where it would escape a quote.
    CHECK(dot_id("a\\b") == "\"a\\b\"");
    CHECK(dot_id("a\\\\b") == "\"a\\\\b\"");
    CHECK(dot_id("say \"hi\"") == "\"say \\\"hi\\\"\"");
    CHECK(dot_id("end\\") == "\"end\\\\\"");
    CHECK(dot_id("q\\\"") == "\"q\\\\\\\"\"");
    // Labels are escString: a backslash doubled, a line feed \n.
    CHECK(dot_quote("a\\b\nc") == "\"a\\\\b\\nc\"");
    // No control character, a NUL above all, reaches the file.
    const std::string nul("x\0y\x1b", 4);
    CHECK(dot_id(nul) == "\"x y \"");
    CHECK(dot_quote(nul) == "\"x y \"");
}

TEST_CASE("CSV numbers too small for a double round to 0, as in JSON", "[io][csv]") {
    const auto t = ascn::detail::parse_csv("x\n1e-400\n-1e-400\n1e-310\n1e400\n", "n.csv");
    const auto at = [&](std::size_t row) { return ascn::detail::row_reader{t, row}.number("x"); };
    CHECK(at(0) == 0.0);
    CHECK(at(1) == 0.0);
    CHECK(at(2) > 0.0); // a subnormal, kept
    CHECK_THROWS_AS(at(3), ascn::parse_error);
}

TEST_CASE("io: side tables go with the graph in JSON, GraphML and CSV files", "[io][tables]") {
    const auto& d = ascn::data::embedded_dataset();
    const auto tables = ascn::io::side_tables(d);
    REQUIRE(tables.size() == 4);
    CHECK(tables[0].name == "events");
    CHECK(tables[0].rows.size() == d.events.size());
    CHECK(tables[1].rows.size() == d.governance.size());
    CHECK(tables[2].rows.size() == d.officials.size());
    CHECK(tables[3].rows.size() == d.sources.size());

    SECTION("the CSV text reads back with parse_dataset: nothing lost") {
        const std::string events = ascn::io::to_csv(tables[0]),
                          governance = ascn::io::to_csv(tables[1]),
                          officials = ascn::io::to_csv(tables[2]),
                          sources = ascn::io::to_csv(tables[3]);
        auto text = ascn::data::embedded_dataset_text();
        text.events = events;
        text.governance = governance;
        text.officials = officials;
        text.sources = sources;
        const auto back = ascn::data::parse_dataset(text);
        const auto again = ascn::io::side_tables(back);
        for (std::size_t i = 0; i < tables.size(); ++i) {
            INFO(tables[i].name);
            CHECK(again[i].rows == tables[i].rows);
        }
        // Not only the same text: the same records (a field or two, and every admitted city).
        REQUIRE(back.events.size() == d.events.size());
        for (std::size_t i = 0; i < d.events.size(); ++i) {
            CHECK(back.events[i].date == d.events[i].date);
            CHECK(back.events[i].cities_admitted == d.events[i].cities_admitted);
            CHECK(back.events[i].business_matching == d.events[i].business_matching);
        }
    }

    SECTION("as of a year: the records begun by then") {
        const auto t2019 = ascn::io::side_tables(d, 2019);
        for (const auto& row : t2019[0].rows)
            CHECK(std::stoi(row[4].substr(0, 4)) <= 2019);
        CHECK(t2019[0].rows.size() < tables[0].rows.size());
        CHECK(t2019[0].rows.size() == static_cast<std::size_t>(std::count_if(
                                          d.events.begin(), d.events.end(),
                                          [](const auto& e) { return e.year() <= 2019; })));
        CHECK(t2019[3].rows.size() == d.sources.size()); // every source
    }

    SECTION("nested JSON: typed cells, empty cells left out; flat JSON: the CSV text") {
        const auto& net = d.network;
        const auto doc = ascn::io::to_json(net, ascn::io::json_layout::nested, tables);
        const auto& events = doc.at("graph").at("events");
        REQUIRE(events.size() == d.events.size());
        const auto launch = std::find_if(events.begin(), events.end(),
                                         [](const auto& e) { return e.at("id") == "launch"; });
        REQUIRE(launch != events.end());
        CHECK(launch->at("number") == 32); // an integer, not "32"
        CHECK(launch->at("business_matching") == false);
        CHECK(launch->at("cities_admitted").size() == 26);
        CHECK_FALSE(launch->contains("end"));
        CHECK(doc.at("graph").at("governance").at(0).at("from").is_number_integer());
        const auto flat = ascn::io::to_json(net, ascn::io::json_layout::flat, tables);
        CHECK(flat.at("graph").at("events") == ascn::io::to_csv(tables[0]));
        // The network reads back the same, the tables being graph attributes it passes over.
        ascn::network back;
        ascn::io::read_json(doc.dump(), back);
        CHECK(full_dump(back) == full_dump(net));
    }

    SECTION("GraphML: a graph key per table holding its CSV text") {
        std::ostringstream os;
        ascn::io::write_graphml(d.network, os, tables);
        const std::string xml = os.str();
        CHECK(xml.find("<key id=\"g_events\" for=\"graph\" attr.name=\"events\" "
                       "attr.type=\"string\"/>") != std::string::npos);
        CHECK(xml.find("<data key=\"g_sources\">key,title,where\n") != std::string::npos);
        std::ostringstream plain;
        ascn::io::write_graphml(d.network, plain);
        CHECK(plain.str().find("for=\"graph\"") == std::string::npos);
    }

    SECTION("bad tables are refused, naming the table, row and column") {
        ascn::io::side_table bad{"events", {{"n", ascn::io::column_type::integer}}, {{"x1"}}};
        REQUIRE_THROWS_AS(ascn::io::to_csv(bad), ascn::value_error);
        try {
            (void)ascn::io::to_csv(bad);
        } catch (const ascn::value_error& e) {
            CHECK(std::string(e.what()).find("row 1") != std::string::npos);
            CHECK(e.context().field == "n");
            CHECK(e.context().value == "x1");
        }
        ascn::io::side_table short_row{"t", {{"a"}, {"b"}}, {{"1"}}};
        CHECK_THROWS_AS(ascn::io::to_csv(short_row), ascn::value_error);
        ascn::io::side_table bad_name{"Events!", {{"a"}}, {}};
        CHECK_THROWS_AS(ascn::io::to_csv(bad_name), ascn::value_error);
        ascn::io::side_table taken{"version", {{"a"}}, {}};
        CHECK_THROWS_AS(ascn::io::to_json(d.network, ascn::io::json_layout::nested,
                                          std::span<const ascn::io::side_table>(&taken, 1)),
                        ascn::value_error);
        const std::vector<ascn::io::side_table> twice = {tables[1], tables[1]};
        CHECK_THROWS_AS(ascn::io::to_json(d.network, ascn::io::json_layout::nested, twice),
                        ascn::value_error);
        std::ostringstream os;
        CHECK_THROWS_AS(ascn::io::write_graphml(d.network, os, twice), ascn::value_error);
    }

    SECTION("write_tables: a file per table, all or none") {
        const auto dir = std::filesystem::temp_directory_path() / "ascn-side-tables-test";
        std::filesystem::remove_all(dir);
        ascn::io::write_tables(dir.string(), tables);
        CHECK(ascn::io::read_file((dir / "governance.csv").string()) ==
              ascn::io::to_csv(tables[1]));
        const std::vector<ascn::io::side_table> twice = {tables[1], tables[1]};
        CHECK_THROWS_AS(ascn::io::write_tables(dir.string(), twice), ascn::value_error);
        std::filesystem::remove_all(dir);
    }
}

TEST_CASE("JSON file read a block at a time reads as the whole text does", "[io][json][file]") {
    // Tiny blocks put a block boundary inside every item, key, string, escape and number of
    // these files; the reader must give the network (or the error) read_json gives the text.
    const auto dir = std::filesystem::temp_directory_path() / "ascn-json-blocks-test";
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "in.json").string();
    const auto outcome = [&](auto&& read) -> std::string {
        try {
            return "network " + full_dump(read());
        } catch (const ascn::error& e) {
            return std::string(ascn::to_string(e.code())) + " | " + e.what() + " | " +
                   e.context().file + " | " + e.context().id + " | " + e.context().field + " | " +
                   e.context().value + " | " + std::to_string(e.context().line) + ":" +
                   std::to_string(e.context().column);
        }
    };
    const auto net = awkward_network();
    std::ostringstream flat, one_line;
    ascn::io::write_json(net, flat, 1, ascn::io::json_layout::flat);
    ascn::io::write_json(net, one_line, -1);
    auto escaped = ascn::io::to_json(net, ascn::io::json_layout::nested,
                                     ascn::io::side_tables(ascn::data::embedded_dataset()));
    escaped["nodes"][0]["name"] = "Brunei \U0001F600 Darussalam";
    std::vector<std::string> texts = {json_text(net), flat.str(), one_line.str(),
                                      escaped.dump(2, ' ', true), escaped.dump(-1)};
    std::string bad = json_text(net);
    bad.replace(bad.rfind("\"start\": "), 9, "\"start\": 1"); // a year out of range
    texts.push_back(bad);
    texts.push_back(json_text(net).substr(0, json_text(net).size() / 2)); // cut short
    texts.push_back(R"({"links": [], "nodes": [], "directed": false})");  // left to nlohmann
    texts.push_back("{\"nodes\": [{\"id\": \"a\tb\"}], \"links\": []}");
    texts.push_back(R"({"directed": false, "multigraph": true, "nodes": [], "links": []} )");
    for (const auto& text : texts) {
        ascn::io::write_file(path, text);
        const std::string whole = outcome([&] {
            ascn::network back;
            ascn::io::read_json(text, back, path);
            return back;
        });
        for (const std::size_t block : {std::size_t{1}, std::size_t{2}, std::size_t{3},
                                        std::size_t{7}, std::size_t{64}, std::size_t{4096}}) {
            INFO("block " << block);
            CHECK(outcome([&] { return ascn::io::detail::read_json_file(path, {}, block); }) ==
                  whole);
        }
        CHECK(outcome([&] {
                  ascn::network back;
                  ascn::io::read_json_file(path, back);
                  return back;
              }) == whole);
    }
    // Errors leave the target as it was; a missing file is an io_error naming it.
    auto target = ascn_test::small_network();
    const std::string before = full_dump(target);
    ascn::io::write_file(path, bad);
    CHECK_THROWS_AS(ascn::io::read_json_file(path, target), ascn::value_error);
    CHECK(full_dump(target) == before);
    try {
        ascn::io::read_json_file((dir / "missing.json").string(), target);
        FAIL("expected io_error");
    } catch (const ascn::io_error& e) {
        CHECK(e.context().file == (dir / "missing.json").string());
    }
    CHECK(full_dump(target) == before);
    std::filesystem::remove_all(dir);
}

// SPDX-License-Identifier: MIT
// The GraphML reader (needs pugixml): ascn's own GraphML reads back losslessly, and so does the
// same network after igraph and NetworkX wrote it back (stored files, made from
// examples/howto-data by tests/io/data/README.md's commands), with errors located.
#include "../support.hpp"

#include <ascn/asean/dataset.hpp>
#include <ascn/io/graphml.hpp>
#include <ascn/io/graphml_reader.hpp>
#include <ascn/io/json.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

using ascn_test::full_dump;

namespace {
std::string graphml_text(const ascn::network& net) {
    std::ostringstream os;
    ascn::io::write_graphml(net, os);
    return os.str();
}
} // namespace

TEST_CASE("GraphML round trip is lossless", "[io][graphml]") {
    auto awkward = ascn::data::embedded_network();
    ascn::city c;
    c.id = "thanh-pho-thu";
    c.name = "Thành phố \"Thử\" <a & b>,\nwith two lines";
    c.country = "VN";
    c.joined = 2026;
    c.location = ascn::geo_point{-89.999999999999, 179.12345678901234};
    c.population = 9'000'000'000LL;
    c.aliases = {"Thử", "Kota Thử", "テスト"};
    c.profile[ascn::focus_area::industry] = 1e300;
    awkward.add_city(c);
    awkward.add_partner({"p-empty", "", ascn::partner_kind::academic, "", ""});
    ascn::relationship r(ascn::relation_kind::peer_learning, 2026, 2030);
    r.strength = 1.0 / 3.0;
    r.note = "note with , and \" and\r\nCRLF and\ttab";
    awkward.add_relationship("thanh-pho-thu", "hanoi", r);
    for (const auto& net : {ascn::data::embedded_network(), awkward}) {
        ascn::network back;
        ascn::io::read_graphml(graphml_text(net), back);
        CHECK(full_dump(back) == full_dump(net));
        CHECK(graphml_text(back).size() == graphml_text(net).size());
    }
}

TEST_CASE("GraphML written back by igraph and NetworkX reads as the same network",
          "[io][graphml]") {
    ascn::network want;
    ascn::io::read_json(ascn::io::read_file(std::string(ASCN_TEST_IO_DIR) +
                                            "/../../examples/howto-data/network.json"),
                        want);
    for (const char* name : {"howto-igraph.graphml", "howto-networkx.graphml"}) {
        INFO(name);
        const std::string path = std::string(ASCN_TEST_IO_DIR) + "/data/" + name;
        ascn::network back;
        ascn::io::read_graphml(ascn::io::read_file(path), back, path);
        CHECK(full_dump(back) == full_dump(want));
    }
}

TEST_CASE("GraphML errors: located, typed, and the target untouched", "[io][graphml][error]") {
    auto net = ascn_test::small_network();
    const std::string before = full_dump(net);
    const std::string good = graphml_text(net);
    auto error_of = [&](const std::string& text) -> std::string {
        try {
            ascn::io::read_graphml(text, net, "in.graphml");
        } catch (const ascn::error& e) {
            CHECK(full_dump(net) == before);
            CHECK(e.context().file == "in.graphml");
            return std::string(ascn::to_string(e.code())) + " " + e.context().field + " " +
                   std::to_string(e.context().line) + ":" + std::to_string(e.context().column);
        }
        return "no error";
    };
    CHECK(error_of("<graphml>\n  <graph>\n    <node id=\"a\">\n  </graph>") == "parse-error  4:5");
    CHECK(error_of("<nothing/>") == "parse-error  1:1");
    const std::string head = "<graphml>\n"
                             "<key id=\"k\" for=\"node\" attr.name=\"kind\"/>\n"
                             "<key id=\"l\" for=\"node\" attr.name=\"label\"/>\n"
                             "<key id=\"j\" for=\"node\" attr.name=\"joined_date\"/>\n"
                             "<key id=\"c\" for=\"node\" attr.name=\"colour\"/>\n"
                             "<graph edgedefault=\"undirected\">\n";
    CHECK(
        error_of(head + "<node id=\"XX\"><data key=\"k\">planet</data></node></graph></graphml>") ==
        "parse-error kind 7:1");
    CHECK(error_of(head + "<node id=\"XX\"><data key=\"k\">country</data><data "
                          "key=\"j\">1990-02-30</data></node></graph></graphml>") ==
          "parse-error joined_date 7:1");
    CHECK(error_of(head + "<node id=\"XX\"><data key=\"k\">country</data><data "
                          "key=\"j\">1990-01-01</data><data key=\"c\">red</data></node>"
                          "</graph></graphml>") == "parse-error colour 7:1");
    CHECK(
        error_of(head + "<node id=\"XX\"><data key=\"nokey\">x</data></node></graph></graphml>") ==
        "parse-error nokey 7:15");
    // A year out of range, from the network's own GraphML.
    std::string bad = good;
    const auto at = bad.find("<data key=\"start\">");
    REQUIRE(at != std::string::npos);
    bad.replace(at, 22, "<data key=\"start\">1800");
    CHECK(error_of(bad).starts_with("year-out-of-range start "));
    // Text that is not UTF-8 (a Latin-1 byte in a label), placed at its byte, as the CSV and
    // JSON readers refuse it; pugixml alone would take it.
    CHECK(error_of(head + "<node id=\"XX\"><data key=\"l\">Cura\xE7"
                          "ao</data></node>"
                          "</graph></graphml>") == "parse-error  7:33");
    CHECK(error_of("<graphml>\xC0\xAF</graphml>") == "parse-error  1:10"); // overlong '/'
}

TEST_CASE("first_invalid_utf8 finds the first bad byte", "[io][utf8]") {
    using ascn::detail::first_invalid_utf8;
    CHECK(first_invalid_utf8("") == 0);
    CHECK(first_invalid_utf8("H\xC3\xA0 N\xE1\xBB\x99i \xF0\x9F\x98\x80") == 14); // all valid
    CHECK(first_invalid_utf8("ab\x80") == 2);           // a stray continuation byte
    CHECK(first_invalid_utf8("ab\xE1\xBB") == 2);       // cut short
    CHECK(first_invalid_utf8("\xC1\xBF") == 0);         // overlong
    CHECK(first_invalid_utf8("x\xED\xA0\x80") == 1);    // a surrogate
    CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0); // past U+10FFFF
    CHECK(first_invalid_utf8("\xF4\x8F\xBF\xBF") == 4); // U+10FFFF itself
}

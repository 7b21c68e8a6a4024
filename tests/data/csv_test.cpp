// SPDX-License-Identifier: MIT
#include <ascn/detail/csv.hpp>
#include <ascn/detail/text.hpp>

#include <catch2/catch.hpp>

using ascn::detail::parse_csv;

TEST_CASE("csv: quoting, doubled quotes, embedded newlines, CRLF", "[csv]") {
    const auto t =
        parse_csv("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n", "t.csv");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.header == std::vector<std::string>{"a", "b", "c"});
    CHECK(t.rows[0] == std::vector<std::string>{"1", "x, y", "say \"hi\""});
    CHECK(t.rows[1] == std::vector<std::string>{"2", "two\nlines", ""});
    CHECK(t.lines == std::vector<std::size_t>{2, 3});
    // No final newline is fine.
    CHECK(parse_csv("a\n1", "t.csv").rows.size() == 1);
}

TEST_CASE("csv: malformed input is located", "[csv][error]") {
    auto where = [](std::string_view text) {
        try {
            (void)parse_csv(text, "t.csv", {"a", "b"});
        } catch (const ascn::parse_error& e) {
            return std::to_string(e.context().line) + ":" + std::to_string(e.context().column);
        }
        return std::string("no error");
    };
    CHECK(where("a,b\n1,2,3\n") == "2:1");    // too many fields
    CHECK(where("a,b\n1\n") == "2:1");        // too few
    CHECK(where("a,b\n1,\"open\n") == "2:3"); // unclosed quote
    CHECK(where("a,b\n1,x\"y\n") == "2:4");   // stray quote
    CHECK(where("a,b\n1,\"x\"y\n") == "2:6"); // text after a closing quote
    CHECK(where("a,c\n1,2\n") == "1:1");      // wrong header
    CHECK(where("") == "1:1");                // empty file
    CHECK(where("\xEF\xBB\xBF"
                "a,b\n") == "1:1");             // byte-order mark
    CHECK(where("a,b\n1,2\n\n3,4\n") == "3:1"); // empty line
    CHECK(where("a,b\r1,2\n") == "1:4");        // lone CR
}

TEST_CASE("fold_name: case, accents and punctuation", "[text]") {
    using ascn::detail::fold_name;
    CHECK(fold_name("Hà Nội") == "hanoi");
    CHECK(fold_name("Ha Noi") == "hanoi");
    CHECK(fold_name("Đà Nẵng") == "danang");
    CHECK(fold_name("Thành phố Hồ Chí Minh") == "thanhphohochiminh");
    CHECK(fold_name("São Paulo") == "saopaulo");
    CHECK(fold_name("Kota-Cebu") == "kotacebu");
    CHECK(fold_name("ยะลา") == "ยะลา"); // Thai script is kept
}

TEST_CASE("csv: only valid UTF-8 is accepted", "[csv][error]") {
    auto ok = [](std::string_view text) {
        try {
            (void)parse_csv(text, "t.csv");
            return true;
        } catch (const ascn::parse_error&) {
            return false;
        }
    };
    CHECK(ok("a\nHà Nội\n"));
    CHECK(ok("a\n\xF0\x9F\x98\x80\n"));       // U+1F600
    CHECK_FALSE(ok("a\n\xC3\x28\n"));         // bad continuation
    CHECK_FALSE(ok("a\n\xC0\xAF\n"));         // overlong two-byte
    CHECK_FALSE(ok("a\n\xE0\x80\xAF\n"));     // overlong three-byte
    CHECK_FALSE(ok("a\n\xED\xA0\x80\n"));     // UTF-16 surrogate
    CHECK_FALSE(ok("a\n\xF4\x90\x80\x80\n")); // above U+10FFFF
    CHECK_FALSE(ok("a\n\xE2\x82\n"));         // truncated
}

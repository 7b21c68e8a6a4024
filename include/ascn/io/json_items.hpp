// SPDX-License-Identifier: MIT
/// \file
/// The fast path of `ascn::io::read_json`: a scanner for node-link text as `write_json`,
/// NetworkX and most tools write it (an object whose `nodes` and `links` are arrays of flat
/// objects: scalars, arrays of scalars, one level of nested object), which reads each item into
/// a small reusable record, with no document, no map and no allocation per value, and a field
/// reader over that record with the interface of `json_object_reader` (so the same code reads
/// a node's fields either way, and errors are worded alike).
///
/// It accepts only what nlohmann's parser accepts, and anything else (a syntax error, a
/// `\u` escape of a lone surrogate, a key given twice, deeper nesting, links before nodes, a
/// number it cannot convert exactly as nlohmann would) makes it give up (`not_fast`); the
/// reader then reads the text again with nlohmann's parser, which finds and words the problem.
/// Implementation detail of ascn/io/json.hpp; not a public interface.
#ifndef ASCN_IO_JSON_ITEMS_HPP
#define ASCN_IO_JSON_ITEMS_HPP

#include "ascn/detail/text.hpp"
#include "ascn/error.hpp"
#include "ascn/io/common.hpp"
#include "ascn/io/json_sax.hpp"
#include "ascn/model/date.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace ascn::io::detail {

/// Thrown by the fast path where it leaves the text to nlohmann's parser.
struct not_fast {};

struct fast_member;

/// A value of an item: a scalar, an array of scalars, or an object of scalars.
struct fast_value {
    enum class type : unsigned char {
        null,
        boolean,
        integer,
        unsigned_integer,
        floating,
        string,
        array,
        object
    };
    type kind = type::null;
    bool b = false;
    long long i = 0;
    unsigned long long u = 0;
    double d = 0;
    std::string_view s;                   // string
    std::size_t first = 0, size = 0;      // array or object: its items in the scanner's pools
    const fast_value* items = nullptr;    // array
    const fast_member* members = nullptr; // object

    [[nodiscard]] bool is_number() const noexcept {
        return kind == type::integer || kind == type::unsigned_integer || kind == type::floating;
    }
    [[nodiscard]] double number() const noexcept {
        return kind == type::integer            ? static_cast<double>(i)
               : kind == type::unsigned_integer ? static_cast<double>(u)
                                                : d;
    }
};

struct fast_member {
    std::string_view key;
    fast_value value;
};

/// The value as nlohmann would hold it (for error messages only).
inline nlohmann::json to_nlohmann(const fast_value& v) {
    using t = fast_value::type;
    switch (v.kind) {
    case t::null:
        return nullptr;
    case t::boolean:
        return v.b;
    case t::integer:
        return v.i;
    case t::unsigned_integer:
        return v.u;
    case t::floating:
        return v.d;
    case t::string:
        return std::string(v.s);
    case t::array: {
        auto a = nlohmann::json::array();
        for (std::size_t k = 0; k < v.size; ++k)
            a.push_back(to_nlohmann(v.items[k]));
        return a;
    }
    case t::object: {
        auto o = nlohmann::json::object();
        for (std::size_t k = 0; k < v.size; ++k)
            o[std::string(v.members[k].key)] = to_nlohmann(v.members[k].value);
        return o;
    }
    }
    return nullptr;
}

inline std::string shown(const fast_value& v) {
    return shown(to_nlohmann(v));
}

/// Reads typed fields from one item, as `json_object_reader` does from a JSON object (the same
/// checks, the same messages).
class fast_object_reader {
public:
    fast_object_reader(const fast_value& object, std::string path, const std::string& file)
        : object_(object)
        , path_(std::move(path))
        , file_(file) {
        if (object_.kind != fast_value::type::object)
            fail("", "expected an object");
    }

    [[noreturn]] void fail(std::string_view field, const std::string& what,
                           std::string value = {}) const {
        const std::string where = path_ + (field.empty() ? "" : "/") + std::string(field);
        throw parse_error(what + " at " + (where.empty() ? std::string("the top level") : where),
                          {id(), std::string(field), std::move(value), file_, 0, 0});
    }

    [[nodiscard]] const fast_value* find(std::string_view field) {
        for (std::size_t k = 0; k < object_.size; ++k)
            if (object_.members[k].key == field) {
                seen_ |= std::uint64_t{1} << k;
                const auto& v = object_.members[k].value;
                return v.kind == fast_value::type::null ? nullptr : &v;
            }
        return nullptr;
    }
    [[nodiscard]] const fast_value& require(std::string_view field) {
        const auto* v = find(field);
        if (!v)
            fail(field, "missing field");
        return *v;
    }
    [[nodiscard]] std::string string(std::string_view field) {
        const auto& v = require(field);
        if (v.kind != fast_value::type::string)
            fail(field, "expected a string", shown(v));
        return std::string(v.s);
    }
    [[nodiscard]] std::string optional_string(std::string_view field) {
        const auto* v = find(field);
        if (!v)
            return {};
        if (v->kind != fast_value::type::string)
            fail(field, "expected a string", shown(*v));
        return std::string(v->s);
    }
    [[nodiscard]] long long integer(std::string_view field) {
        const auto& v = require(field);
        if (v.kind == fast_value::type::integer)
            return v.i;
        if (v.kind != fast_value::type::unsigned_integer)
            fail(field, "expected an integer", shown(v));
        if (v.u > static_cast<unsigned long long>(LLONG_MAX))
            fail(field, "integer out of range", shown(v));
        return static_cast<long long>(v.u);
    }
    [[nodiscard]] std::optional<long long> optional_integer(std::string_view field) {
        if (!find(field))
            return std::nullopt;
        return integer(field);
    }
    [[nodiscard]] int year(std::string_view field) {
        const long long y = integer(field);
        if (y < min_year || y > max_year)
            throw value_error("year " + std::to_string(y) + " is outside [" +
                                  std::to_string(min_year) + ", " + std::to_string(max_year) +
                                  "] at " + path_ + "/" + std::string(field),
                              {id(), std::string(field), std::to_string(y), file_, 0, 0},
                              errc::year_out_of_range);
        return static_cast<int>(y);
    }
    [[nodiscard]] double number(std::string_view field) {
        const auto& v = require(field);
        if (!v.is_number())
            fail(field, "expected a number", shown(v));
        return v.number();
    }
    [[nodiscard]] bool boolean(std::string_view field) {
        const auto& v = require(field);
        if (v.kind != fast_value::type::boolean)
            fail(field, "expected true or false", shown(v));
        return v.b;
    }
    [[nodiscard]] std::vector<std::string> strings(std::string_view field) {
        const auto& v = require(field);
        if (v.kind != fast_value::type::array)
            fail(field, "expected an array of strings", shown(v));
        std::vector<std::string> out;
        out.reserve(v.size);
        for (std::size_t k = 0; k < v.size; ++k) {
            if (v.items[k].kind != fast_value::type::string)
                fail(field, "expected an array of strings", shown(v));
            out.emplace_back(v.items[k].s);
        }
        return out;
    }
    [[nodiscard]] std::vector<std::string> list(std::string_view field) {
        const auto& v = require(field);
        if (v.kind == fast_value::type::string)
            return split_list(v.s);
        if (v.kind != fast_value::type::array)
            fail(field, "expected an array of strings or a ;-separated string", shown(v));
        return strings(field);
    }
    void no_extra_fields() const {
        for (std::size_t k = 0; k < object_.size; ++k)
            if (!(seen_ >> k & 1))
                fail(object_.members[k].key, "unknown field");
    }

private:
    [[nodiscard]] std::string id() const {
        for (std::size_t k = 0; k < object_.size; ++k)
            if (object_.members[k].key == "id" &&
                object_.members[k].value.kind == fast_value::type::string)
                return std::string(object_.members[k].value.s);
        return {};
    }
    const fast_value& object_;
    std::string path_;
    const std::string& file_;
    std::uint64_t seen_ = 0; // the members read so far (an item has at most 64)
};

/// Reads up to `size` bytes into `to` and returns how many (0 at the end of the input).
using block_source = std::function<std::size_t(char* to, std::size_t size)>;

/// Scans node-link text: the top-level members other than the two lists are handed over as
/// text (`member`), each item of `nodes` and of `links`/`edges` as a `fast_value` (`node`,
/// `link`), which stays valid until the next item is read. Throws `not_fast` where the text
/// is not of the shape it reads.
///
/// The text is given whole, or as a source read a block at a time: then the scanner holds
/// only the text not yet read of the block, the next block appended when it runs out, and
/// reads an item, a key or a member that was cut at the end of a block again from its start
/// (a buffer of two blocks, or more for a member larger than a block). It reads the same
/// items and gives up at the same places either way: a value cut by the end of the buffer is
/// read only once the buffer holds the whole of it or the input has ended.
class node_link_scanner {
public:
    explicit node_link_scanner(std::string_view text)
        : base_(text.data())
        , p_(text.data())
        , end_(text.data() + text.size()) {}
    /// Reads from `source` in blocks of `block` bytes (at least 1).
    node_link_scanner(block_source source, std::size_t block)
        : source_(std::move(source))
        , block_(std::max<std::size_t>(block, 1))
        , eof_(false) {}

    /// The bytes read so far (for progress).
    [[nodiscard]] std::uint64_t offset() const noexcept {
        return consumed_ + static_cast<std::uint64_t>(p_ - base_);
    }

    /// Reads the document: `member(key, text)` for a top-level member other than the lists,
    /// `list(key)` when a list begins (it may throw `not_fast` to refuse it),
    /// `item(key, index, value)` for each item, `list_ended(key)` after each list.
    template <class Member, class List, class Item, class ListEnded>
    void scan(Member&& member, List&& list, Item&& item, ListEnded&& list_ended) {
        // Between the values of the top level nothing is kept in the buffer (keys are
        // copied), so `top_ws` may read the next block.
        top_ws();
        expect('{');
        std::vector<std::string> keys;
        std::string key;
        top_ws();
        if (peek('}'))
            ++p_;
        else
            for (;;) {
                top_ws();
                whole([&] { key = string_value(); });
                for (const auto& k : keys)
                    if (k == key)
                        throw not_fast{};
                keys.push_back(key);
                top_ws();
                expect(':');
                top_ws();
                if ((key == "nodes" || key == "links" || key == "edges") && peek('[')) {
                    list(std::string_view(key));
                    ++p_;
                    std::size_t index = 0;
                    top_ws();
                    if (peek(']'))
                        ++p_;
                    else
                        for (;;) {
                            top_ws();
                            const fast_value* value = nullptr;
                            whole([&] { value = &read_item(); });
                            item(std::string_view(key), index++, *value);
                            top_ws();
                            if (peek(',')) {
                                ++p_;
                                continue;
                            }
                            expect(']');
                            break;
                        }
                    list_ended(std::string_view(key));
                } else {
                    const char* from = nullptr;
                    whole([&] {
                        from = p_;
                        skip_value();
                    });
                    member(std::string_view(key),
                           std::string_view(from, static_cast<std::size_t>(p_ - from)));
                }
                top_ws();
                if (peek(',')) {
                    ++p_;
                    continue;
                }
                expect('}');
                break;
            }
        top_ws();
        if (p_ != end_)
            throw not_fast{};
    }

private:
    // Whitespace at the top level, reading on while the buffer ends in it.
    void top_ws() {
        for (;;) {
            ws();
            if (p_ != end_ || !refill(p_))
                return;
        }
    }

    // Runs `read` (which reads one value at the cursor) until it has read a value the buffer
    // holds whole: where it gives up or stops at the end of the buffer before the input has
    // ended (a value may have been cut there: a number "20" of "2018"), the buffer is refilled
    // from where the value starts and the value read again. Giving up within a few bytes of the
    // end counts as stopped there (`literal` gives up before it reaches the end).
    template <class Read>
    void whole(Read&& read) {
        for (;;) {
            const char* start = p_;
            try {
                read();
                if (eof_ || p_ != end_)
                    return;
            } catch (const not_fast&) {
                if (eof_ || end_ - p_ > 8)
                    throw;
            }
            p_ = start;
            refill(start);
        }
    }

    // Keeps the text from `keep` on, moved to the front of the buffer, and appends the next
    // block (the buffer doubles when what is kept fills more than half of it). False at the end
    // of the input (then `eof_`).
    bool refill(const char* keep) {
        if (eof_)
            return false;
        const auto kept = static_cast<std::size_t>(end_ - keep);
        const auto at = static_cast<std::size_t>(keep - base_);
        consumed_ += at;
        std::size_t size = std::max(buffer_.size(), block_);
        if (kept > size / 2)
            size = std::max(2 * size, kept + block_);
        if (size != buffer_.size())
            buffer_.resize(size);
        if (kept > 0)
            std::memmove(buffer_.data(), buffer_.data() + at, kept);
        const std::size_t n = source_(buffer_.data() + kept, buffer_.size() - kept);
        base_ = buffer_.data();
        p_ = base_;
        end_ = base_ + kept + n;
        if (n == 0)
            eof_ = true;
        return n > 0;
    }

    [[nodiscard]] bool peek(char c) const noexcept { return p_ != end_ && *p_ == c; }
    void expect(char c) {
        if (!peek(c))
            throw not_fast{};
        ++p_;
    }
    void ws() noexcept {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t'))
            ++p_;
    }

    // One item: an object of scalars, arrays of scalars and objects of scalars.
    const fast_value& read_item() {
        members_.clear();
        inner_.clear();
        elements_.clear();
        if (!decoded_.empty())
            decoded_.clear();
        expect('{');
        ws();
        if (peek('}'))
            ++p_;
        else
            for (;;) {
                ws();
                fast_member m;
                m.key = string_value();
                for (const auto& other : members_)
                    if (other.key == m.key)
                        throw not_fast{};
                ws();
                expect(':');
                ws();
                if (peek('{'))
                    m.value = container(true);
                else if (peek('['))
                    m.value = container(false);
                else
                    m.value = scalar();
                members_.push_back(m);
                ws();
                if (peek(',')) {
                    ++p_;
                    continue;
                }
                expect('}');
                break;
            }
        if (members_.size() > 64)
            throw not_fast{};
        // The pools are complete: point the containers at their items.
        for (auto& m : members_) {
            if (m.value.kind == fast_value::type::array)
                m.value.items = elements_.data() + m.value.first;
            else if (m.value.kind == fast_value::type::object)
                m.value.members = inner_.data() + m.value.first;
        }
        item_ = fast_value{};
        item_.kind = fast_value::type::object;
        item_.size = members_.size();
        item_.members = members_.data();
        return item_;
    }

    // An array of scalars or an object of scalars.
    fast_value container(bool object) {
        fast_value v;
        v.kind = object ? fast_value::type::object : fast_value::type::array;
        v.first = object ? inner_.size() : elements_.size();
        ++p_;
        ws();
        if (peek(object ? '}' : ']')) {
            ++p_;
            return v;
        }
        for (;;) {
            ws();
            if (object) {
                fast_member m;
                m.key = string_value();
                for (std::size_t k = v.first; k < inner_.size(); ++k)
                    if (inner_[k].key == m.key)
                        throw not_fast{};
                ws();
                expect(':');
                ws();
                m.value = scalar();
                inner_.push_back(m);
            } else
                elements_.push_back(scalar());
            ws();
            if (peek(',')) {
                ++p_;
                continue;
            }
            expect(object ? '}' : ']');
            break;
        }
        v.size = (object ? inner_.size() : elements_.size()) - v.first;
        if (object && v.size > 64)
            throw not_fast{};
        return v;
    }

    fast_value scalar() {
        fast_value v;
        if (p_ == end_)
            throw not_fast{};
        switch (*p_) {
        case '"':
            v.kind = fast_value::type::string;
            v.s = string_value();
            return v;
        case 't':
            literal("true");
            v.kind = fast_value::type::boolean;
            v.b = true;
            return v;
        case 'f':
            literal("false");
            v.kind = fast_value::type::boolean;
            return v;
        case 'n':
            literal("null");
            return v;
        default:
            return number();
        }
    }

    void literal(std::string_view word) {
        if (static_cast<std::size_t>(end_ - p_) < word.size() ||
            std::string_view(p_, word.size()) != word)
            throw not_fast{};
        p_ += word.size();
    }

    // A number by JSON's grammar, typed as nlohmann types it: an integer literal that fits is an
    // integer (unsigned when not negative), anything else a double. A conversion from_chars
    // cannot make exactly (overflow, underflow) is left to nlohmann.
    fast_value number() {
        const char* from = p_;
        const auto digit = [&] { return p_ != end_ && *p_ >= '0' && *p_ <= '9'; };
        if (peek('-'))
            ++p_;
        if (peek('0'))
            ++p_;
        else if (digit())
            while (digit())
                ++p_;
        else
            throw not_fast{};
        bool integral = true;
        if (peek('.')) {
            integral = false;
            ++p_;
            if (!digit())
                throw not_fast{};
            while (digit())
                ++p_;
        }
        if (peek('e') || peek('E')) {
            integral = false;
            ++p_;
            if (peek('+') || peek('-'))
                ++p_;
            if (!digit())
                throw not_fast{};
            while (digit())
                ++p_;
        }
        fast_value v;
        if (integral) {
            if (*from == '-') {
                v.kind = fast_value::type::integer;
                if (std::from_chars(from, p_, v.i).ec == std::errc{})
                    return v;
            } else {
                v.kind = fast_value::type::unsigned_integer;
                if (std::from_chars(from, p_, v.u).ec == std::errc{})
                    return v;
            }
        }
        v.kind = fast_value::type::floating;
        const auto r = std::from_chars(from, p_, v.d);
        if (r.ec != std::errc{} || r.ptr != p_)
            throw not_fast{};
        return v;
    }

    // A string at the cursor: a view of the text where it has no escape, else decoded into
    // `decoded_`. Control characters, invalid UTF-8 and lone surrogates are left to nlohmann.
    std::string_view string_value() {
        expect('"');
        const char* from = p_;
        bool plain = true, ascii = true;
        while (p_ != end_ && *p_ != '"') {
            const auto c = static_cast<unsigned char>(*p_);
            if (c < 0x20)
                throw not_fast{};
            if (c >= 0x80)
                ascii = false;
            if (c == '\\') {
                plain = false;
                ++p_;
                if (p_ == end_)
                    throw not_fast{};
            }
            ++p_;
        }
        if (p_ == end_)
            throw not_fast{};
        const std::string_view raw(from, static_cast<std::size_t>(p_ - from));
        ++p_;
        if (!ascii && ascn::detail::first_invalid_utf8(raw) != raw.size())
            throw not_fast{};
        if (plain)
            return raw;
        return decoded_.emplace_back(unescape(raw));
    }

    static unsigned hex4(std::string_view s, std::size_t at) {
        if (at + 4 > s.size())
            throw not_fast{};
        unsigned v = 0;
        for (std::size_t k = at; k < at + 4; ++k) {
            const char c = s[k];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= static_cast<unsigned>(c - 'A' + 10);
            else
                throw not_fast{};
        }
        return v;
    }

    static std::string unescape(std::string_view raw) {
        std::string out;
        out.reserve(raw.size());
        for (std::size_t k = 0; k < raw.size(); ++k) {
            if (raw[k] != '\\') {
                out += raw[k];
                continue;
            }
            switch (raw[++k]) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = hex4(raw, k + 1);
                k += 4;
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    throw not_fast{};
                if (cp >= 0xD800 && cp <= 0xDBFF) { // a high surrogate: its pair must follow
                    if (k + 2 >= raw.size() || raw[k + 1] != '\\' || raw[k + 2] != 'u')
                        throw not_fast{};
                    const unsigned low = hex4(raw, k + 3);
                    if (low < 0xDC00 || low > 0xDFFF)
                        throw not_fast{};
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    k += 6;
                }
                if (cp < 0x80)
                    out += static_cast<char>(cp);
                else if (cp < 0x800) {
                    out += static_cast<char>(0xC0 | (cp >> 6));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                } else if (cp < 0x10000) {
                    out += static_cast<char>(0xE0 | (cp >> 12));
                    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                } else {
                    out += static_cast<char>(0xF0 | (cp >> 18));
                    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                }
                break;
            }
            default:
                throw not_fast{};
            }
        }
        return out;
    }

    // Past one value of any shape, strings and brackets matched (not validated: the member's
    // text is then parsed by nlohmann).
    void skip_value() {
        std::size_t depth = 0;
        do {
            ws();
            if (p_ == end_)
                throw not_fast{};
            const char c = *p_;
            if (c == '"') {
                for (++p_; p_ != end_ && *p_ != '"'; ++p_)
                    if (*p_ == '\\' && ++p_ == end_)
                        throw not_fast{};
                expect('"');
            } else if (c == '{' || c == '[') {
                ++depth;
                ++p_;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    throw not_fast{};
                --depth;
                ++p_;
            } else if (c == ',' || c == ':') {
                if (depth == 0)
                    throw not_fast{};
                ++p_;
            } else
                while (p_ != end_ && *p_ != ',' && *p_ != '}' && *p_ != ']' && *p_ != ' ' &&
                       *p_ != '\n' && *p_ != '\r' && *p_ != '\t' && *p_ != ':')
                    ++p_;
        } while (depth > 0);
    }

    block_source source_;        // empty: the text was given whole
    std::size_t block_ = 0;      // bytes read at a time from `source_`
    std::vector<char> buffer_;   // the text being read, from `source_`
    std::uint64_t consumed_ = 0; // bytes before `base_`
    bool eof_ = true;            // the buffer holds the rest of the input
    const char* base_ = nullptr; // the start of the text or buffer
    const char* p_ = nullptr;    // the cursor
    const char* end_ = nullptr;  // the end of the text or of what the buffer holds
    std::vector<fast_member> members_, inner_;
    std::vector<fast_value> elements_;
    std::deque<std::string> decoded_;
    fast_value item_;
};

} // namespace ascn::io::detail

#endif // ASCN_IO_JSON_ITEMS_HPP

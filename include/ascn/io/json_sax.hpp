// SPDX-License-Identifier: MIT
/// \file
/// Parsing JSON text for the readers: nlohmann's parser behind a SAX handler that refuses a key
/// given twice in one object and can hand the items of the top-level arrays to the reader one
/// at a time, as each ends, so that a document of millions of nodes is never held whole
/// (`ascn::io::read_json` streams its `nodes` and `links` this way). Errors are
/// `ascn::parse_error`s naming the file, with the line and column of a syntax error.
/// Implementation detail of ascn/io/json.hpp and the tool; not a public interface.
#ifndef ASCN_IO_JSON_SAX_HPP
#define ASCN_IO_JSON_SAX_HPP

#include "ascn/error.hpp"
#include "ascn/io/common.hpp"
#include "ascn/progress.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace ascn::io::detail {

/// A JSON value as an error message shows it: a scalar as JSON writes it, cut after 80 bytes
/// (at a character's start), an array or object by its size: never the whole of a value that
/// may be large or nested a million deep (dumping it would recurse that deep).
inline std::string shown(const nlohmann::json& v) {
    if (v.is_array())
        return "an array of " + std::to_string(v.size()) + (v.size() == 1 ? " item" : " items");
    if (v.is_object())
        return "an object of " + std::to_string(v.size()) +
               (v.size() == 1 ? " member" : " members");
    std::string text = v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text.size() > 80) {
        std::size_t cut = 80;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;
        text = text.substr(0, cut) + "...";
    }
    return text;
}

/// Receives the items of a document's top-level arrays as they end (see
/// `checked_document_builder`).
class json_item_sink {
public:
    /// An item of the top-level array `member` ended: it is `array.back()`, at `index`. Take it
    /// (and `pop_back` it, so the document does not keep it) or leave it where it is.
    virtual void item(const std::string& member, std::size_t index, nlohmann::json& array) = 0;
    /// The value of the top-level member `member` ended (whatever its type).
    virtual void member_ended(const std::string& member, nlohmann::json& value) = 0;

protected:
    ~json_item_sink() = default;
};

/// nlohmann's own document builder, behind a SAX handler that also finds a key given twice in
/// one object (the builder would keep the last value silently): it tracks where it is, as a
/// JSON pointer, and the keys of each open object (a short list searched in place, a hash set
/// past 16 keys, so that no object costs quadratic time). nlohmann's callback parser would do
/// the same 25 times slower; this costs a fraction over a plain parse. With a sink, the items
/// of the top-level object's arrays go to the sink as each ends.
class checked_document_builder {
public:
    using json = nlohmann::json;
    checked_document_builder(json& doc, const std::string& file, json_item_sink* sink = nullptr)
        : dom_(doc)
        , root_(&doc)
        , file_(&file)
        , sink_(sink) {}

    bool null() { return ended(dom_.null()); }
    bool boolean(bool v) { return ended(dom_.boolean(v)); }
    bool number_integer(json::number_integer_t v) { return ended(dom_.number_integer(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return ended(dom_.number_unsigned(v)); }
    bool number_float(json::number_float_t v, const json::string_t& s) {
        return ended(dom_.number_float(v, s));
    }
    bool string(json::string_t& v) { return ended(dom_.string(v)); }
    bool binary(json::binary_t& v) { return ended(dom_.binary(v)); }
    bool start_object(std::size_t n) {
        open(true);
        return dom_.start_object(n);
    }
    bool key(json::string_t& k) {
        check(k);
        return dom_.key(k);
    }
    bool end_object() {
        --depth_;
        return ended(dom_.end_object());
    }
    bool start_array(std::size_t n) {
        open(false);
        return dom_.start_array(n);
    }
    bool end_array() {
        --depth_;
        return ended(dom_.end_array());
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& e) {
        return dom_.parse_error(position, token, e); // throws e, as a plain parse does
    }

private:
    struct frame {
        bool object = false;
        std::vector<std::string> few;         // the keys so far, while there are few
        std::unordered_set<std::string> many; // then all of them
        std::string key;                      // the current key (objects)
        std::size_t index = 0;                // the current item (arrays)
    };
    // Frames are kept when closed and reused, with their lists' capacity: no allocation per
    // object once the first few are read.
    void open(bool object) {
        if (depth_ == open_.size())
            open_.emplace_back();
        auto& f = open_[depth_++];
        f.object = object;
        f.few.clear();
        if (!f.many.empty())
            f.many.clear();
        f.key.clear();
        f.index = 0;
    }
    // A value ended (the builder has placed it): the next item of an array; an item of a
    // top-level array, or a top-level member, goes to the sink.
    bool ended(bool result) {
        if (depth_ == 0)
            return result;
        auto& f = open_[depth_ - 1];
        if (sink_ && open_[0].object) {
            if (depth_ == 2 && !f.object)
                sink_->item(open_[0].key, f.index, (*root_)[open_[0].key]);
            else if (depth_ == 1)
                sink_->member_ended(f.key, (*root_)[f.key]);
        }
        if (!f.object)
            ++f.index;
        return result;
    }
    void check(const std::string& k) {
        auto& f = open_[depth_ - 1];
        bool seen;
        if (f.many.empty() && f.few.size() < 16) {
            seen = std::find(f.few.begin(), f.few.end(), k) != f.few.end();
            if (!seen)
                f.few.push_back(k);
        } else {
            if (f.many.empty())
                f.many.insert(f.few.begin(), f.few.end());
            seen = !f.many.insert(k).second;
        }
        if (seen) {
            std::string what = "key \"";
            what.append(k).append("\" is given twice in the object at ");
            if (depth_ == 1)
                what.append("the top level");
            for (std::size_t i = 0; i + 1 < depth_; ++i)
                what.append(1, '/').append(open_[i].object ? open_[i].key
                                                           : std::to_string(open_[i].index));
            what.append(" (JSON readers disagree on which one counts: keep one)");
            throw ascn::parse_error(what, {.field = k, .file = *file_});
        }
        f.key = k;
    }
    nlohmann::detail::json_sax_dom_parser<json> dom_;
    json* root_;
    const std::string* file_;
    json_item_sink* sink_;
    std::vector<frame> open_; // open_[0, depth_) are the open objects and arrays, outermost first
    std::size_t depth_ = 0;
};

/// Text for nlohmann's lexer, its read position kept where the reader can see it (for
/// progress by bytes read).
struct tracked_input {
    using char_type = char;
    const char** current; // shared with the reader
    const char* end;
    std::char_traits<char>::int_type get_character() noexcept {
        if (*current != end)
            return std::char_traits<char>::to_int_type(*(*current)++);
        return std::char_traits<char>::eof();
    }
};

/// Parses JSON text into `doc` through `checked_document_builder` (with `sink`, if any), or
/// throws `parse_error` naming `file` (with the line and column of a syntax error; a
/// byte-order mark, a number too large for a double and a key given twice in one object are
/// errors too). `position`, if given, follows the bytes read.
inline void parse_json_text(std::string_view text, const std::string& file, nlohmann::json& doc,
                            json_item_sink* sink, const char** position = nullptr) {
    if (text.starts_with("\xEF\xBB\xBF"))
        throw parse_error("file starts with a UTF-8 byte-order mark; save it without one",
                          {{}, {}, {}, file, 1, 1});
    const char* cursor = text.data();
    try {
        checked_document_builder builder(doc, file, sink);
        nlohmann::detail::parser<nlohmann::json, tracked_input>(
            tracked_input{position ? position : &cursor, text.data() + text.size()})
            .sax_parse(&builder, true);
    } catch (const nlohmann::json::parse_error& e) {
        const auto [line, column] = detail::text_positions(text).at(e.byte == 0 ? 0 : e.byte - 1);
        std::string what = e.what();
        if (auto at = what.find("; last read"); at != std::string::npos)
            what = what.substr(0, at);
        if (auto at = what.find("] "); at != std::string::npos)
            what = what.substr(at + 2);
        throw parse_error("malformed JSON: " + what, {{}, {}, {}, file, line, column});
    } catch (const nlohmann::json::exception& e) {
        // For example a number too large for a double (out_of_range 406); no position is kept.
        std::string what = e.what();
        if (auto at = what.find("] "); at != std::string::npos)
            what = what.substr(at + 2);
        throw parse_error("malformed JSON: " + what, {{}, {}, {}, file, 0, 0});
    }
}

/// Parses JSON text whole (see the overload above).
inline nlohmann::json parse_json_text(std::string_view text, const std::string& file) {
    nlohmann::json doc;
    parse_json_text(text, file, doc, nullptr);
    return doc;
}

} // namespace ascn::io::detail

#endif // ASCN_IO_JSON_SAX_HPP

// SPDX-License-Identifier: MIT
/// \file
/// A small RFC 4180 CSV reader (internal): quoted fields, doubled quotes, embedded newlines,
/// LF or CRLF line ends. Used for the embedded dataset, which must not depend on more than the
/// standard library. Errors are `parse_error`s with file, line and column.
#ifndef ASCN_DETAIL_CSV_HPP
#define ASCN_DETAIL_CSV_HPP

#include "ascn/detail/text.hpp"
#include "ascn/error.hpp"
#include "ascn/focus_area.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ascn::detail {

/// One parsed CSV table: the header, the rows, and the line each row starts on.
struct csv_table {
    std::string file;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> lines;                ///< 1-based line of each row
    std::vector<std::vector<std::size_t>> columns; ///< 1-based column where each field starts

    /// Index of a column, or nullopt.
    [[nodiscard]] std::optional<std::size_t> column(std::string_view name) const {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name)
                return i;
        return std::nullopt;
    }
};

struct row_reader;

/// Parses `text` row by row: `on_row(const row_reader&)` is called for each row after the
/// header, the row held alone in a table (its `rows` has one row, reused), so that no table of
/// the whole file is ever built. Every row must have as many fields as the header; if
/// `expected_header` is not empty the header must equal it. Throws `parse_error` naming `file`,
/// line and column, as it reaches the problem (after the rows before it were handed over).
/// Returns the header.
template <class F>
std::vector<std::string> parse_csv_rows(std::string_view text, std::string_view file,
                                        const std::vector<std::string>& expected_header,
                                        F&& on_row);

/// Parses `text` whole (see `parse_csv_rows`).
inline csv_table parse_csv(std::string_view text, std::string_view file,
                           const std::vector<std::string>& expected_header = {});

/// Typed access to the fields of one row, with errors located at the row and column.
struct row_reader {
    const csv_table& table;
    std::size_t row;

    [[nodiscard]] const std::string& operator[](std::string_view column) const {
        return table.rows[row][*table.column(column)];
    }
    [[noreturn]] void fail(std::string_view column, const std::string& what) const {
        throw parse_error(what, {{},
                                 std::string(column),
                                 (*this)[column],
                                 table.file,
                                 table.lines[row],
                                 table.columns[row][*table.column(column)]});
    }
    [[nodiscard]] int integer(std::string_view column) const {
        const std::string& s = (*this)[column];
        int v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc{} || p != s.data() + s.size() || s.empty())
            fail(column, "expected an integer");
        return v;
    }
    [[nodiscard]] long long integer64(std::string_view column) const {
        const std::string& s = (*this)[column];
        long long v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc{} || p != s.data() + s.size() || s.empty())
            fail(column, "expected an integer");
        return v;
    }
    [[nodiscard]] std::optional<int> optional_integer(std::string_view column) const {
        if ((*this)[column].empty())
            return std::nullopt;
        return integer(column);
    }
    [[nodiscard]] double number(std::string_view column) const {
        const std::string& s = (*this)[column];
        double v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc::result_out_of_range && p == s.data() + s.size()) {
            // Too small for a double (1e-400) rounds to 0 or a subnormal, as the JSON reader
            // does; too large is an error.
            const double x = std::strtod(s.c_str(), nullptr);
            if (std::abs(x) < 1)
                return x;
            fail(column, "number out of range");
        }
        if (ec != std::errc{} || p != s.data() + s.size() || s.empty())
            fail(column, "expected a number");
        return v;
    }
    [[nodiscard]] bool boolean(std::string_view column) const {
        const std::string& s = (*this)[column];
        if (s != "true" && s != "false")
            fail(column, "expected true or false");
        return s == "true";
    }
    [[nodiscard]] std::vector<std::string> list(std::string_view column) const {
        return split_list((*this)[column]);
    }
    [[nodiscard]] focus_set focus(std::string_view column) const {
        auto f = parse_focus_set((*this)[column]);
        if (!f)
            fail(column, "expected focus areas separated by ';'");
        return *f;
    }
};

template <class F>
std::vector<std::string> parse_csv_rows(std::string_view text, std::string_view file,
                                        const std::vector<std::string>& expected_header,
                                        F&& on_row) {
    csv_table table;
    table.file = std::string(file);
    table.rows.resize(1);
    table.lines.resize(1);
    table.columns.resize(1);
    auto fail = [&](const std::string& what, std::size_t line, std::size_t column,
                    std::string field = {}) {
        throw parse_error(what, {{}, std::move(field), {}, std::string(file), line, column});
    };
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        fail("file starts with a UTF-8 byte-order mark; save it without one", 1, 1);
    if (text.empty())
        fail("file is empty (expected a header line)", 1, 1);
    // Text must be valid UTF-8 (what every writer of ascn produces and JSON requires).
    if (const auto bad = first_invalid_utf8(text); bad != text.size()) {
        const auto before = text.substr(0, bad);
        const auto line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
        const auto last = before.rfind('\n');
        // Columns count characters here (a multi-byte sequence is one column), as before.
        std::size_t column = 1;
        for (std::size_t k = last == std::string_view::npos ? 0 : last + 1; k < bad; ++k)
            if ((static_cast<unsigned char>(text[k]) & 0xC0) != 0x80)
                ++column;
        fail("text is not valid UTF-8", line + 1, column);
    }

    std::size_t i = 0, line = 1, column = 1;
    std::vector<std::string> record;
    std::vector<std::size_t> record_columns;
    std::string field;
    std::size_t record_line = 1;
    bool header_done = false;

    auto end_record = [&] {
        record.push_back(std::move(field));
        field.clear();
        if (!header_done) {
            table.header = std::move(record);
            header_done = true;
            if (!expected_header.empty() && table.header != expected_header) {
                std::string want;
                for (const auto& h : expected_header)
                    want += (want.empty() ? "" : ",") + h;
                fail("unexpected header; expected \"" + want + "\"", 1, 1);
            }
        } else {
            if (record.size() != table.header.size())
                fail("row has " + std::to_string(record.size()) + " fields, the header has " +
                         std::to_string(table.header.size()),
                     record_line, 1);
            // The row alone in the table; the vectors swapped, not reallocated, row by row.
            std::swap(table.rows[0], record);
            std::swap(table.columns[0], record_columns);
            table.lines[0] = record_line;
            on_row(row_reader{table, 0});
        }
        record.clear();
        record_columns.clear();
    };

    while (i < text.size()) {
        // Start of a field.
        record_columns.push_back(column);
        if (text[i] == '"') {
            const std::size_t open_line = line, open_column = column;
            ++i;
            ++column;
            for (;;) {
                if (i >= text.size())
                    fail("quoted field is not closed", open_line, open_column);
                const char c = text[i];
                if (c == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        column += 2;
                        continue;
                    }
                    ++i;
                    ++column;
                    break;
                }
                if (c == '\n') {
                    ++line;
                    column = 1;
                } else
                    ++column;
                field += c;
                ++i;
            }
            if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                fail("unexpected character after a closing quote", line, column);
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                if (text[i] == '"')
                    fail("quote inside an unquoted field (quote the whole field)", line, column);
                field += text[i];
                ++i;
                ++column;
            }
        }
        if (i >= text.size()) {
            end_record();
            break;
        }
        if (text[i] == ',') {
            record.push_back(std::move(field));
            field.clear();
            ++i;
            ++column;
            continue;
        }
        if (text[i] == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n')
                fail("carriage return not followed by a line feed", line, column);
            ++i;
        }
        // '\n': end of record
        ++i;
        end_record();
        ++line;
        column = 1;
        record_line = line;
        if (i < text.size() && (text[i] == '\n' || text[i] == '\r'))
            fail("empty line", line, 1);
    }
    if (!record.empty()) { // the text ended right after a comma: one more, empty, field
        record_columns.push_back(column);
        end_record();
    }
    return std::move(table.header);
}

inline csv_table parse_csv(std::string_view text, std::string_view file,
                           const std::vector<std::string>& expected_header) {
    csv_table table;
    table.file = std::string(file);
    table.header = parse_csv_rows(text, file, expected_header, [&](const row_reader& r) {
        table.rows.push_back(r.table.rows[0]);
        table.lines.push_back(r.table.lines[0]);
        table.columns.push_back(r.table.columns[0]);
    });
    return table;
}

template <class F>
void for_rows(const csv_table& t, F f) {
    for (std::size_t i = 0; i < t.rows.size(); ++i)
        f(row_reader{t, i});
}

/// Runs `f`; an `ascn::error` from the network is re-thrown (same type) located at the row.
/// The column of a row that an error's field refers to: the field itself, or the column behind
/// a model field name (`location.lat` -> `lat`, `profile[civic]` -> `civic`), or, for an
/// unknown id, the column holding that id.
inline std::optional<std::size_t> column_of(const row_reader& r, const error_context& c) {
    const auto& t = r.table;
    if (c.field.empty())
        return std::nullopt;
    if (auto col = t.column(c.field))
        return col;
    if (c.field == "location.lat")
        return t.column("lat");
    if (c.field == "location.lon")
        return t.column("lon");
    if (c.field.starts_with("profile[") && c.field.ends_with("]"))
        return t.column(c.field.substr(8, c.field.size() - 9));
    for (std::size_t i = 0; i < t.header.size(); ++i)
        if (!c.id.empty() && t.rows[r.row][i] == c.id)
            return i;
    return std::nullopt;
}

/// Runs `f`; an `ascn::error` it throws (from the network, say) is re-thrown, same type, located
/// at the row and the column of its field.
template <class F>
void at_row(const row_reader& r, F f) {
    try {
        f();
    } catch (error& e) {
        if (e.context().file.empty()) {
            const auto col = column_of(r, e.context());
            e.locate(r.table.file, r.table.lines[r.row], col ? r.table.columns[r.row][*col] : 0);
        }
        throw;
    }
}

} // namespace ascn::detail

#endif // ASCN_DETAIL_CSV_HPP

// SPDX-License-Identifier: MIT
/// \file
/// Side tables: records that belong to a network as a whole rather than to a vertex or an
/// edge (the ASCN's events, its chairs and shepherds, its officials, its sources), carried by
/// the writers alongside the graph. Node-link JSON holds each as a graph attribute (an array
/// of objects, or its CSV text in the flat layout), GraphML as a graph attribute holding its
/// CSV text; `write_tables` writes them as CSV files of their own (`<name>.csv`), for the CSV
/// export and beside a GEXF or DOT file, formats with no place for graph data (GEXF's schema
/// allows none; DOT is a drawing). docs/formats.md section 1.8.
#ifndef ASCN_IO_TABLE_HPP
#define ASCN_IO_TABLE_HPP

#include "ascn/error.hpp"
#include "ascn/io/common.hpp"
#include "ascn/io/csv.hpp"

#include <charconv>
#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace ascn::io {

/// What a column of a side table holds, for the writers that type their values (JSON).
enum class column_type {
    text,    ///< a string
    integer, ///< a decimal integer
    boolean, ///< `true` or `false`
    list,    ///< items joined with `;`
};

/// A column of a side table.
struct table_column {
    std::string name;                     ///< its name, as in the CSV header
    column_type type = column_type::text; ///< what its cells hold
};

/// A side table: a name (a graph attribute's name, a file's stem), its columns and its rows,
/// every cell as text (an empty cell: no value). Check one with `validate`.
struct side_table {
    std::string name;                           ///< e.g. "events"
    std::vector<table_column> columns;          ///< in order
    std::vector<std::vector<std::string>> rows; ///< one cell per column each
};

/// Throws `value_error` naming the table, row and column if the name is not a lower-case
/// identifier (`[a-z][a-z0-9_]*`: it becomes a file name and a graph attribute), a row has not
/// one cell per column, or a cell does not hold what its column's type says.
inline void validate(const side_table& t) {
    const auto fail = [&](std::string what, std::string field = {}, std::string value = {}) {
        throw value_error("side table \"" + t.name + "\": " + what,
                          {.id = t.name, .field = std::move(field), .value = std::move(value)});
    };
    if (t.name.empty() || t.name[0] < 'a' || t.name[0] > 'z')
        fail("expected a name of lower-case letters, digits and _ that starts with a letter");
    for (char c : t.name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            fail("expected a name of lower-case letters, digits and _ that starts with a letter");
    if (t.columns.empty())
        fail("expected at least one column");
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        const std::string where = "row " + std::to_string(r + 1);
        if (row.size() != t.columns.size())
            fail(where + ": expected " + std::to_string(t.columns.size()) + " cells, got " +
                 std::to_string(row.size()));
        for (std::size_t c = 0; c < row.size(); ++c) {
            const auto& cell = row[c];
            const auto& col = t.columns[c];
            if (cell.empty())
                continue;
            if (col.type == column_type::integer) {
                long long v = 0;
                const char* end = cell.data() + cell.size();
                auto [p, ec] = std::from_chars(cell.data(), end, v);
                if (ec != std::errc{} || p != end)
                    fail(where + ": expected an integer", col.name, cell);
            } else if (col.type == column_type::boolean && cell != "true" && cell != "false") {
                fail(where + ": expected true or false", col.name, cell);
            } else if (col.type == column_type::list) {
                for (const auto& item : detail::split_list(cell))
                    if (item.empty())
                        fail(where + ": expected a list without empty items", col.name, cell);
            }
        }
    }
}

/// The table as CSV text (RFC 4180, a header row, `\n` line ends): what the CSV export writes
/// as `<name>.csv`, and what GraphML, DOT and flat JSON hold in the table's graph attribute.
[[nodiscard]] inline std::string to_csv(const side_table& t) {
    validate(t);
    std::string out;
    std::vector<std::string> header;
    header.reserve(t.columns.size());
    for (const auto& c : t.columns)
        header.push_back(c.name);
    detail::csv_row(out, header);
    for (const auto& row : t.rows)
        detail::csv_row(out, row);
    return out;
}

/// Writes each table as `<folder>/<name>.csv`, all or none (`write_files`), creating the
/// folder. Throws `value_error` for a table `validate` rejects or two tables of one name,
/// `io_error` naming the file if one cannot be written.
inline void write_tables(const std::string& folder, std::span<const side_table> tables) {
    std::vector<std::string> texts;
    std::vector<std::string> names;
    texts.reserve(tables.size());
    for (const auto& t : tables) {
        for (const auto& n : names)
            if (n == t.name)
                throw value_error("two side tables are named \"" + t.name + "\"", {.id = t.name});
        names.push_back(t.name);
        texts.push_back(to_csv(t));
    }
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw io_error("cannot create folder: " + ec.message(), {.file = folder});
    std::vector<std::pair<std::string, std::string_view>> files;
    for (std::size_t i = 0; i < tables.size(); ++i)
        files.emplace_back((std::filesystem::path(folder) / (names[i] + ".csv")).string(),
                           texts[i]);
    write_files(files);
}

} // namespace ascn::io

#endif // ASCN_IO_TABLE_HPP

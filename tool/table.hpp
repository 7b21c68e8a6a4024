// SPDX-License-Identifier: MIT
// A plain-text table for the terminal: columns padded to their widest cell (in UTF-8 code
// points), numbers right-aligned.
#ifndef ASCN_TOOL_TABLE_HPP
#define ASCN_TOOL_TABLE_HPP

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ascn_tool {

class table {
public:
    explicit table(std::vector<std::string> header)
        : header_(std::move(header)) {}

    /// Adds a row; control characters in a cell (an id with an escape sequence, a line feed in
    /// a name) are shown as `\xNN`, so they can neither reach the terminal nor break the layout.
    void add(std::vector<std::string> row) {
        for (auto& cell : row)
            if (std::any_of(cell.begin(), cell.end(), [](char c) {
                    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
                })) {
                std::string safe;
                for (const char c : cell) {
                    const auto u = static_cast<unsigned char>(c);
                    if (u < 0x20 || u == 0x7F) {
                        static constexpr char hex[] = "0123456789abcdef";
                        safe += "\\x";
                        safe += hex[u >> 4];
                        safe += hex[u & 15];
                    } else
                        safe += c;
                }
                cell = std::move(safe);
            }
        rows_.push_back(std::move(row));
    }

    void print(std::ostream& out) const {
        std::vector<std::size_t> width(header_.size(), 0);
        std::vector<bool> numeric(header_.size(), true);
        auto measure = [&](const std::vector<std::string>& row, bool is_header) {
            for (std::size_t i = 0; i < row.size() && i < width.size(); ++i) {
                width[i] = std::max(width[i], display_width(row[i]));
                if (!is_header && !is_number(row[i]))
                    numeric[i] = false;
            }
        };
        measure(header_, true);
        for (const auto& r : rows_)
            measure(r, false);
        auto line = [&](const std::vector<std::string>& row) {
            std::string text;
            for (std::size_t i = 0; i < width.size(); ++i) {
                const std::string cell = i < row.size() ? row[i] : std::string();
                const std::string pad(width[i] - display_width(cell), ' ');
                if (i != 0)
                    text += "  ";
                text += numeric[i] ? pad + cell : cell + pad;
            }
            while (!text.empty() && text.back() == ' ')
                text.pop_back();
            out << text << '\n';
        };
        line(header_);
        std::vector<std::string> rule;
        for (auto w : width)
            rule.emplace_back(w, '-');
        line(rule);
        for (const auto& r : rows_)
            line(r);
    }

private:
    static std::size_t display_width(std::string_view s) {
        return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
    }
    static bool is_number(std::string_view s) {
        return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == '.' || c == '-';
        });
    }
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> rows_;
};

} // namespace ascn_tool

#endif // ASCN_TOOL_TABLE_HPP

// SPDX-License-Identifier: MIT
// A small document model for `ascn report`: headings, paragraphs, lists, tables and pictures,
// rendered once as Markdown and once as a self-contained HTML page (pictures inlined), so the
// two never disagree.
#ifndef ASCN_TOOL_DOCUMENT_HPP
#define ASCN_TOOL_DOCUMENT_HPP

#include <ascn/io/common.hpp>

#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ascn_tool {

/// Escapes `s` for HTML, then turns `code` spans into <code> (the only inline markup the report
/// uses).
inline std::string inline_html(std::string_view s) {
    std::string out;
    bool in_code = false;
    for (char c : s) {
        if (c == '`') {
            out += in_code ? "</code>" : "<code>";
            in_code = !in_code;
        } else
            out += ascn::io::xml_escape(std::string_view(&c, 1));
    }
    if (in_code)
        out += "</code>";
    return out;
}

/// `svg` without its XML declaration and DOCTYPE, so that it can sit inside HTML.
inline std::string strip_prolog(const std::string& svg) {
    const auto at = svg.find("<svg");
    return at == std::string::npos ? svg : svg.substr(at);
}

struct heading {
    int level = 2;
    std::string text;
};
struct paragraph {
    std::string text;
};
struct bullet_list {
    std::vector<std::string> items;
};
struct data_table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<bool> right; // right-aligned columns (numbers)
};
struct picture {
    std::string file; // relative to the report folder
    std::string alt;
    std::string svg;   // the picture itself, inlined in HTML
    bool wide = false; // shown at its own size (scrolling sideways), not shrunk to the page
};

class document {
public:
    using block = std::variant<heading, paragraph, bullet_list, data_table, picture>;

    void add(block b) { blocks_.push_back(std::move(b)); }
    /// Appends `other`'s blocks after skipping its first `skip`.
    void append(const document& other, std::size_t skip = 0) {
        for (std::size_t i = skip; i < other.blocks_.size(); ++i)
            blocks_.push_back(other.blocks_[i]);
    }

    [[nodiscard]] std::string markdown() const {
        std::ostringstream out;
        for (const auto& b : blocks_) {
            if (const auto* h = std::get_if<heading>(&b))
                out << std::string(static_cast<std::size_t>(h->level), '#') << ' ' << h->text
                    << "\n\n";
            else if (const auto* p = std::get_if<paragraph>(&b))
                out << p->text << "\n\n";
            else if (const auto* l = std::get_if<bullet_list>(&b)) {
                for (const auto& i : l->items)
                    out << "- " << i << '\n';
                out << '\n';
            } else if (const auto* t = std::get_if<data_table>(&b)) {
                auto row = [&](const std::vector<std::string>& cells) {
                    out << '|';
                    for (const auto& c : cells)
                        out << ' ' << md_cell(c) << " |";
                    out << '\n';
                };
                row(t->header);
                out << '|';
                for (std::size_t i = 0; i < t->header.size(); ++i)
                    out << (i < t->right.size() && t->right[i] ? " ---: |" : " --- |");
                out << '\n';
                for (const auto& r : t->rows)
                    row(r);
                out << '\n';
            } else if (const auto* pic = std::get_if<picture>(&b))
                out << "![" << pic->alt << "](" << pic->file << ")\n\n";
        }
        return out.str();
    }

    [[nodiscard]] std::string html(std::string_view title) const {
        std::ostringstream out;
        out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
            << ascn::io::xml_escape(title) << "</title>\n<style>\n"
            << "body{font-family:system-ui,'DejaVu Sans',Arial,sans-serif;max-width:1100px;"
               "margin:2em auto;padding:0 1em;line-height:1.45;color:#222}\n"
               "table{border-collapse:collapse;margin:0.5em 0 1.5em}\n"
               "th,td{border:1px solid #ccc;padding:0.25em 0.6em;vertical-align:top}\n"
               "th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
               "figure{margin:1em 0;overflow-x:auto}figure svg{max-width:100%;height:auto}\n"
               "figure.wide svg{max-width:none}\n"
               "code{background:#f5f5f5;padding:0 0.2em}\n"
            << "</style>\n</head>\n<body>\n";
        for (const auto& b : blocks_) {
            if (const auto* h = std::get_if<heading>(&b))
                out << "<h" << h->level << '>' << inline_html(h->text) << "</h" << h->level
                    << ">\n";
            else if (const auto* p = std::get_if<paragraph>(&b))
                out << "<p>" << inline_html(p->text) << "</p>\n";
            else if (const auto* l = std::get_if<bullet_list>(&b)) {
                out << "<ul>\n";
                for (const auto& i : l->items)
                    out << "<li>" << inline_html(i) << "</li>\n";
                out << "</ul>\n";
            } else if (const auto* t = std::get_if<data_table>(&b)) {
                out << "<table>\n<tr>";
                for (const auto& c : t->header)
                    out << "<th>" << inline_html(c) << "</th>";
                out << "</tr>\n";
                for (const auto& r : t->rows) {
                    out << "<tr>";
                    for (std::size_t i = 0; i < r.size(); ++i)
                        out << (i < t->right.size() && t->right[i] ? "<td class=\"n\">" : "<td>")
                            << inline_html(r[i]) << "</td>";
                    out << "</tr>\n";
                }
                out << "</table>\n";
            } else if (const auto* pic = std::get_if<picture>(&b)) {
                out << (pic->wide ? "<figure class=\"wide\">\n" : "<figure>\n");
                if (pic->svg.empty())
                    out << "<img src=\"" << ascn::io::xml_escape(pic->file) << "\" alt=\""
                        << ascn::io::xml_escape(pic->alt) << "\">\n";
                else
                    out << strip_prolog(pic->svg) << '\n';
                out << "<figcaption>" << ascn::io::xml_escape(pic->alt)
                    << "</figcaption>\n</figure>\n";
            }
        }
        out << "</body>\n</html>\n";
        return out.str();
    }

private:
    static std::string md_cell(const std::string& s) {
        std::string out;
        for (char c : s)
            out += c == '|' ? std::string("\\|") : std::string(1, c);
        return out;
    }
    std::vector<block> blocks_;
};

} // namespace ascn_tool

#endif // ASCN_TOOL_DOCUMENT_HPP

// SPDX-License-Identifier: MIT
#include "page.hpp"

#include <report_assets.hpp>

#include <ascn/io/common.hpp>

#include <cctype>
#include <set>
#include <sstream>

namespace ascn_tool {
namespace {

/// An id for a heading: lower-case letters and digits, runs of anything else as one '-'.
std::string slug(std::string_view text) {
    std::string out;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 128)
            out += static_cast<char>(std::tolower(u));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? std::string("section") : out;
}

/// `inline_html`, and the one document reference the page holds itself (docs/data-sources.md,
/// reproduced as the Sources section) as a link.
std::string inline_html(std::string_view s, bool link_sources) {
    std::string out = ascn_tool::inline_html(s);
    constexpr std::string_view ref = "docs/data-sources.md";
    if (const auto at = out.find(ref); link_sources && at != std::string::npos)
        out.replace(at, ref.size(),
                    "<a href=\"#sources\">the sources below</a> (" + std::string(ref) + ")");
    return out;
}

/// Source keys ("S1;S4;common") with each key the page lists linked to its entry.
std::string source_links(std::string_view keys, const std::set<std::string, std::less<>>& known) {
    std::string out;
    std::size_t at = 0;
    while (at <= keys.size()) {
        auto end = keys.find(';', at);
        if (end == std::string_view::npos)
            end = keys.size();
        const auto key = keys.substr(at, end - at);
        if (!key.empty()) {
            if (!out.empty())
                out += ", ";
            out += known.contains(key)
                       ? "<a href=\"#src-" + html_escape(key) + "\">" + html_escape(key) + "</a>"
                       : html_escape(key);
        }
        at = end + 1;
    }
    return out;
}

} // namespace

std::string html_escape(std::string_view s) {
    return ascn::io::xml_escape(s);
}

std::string script_json(const nlohmann::ordered_json& j) {
    const std::string text =
        j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if (text[i] == '<' && i + 1 < text.size() && text[i + 1] == '/')
            out += '\\';
    }
    return out;
}

std::string report_page::html(std::string_view title, const std::vector<page_source>& sources,
                              const nlohmann::ordered_json& data) const {
    std::set<std::string, std::less<>> known;
    for (const auto& s : sources)
        known.insert(s.key);
    const bool link_sources = !sources.empty();
    std::ostringstream body, toc;
    // The ids the page's own parts use, so that no heading takes one.
    std::set<std::string> ids{
        "toc",         "main",          "panel",      "search",      "search-results",
        "report-data", "sources",       "year",       "year-counts", "network-map",
        "map-title",   "show-partners", "year-charts"};
    auto unique_id = [&](std::string_view text) {
        std::string id = slug(text), base = id;
        for (int n = 2; !ids.insert(id).second; ++n)
            id = base + '-' + std::to_string(n);
        return id;
    };
    toc << "<ol>\n";
    bool open_sub = false;
    for (const auto& pb : page_) {
        if (const auto* raw = std::get_if<raw_html>(&pb)) {
            body << raw->html << '\n';
            continue;
        }
        const auto& b = std::get<document::block>(pb);
        if (const auto* h = std::get_if<heading>(&b)) {
            const auto id = unique_id(h->text);
            body << "<h" << h->level << " id=\"" << id << "\">" << inline_html(h->text, false)
                 << "</h" << h->level << ">\n";
            if (h->level == 2) {
                toc << (open_sub ? "</ol></li>\n" : "</li>\n") << "<li><a href=\"#" << id << "\">"
                    << inline_html(h->text, false) << "</a>";
                open_sub = false;
            } else if (h->level == 3) {
                toc << (open_sub ? "" : "<ol>") << "<li><a href=\"#" << id << "\">"
                    << inline_html(h->text, false) << "</a></li>";
                open_sub = true;
            }
        } else if (const auto* p = std::get_if<paragraph>(&b))
            body << "<p>" << inline_html(p->text, link_sources) << "</p>\n";
        else if (const auto* l = std::get_if<bullet_list>(&b)) {
            body << "<ul>\n";
            for (const auto& i : l->items)
                body << "<li>" << inline_html(i, link_sources) << "</li>\n";
            body << "</ul>\n";
        } else if (const auto* t = std::get_if<data_table>(&b)) {
            auto numeric = [&](std::size_t i) { return i < t->right.size() && t->right[i]; };
            body << "<div class=\"table\"><table class=\"sortable\">\n<thead><tr>";
            for (std::size_t i = 0; i < t->header.size(); ++i)
                body << (numeric(i) ? "<th class=\"n\">" : "<th>")
                     << inline_html(t->header[i], false) << "</th>";
            body << "</tr></thead>\n<tbody>\n";
            for (const auto& r : t->rows) {
                body << "<tr>";
                for (std::size_t i = 0; i < r.size(); ++i) {
                    body << (numeric(i) ? "<td class=\"n\">" : "<td>");
                    if (i < t->header.size() && t->header[i] == "source")
                        body << source_links(r[i], known);
                    else
                        body << inline_html(r[i], link_sources);
                    body << "</td>";
                }
                body << "</tr>\n";
            }
            body << "</tbody>\n</table></div>\n";
        } else if (const auto* pic = std::get_if<picture>(&b)) {
            body << "<figure class=\"picture\">\n"
                 << strip_prolog(pic->svg) << "\n<figcaption>" << html_escape(pic->alt)
                 << "</figcaption>\n</figure>\n";
        }
    }
    if (link_sources) {
        body << "<h2 id=\"sources\">Sources</h2>\n<p>The documents the data's source keys "
                "name (docs/data-sources.md describes how each was used).</p>\n"
                "<ol class=\"sources\">\n";
        for (const auto& s : sources) {
            body << "<li id=\"src-" << html_escape(s.key) << "\"><b>" << html_escape(s.key)
                 << "</b> " << html_escape(s.title);
            if (!s.where.empty()) {
                if (s.where.starts_with("http://") || s.where.starts_with("https://"))
                    body << " — <a href=\"" << html_escape(s.where) << "\">" << html_escape(s.where)
                         << "</a>";
                else
                    body << " — " << html_escape(s.where);
            }
            body << "</li>\n";
        }
        body << "</ol>\n";
        toc << (open_sub ? "</ol></li>\n" : "</li>\n") << "<li><a href=\"#sources\">Sources</a>";
        open_sub = false;
    }
    toc << (open_sub ? "</ol></li>\n" : "</li>\n") << "</ol>\n";
    std::string toc_text = toc.str();
    // The loop opens each entry by closing the one before: drop the first, empty close.
    toc_text.erase(toc_text.find("</li>\n"), 6);

    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"en\" class=\"no-js\">\n<head>\n<meta "
           "charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
           "initial-scale=1\">\n<title>"
        << html_escape(title) << "</title>\n<style>\n"
        << ascn_tool::assets::page_css << "</style>\n</head>\n<body>\n"
        << "<nav id=\"toc\" aria-label=\"Contents\">\n<div class=\"search js-only\"><label "
           "for=\"search\">Find a city</label><input id=\"search\" type=\"search\" "
           "autocomplete=\"off\" placeholder=\"name, id or alias\"><ul "
           "id=\"search-results\"></ul></div>\n<p class=\"toc-title\">Contents</p>\n"
        << toc_text << "</nav>\n<main id=\"main\">\n"
        << body.str() << "</main>\n"
        << "<aside id=\"panel\" hidden aria-live=\"polite\"></aside>\n"
        << "<script type=\"application/json\" id=\"report-data\">" << script_json(data)
        << "</script>\n<script>\n"
        << ascn_tool::assets::page_js << "</script>\n</body>\n</html>\n";
    return out.str();
}

} // namespace ascn_tool

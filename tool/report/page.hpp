// SPDX-License-Identifier: MIT
// The report as two texts from one sequence of blocks: report.md (the document model of
// ../document.hpp) and report.html, a page people explore. The page is one self-contained
// file: its style, its script and its data (the tool's JSON, in a <script
// type="application/json"> element) are written into it, and without JavaScript it reads as
// the static report: every table, picture and list is in the HTML itself.
#ifndef ASCN_TOOL_REPORT_PAGE_HPP
#define ASCN_TOOL_REPORT_PAGE_HPP

#include "../document.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ascn_tool {

/// HTML written into the page as it is (the page's own parts: the map, the mentor lists).
struct raw_html {
    std::string html;
};

/// A source document the page links source keys to ("S9" → its entry in the Sources section).
struct page_source {
    std::string key, title, where;
};

/// The report's blocks, each for both texts, for the Markdown only or for the page only.
class report_page {
public:
    using block = std::variant<document::block, raw_html>;

    /// A block for both the Markdown and the page.
    void add(const document::block& b) {
        md_.add(b);
        page_.emplace_back(b);
    }
    /// A block for report.md only (the page shows the same in its own way).
    void markdown_only(document::block b) { md_.add(std::move(b)); }
    /// A block for the page only.
    void page_only(block b) { page_.push_back(std::move(b)); }
    /// Appends `other`'s blocks.
    void append(const report_page& other) {
        md_.append(other.md_);
        page_.insert(page_.end(), other.page_.begin(), other.page_.end());
    }

    [[nodiscard]] std::string markdown() const { return md_.markdown(); }
    /// The page: a table of contents from the level-2 headings, the blocks, a Sources section
    /// (each source key in a table's "source" column links to its entry), `data` embedded as
    /// JSON, the style sheet and the script.
    [[nodiscard]] std::string html(std::string_view title, const std::vector<page_source>& sources,
                                   const nlohmann::ordered_json& data) const;

private:
    document md_;
    std::vector<block> page_;
};

/// `s` escaped for HTML text and attributes.
std::string html_escape(std::string_view s);

/// `j` as text safe inside a <script> element: "</" is written "<\/" (the same JSON).
std::string script_json(const nlohmann::ordered_json& j);

} // namespace ascn_tool

#endif // ASCN_TOOL_REPORT_PAGE_HPP

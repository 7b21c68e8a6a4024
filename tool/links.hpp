// SPDX-License-Identifier: MIT
// Links given on the command line, "FROM,TO,KIND,YEAR", as `ascn whatif --add-link` and
// `ascn impact --link` take them: split, checked and resolved, with errors naming the bad item.
// Defined once, in links.cpp.
#ifndef ASCN_TOOL_LINKS_HPP
#define ASCN_TOOL_LINKS_HPP

#include "input.hpp"

#include <ascn/model/kinds.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ascn_tool {

/// `text` cut at every `sep`.
std::vector<std::string> split(const std::string& text, char sep);

/// The year `text` names; a `usage_error` naming `option` when it is not one.
int year_of(const std::string& text, const std::string& option);

/// The relation kind `text` names (not member-of); a `usage_error` naming `option`, with the
/// closest kinds, when it is not one.
ascn::relation_kind kind_of(const std::string& text, const std::string& option);

/// A link as given: its ends (resolved to ids, the kind's source first), kind and year.
struct link_text {
    std::string from, to;
    ascn::relation_kind kind{};
    std::optional<int> year;
};

/// "FROM,TO,KIND,YEAR" (",YEAR" optional unless `year_required`) for `option`: either end may
/// come first (the kind's endpoint rule says which is the source). A `usage_error` naming the
/// text when it is malformed; ids are checked where the link is made.
link_text parse_link(const input& in, const std::string& text, const std::string& option,
                     bool year_required);

} // namespace ascn_tool

#endif // ASCN_TOOL_LINKS_HPP

// SPDX-License-Identifier: MIT
/// \file
/// "Did you mean ...": the closest ids to a mistyped one (internal).
#ifndef ASCN_DETAIL_SUGGEST_HPP
#define ASCN_DETAIL_SUGGEST_HPP

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ascn::detail {

/// Levenshtein distance over bytes, ASCII case-insensitive.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
    auto lower = [](char c) {
        return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    };
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + cost});
            diag = up;
        }
    }
    return row[b.size()];
}

/// Up to `n` of `candidates` closest to `query`: an edit distance of at most a third of the
/// query's length (at least 2), or a candidate that contains the query; best first, ties by id.
template <class Range>
std::vector<std::string> closest(const Range& candidates, std::string_view query,
                                 std::size_t n = 3) {
    std::vector<std::pair<std::size_t, std::string>> scored;
    const std::size_t limit = std::max<std::size_t>(2, query.size() / 3);
    for (const auto& c : candidates) {
        const std::string_view cv(c);
        std::size_t d = edit_distance(query, cv);
        if (!query.empty() && cv.find(query) != std::string_view::npos)
            d = std::min<std::size_t>(d, 1);
        if (d <= limit)
            scored.emplace_back(d, std::string(cv));
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && i < n; ++i)
        out.push_back(std::move(scored[i].second));
    return out;
}

} // namespace ascn::detail

#endif // ASCN_DETAIL_SUGGEST_HPP

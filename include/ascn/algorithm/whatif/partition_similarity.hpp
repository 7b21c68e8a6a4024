// SPDX-License-Identifier: MIT
/// \file
/// How alike two partitions of the same items are: the adjusted Rand index (Hubert & Arabie
/// 1985) and normalized mutual information (arithmetic mean of the entropies), each computed
/// exactly as scikit-learn 1.2's `adjusted_rand_score` and `normalized_mutual_info_score`
/// (`average_method="arithmetic"`), special cases included; and `match_partitions`, which
/// pairs each part of one partition with the part of the other it overlaps most. Labels are
/// any numbers. Each is O(n) expected (a hash map for the contingency table).
/// Reference: docs/whatif.md.
#ifndef ASCN_ALGORITHM_WHATIF_PARTITION_SIMILARITY_HPP
#define ASCN_ALGORITHM_WHATIF_PARTITION_SIMILARITY_HPP

#include "ascn/contracts.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ascn {

namespace detail {

/// The contingency table of two labellings: dense labels, part sizes, and the non-zero cells.
struct contingency {
    std::vector<std::uint64_t> a_size; ///< size of each part of the first, by dense label
    std::vector<std::uint64_t> b_size; ///< of the second
    /// Non-zero cells: (dense label in a, dense label in b) -> count, in order of first item.
    std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, std::uint64_t>> cells;
    std::vector<std::uint32_t> a; ///< dense label of each item in the first
    std::vector<std::uint32_t> b; ///< in the second
};

inline std::vector<std::uint32_t> dense_labels(const std::vector<std::uint32_t>& labels,
                                               std::vector<std::uint64_t>& size) {
    std::unordered_map<std::uint32_t, std::uint32_t> map;
    std::vector<std::uint32_t> out(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto [it, fresh] = map.emplace(labels[i], static_cast<std::uint32_t>(map.size()));
        if (fresh)
            size.push_back(0);
        ++size[it->second];
        out[i] = it->second;
    }
    return out;
}

inline contingency make_contingency(const std::vector<std::uint32_t>& a,
                                    const std::vector<std::uint32_t>& b) {
    ASCN_EXPECTS(a.size() == b.size());
    contingency t;
    t.a = dense_labels(a, t.a_size);
    t.b = dense_labels(b, t.b_size);
    std::unordered_map<std::uint64_t, std::size_t> at;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::uint64_t key = (static_cast<std::uint64_t>(t.a[i]) << 32) | t.b[i];
        const auto [it, fresh] = at.emplace(key, t.cells.size());
        if (fresh)
            t.cells.push_back({{t.a[i], t.b[i]}, 0});
        ++t.cells[it->second].second;
    }
    return t;
}

} // namespace detail

/// The adjusted Rand index of two labellings of the same n items, as scikit-learn's
/// `adjusted_rand_score(a, b)`: 1 for identical partitions (up to renaming), about 0 for
/// independent ones, negative below chance; 1 when both put every pair alike (no pair counted
/// differently, n = 0 included). From the pair confusion matrix, in integers up to the final
/// division. Precondition: `a.size() == b.size()`. O(n) expected.
[[nodiscard]] inline double adjusted_rand_index(const std::vector<std::uint32_t>& a,
                                                const std::vector<std::uint32_t>& b) {
    const auto t = detail::make_contingency(a, b);
    const auto n = static_cast<long double>(a.size());
    long double squares = 0, sa = 0, sb = 0;
    for (const auto& [cell, count] : t.cells)
        squares += static_cast<long double>(count) * static_cast<long double>(count);
    for (const auto x : t.a_size)
        sa += static_cast<long double>(x) * static_cast<long double>(x);
    for (const auto x : t.b_size)
        sb += static_cast<long double>(x) * static_cast<long double>(x);
    const long double tp = squares - n;
    const long double fp = sb - squares;
    const long double fn = sa - squares;
    const long double tn = n * n - fp - fn - squares;
    if (fn == 0 && fp == 0)
        return 1.0;
    return static_cast<double>(2.0L * (tp * tn - fn * fp) /
                               ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn)));
}

/// Normalized mutual information of two labellings, as scikit-learn's
/// `normalized_mutual_info_score(a, b)` (natural logarithms, normalized by the arithmetic mean
/// of the two entropies): 1 for identical partitions, 0 for independent ones; 1 when both have
/// one part or none; 0 when only one of them does. Precondition: `a.size() == b.size()`. O(n)
/// expected.
[[nodiscard]] inline double normalized_mutual_information(const std::vector<std::uint32_t>& a,
                                                          const std::vector<std::uint32_t>& b) {
    const auto t = detail::make_contingency(a, b);
    if (t.a_size.size() == t.b_size.size() && t.a_size.size() <= 1)
        return 1.0;
    if (t.a_size.size() == 1 || t.b_size.size() == 1)
        return 0.0;
    const double n = static_cast<double>(a.size());
    const double log_n = std::log(n);
    double mi = 0;
    for (const auto& [cell, count] : t.cells) {
        const double c = static_cast<double>(count);
        const double share = c / n;
        const auto outer = static_cast<double>(t.a_size[cell.first] * t.b_size[cell.second]);
        const double term = share * (std::log(c) - log_n) + share * (-std::log(outer) + 2 * log_n);
        mi += std::abs(term) < std::numeric_limits<double>::epsilon() ? 0.0 : term;
    }
    mi = std::max(mi, 0.0);
    if (mi == 0)
        return 0.0;
    auto entropy = [&](const std::vector<std::uint64_t>& size) {
        double h = 0;
        for (const auto x : size) {
            const double p = static_cast<double>(x);
            h += (p / n) * (std::log(p) - log_n);
        }
        return -h;
    };
    return mi / ((entropy(t.a_size) + entropy(t.b_size)) / 2);
}

/// A part of the second partition and the part of the first it overlaps most.
struct partition_match {
    std::uint32_t b = 0;     ///< the part of the second (its label)
    std::uint32_t a = 0;     ///< the part of the first sharing most items with it (its label)
    std::size_t b_size = 0;  ///< items in `b`
    std::size_t a_size = 0;  ///< items in `a`
    std::size_t overlap = 0; ///< items in both
    std::size_t sources = 0; ///< parts of the first that `b` draws items from
    std::size_t spread = 0;  ///< parts of the second that `a`'s items went to
    double jaccard = 0;      ///< overlap / |a ∪ b|
};

/// For each part of `b` (in order of its first item), the part of `a` it shares most items
/// with (ties: the part of `a` seen first), with sizes, overlap, Jaccard coefficient, and how
/// many parts each side is spread over: a part of `b` that draws from several of `a` is a
/// merger, a part of `a` spread over several of `b` was split. Precondition: equal sizes. O(n)
/// expected.
[[nodiscard]] inline std::vector<partition_match>
match_partitions(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
    const auto t = detail::make_contingency(a, b);
    std::vector<std::uint32_t> a_label(t.a_size.size()), b_label(t.b_size.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        a_label[t.a[i]] = a[i];
        b_label[t.b[i]] = b[i];
    }
    std::vector<partition_match> out(t.b_size.size());
    std::vector<std::size_t> spread(t.a_size.size(), 0);
    for (const auto& [cell, count] : t.cells) {
        auto& m = out[cell.second];
        ++m.sources;
        ++spread[cell.first];
        if (count > m.overlap) {
            m.overlap = count;
            m.a = cell.first;
        }
    }
    for (std::uint32_t j = 0; j < out.size(); ++j) {
        auto& m = out[j];
        m.b_size = t.b_size[j];
        m.a_size = t.a_size[m.a];
        m.spread = spread[m.a];
        m.jaccard =
            static_cast<double>(m.overlap) / static_cast<double>(m.a_size + m.b_size - m.overlap);
        m.a = a_label[m.a];
        m.b = b_label[j];
    }
    return out;
}

} // namespace ascn

#endif // ASCN_ALGORITHM_WHATIF_PARTITION_SIMILARITY_HPP

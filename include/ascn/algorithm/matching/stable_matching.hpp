// SPDX-License-Identifier: MIT
/// \file
/// Stable matching from both sides' preferences (Gale and Shapley 1962, deferred
/// acceptance): cities and partners each rank the other side, and no city and partner would
/// both rather be together than with what they got. Lists may be incomplete (a pair is
/// acceptable only if each lists the other), and either side may take several partners
/// (hospitals and residents). The result states which side proposed: it is the best stable
/// matching for that side and the worst for the other. `is_stable` checks any matching.
/// Reference: docs/reference/matching.md.
#ifndef ASCN_ALGORITHM_MATCHING_STABLE_MATCHING_HPP
#define ASCN_ALGORITHM_MATCHING_STABLE_MATCHING_HPP

#include "ascn/error.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace ascn {

/// One side of a two-sided market.
enum class side : unsigned char {
    left,  ///< the first preference table given (e.g. cities)
    right, ///< the second (e.g. partners)
};

/// For each agent, the agents of the other side it accepts, best first.
using preference_lists = std::vector<std::vector<std::size_t>>;

/// The result of `gale_shapley`.
struct stable_matching {
    /// The side that proposed. The matching is the best stable one for every agent of that
    /// side and the worst stable one for every agent of the other.
    side proposer = side::left;
    /// Partners of each left agent, in that agent's preference order (empty: unmatched).
    std::vector<std::vector<std::size_t>> left;
    /// Partners of each right agent, in that agent's preference order.
    std::vector<std::vector<std::size_t>> right;
    std::size_t proposals = 0; ///< number of proposals made
};

namespace detail {

inline constexpr std::uint32_t not_ranked = std::numeric_limits<std::uint32_t>::max();

/// rank[a * others + b]: position of b in a's list, or `not_ranked`. Throws `value_error`
/// for an index out of range or listed twice.
inline std::vector<std::uint32_t> rank_table(const preference_lists& p, std::size_t others,
                                             const char* who) {
    std::vector<std::uint32_t> rank(p.size() * others, not_ranked);
    for (std::size_t a = 0; a < p.size(); ++a)
        for (std::size_t k = 0; k < p[a].size(); ++k) {
            const std::size_t b = p[a][k];
            const std::string place =
                std::string(who) + '[' + std::to_string(a) + "][" + std::to_string(k) + ']';
            if (b >= others)
                throw value_error(std::string(who) + ' ' + std::to_string(a) +
                                      " lists an agent that does not exist",
                                  {.field = place, .value = std::to_string(b)});
            if (rank[a * others + b] != not_ranked)
                throw value_error(std::string(who) + ' ' + std::to_string(a) + " lists agent " +
                                      std::to_string(b) + " twice",
                                  {.field = place, .value = std::to_string(b)});
            rank[a * others + b] = static_cast<std::uint32_t>(k);
        }
    return rank;
}

/// The capacities, 1 each when `given` is empty. Throws for a zero or a wrong length.
inline std::vector<std::size_t> capacities(std::span<const std::size_t> given, std::size_t n,
                                           const char* who) {
    if (given.empty())
        return std::vector<std::size_t>(n, 1);
    if (given.size() != n)
        throw value_error(
            std::string("one capacity per ") + who + " agent is needed",
            {.field = std::string(who) + "_capacity", .value = std::to_string(given.size())});
    for (std::size_t a = 0; a < n; ++a)
        if (given[a] == 0)
            throw value_error(
                std::string(who) + " agent " + std::to_string(a) + " has a capacity of zero",
                {.field = std::string(who) + "_capacity[" + std::to_string(a) + "]", .value = "0"});
    return {given.begin(), given.end()};
}

} // namespace detail

/// Deferred acceptance: the agents of `proposer` propose down their lists; each agent of the
/// other side holds its best proposals up to its capacity and rejects the rest. A pair can
/// be matched only if each lists the other. Capacities default to 1 (one-to-one); give
/// `left_capacity` and/or `right_capacity` (one per agent) for many-to-one or many-to-many.
///
/// Throws `value_error` for a list naming an agent out of range or twice (naming the agent
/// and position), a capacity of zero, or a capacity list of the wrong length.
/// O(L + n_left n_right) time for L the total length of the proposers' lists (times the
/// largest capacity of the other side), O(n_left n_right) memory for the rank tables.
[[nodiscard]] inline stable_matching
gale_shapley(const preference_lists& left_prefs, const preference_lists& right_prefs,
             side proposer = side::left, std::span<const std::size_t> left_capacity = {},
             std::span<const std::size_t> right_capacity = {}) {
    const std::size_t nl = left_prefs.size(), nr = right_prefs.size();
    const auto left_rank = detail::rank_table(left_prefs, nr, "left");
    const auto right_rank = detail::rank_table(right_prefs, nl, "right");
    const auto left_cap = detail::capacities(left_capacity, nl, "left");
    const auto right_cap = detail::capacities(right_capacity, nr, "right");

    const bool by_left = proposer == side::left;
    const preference_lists& prefs = by_left ? left_prefs : right_prefs;
    const std::vector<std::uint32_t>& their_rank = by_left ? right_rank : left_rank;
    const std::size_t np = by_left ? nl : nr, nq = by_left ? nr : nl;
    const std::vector<std::size_t>& pcap = by_left ? left_cap : right_cap;
    const std::vector<std::size_t>& qcap = by_left ? right_cap : left_cap;

    std::vector<std::size_t> next(np, 0), held_count(np, 0);
    std::vector<std::vector<std::size_t>> held(nq); // proposals each reviewer holds
    std::vector<std::size_t> queue;
    for (std::size_t p = np; p-- > 0;)
        queue.push_back(p);
    stable_matching out;
    out.proposer = proposer;
    while (!queue.empty()) {
        const std::size_t p = queue.back();
        queue.pop_back();
        while (held_count[p] < pcap[p] && next[p] < prefs[p].size()) {
            const std::size_t q = prefs[p][next[p]++];
            ++out.proposals;
            const std::uint32_t r = their_rank[q * np + p];
            if (r == detail::not_ranked)
                continue;
            auto& h = held[q];
            if (h.size() < qcap[q]) {
                h.push_back(p);
                ++held_count[p];
                continue;
            }
            auto worst = std::max_element(h.begin(), h.end(), [&](std::size_t a, std::size_t b) {
                return their_rank[q * np + a] < their_rank[q * np + b];
            });
            if (their_rank[q * np + *worst] < r)
                continue;
            const std::size_t bumped = *worst;
            *worst = p;
            ++held_count[p];
            --held_count[bumped];
            queue.push_back(bumped);
        }
    }
    std::vector<std::vector<std::size_t>> of_p(np);
    for (std::size_t q = 0; q < nq; ++q)
        for (const std::size_t p : held[q])
            of_p[p].push_back(q);
    auto& left = by_left ? of_p : held;
    auto& right = by_left ? held : of_p;
    auto by_rank = [](std::vector<std::vector<std::size_t>>& lists,
                      const std::vector<std::uint32_t>& rank, std::size_t others) {
        for (std::size_t a = 0; a < lists.size(); ++a)
            std::sort(lists[a].begin(), lists[a].end(), [&](std::size_t x, std::size_t y) {
                return rank[a * others + x] < rank[a * others + y];
            });
    };
    by_rank(left, left_rank, nr);
    by_rank(right, right_rank, nl);
    out.left = std::move(left);
    out.right = std::move(right);
    return out;
}

/// A pair (left agent, right agent) that would both rather be matched together than keep
/// what `m` gives them, or `std::nullopt` if there is none. `m.left` and `m.right` must
/// describe a valid matching (see `is_stable`). Same errors as `gale_shapley` for the
/// preferences and capacities. O(n_left n_right) time and memory.
[[nodiscard]] inline std::optional<std::pair<std::size_t, std::size_t>>
blocking_pair(const preference_lists& left_prefs, const preference_lists& right_prefs,
              const stable_matching& m, std::span<const std::size_t> left_capacity = {},
              std::span<const std::size_t> right_capacity = {}) {
    const std::size_t nl = left_prefs.size(), nr = right_prefs.size();
    const auto lr = detail::rank_table(left_prefs, nr, "left");
    const auto rr = detail::rank_table(right_prefs, nl, "right");
    const auto lc = detail::capacities(left_capacity, nl, "left");
    const auto rc = detail::capacities(right_capacity, nr, "right");
    // The worst partner's rank of each agent, or "would take anyone" if it has room.
    auto threshold = [](const std::vector<std::vector<std::size_t>>& of,
                        const std::vector<std::uint32_t>& rank, std::size_t others,
                        const std::vector<std::size_t>& cap) {
        std::vector<std::uint32_t> t(of.size(), detail::not_ranked);
        for (std::size_t a = 0; a < of.size(); ++a) {
            if (of[a].size() < cap[a])
                continue;
            std::uint32_t worst = 0;
            for (const std::size_t b : of[a])
                worst = std::max(worst, rank[a * others + b]);
            t[a] = worst;
        }
        return t;
    };
    const auto lt = threshold(m.left, lr, nr, lc);
    const auto rt = threshold(m.right, rr, nl, rc);
    std::vector<char> together(nl * nr, 0);
    for (std::size_t a = 0; a < m.left.size() && a < nl; ++a)
        for (const std::size_t b : m.left[a])
            if (b < nr)
                together[a * nr + b] = 1;
    for (std::size_t a = 0; a < nl; ++a)
        for (const std::size_t b : left_prefs[a]) {
            const std::uint32_t ra = lr[a * nr + b], rb = rr[b * nl + a];
            if (rb == detail::not_ranked || together[a * nr + b])
                continue;
            const bool a_wants = lt[a] == detail::not_ranked || ra < lt[a];
            const bool b_wants = rt[b] == detail::not_ranked || rb < rt[b];
            if (a_wants && b_wants)
                return std::pair{a, b};
        }
    return std::nullopt;
}

/// True if `m` is a matching (left and right agree, every pair is acceptable to both, no
/// pair twice, no capacity exceeded) and has no blocking pair. Same errors as
/// `gale_shapley` for the preferences and capacities. O(n_left n_right) time and memory.
[[nodiscard]] inline bool is_stable(const preference_lists& left_prefs,
                                    const preference_lists& right_prefs, const stable_matching& m,
                                    std::span<const std::size_t> left_capacity = {},
                                    std::span<const std::size_t> right_capacity = {}) {
    const std::size_t nl = left_prefs.size(), nr = right_prefs.size();
    if (m.left.size() != nl || m.right.size() != nr)
        return false;
    const auto lr = detail::rank_table(left_prefs, nr, "left");
    const auto rr = detail::rank_table(right_prefs, nl, "right");
    const auto lc = detail::capacities(left_capacity, nl, "left");
    const auto rc = detail::capacities(right_capacity, nr, "right");
    std::vector<int> seen(nl * nr, 0);
    for (std::size_t a = 0; a < nl; ++a) {
        if (m.left[a].size() > lc[a])
            return false;
        for (const std::size_t b : m.left[a]) {
            if (b >= nr || lr[a * nr + b] == detail::not_ranked ||
                rr[b * nl + a] == detail::not_ranked || seen[a * nr + b] != 0)
                return false;
            seen[a * nr + b] = 1;
        }
    }
    for (std::size_t b = 0; b < nr; ++b) {
        if (m.right[b].size() > rc[b])
            return false;
        for (const std::size_t a : m.right[b]) {
            if (a >= nl || seen[a * nr + b] != 1)
                return false;
            seen[a * nr + b] = 2;
        }
    }
    for (const int s : seen)
        if (s == 1)
            return false;
    return !blocking_pair(left_prefs, right_prefs, m, left_capacity, right_capacity);
}

} // namespace ascn

#endif // ASCN_ALGORITHM_MATCHING_STABLE_MATCHING_HPP

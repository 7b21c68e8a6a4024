// SPDX-License-Identifier: MIT
/// \file
/// Recommendations for cities on the ASCN data, each with its score and its reasons: partners
/// (`recommend_partners`) and peer cities (`recommend_peers`). For partners, three scores, each
/// in [0, 1], and their weighted sum (the hybrid):
/// - complementarity: cosine between what a partner offers and what a city needs;
/// - topology: Adamic-Adar index of the (city, partner) pair in the network, divided by the
///   largest among the candidates;
/// - similarity: how much the city resembles a city the partner already works with.
/// `evaluate_recommendations` trains on the network as of a year and checks which of the
/// city-partner relationships that began later the recommender would have proposed.
/// Reference: docs/reference/matching.md.
#ifndef ASCN_ASEAN_RECOMMEND_HPP
#define ASCN_ASEAN_RECOMMEND_HPP

#include "ascn/algorithm/matching/link_prediction.hpp"
#include "ascn/asean/dataset.hpp"
#include "ascn/detail/validate.hpp"
#include "ascn/error.hpp"
#include "ascn/time_view.hpp"
#include "ascn/views.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace ascn {

/// Options of `recommend_partners`.
struct recommend_options {
    /// Which partners: `twinning` external cities, `business_match` companies, none: every
    /// partner. Other kinds are a `value_error`.
    std::optional<relation_kind> kind;
    std::size_t n = 10;                  ///< recommendations returned, best first (0: all)
    std::string city;                    ///< only this city (empty: every city)
    std::string partner;                 ///< only this partner (empty: every partner)
    double complementarity_weight = 0.4; ///< weight of complementarity in the hybrid
    double topology_weight = 0.3;        ///< weight of the topological score
    double similarity_weight = 0.3;      ///< weight of similarity to the partner's cities
    /// Also read needs from the 2025 monitoring report (projects not completed, focus areas
    /// without any project). Off for evaluation: that report names the partners that
    /// arrived later.
    bool needs_from_projects = true;
};

/// One recommended (city, partner) pair.
struct recommendation {
    std::string city;           ///< city id
    std::string partner;        ///< partner id
    double score = 0;           ///< the weighted sum of the three below, in [0, 1]
    double complementarity = 0; ///< offer against need, in [0, 1]
    double topology = 0;        ///< Adamic-Adar, relative to the best candidate, in [0, 1]
    double similarity = 0;      ///< to the most similar city the partner works with, in [0, 1]
    std::vector<std::string> reasons; ///< which needs it meets, which links support it
};

namespace detail {

using focus_weights = std::array<double, focus_area_count>;

inline double cosine(const focus_weights& a, const focus_weights& b) {
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < focus_area_count; ++i) {
        ab += a[i] * b[i];
        aa += a[i] * a[i];
        bb += b[i] * b[i];
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

inline bool is_city_partner_link(relation_kind k) {
    return k == relation_kind::twinning || k == relation_kind::business_match ||
           k == relation_kind::support || k == relation_kind::participation;
}

inline bool partner_fits(partner_kind pk, const std::optional<relation_kind>& k) {
    if (!k)
        return true;
    return *k == relation_kind::twinning ? pk == partner_kind::external_city
                                         : pk == partner_kind::company;
}

inline std::string fixed2(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", x);
    return buf;
}

/// Throws for a negative or non-finite weight or weights summing to zero; returns the sum.
inline double check_weights(const recommend_options& o) {
    for (const auto& [name, w] : {std::pair{"complementarity_weight", o.complementarity_weight},
                                  std::pair{"topology_weight", o.topology_weight},
                                  std::pair{"similarity_weight", o.similarity_weight}})
        if (!std::isfinite(w) || w < 0)
            throw value_error("recommendation weights must be finite and non-negative",
                              {.field = name, .value = number_text(w)});
    const double total = o.complementarity_weight + o.topology_weight + o.similarity_weight;
    if (!(total > 0))
        throw value_error("recommendation weights sum to zero",
                          {.field = "weights", .value = number_text(total)});
    return total;
}

/// A city's needs by focus area (see `recommend_partners`), and why: bit 1 action plan,
/// bit 2 open project, bit 4 no project yet.
template <class City>
void add_needs(const data::dataset& d, const City& c, bool from_projects, focus_weights& need,
               std::array<unsigned char, focus_area_count>& why) {
    if (const auto* plan = d.plan_of(c.id))
        for (std::size_t i = 0; i < focus_area_count; ++i)
            if (plan->focus.contains(all_focus_areas[i])) {
                need[i] += 1;
                why[i] |= 1;
            }
    if (!from_projects)
        return;
    for (const auto& pr : d.projects)
        if (pr.city == c.id && pr.status != data::project_status::completed) {
            const auto i = static_cast<std::size_t>(pr.focus);
            need[i] += 0.5;
            why[i] |= 2;
        }
    for (std::size_t i = 0; i < focus_area_count; ++i)
        if (c.profile.projects[i] == 0) {
            need[i] += 0.25;
            why[i] |= 4;
        }
}

} // namespace detail

/// Recommends partners for cities in `view` (an `ascn::network` or `ascn::as_of(net, year)`
/// of one), using `d`'s action plans (and, with `needs_from_projects`, its projects) for the
/// cities' needs. Candidates are (city, partner) pairs of the view with no relationship
/// between them yet. What a partner offers: the focus areas of its relationships with cities
/// in the view, plus half those of the programmes it runs (programme-of). What a city needs:
/// its action plan's focus areas (weight 1), and with `needs_from_projects` the areas of its
/// projects not completed (0.5 each) and the areas in which it has no project (0.25).
/// Similarity of two cities: the mean of the cosine of their needs and the Jaccard
/// coefficient of their neighbourhoods. Ties are broken by city id, then partner id.
///
/// Throws `value_error` for a negative or non-finite weight, weights summing to zero, or a
/// `kind` other than twinning or business-match; `unknown_id_error` if `city` or `partner`
/// names no city or partner of the view. O(V + E log E + C P (deg + C)) for C cities and P
/// partners.
template <class Source>
[[nodiscard]] std::vector<recommendation>
recommend_partners(const data::dataset& d, const Source& view, const recommend_options& o = {}) {
    const double total_weight = detail::check_weights(o);
    if (o.kind && *o.kind != relation_kind::twinning && *o.kind != relation_kind::business_match)
        throw value_error("recommendations are for twinning or business matching",
                          {.field = "kind", .value = std::string(to_string(*o.kind))});

    const auto parts = network_parts(view);
    const auto& net = *parts.network;
    const auto& keep = parts.keep;
    const auto& g = net.graph();
    const std::size_t n = boost::num_vertices(g);
    auto find_in_view = [&](const std::string& id, vertex_kind want, const char* what) {
        const auto v = net.vertex(id);
        if (!v || g[*v].kind() != want || !keep(*v))
            throw unknown_id_error(std::string("no ") + what + " \"" + id + "\" in the network",
                                   {.id = id, .field = what, .value = id});
        return static_cast<std::size_t>(*v);
    };
    const std::size_t only_city =
        o.city.empty() ? n : find_in_view(o.city, vertex_kind::city, "city");
    const std::size_t only_partner =
        o.partner.empty() ? n : find_in_view(o.partner, vertex_kind::partner, "partner");

    // Links, offers and the cities each partner works with.
    std::vector<std::pair<std::size_t, std::size_t>> links;
    std::vector<detail::focus_weights> direct(n), offer(n), need(n);
    std::vector<std::array<unsigned char, focus_area_count>> why(n); // 1 plan, 2 project, 4 weak
    std::vector<std::vector<std::size_t>> cities_of_partner(n);
    std::vector<std::size_t> links_of_partner(n, 0);
    for (const auto& r : relationships(view)) {
        const std::size_t a = r.from(), b = r.to();
        links.emplace_back(a, b);
        const bool ac = g[a].kind() == vertex_kind::city, bc = g[b].kind() == vertex_kind::city;
        const bool ap = g[a].kind() == vertex_kind::partner,
                   bp = g[b].kind() == vertex_kind::partner;
        if ((ac && bp) || (ap && bc)) {
            const std::size_t c = ac ? a : b, p = ac ? b : a;
            cities_of_partner[p].push_back(c);
            ++links_of_partner[p];
            for (std::size_t i = 0; i < focus_area_count; ++i)
                if (r.value().focus.contains(all_focus_areas[i]))
                    direct[p][i] += 1;
        }
    }
    offer = direct;
    for (const auto& r : relationships(view, relation_kind::programme_of))
        for (std::size_t i = 0; i < focus_area_count; ++i)
            offer[r.to()][i] += 0.5 * direct[r.from()][i];
    const neighbourhoods nb(n, links);

    std::vector<std::size_t> cities, partners;
    for (std::size_t v = 0; v < n; ++v) {
        if (!keep(v))
            continue;
        if (g[v].kind() == vertex_kind::partner &&
            detail::partner_fits(g[v].partner()->kind, o.kind))
            partners.push_back(v);
        if (g[v].kind() != vertex_kind::city)
            continue;
        cities.push_back(v);
        detail::add_needs(d, *g[v].city(), o.needs_from_projects, need[v], why[v]);
    }
    auto id = [&](std::size_t v) { return std::string(g[v].id()); };
    auto similarity = [&](std::size_t a, std::size_t b) {
        return 0.5 * detail::cosine(need[a], need[b]) + 0.5 * score_link(nb, a, b).jaccard;
    };

    std::vector<recommendation> out;
    std::vector<double> adamic;
    for (const std::size_t c : cities) {
        if (only_city != n && c != only_city)
            continue;
        const auto around = nb.of(c);
        for (const std::size_t p : partners) {
            if ((only_partner != n && p != only_partner) ||
                std::binary_search(around.begin(), around.end(), p))
                continue;
            recommendation r;
            r.city = id(c);
            r.partner = id(p);
            r.complementarity = detail::cosine(offer[p], need[c]);
            for (std::size_t i = 0; i < focus_area_count; ++i)
                if (offer[p][i] > 0 && need[c][i] > 0) {
                    std::string s =
                        "meets need " + std::string(to_string(all_focus_areas[i])) + " (";
                    const char* sep = "";
                    for (const auto& [bit, text] :
                         {std::pair{1, "action plan"}, std::pair{2, "open project"},
                          std::pair{4, "no project yet"}})
                        if (why[c][i] & bit) {
                            s += sep;
                            s += text;
                            sep = ", ";
                        }
                    s += "), which " + r.partner + " offers";
                    r.reasons.push_back(std::move(s));
                }
            const auto t = score_link(nb, c, p);
            adamic.push_back(t.adamic_adar);
            if (t.common_neighbours > 0) {
                std::string s = "linked through";
                std::size_t shown = 0;
                nb.for_each_common(c, p, [&](std::size_t w) {
                    if (shown++ < 3)
                        s += (shown == 1 ? " " : ", ") + id(w);
                });
                if (shown > 3)
                    s += " and " + std::to_string(shown - 3) + " more";
                r.reasons.push_back(std::move(s));
            }
            std::size_t like = n;
            for (const std::size_t other : cities_of_partner[p])
                if (other != c) {
                    const double s = similarity(c, other);
                    if (s > r.similarity) {
                        r.similarity = s;
                        like = other;
                    }
                }
            if (like != n)
                r.reasons.push_back("similar to " + id(like) + " (" + detail::fixed2(r.similarity) +
                                    "), which " + r.partner + " already works with");
            out.push_back(std::move(r));
        }
    }
    const double best_adamic =
        adamic.empty() ? 0.0 : *std::max_element(adamic.begin(), adamic.end());
    for (std::size_t k = 0; k < out.size(); ++k) {
        auto& r = out[k];
        r.topology = best_adamic > 0 ? adamic[k] / best_adamic : 0.0;
        r.score = (o.complementarity_weight * r.complementarity + o.topology_weight * r.topology +
                   o.similarity_weight * r.similarity) /
                  total_weight;
    }
    std::sort(out.begin(), out.end(), [](const recommendation& a, const recommendation& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.city != b.city)
            return a.city < b.city;
        return a.partner < b.partner;
    });
    if (o.n != 0 && out.size() > o.n)
        out.resize(o.n);
    return out;
}

/// One recommended peer city for a city.
struct peer_recommendation {
    std::string city;           ///< city id
    std::string peer;           ///< the recommended peer's id
    double score = 0;           ///< the weighted sum of the three below, in [0, 1]
    double experience = 0;      ///< the peer's projects against the city's needs, in [0, 1]
    double shared = 0;          ///< Jaccard coefficient of their neighbourhoods, in [0, 1]
    double need_similarity = 0; ///< cosine of their needs, in [0, 1]
    /// Needs the peer has projects in, shared links, needs both stated (action plan or open
    /// project).
    std::vector<std::string> reasons;
};

/// Recommends peer cities (for peer learning or city-to-city twinning): ordered pairs (city,
/// peer) of cities of `view` with no relationship between them yet; with `o.city`, only that
/// city's. Scores, each in [0, 1]: experience, the cosine of the city's needs (as in
/// `recommend_partners`) and the peer's projects per focus area (its profile), weighted by
/// `complementarity_weight`; shared, the Jaccard coefficient of their neighbourhoods (same
/// partners, programmes, country), by `topology_weight`; need similarity, the cosine of their
/// needs, by `similarity_weight`. `o.kind` and `o.partner` are not used. Ties are broken by
/// city id, then peer id.
///
/// Throws `value_error` for bad weights and `unknown_id_error` if `o.city` names no city of
/// the view. O(V + E log E + C^2 (deg + 1)) for C cities.
template <class Source>
[[nodiscard]] std::vector<peer_recommendation>
recommend_peers(const data::dataset& d, const Source& view, const recommend_options& o = {}) {
    const double total_weight = detail::check_weights(o);
    const auto parts = network_parts(view);
    const auto& net = *parts.network;
    const auto& keep = parts.keep;
    const auto& g = net.graph();
    const std::size_t n = boost::num_vertices(g);
    std::size_t only_city = n;
    if (!o.city.empty()) {
        const auto v = net.vertex(o.city);
        if (!v || g[*v].kind() != vertex_kind::city || !keep(*v))
            throw unknown_id_error("no city \"" + o.city + "\" in the network",
                                   {.id = o.city, .field = "city", .value = o.city});
        only_city = *v;
    }
    std::vector<std::pair<std::size_t, std::size_t>> links;
    for (const auto& r : relationships(view))
        links.emplace_back(r.from(), r.to());
    const neighbourhoods nb(n, links);
    std::vector<detail::focus_weights> need(n), done(n);
    std::vector<std::array<unsigned char, focus_area_count>> why(n);
    std::vector<std::size_t> cities;
    for (std::size_t v = 0; v < n; ++v)
        if (keep(v) && g[v].kind() == vertex_kind::city) {
            cities.push_back(v);
            detail::add_needs(d, *g[v].city(), o.needs_from_projects, need[v], why[v]);
            for (std::size_t i = 0; i < focus_area_count; ++i)
                done[v][i] = g[v].city()->profile.projects[i];
        }
    auto id = [&](std::size_t v) { return std::string(g[v].id()); };
    std::vector<peer_recommendation> out;
    for (const std::size_t c : cities) {
        if (only_city != n && c != only_city)
            continue;
        const auto around = nb.of(c);
        for (const std::size_t q : cities) {
            if (q == c || std::binary_search(around.begin(), around.end(), q))
                continue;
            peer_recommendation r;
            r.city = id(c);
            r.peer = id(q);
            r.experience = detail::cosine(need[c], done[q]);
            r.need_similarity = detail::cosine(need[c], need[q]);
            const auto t = score_link(nb, c, q);
            r.shared = t.jaccard;
            for (std::size_t i = 0; i < focus_area_count; ++i)
                if (need[c][i] > 0 && done[q][i] > 0)
                    r.reasons.push_back(r.peer + " has " + detail::number_text(done[q][i]) +
                                        " project(s) in " +
                                        std::string(to_string(all_focus_areas[i])) + ", which " +
                                        r.city + " needs");
            if (t.common_neighbours > 0) {
                std::string s = "both linked with";
                std::size_t shown = 0;
                nb.for_each_common(c, q, [&](std::size_t w) {
                    if (shown++ < 3)
                        s += (shown == 1 ? " " : ", ") + id(w);
                });
                if (shown > 3)
                    s += " and " + std::to_string(shown - 3) + " more";
                r.reasons.push_back(std::move(s));
            }
            std::string both, neither;
            for (std::size_t i = 0; i < focus_area_count; ++i) {
                const std::string area(to_string(all_focus_areas[i]));
                if ((why[c][i] & 3) != 0 && (why[q][i] & 3) != 0)
                    both += (both.empty() ? "" : ", ") + area;
                else if (need[c][i] > 0 && need[q][i] > 0)
                    neither += (neither.empty() ? "" : ", ") + area;
            }
            if (!both.empty())
                r.reasons.push_back("both need " + both);
            if (!neither.empty())
                r.reasons.push_back("both need, one of them only for want of any project there: " +
                                    neither);
            r.score = (o.complementarity_weight * r.experience + o.topology_weight * r.shared +
                       o.similarity_weight * r.need_similarity) /
                      total_weight;
            out.push_back(std::move(r));
        }
    }
    std::sort(out.begin(), out.end(),
              [](const peer_recommendation& a, const peer_recommendation& b) {
                  if (a.score != b.score)
                      return a.score > b.score;
                  if (a.city != b.city)
                      return a.city < b.city;
                  return a.peer < b.peer;
              });
    if (o.n != 0 && out.size() > o.n)
        out.resize(o.n);
    return out;
}

/// The result of `evaluate_recommendations`.
struct recommendation_evaluation {
    int train_year = 0;         ///< trained on the network as of this year
    std::size_t k = 0;          ///< recommendations checked
    std::size_t candidates = 0; ///< (city, partner) pairs that could be recommended
    std::size_t later = 0;      ///< distinct city-partner pairs whose first link began later
    std::size_t reachable = 0;  ///< of those, pairs among the candidates (both ends existed)
    std::size_t hits = 0;       ///< of the top k, pairs that were linked later
    double precision = 0;       ///< hits / min(k, candidates)
    double recall = 0;          ///< hits / reachable (0 when there are none)
    double base_rate = 0;       ///< reachable / candidates: the precision of a random ranking
};

/// Trains on `as_of(d.network, train_year)` (needs from action plans only; the options'
/// `needs_from_projects` is ignored) and checks the top `k` recommendations against the
/// city-partner relationships (twinning, business-match, support, participation) that began
/// after `train_year` between a city and a partner with no earlier link. Same errors as
/// `recommend_partners`.
[[nodiscard]] inline recommendation_evaluation evaluate_recommendations(const data::dataset& d,
                                                                        int train_year,
                                                                        std::size_t k,
                                                                        recommend_options o = {}) {
    o.n = 0;
    o.needs_from_projects = false;
    const auto view = as_of(d.network, train_year);
    const auto all = recommend_partners(d, view, o);
    const auto& g = d.network.graph();
    std::set<std::pair<std::string, std::string>> before, after;
    for (const auto& r : relationships(d.network)) {
        if (!detail::is_city_partner_link(r.kind()))
            continue;
        const auto a = r.from(), b = r.to();
        const bool a_city = g[a].kind() == vertex_kind::city;
        const auto c = a_city ? a : b, p = a_city ? b : a;
        if (g[c].kind() != vertex_kind::city || g[p].kind() != vertex_kind::partner ||
            !detail::partner_fits(g[p].partner()->kind, o.kind))
            continue;
        auto key = std::pair{std::string(g[c].id()), std::string(g[p].id())};
        (r.value().start > train_year ? after : before).insert(std::move(key));
    }
    for (const auto& key : before)
        after.erase(key);
    recommendation_evaluation e;
    e.train_year = train_year;
    e.k = k;
    e.candidates = all.size();
    e.later = after.size();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const bool hit = after.count({all[i].city, all[i].partner}) != 0;
        e.reachable += hit ? 1 : 0;
        e.hits += hit && i < k ? 1 : 0;
    }
    const std::size_t shown = std::min(k, all.size());
    e.precision = shown == 0 ? 0.0 : static_cast<double>(e.hits) / static_cast<double>(shown);
    e.recall =
        e.reachable == 0 ? 0.0 : static_cast<double>(e.hits) / static_cast<double>(e.reachable);
    e.base_rate = e.candidates == 0
                      ? 0.0
                      : static_cast<double>(e.reachable) / static_cast<double>(e.candidates);
    return e;
}

} // namespace ascn

#endif // ASCN_ASEAN_RECOMMEND_HPP

// SPDX-License-Identifier: MIT
/// \file
/// `ascn::evolution`: a network's measures year by year (`ascn::as_of` each year): cities,
/// countries, partners and relationships by kind; components; communities and their modularity;
/// the mean peer-learning path cost between cities under the ASCN's learning model; brokers.
/// The difference between two years is `compare_structure` and `mentor_changes` on two time
/// views. Reference: docs/whatif.md.
#ifndef ASCN_ASEAN_EVOLUTION_HPP
#define ASCN_ASEAN_EVOLUTION_HPP

#include "ascn/algorithm/paths/costs.hpp"
#include "ascn/algorithm/paths/search.hpp"
#include "ascn/algorithm/structure/brokerage.hpp"
#include "ascn/algorithm/structure/community.hpp"
#include "ascn/algorithm/structure/weak_points.hpp"
#include "ascn/asean/learning_model.hpp"
#include "ascn/detail/parallel.hpp"
#include "ascn/error.hpp"
#include "ascn/model/kinds.hpp"
#include "ascn/snapshot.hpp"
#include "ascn/time_view.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace ascn {

/// The measures of one year.
struct year_measures {
    int year = 0;                  ///< the year
    std::size_t cities = 0;        ///< cities that had joined
    std::size_t countries = 0;     ///< countries in the view
    std::size_t partners = 0;      ///< partners active with the network
    std::size_t relationships = 0; ///< active relationships, member-of included
    /// Active relationships of each kind, indexed by `relation_kind`.
    std::array<std::size_t, relation_kind_count> by_kind{};
    std::size_t components = 0;        ///< connected components (every relationship weighs 1)
    std::size_t largest_component = 0; ///< vertices in the largest
    std::size_t communities = 0;       ///< Leiden communities
    double modularity = 0;             ///< of those communities
    /// Mean cost (-log P) of the cheapest peer-learning path over ordered pairs of distinct
    /// cities that reach each other (no focus area); NaN with fewer than two cities.
    double mean_path_cost = 0;
    double reachable_share = 0; ///< of ordered city pairs, the share that reach each other
    std::size_t brokers = 0;    ///< cities and partners tied to cities of two member states or more
    /// The cities the path costs were searched from: every city, or, with
    /// `evolution_options::path_cost_sources`, a sample of them (then `mean_path_cost` and
    /// `reachable_share` are estimates, over the pairs from those cities to every other).
    std::size_t path_sources = 0;
};

/// Options of `evolution`.
struct evolution_options {
    community_options communities{}; ///< Leiden's (its seed)
    learning_model model{};          ///< for the path costs (its `focus` is ignored)
    /// 0: the path costs from every city (one Dijkstra per city and year). n > 0: in a year with
    /// more than n cities, from n cities only, spread evenly over the year's cities in the
    /// network's order (city i * k / n of k); the mean and the share are then estimates.
    std::size_t path_cost_sources = 0;
    std::size_t threads =
        0; ///< for the sampled path costs: 0, all cores; results do not depend on it
};

/// The measures of `net` as of each year from `first` to `last`, inclusive. Throws
/// `value_error` (`errc::year_out_of_range`) for a year outside [min_year, max_year] or
/// `last < first`. Per year: O(V + E) for the view and counts, Leiden, and one Dijkstra per
/// city for the path costs, O(C (V + E) log V), and O(C^2) memory (with `path_cost_sources`
/// n < C: n Dijkstras and O(V) memory).
template <class Network>
[[nodiscard]] std::vector<year_measures> evolution(const Network& net, int first, int last,
                                                   const evolution_options& o = {}) {
    if (first < min_year || last > max_year || last < first)
        throw value_error(
            "years " + std::to_string(first) + " to " + std::to_string(last) +
                " are not a range within [" + std::to_string(min_year) + ", " +
                std::to_string(max_year) + "]",
            {.field = "years", .value = std::to_string(first) + ":" + std::to_string(last)},
            errc::year_out_of_range);
    std::vector<year_measures> out;
    for (int y = first; y <= last; ++y) {
        const auto view = as_of(net, y);
        year_measures m;
        m.year = y;
        m.cities = view.num_cities();
        m.countries = view.num_countries();
        m.partners = view.num_partners();
        m.relationships = view.num_relationships();
        const auto& g = net.graph();
        for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei)
            if (view.contains(*ei))
                ++m.by_kind[static_cast<std::size_t>(g[*ei].value.kind)];
        const snapshot s(view);
        const auto w = weak_points(s);
        m.components = w.components;
        std::vector<std::size_t> size(w.components, 0);
        for (const auto c : w.component)
            m.largest_component = std::max(m.largest_component, ++size[c]);
        const auto c = leiden(s, o.communities);
        m.communities = c.count;
        m.modularity = c.modularity;
        const auto spanned = member_states_spanned(s);
        for (snapshot::vertex_index v = 0; v < s.num_vertices(); ++v)
            m.brokers += s.kind(v) != vertex_kind::country && spanned[v] >= 2;
        learning_model model = o.model;
        model.focus.reset();
        const snapshot lg(view, model);
        std::vector<snapshot::vertex_index> cities;
        for (snapshot::vertex_index v = 0; v < lg.num_vertices(); ++v)
            if (lg.kind(v) == vertex_kind::city)
                cities.push_back(v);
        double sum = 0;
        std::size_t reached = 0;
        const std::size_t k = cities.size();
        const std::size_t n = o.path_cost_sources;
        if (n > 0 && k > n) {
            // One search per source, on every core, each into its own slot; added up in
            // source order, so the result does not depend on the thread count.
            std::vector<double> sums(n, 0.0);
            std::vector<std::size_t> counts(n, 0);
            detail::parallel_blocks(
                n, std::max<std::size_t>(1, n / (8 * detail::thread_count(o.threads))), o.threads,
                [&](std::size_t, std::size_t begin, std::size_t end) {
                    detail::search search(lg);
                    for (std::size_t i = begin; i < end; ++i) {
                        const auto from = cities[i * k / n];
                        search.run(from, {});
                        for (const auto to : cities) {
                            const double c = search.cost(to);
                            if (to != from && std::isfinite(c)) {
                                sums[i] += c;
                                ++counts[i];
                            }
                        }
                    }
                });
            for (std::size_t i = 0; i < n; ++i) {
                sum += sums[i];
                reached += counts[i];
            }
            m.path_sources = n;
        } else {
            const auto cost = all_pairs_costs(lg, cities);
            for (std::size_t i = 0; i < k; ++i)
                for (std::size_t j = 0; j < k; ++j)
                    if (i != j && std::isfinite(cost[i * k + j])) {
                        sum += cost[i * k + j];
                        ++reached;
                    }
            m.path_sources = k;
        }
        m.mean_path_cost =
            reached ? sum / static_cast<double>(reached) : std::numeric_limits<double>::quiet_NaN();
        m.reachable_share =
            m.path_sources && k > 1
                ? static_cast<double>(reached) / static_cast<double>(m.path_sources * (k - 1))
                : 0.0;
        out.push_back(m);
    }
    return out;
}

} // namespace ascn

#endif // ASCN_ASEAN_EVOLUTION_HPP

// SPDX-License-Identifier: MIT
/// \file
/// `ascn::as_of(net, year)`: the network as it stood in a given year, as a light read-only view
/// (a BGL `filtered_graph` for algorithms, and a source for the range views in views.hpp).
#ifndef ASCN_TIME_VIEW_HPP
#define ASCN_TIME_VIEW_HPP

#include "ascn/detail/members.hpp"
#include "ascn/network.hpp"

#include <boost/graph/filtered_graph.hpp>

#include <array>
#include <cstddef>
#include <memory>
#include <vector>

namespace ascn {

/// The network as of a year. What it contains:
/// - a city if it had joined by then (`joined <= year`);
/// - a country if it had joined ASEAN by then (when its type says when), otherwise always;
/// - a relationship if it was active (`start <= year <= end`) and both ends are contained;
/// - a partner if it had an active relationship with a contained city, or is linked to such a
///   partner by a chain of active partner-partner relationships (a programme and the ministry
///   that runs it, and whoever funds that): partners have no joining date of their own, so they
///   are in the network while they act in it.
///
/// Building the view is O(V + E); queries are O(1). The view refers to the network, which
/// must outlive it and not change while it is used. Copies share their state.
template <class Network>
class time_view {
public:
    /// The network type.
    using network_type = Network;
    /// The network's vertex descriptor.
    using vertex_descriptor = typename Network::vertex_descriptor;
    /// The network's edge descriptor.
    using edge_descriptor = typename Network::edge_descriptor;

    /// The vertex and edge predicate of the view; also usable on its own with BGL.
    class filter {
    public:
        filter() = default;
        /// The predicate of `net` as of `year`; `present` marks the vertices in the view.
        filter(const Network* net, int year, std::shared_ptr<const std::vector<char>> present)
            : net_(net)
            , year_(year)
            , present_(std::move(present)) {}
        /// True if the view contains vertex `v`.
        [[nodiscard]] bool operator()(vertex_descriptor v) const noexcept {
            return (*present_)[v] != 0;
        }
        /// True if the view contains relationship `e`.
        [[nodiscard]] bool operator()(const edge_descriptor& e) const noexcept {
            const auto& g = net_->graph();
            return detail::active_in(g[e].value, year_) && (*present_)[boost::source(e, g)] &&
                   (*present_)[boost::target(e, g)];
        }

    private:
        const Network* net_ = nullptr;
        int year_ = 0;
        std::shared_ptr<const std::vector<char>> present_;
    };

    /// The Boost.Graph type of `graph()`: the network's graph, filtered.
    using graph_type = boost::filtered_graph<typename Network::graph_type, filter, filter>;

    /// The view of `net` as it stood in `year`. Prefer `ascn::as_of(net, year)`.
    time_view(const Network& net, int year)
        : net_(&net)
        , year_(year) {
        const auto& g = net.graph();
        const std::size_t n = boost::num_vertices(g);
        auto present = std::make_shared<std::vector<char>>(n, 0);
        auto& in = *present;
        for (std::size_t v = 0; v < n; ++v) {
            const auto& d = g[v];
            if (d.kind() == vertex_kind::city)
                in[v] = static_cast<int>(d.city()->joined) <= year;
            else if (d.kind() == vertex_kind::country) {
                auto y = detail::joined_year(*d.country());
                in[v] = !y || *y <= year;
            }
        }
        // Partners: those with an active relationship to a contained city, then, following
        // chains of active partner-partner relationships (programme-of), the partners they
        // reach. A breadth-first pass, so the result does not depend on edge order.
        std::vector<std::size_t> queue;
        for (std::size_t v = 0; v < n; ++v) {
            if (g[v].kind() != vertex_kind::partner)
                continue;
            for (auto [ei, ee] = boost::out_edges(v, g); ei != ee; ++ei) {
                const std::size_t w = boost::target(*ei, g);
                if (g[w].kind() == vertex_kind::city && in[w] &&
                    detail::active_in(g[*ei].value, year)) {
                    in[v] = 1;
                    queue.push_back(v);
                    break;
                }
            }
        }
        while (!queue.empty()) {
            const std::size_t v = queue.back();
            queue.pop_back();
            for (auto [ei, ee] = boost::out_edges(v, g); ei != ee; ++ei) {
                const std::size_t w = boost::target(*ei, g);
                if (g[w].kind() == vertex_kind::partner && !in[w] &&
                    detail::active_in(g[*ei].value, year)) {
                    in[w] = 1;
                    queue.push_back(w);
                }
            }
        }
        for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei)
            if (detail::active_in(g[*ei].value, year) && in[boost::source(*ei, g)] &&
                in[boost::target(*ei, g)])
                ++relationships_;
        for (std::size_t v = 0; v < n; ++v)
            counts_[static_cast<std::size_t>(g[v].kind())] += in[v] ? 1 : 0;
        filter_ = filter(net_, year, std::move(present));
    }

    /// The year of the view.
    [[nodiscard]] int year() const noexcept { return year_; }
    /// The network it views.
    [[nodiscard]] const Network& network() const noexcept { return *net_; }
    /// Its predicate, for BGL or for your own loops.
    [[nodiscard]] const filter& predicate() const noexcept { return filter_; }
    /// A BGL `filtered_graph` over the network's graph: run any Boost.Graph algorithm on it.
    /// Vertex indices are the network's (so property maps sized `num_vertices(network)` work).
    [[nodiscard]] graph_type graph() const { return graph_type(net_->graph(), filter_, filter_); }

    /// True if the view contains the vertex / relationship.
    [[nodiscard]] bool contains(vertex_descriptor v) const noexcept { return filter_(v); }
    /// \copydoc contains(vertex_descriptor) const
    [[nodiscard]] bool contains(const edge_descriptor& e) const noexcept { return filter_(e); }

    /// Number of contained vertices of `kind`.
    [[nodiscard]] std::size_t count(vertex_kind kind) const noexcept {
        return counts_[static_cast<std::size_t>(kind)];
    }
    /// Number of cities in the view.
    [[nodiscard]] std::size_t num_cities() const noexcept { return count(vertex_kind::city); }
    /// Number of countries in the view.
    [[nodiscard]] std::size_t num_countries() const noexcept { return count(vertex_kind::country); }
    /// Number of partners in the view.
    [[nodiscard]] std::size_t num_partners() const noexcept { return count(vertex_kind::partner); }
    /// Number of contained relationships, member-of included.
    [[nodiscard]] std::size_t num_relationships() const noexcept { return relationships_; }

    /// A new network holding exactly what the view contains (a city whose country the view
    /// leaves out brings its country along, since a city cannot exist without one).
    /// Relationship handles differ from the original's. O(V + E).
    [[nodiscard]] Network materialize() const {
        const auto& g = net_->graph();
        const std::size_t n = boost::num_vertices(g);
        Network out;
        std::vector<char> country_needed(n, 0);
        for (std::size_t v = 0; v < n; ++v)
            if (contains(v) && g[v].kind() == vertex_kind::city)
                country_needed[*net_->vertex(std::string_view(g[v].city()->country))] = 1;
        for (std::size_t v = 0; v < n; ++v)
            if (g[v].kind() == vertex_kind::country && (contains(v) || country_needed[v]))
                out.add_country(*g[v].country());
        for (std::size_t v = 0; v < n; ++v)
            if (contains(v) && g[v].kind() == vertex_kind::city)
                out.add_city(*g[v].city());
        for (std::size_t v = 0; v < n; ++v)
            if (contains(v) && g[v].kind() == vertex_kind::partner)
                out.add_partner(*g[v].partner());
        for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei)
            if (contains(*ei) &&
                static_cast<relation_kind>(g[*ei].value.kind) != relation_kind::member_of)
                out.add_relationship(g[net_->from(*ei)].id(), g[net_->to(*ei)].id(), g[*ei].value);
        return out;
    }

    /// The view as a `NetworkSource`: its network and what it keeps (found by
    /// argument-dependent lookup).
    friend source_parts<Network, filter> network_parts(const time_view& tv) noexcept {
        return {tv.net_, tv.filter_};
    }

private:
    const Network* net_;
    int year_;
    filter filter_;
    std::array<std::size_t, vertex_kind_count> counts_{};
    std::size_t relationships_ = 0;
};

/// The network as of `year` (see `time_view` for what that contains).
template <class C, class K, class P, class R>
[[nodiscard]] time_view<basic_network<C, K, P, R>> as_of(const basic_network<C, K, P, R>& net,
                                                         int year) {
    return time_view<basic_network<C, K, P, R>>(net, year);
}

/// A time view refers to its network: a temporary network would dangle.
template <class C, class K, class P, class R>
void as_of(const basic_network<C, K, P, R>&&, int) = delete;

} // namespace ascn

#endif // ASCN_TIME_VIEW_HPP

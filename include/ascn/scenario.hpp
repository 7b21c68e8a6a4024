// SPDX-License-Identifier: MIT
/// \file
/// `ascn::basic_scenario`: a what-if as a value, a list of changes to a network (drop a city, a
/// partner or a relationship; end every relationship of a partner in a year; add a city, a
/// country, a partner or a relationship), and `ascn::apply`, which makes them on a copy of a
/// network and returns the changed copy with the scenario that undoes it. The original is never
/// touched. What the changes do to the network's structure and peer learning is the business of
/// the floors above (`ascn/algorithm/whatif/`, `ascn/asean/mentor_changes.hpp`).
/// Reference: docs/whatif.md.
#ifndef ASCN_SCENARIO_HPP
#define ASCN_SCENARIO_HPP

#include "ascn/detail/members.hpp"
#include "ascn/error.hpp"
#include "ascn/model/kinds.hpp"
#include "ascn/network.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace ascn {

/// A what-if: changes applied in order to a copy of a network of type `Network` (a
/// `basic_network`). Each change names what it acts on by id, so one scenario applies to any
/// network holding those ids.
template <class Network>
struct basic_scenario {
    /// The network type.
    using network_type = Network;
    /// The network's city type.
    using city_type = typename Network::city_type;
    /// The network's country type.
    using country_type = typename Network::country_type;
    /// The network's partner type.
    using partner_type = typename Network::partner_type;
    /// The network's relationship type.
    using relationship_type = typename Network::relationship_type;

    /// Removes a vertex (a city, a partner, or a country without cities) and all its
    /// relationships.
    struct drop {
        std::string id; ///< the vertex
    };
    /// Removes every relationship between `from` and `to` (either declared direction) of `kind`
    /// (any kind but member-of, when empty) and, if given, starting in `start`. At least one
    /// must match.
    struct drop_link {
        std::string from;                  ///< one end
        std::string to;                    ///< the other end
        std::optional<relation_kind> kind; ///< only this kind (none: every kind)
        std::optional<int> start;          ///< only relationships that start this year
    };
    /// Ends every relationship of `id` (member-of excepted) that is still active after `year`:
    /// its last year becomes `year`, and one that would only start after `year` is removed. At
    /// least one must change. Needs a relationship type with an `end` (`ascn::HasEnd`).
    struct end_links {
        std::string id; ///< a partner or a city
        int year = 0;   ///< the last year its relationships are active
    };
    /// Adds a city (and its member-of relationship to its country, which must exist).
    struct add_city {
        city_type city; ///< the new city
    };
    /// Adds a country.
    struct add_country {
        country_type country; ///< the new country
    };
    /// Adds a partner.
    struct add_partner {
        partner_type partner; ///< the new partner
    };
    /// Adds a relationship from `from` to `to` (its declared direction).
    struct add_link {
        std::string from;               ///< declared source
        std::string to;                 ///< declared target
        relationship_type relationship; ///< kind, years and the rest
    };
    /// Removes one relationship from `from` to `to` equal to `relationship` (member-wise): the
    /// exact undo of `add_link`.
    struct remove_link {
        std::string from;               ///< declared source
        std::string to;                 ///< declared target
        relationship_type relationship; ///< the relationship to remove
    };

    /// One change.
    using change = std::variant<drop, drop_link, end_links, add_city, add_country, add_partner,
                                add_link, remove_link>;

    std::vector<change> changes; ///< applied in this order
};

/// A scenario on the default network.
using scenario = basic_scenario<network>;

/// What `apply` returns: the changed copy and the scenario that turns it back into the
/// original.
template <class Network>
struct applied_scenario {
    Network network;                  ///< the network with every change made
    basic_scenario<Network> inverse;  ///< applied to `network`, gives back the original's content
    std::vector<std::string> summary; ///< one line per change, in words, e.g. "drop jica"
};

namespace detail {

template <class R>
std::string link_text(std::string_view from, std::string_view to, const R& r) {
    std::string out = std::string(from) + " -" +
                      std::string(to_string(static_cast<relation_kind>(r.kind))) + "- " +
                      std::string(to) + " (" + std::to_string(static_cast<int>(r.start));
    if (const auto e = end_year(r))
        out += "-" + std::to_string(*e);
    return out + ")";
}

/// The changes of one scenario, made in place on `net` (a copy), recording their undo.
template <class Network>
class scenario_applier {
public:
    using S = basic_scenario<Network>;
    using R = typename Network::relationship_type;
    using edge_descriptor = typename Network::edge_descriptor;

    explicit scenario_applier(Network& net)
        : net_(net) {}

    void operator()(const typename S::drop& c) {
        const auto v = require(c.id, "drop");
        const auto& g = net_.graph();
        std::vector<typename S::change> undo;
        const auto& d = g[v];
        if (const auto* city = d.city())
            undo.emplace_back(typename S::add_city{*city});
        else if (const auto* k = d.country())
            undo.emplace_back(typename S::add_country{*k});
        else
            undo.emplace_back(typename S::add_partner{*d.partner()});
        for (auto [ei, ee] = boost::out_edges(v, g); ei != ee; ++ei) {
            if (static_cast<relation_kind>(g[*ei].value.kind) == relation_kind::member_of)
                continue; // made again by add_city
            undo.emplace_back(typename S::add_link{std::string(g[net_.from(*ei)].id()),
                                                   std::string(g[net_.to(*ei)].id()),
                                                   g[*ei].value});
        }
        std::string text = "drop " + c.id + " (" + std::string(to_string(d.kind())) + ")";
        net_.remove(c.id);
        push(std::move(undo), std::move(text));
    }

    void operator()(const typename S::drop_link& c) {
        const auto u = require(c.from, "drop-link"), v = require(c.to, "drop-link");
        if (c.kind == relation_kind::member_of)
            throw endpoint_error("member-of relationships go only with their city (drop the city)",
                                 {.id = c.from, .field = "kind", .value = "member-of"});
        const auto& g = net_.graph();
        std::vector<edge_descriptor> hits;
        for (auto [ei, ee] = boost::out_edges(u, g); ei != ee; ++ei) {
            const R& r = g[*ei].value;
            const auto k = static_cast<relation_kind>(r.kind);
            if (boost::target(*ei, g) == v && k != relation_kind::member_of &&
                (!c.kind || *c.kind == k) && (!c.start || *c.start == static_cast<int>(r.start)))
                hits.push_back(*ei);
        }
        if (hits.empty())
            throw value_error("no relationship between \"" + c.from + "\" and \"" + c.to + "\"" +
                                  (c.kind ? " of kind " + std::string(to_string(*c.kind)) : "") +
                                  (c.start ? " starting in " + std::to_string(*c.start) : "") +
                                  " to drop",
                              {.id = c.from + " -> " + c.to,
                               .field = "drop-link",
                               .value = c.kind ? std::string(to_string(*c.kind)) : ""});
        std::vector<typename S::change> undo;
        std::vector<relationship_handle> handles;
        std::string text;
        for (const auto& e : hits) {
            const std::string a(g[net_.from(e)].id()), b(g[net_.to(e)].id());
            undo.emplace_back(typename S::add_link{a, b, g[e].value});
            handles.push_back(net_.handle(e));
            text += (text.empty() ? "" : ", ") + link_text(a, b, g[e].value);
        }
        for (const auto h : handles)
            net_.remove(h);
        push(std::move(undo), "drop " + text);
    }

    void operator()(const typename S::end_links& c) {
        const auto v = require(c.id, "end");
        if constexpr (!requires(R r) { r.end = std::optional<int>(c.year); }) {
            throw value_error("this network's relationships have no end year",
                              {.id = c.id, .field = "end", .value = std::to_string(c.year)});
        } else {
            if (c.year < min_year || c.year > max_year)
                throw value_error("year " + std::to_string(c.year) + " is outside [" +
                                      std::to_string(min_year) + ", " + std::to_string(max_year) +
                                      "]",
                                  {.id = c.id, .field = "end", .value = std::to_string(c.year)},
                                  errc::year_out_of_range);
            const auto& g = net_.graph();
            struct edit {
                relationship_handle handle;
                std::string from, to;
                R before;
            };
            std::vector<edit> edits;
            for (auto [ei, ee] = boost::out_edges(v, g); ei != ee; ++ei) {
                const R& r = g[*ei].value;
                if (static_cast<relation_kind>(r.kind) == relation_kind::member_of)
                    continue;
                const auto end = end_year(r);
                if (end && *end <= c.year)
                    continue; // over by then
                edits.push_back({net_.handle(*ei), std::string(g[net_.from(*ei)].id()),
                                 std::string(g[net_.to(*ei)].id()), r});
            }
            if (edits.empty())
                throw value_error("\"" + c.id + "\" has no relationship active after " +
                                      std::to_string(c.year) + " to end",
                                  {.id = c.id, .field = "end", .value = std::to_string(c.year)});
            std::vector<typename S::change> undo;
            std::size_t ended = 0, removed = 0;
            for (auto& e : edits) {
                net_.remove(e.handle);
                if (static_cast<int>(e.before.start) <= c.year) {
                    R after = e.before;
                    after.end = c.year;
                    net_.add_relationship(e.from, e.to, after);
                    undo.emplace_back(typename S::remove_link{e.from, e.to, std::move(after)});
                    ++ended;
                } else
                    ++removed;
                undo.emplace_back(typename S::add_link{e.from, e.to, std::move(e.before)});
            }
            std::string text = "end " + c.id + "'s relationships in " + std::to_string(c.year) +
                               " (" + std::to_string(ended) + " ended";
            if (removed)
                text += ", " + std::to_string(removed) + " that would start later removed";
            push(std::move(undo), text + ")");
        }
    }

    void operator()(const typename S::add_city& c) {
        net_.add_city(c.city);
        push({typename S::drop{std::string(std::string_view(c.city.id))}},
             "add city " + std::string(std::string_view(c.city.id)));
    }
    void operator()(const typename S::add_country& c) {
        net_.add_country(c.country);
        push({typename S::drop{std::string(std::string_view(c.country.id))}},
             "add country " + std::string(std::string_view(c.country.id)));
    }
    void operator()(const typename S::add_partner& c) {
        net_.add_partner(c.partner);
        push({typename S::drop{std::string(std::string_view(c.partner.id))}},
             "add partner " + std::string(std::string_view(c.partner.id)));
    }
    void operator()(const typename S::add_link& c) {
        require(c.from, "add-link");
        require(c.to, "add-link");
        net_.add_relationship(c.from, c.to, c.relationship);
        push({typename S::remove_link{c.from, c.to, c.relationship}},
             "add " + link_text(c.from, c.to, c.relationship));
    }
    void operator()(const typename S::remove_link& c) {
        const auto u = require(c.from, "remove-link"), v = require(c.to, "remove-link");
        const auto& g = net_.graph();
        std::optional<relationship_handle> hit;
        for (auto [ei, ee] = boost::out_edges(u, g); ei != ee && !hit; ++ei)
            if (boost::target(*ei, g) == v && net_.from(*ei) == u && same(g[*ei].value, c))
                hit = net_.handle(*ei);
        if (!hit)
            throw value_error(
                "no such relationship to remove: " + link_text(c.from, c.to, c.relationship),
                {.id = c.from + " -> " + c.to,
                 .field = "remove-link",
                 .value = std::string(to_string(static_cast<relation_kind>(c.relationship.kind)))});
        net_.remove(*hit);
        push({typename S::add_link{c.from, c.to, c.relationship}},
             "remove " + link_text(c.from, c.to, c.relationship));
    }

    /// The undo of everything done so far: the undo of the last change first.
    [[nodiscard]] S inverse() const {
        S out;
        for (auto it = undo_.rbegin(); it != undo_.rend(); ++it)
            out.changes.insert(out.changes.end(), it->begin(), it->end());
        return out;
    }
    [[nodiscard]] std::vector<std::string> summary() const { return summary_; }

private:
    static bool same(const R& a, const typename S::remove_link& c) {
        if constexpr (std::equality_comparable<R>)
            return a == c.relationship;
        else
            return a.kind == c.relationship.kind && a.start == c.relationship.start &&
                   end_year(a) == end_year(c.relationship);
    }
    typename Network::vertex_descriptor require(const std::string& id, const char* change) const {
        const auto v = net_.vertex(id);
        if (!v) {
            // The network's own lookup names the id and suggests the closest ones.
            try {
                (void)net_.at(id);
            } catch (const unknown_id_error& e) {
                throw unknown_id_error(std::string(change) + ": no vertex has id \"" + id + "\"",
                                       {.id = id, .field = change, .value = id}, e.suggestions());
            }
        }
        return *v;
    }
    void push(std::vector<typename S::change> undo, std::string text) {
        undo_.push_back(std::move(undo));
        summary_.push_back(std::move(text));
    }

    Network& net_;
    std::vector<std::vector<typename S::change>> undo_;
    std::vector<std::string> summary_;
};

} // namespace detail

/// Makes the changes of `s`, in order, on a copy of `net`, and returns the copy with the
/// scenario that undoes them (`apply(apply(net, s).network, inverse)` has exactly `net`'s
/// vertices and relationships, though relationship handles differ) and a line per change.
/// Throws, naming the change's id and field: `unknown_id_error` for an id not in the network
/// (with suggestions), `value_error` for a `drop_link` that matches nothing or an `end_links`
/// that ends nothing, and whatever the network throws for a change it refuses (a duplicate id,
/// a relationship its kind does not allow, a country that still has cities). `net` is never
/// changed. O(V + E) for the copy, then each change costs what the network's mutation costs.
template <class C, class K, class P, class R>
[[nodiscard]] applied_scenario<basic_network<C, K, P, R>>
apply(const basic_network<C, K, P, R>& net, const basic_scenario<basic_network<C, K, P, R>>& s) {
    using Network = basic_network<C, K, P, R>;
    Network copy = net;
    detail::scenario_applier<Network> doer(copy);
    for (const auto& c : s.changes)
        std::visit(doer, c);
    return {std::move(copy), doer.inverse(), doer.summary()};
}

} // namespace ascn

#endif // ASCN_SCENARIO_HPP

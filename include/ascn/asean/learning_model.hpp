// SPDX-License-Identifier: MIT
/// \file
/// `ascn::learning_model`: the ASCN's model of how knowledge moves between cities (an arc policy
/// that combines parallel ties, explains its hops and opens the network's own channel), and
/// mentor strength per city and focus area.
/// Background and sources: docs/peer-learning-model.md.
#ifndef ASCN_ASEAN_LEARNING_MODEL_HPP
#define ASCN_ASEAN_LEARNING_MODEL_HPP

#include "ascn/arc_policy.hpp"
#include "ascn/concepts.hpp"
#include "ascn/detail/members.hpp"
#include "ascn/focus_area.hpp"
#include "ascn/model/kinds.hpp"
#include "ascn/snapshot.hpp"
#include "ascn/source.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ascn {

/// The default peer-learning model: each hop passes knowledge on with probability p, and
/// costs -log p, so a path's cost is -log of the product of its hops' probabilities.
///
/// p = p_kind × strength × m_focus [× hub penalty when leaving a partner or country]
///     [× border, on a direct city-city tie between two member states] [× recency decay].
///
/// Defaults follow the ordinal model of docs/peer-learning-model.md; every number can be
/// changed. Member-of ties are travelled as "same country": entering a country costs
/// nothing and leaving it for another of its cities has p = `same_country`, so two cities of
/// one country are one hop of p = 0.35 (× m_focus) apart, whatever the country's size.
struct learning_model {
    // --- p_kind: direct city-city ties ---------------------------------------------------
    double peer_learning = 0.60; ///< a documented city-city exchange
    double twinning = 0.50;      ///< city-city twinning
    double same_country = 0.35;  ///< two cities of one member state
    // --- p_kind: half-hops through a partner -------------------------------------------
    double via_twinning = 0.70;     ///< city <-> partner twinning
    double via_support = 0.60;      ///< funding, technical assistance, a delivered project
    double via_business = 0.50;     ///< business match
    double via_programme = 0.50;    ///< taking part in a programme
    double between_partners = 0.60; ///< programme <-> the partner that runs it
    double hub_exponent = 0.5;      ///< leaving a partner that serves n cities: × (n-1)^-γ
    /// The network's own channel: every member city takes part in the network's meetings and
    /// platform, a programme joining all n cities (half-hop p; the hub penalty applies on
    /// leaving it). 0: no channel.
    double via_network = 0.50;
    // --- focus area -----------------------------------------------------------------------
    std::optional<focus_area> focus; ///< the area knowledge is sought in; none: every tie 1
    double tagged = 1.0;             ///< the tie concerns the focus area
    double untagged = 0.6;           ///< the tie has no focus areas recorded
    double other_area = 0.3;         ///< the tie concerns other areas only
    // --- context --------------------------------------------------------------------------
    double border = 0.85; ///< a direct city-city tie between two member states
    /// Reference year for lapsed ties: a relationship that ended before it is multiplied by
    /// exp(-(year - end) / decay_years). Without a year, ties count whether or not they ended
    /// (build from `as_of(net, year)` to leave lapsed ties out instead).
    std::optional<int> year;
    double decay_years = 2.0; ///< half-life, in years, of a tie that ended before `year`

    /// p_kind of a hop: what its relation kind passes on before any factor.
    template <class Network>
    [[nodiscard]] double base(const hop<Network>& h) const {
        const vertex_kind from = h.from().kind();
        const vertex_kind to = h.to().kind();
        switch (h.kind()) {
        case relation_kind::member_of:
            return from == vertex_kind::city ? 1.0 : same_country;
        case relation_kind::peer_learning:
            return peer_learning;
        case relation_kind::twinning:
            return from == vertex_kind::city && to == vertex_kind::city ? twinning : via_twinning;
        case relation_kind::support:
            return via_support;
        case relation_kind::business_match:
            return via_business;
        case relation_kind::participation:
            return via_programme;
        case relation_kind::programme_of:
            return between_partners;
        }
        return 0.0;
    }

    /// The hub penalty of a hop: (n-1)^-γ when it leaves a partner that serves n > 2 cities.
    template <class Network>
    [[nodiscard]] double hub(const hop<Network>& h) const {
        if (h.from().kind() == vertex_kind::partner && h.to().kind() == vertex_kind::city &&
            h.sender_cities > 2)
            return std::pow(static_cast<double>(h.sender_cities - 1), -hub_exponent);
        return 1.0;
    }

    /// The probability for a hop (0 when knowledge does not move along it).
    template <class Network>
    [[nodiscard]] double probability(const hop<Network>& h) const {
        if (h.kind() == relation_kind::member_of && h.from().kind() == vertex_kind::city)
            return 1.0; // entering the country: the cost is paid on leaving it
        double p = base(h) * hub(h) * strength_of(h.relationship()) * focus_factor(h) *
                   decay(h.relationship());
        if (crosses_border(h))
            p *= border;
        return std::clamp(p, 0.0, 1.0);
    }

    /// The policy: cost -log p, none where p is 0.
    template <class Network>
    [[nodiscard]] std::optional<double> operator()(const hop<Network>& h) const {
        const double p = probability(h);
        if (!(p > 0))
            return std::nullopt;
        return p >= 1 ? 0.0 : -std::log(p);
    }

    /// The costs into and out of the network's own channel for `cities` member cities (an
    /// untagged tie under a focus area), or none when `via_network` is 0.
    [[nodiscard]] std::optional<std::pair<double, double>> channel(std::size_t cities) const {
        if (!(via_network > 0) || cities < 2)
            return std::nullopt;
        const double m = focus ? untagged : 1.0;
        const double p_in = std::clamp(via_network * m, 0.0, 1.0);
        const double p_out =
            std::clamp(p_in * std::pow(static_cast<double>(cities - 1), -hub_exponent), 0.0, 1.0);
        return std::pair(-std::log(p_in), -std::log(p_out));
    }

    /// Why an arc into (`entering`) or out of the network's own channel costs `cost`.
    [[nodiscard]] static std::string explain_channel(bool entering, double cost) {
        return std::string("the network's own channel (meetings, platform), ") +
               (entering ? "entering" : "leaving") + ", p " + fixed(std::exp(-cost));
    }

    /// Parallel ties are independent chances: p = 1 - (1 - p_a)(1 - p_b).
    [[nodiscard]] static double combine(double a, double b) noexcept {
        const double pa = std::exp(-a), pb = std::exp(-b);
        const double p = 1 - (1 - pa) * (1 - pb);
        return p >= 1 ? 0.0 : -std::log(p);
    }

    /// Why a hop costs what it costs, e.g. "support, p 0.60 × hub 0.41 (serves 7 cities) ×
    /// focus 0.60 (untagged) = 0.15".
    template <class Network>
    [[nodiscard]] std::string explain(const hop<Network>& h) const {
        const auto kind = h.kind();
        if (kind == relation_kind::member_of && h.from().kind() == vertex_kind::city)
            return "same country (entering: free)";
        std::string out =
            kind == relation_kind::member_of
                ? std::string("same country")
                : std::string(detail::relation_kind_tokens[static_cast<std::size_t>(kind)]);
        out += ", p " + fixed(base(h));
        const double s = strength_of(h.relationship());
        if (s != 1)
            out += " × strength " + fixed(s);
        if (hub(h) != 1)
            out += " × hub " + fixed(hub(h)) + " (serves " + std::to_string(h.sender_cities) +
                   " cities)";
        out += focus_text(h);
        if (crosses_border(h))
            out += " × border " + fixed(border);
        const double d = decay(h.relationship());
        if (d != 1)
            out += " × lapsed " + fixed(d);
        return out + " = " + fixed(probability(h));
    }

private:
    template <class Network>
    static bool crosses_border(const hop<Network>& h) {
        return h.kind() != relation_kind::member_of && h.from().kind() == vertex_kind::city &&
               h.to().kind() == vertex_kind::city &&
               std::string_view(h.from().city()->country) !=
                   std::string_view(h.to().city()->country);
    }
    static std::string fixed(double x) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", x);
        return buf;
    }
    template <class R>
    static double strength_of(const R& r) {
        if (const auto s = detail::strength_of(r))
            return std::min(1.0, *s);
        return 1.0;
    }
    template <class Network>
    double focus_factor(const hop<Network>& h) const {
        if (!focus)
            return 1.0;
        const std::optional<bool> about = detail::concerns(h.relationship(), *focus);
        if (!about)
            return untagged;
        return *about ? tagged : other_area;
    }
    template <class Network>
    std::string focus_text(const hop<Network>& h) const {
        if (!focus)
            return "";
        const double f = focus_factor(h);
        const char* why = f == tagged ? "tagged" : f == untagged ? "untagged" : "other areas";
        return " × focus " + fixed(f) + " (" + why + ")";
    }
    template <class R>
    double decay(const R& r) const {
        const std::optional<int> end = detail::end_year(r);
        if (year && end && *end < *year)
            return std::exp(-static_cast<double>(*year - *end) / decay_years);
        return 1.0;
    }
};

/// What a city has done in one focus area: projects by status, and whether the area is one
/// of its action-plan priorities.
struct focus_record {
    double completed = 0;  ///< projects completed
    double ongoing = 0;    ///< projects under way
    double planned = 0;    ///< projects planned
    double unstated = 0;   ///< projects whose status is not stated ("ongoing or planning")
    bool priority = false; ///< the area is a priority of the city's 2018 action plan

    /// Projects done or under way (the evidence a mentor needs).
    [[nodiscard]] double active() const noexcept { return completed + ongoing + unstated; }
};

/// A city's record in every focus area.
using focus_records = std::array<focus_record, focus_area_count>;

/// Mentor strength: how much a city has to teach in one focus area, in [0, 1).
///
/// raw = completed + 0.5 ongoing + 0.3 unstated + 0.1 planned + 0.5 [priority];
/// S = 1 - exp(-raw / scale). The saturating form stops one busy city from dwarfing the rest.
struct strength_model {
    double completed = 1.0; ///< weight of a completed project
    double ongoing = 0.5;   ///< weight of an ongoing project
    double unstated = 0.3;  ///< weight of a project of unstated status
    double planned = 0.1;   ///< weight of a planned project
    double priority = 0.5;  ///< added when the area is a priority
    double scale = 1.5;     ///< raw value at which S reaches 1 - 1/e

    /// The weighted count `raw` of the record.
    [[nodiscard]] double raw(const focus_record& r) const noexcept {
        return completed * r.completed + ongoing * r.ongoing + unstated * r.unstated +
               planned * r.planned + (r.priority ? priority : 0.0);
    }
    /// The strength S = 1 - exp(-raw / scale), in [0, 1).
    [[nodiscard]] double operator()(const focus_record& r) const noexcept {
        return 1 - std::exp(-raw(r) / scale);
    }
};

/// Records by city id.
using focus_record_map = std::unordered_map<std::string, focus_records>;

/// Records from the cities' `focus_profile`s, for networks without project statuses: each
/// project counts as "status not stated". Cities without a `focus_profile` get none.
template <NetworkSource Source>
[[nodiscard]] focus_record_map records_from_profiles(const Source& source) {
    const auto& net = *network_parts(source).network;
    focus_record_map out;
    const auto& g = net.graph();
    for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi)
        if (const auto* c = g[*vi].city()) {
            if constexpr (requires { c->profile.projects; }) {
                focus_records r{};
                for (std::size_t i = 0; i < focus_area_count; ++i)
                    r[i].unstated = static_cast<double>(c->profile.projects[i]);
                out.emplace(std::string(c->id), r);
            }
        }
    return out;
}

/// Mentor strength and evidence (projects done or under way) in `area`, by snapshot
/// vertex: 0 for vertices that are not cities or have no record.
struct area_strengths {
    std::vector<double>
        strength; ///< mentor strength of each vertex (0 for vertices that are not cities)
    std::vector<double>
        evidence; ///< active projects behind it (`focus_record::active()`), per vertex
};

/// Looks up every city of `lg` in `records` and scores it with `model`.
[[nodiscard]] inline area_strengths strengths(const snapshot& lg, const focus_record_map& records,
                                              focus_area area, const strength_model& model = {}) {
    area_strengths out;
    out.strength.assign(lg.num_vertices(), 0.0);
    out.evidence.assign(lg.num_vertices(), 0.0);
    const auto i = static_cast<std::size_t>(area);
    for (std::size_t v = 0; v < lg.num_vertices(); ++v) {
        if (lg.kind(static_cast<snapshot::vertex_index>(v)) != vertex_kind::city)
            continue;
        const auto it = records.find(std::string(lg.id(static_cast<snapshot::vertex_index>(v))));
        if (it == records.end())
            continue;
        out.strength[v] = model(it->second[i]);
        out.evidence[v] = it->second[i].active();
    }
    return out;
}

/// The context factor between two cities: exp(-lambda × d) × (border if their countries
/// differ), where d in [0, 1] is the mean of the available Gower terms: |log10 population
/// difference| / 3 (capped at 1), capital flag differs, and the share of city roles not
/// shared. Fields a city type lacks are left out of the mean. Indexed by snapshot vertex.
template <NetworkSource Source>
[[nodiscard]] std::function<double(snapshot::vertex_index, snapshot::vertex_index)>
city_affinity(const Source& source, const snapshot& lg, double lambda = 0.7, double border = 0.85) {
    const auto& net = *network_parts(source).network;
    using network_type = std::remove_cvref_t<decltype(net)>;
    using city_type = typename network_type::city_type;
    // Each city's terms worked out once (the same doubles as from the city each time): the
    // affinity is asked for by every mentor search, thousands of times per learner.
    struct terms {
        bool city = false;
        bool has_log = false; // a positive population
        double log_population = 0;
        std::int8_t capital = -1; // -1: unknown
        std::uint8_t roles = 0;
        std::uint32_t country = 0; // numbered: compared as a number, not as text
    };
    std::vector<terms> of(lg.num_vertices());
    std::unordered_map<std::string_view, std::uint32_t> country_number;
    for (std::size_t v = 0; v < lg.num_vertices(); ++v) {
        const auto lv = static_cast<snapshot::vertex_index>(v);
        if (lg.is_channel(lv))
            continue;
        const city_type* c = net.graph()[lg.to_network(lv)].city();
        if (!c)
            continue;
        auto& t = of[v];
        t.city = true;
        if (const auto p = detail::population_of(*c); p && *p > 0) {
            t.has_log = true;
            t.log_population = std::log10(static_cast<double>(*p));
        }
        if (const auto cap = detail::capital_of(*c))
            t.capital = *cap ? 1 : 0;
        if constexpr (HasRoles<city_type>)
            t.roles = c->roles.mask();
        t.country = country_number
                        .try_emplace(std::string_view(c->country),
                                     static_cast<std::uint32_t>(country_number.size()))
                        .first->second;
    }
    return
        [of = std::move(of), lambda, border](snapshot::vertex_index a, snapshot::vertex_index b) {
            const terms& x = of[a];
            const terms& y = of[b];
            if (!x.city || !y.city)
                return 1.0;
            double sum = 0;
            int terms_used = 0;
            if (x.has_log && y.has_log) {
                sum += std::min(1.0, std::abs(x.log_population - y.log_population) / 3.0);
                ++terms_used;
            }
            if (x.capital >= 0 && y.capital >= 0) {
                sum += x.capital != y.capital ? 1.0 : 0.0;
                ++terms_used;
            }
            if constexpr (HasRoles<city_type>) {
                const int either = std::popcount(static_cast<unsigned>(x.roles | y.roles));
                const int both = std::popcount(static_cast<unsigned>(x.roles & y.roles));
                if (either > 0) {
                    sum += 1.0 - static_cast<double>(both) / either;
                    ++terms_used;
                }
            }
            const double d = terms_used ? sum / terms_used : 0.0;
            double f = std::exp(-lambda * d);
            if (x.country != y.country)
                f *= border;
            return f;
        };
}

} // namespace ascn

#endif // ASCN_ASEAN_LEARNING_MODEL_HPP

// SPDX-License-Identifier: MIT
/// \file
/// The pilot cities' 2018 Smart City Action Plans (S4), whole: the vision, the focus areas the
/// plan chose (as framework areas and in the plan's own words), its strategic targets, and all
/// its priority projects with the support each one asks for. Read from data/action_plans.csv,
/// action_plan_targets.csv, action_plan_projects.csv and action_plan_support.csv; reached
/// through `ascn::data::dataset::plan_of(city)`. See docs/data-sources.md.
#ifndef ASCN_ASEAN_PLANS_HPP
#define ASCN_ASEAN_PLANS_HPP

#include "ascn/detail/csv.hpp"
#include "ascn/focus_area.hpp"
#include "ascn/network.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ascn::data {

/// What kind of help a project's "support required" item asks for. An editorial reading of
/// the item's wording (data/README.md gives the rule); an item may ask for several.
enum class support_kind : std::uint8_t {
    funding = 0,     ///< money: financial support, funding, investment
    technical = 1,   ///< technical assistance or expertise, technology, infrastructure
    advisory = 2,    ///< advice, consulting, feasibility studies, planning and design services
    knowledge = 3,   ///< knowledge sharing, mentoring, training
    partnership = 4, ///< collaboration with partners, companies, providers, stakeholders
    political = 5,   ///< political will, the support of citizens or of authorities
};

/// Number of support kinds.
inline constexpr std::size_t support_kind_count = 6;

/// The token used in data/action_plan_support.csv: "funding", "technical", "advisory",
/// "knowledge", "partnership", "political".
[[nodiscard]] constexpr std::string_view to_string(support_kind k) noexcept {
    constexpr std::array<std::string_view, support_kind_count> tokens = {
        "funding", "technical", "advisory", "knowledge", "partnership", "political"};
    return tokens[static_cast<std::size_t>(k)];
}

/// Parses a token of `to_string(support_kind)`; `std::nullopt` for anything else.
[[nodiscard]] constexpr std::optional<support_kind> parse_support_kind(std::string_view s) {
    for (std::uint8_t i = 0; i < support_kind_count; ++i)
        if (to_string(static_cast<support_kind>(i)) == s)
            return static_cast<support_kind>(i);
    return std::nullopt;
}

/// One "support required" item of a priority project, as the plan words it.
struct support_request {
    int number = 1;                   ///< its place in the project's list, from 1
    std::string text;                 ///< the item, e.g. "Technical support"
    std::vector<std::string> details; ///< its sub-points, if the plan lists any
    std::vector<support_kind> kinds;  ///< what it asks for (editorial), at least one
    std::string source;               ///< source key(s)
};

/// A priority project of an action plan.
struct planned_project {
    int number = 1;                       ///< its number in the plan: 1, 2 (Manila: 3)
    std::string title;                    ///< its title, as in the plan
    std::vector<support_request> support; ///< the support it asks for (empty: none stated)
    std::string source;                   ///< source key(s)
};

/// A strategic target of an action plan.
struct strategic_target {
    int number = 1;      ///< its place in the plan's list, from 1
    std::string heading; ///< the plan's heading over it ("High Quality of Life"), or empty
    std::string text;    ///< the target, as in the plan
    std::string source;  ///< source key(s)
};

/// A pilot city's 2018 Smart City Action Plan (S4): vision, focus areas, strategic targets and
/// priority projects, the plan's four components.
struct action_plan {
    std::string city;                      ///< city id
    focus_set focus;                       ///< the plan's focus areas as framework areas
    std::vector<std::string> focus_labels; ///< the focus areas in the plan's own words
    std::string vision;                    ///< the plan's vision, as in the plan
    std::vector<strategic_target> targets; ///< its strategic targets, in plan order
    std::vector<planned_project> projects; ///< its priority projects, in plan order
    std::string source;                    ///< source key(s) of the plan and its mapping

    /// The priority project with this number, or nullptr.
    [[nodiscard]] const planned_project* project(int number) const {
        for (const auto& p : projects)
            if (p.number == number)
                return &p;
        return nullptr;
    }
};

namespace detail {

/// The plan of `city` in `plans`, or a parse error at the row.
inline action_plan& plan_at(std::vector<action_plan>& plans, const ascn::detail::row_reader& r) {
    for (auto& p : plans)
        if (p.city == r["city"])
            return p;
    r.fail("city", "no action plan of this city in action_plans.csv");
}

/// Expects `number` to be the next in a list of `size` items numbered from 1.
inline int next_number(const ascn::detail::row_reader& r, std::string_view column,
                       std::size_t size) {
    const int n = r.integer(column);
    if (n != static_cast<int>(size) + 1)
        r.fail(column, "expected " + std::to_string(size + 1) + " (numbered from 1, in order)");
    return n;
}

/// Parses the four action-plan files into `out`; every city must be a city of `net`, every
/// target, project and support item must belong to a plan (and project), numbered from 1 in
/// order. Empty texts for the last three: plans without targets, projects or support.
inline void parse_action_plans(std::string_view plans, std::string_view targets,
                               std::string_view projects, std::string_view support,
                               const ascn::network& net, std::vector<action_plan>& out) {
    using ascn::detail::row_reader;
    const auto p = ascn::detail::parse_csv(
        plans, "action_plans.csv", {"city", "focus_areas", "focus_labels", "vision", "source"});
    ascn::detail::for_rows(p, [&](const row_reader& r) {
        if (!net.find_city(r["city"]))
            r.fail("city", "unknown city");
        if (std::any_of(out.begin(), out.end(), [&](const auto& a) { return a.city == r["city"]; }))
            r.fail("city", "a second action plan for this city");
        out.push_back({r["city"],
                       r.focus("focus_areas"),
                       r.list("focus_labels"),
                       r["vision"],
                       {},
                       {},
                       r["source"]});
    });
    if (!targets.empty()) {
        const auto t = ascn::detail::parse_csv(targets, "action_plan_targets.csv",
                                               {"city", "number", "heading", "target", "source"});
        ascn::detail::for_rows(t, [&](const row_reader& r) {
            auto& plan = plan_at(out, r);
            const int n = next_number(r, "number", plan.targets.size());
            plan.targets.push_back({n, r["heading"], r["target"], r["source"]});
        });
    }
    if (!projects.empty()) {
        const auto t = ascn::detail::parse_csv(projects, "action_plan_projects.csv",
                                               {"city", "number", "title", "source"});
        ascn::detail::for_rows(t, [&](const row_reader& r) {
            auto& plan = plan_at(out, r);
            const int n = next_number(r, "number", plan.projects.size());
            plan.projects.push_back({n, r["title"], {}, r["source"]});
        });
    }
    if (!support.empty()) {
        const auto t = ascn::detail::parse_csv(
            support, "action_plan_support.csv",
            {"city", "project", "number", "support", "details", "kinds", "source"});
        ascn::detail::for_rows(t, [&](const row_reader& r) {
            auto& plan = plan_at(out, r);
            const int number = r.integer("project");
            auto project = std::find_if(plan.projects.begin(), plan.projects.end(),
                                        [&](const auto& x) { return x.number == number; });
            if (project == plan.projects.end())
                r.fail("project", "no such project in action_plan_projects.csv");
            support_request s;
            s.number = next_number(r, "number", project->support.size());
            s.text = r["support"];
            s.details = r.list("details");
            for (const auto& k : r.list("kinds")) {
                auto kind = parse_support_kind(k);
                if (!kind)
                    r.fail("kinds", "unknown support kind \"" + k + "\"");
                s.kinds.push_back(*kind);
            }
            if (s.kinds.empty())
                r.fail("kinds", "expected at least one support kind");
            s.source = r["source"];
            project->support.push_back(std::move(s));
        });
    }
}

} // namespace detail

} // namespace ascn::data

#endif // ASCN_ASEAN_PLANS_HPP

// SPDX-License-Identifier: MIT
// A city's 2018 action plan against the 2025 monitoring report's projects, by focus area: what
// `ascn plans` and the report show. Defined once, in plans.cpp.
#ifndef ASCN_TOOL_PLANS_HPP
#define ASCN_TOOL_PLANS_HPP

#include "input.hpp"

#include <ascn/asean/dataset.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace ascn_tool {

/// One city's plan and what was done.
struct plan_row {
    std::string city, name;
    const ascn::data::action_plan* plan = nullptr;    ///< null: no 2018 plan
    std::vector<ascn::focus_area> planned;            ///< the plan's areas, in plan order
    std::vector<const ascn::data::project*> projects; ///< the 2025 report's projects
    std::array<std::size_t, ascn::focus_area_count> projects_by_area{};
    std::vector<ascn::focus_area> kept, dropped, added; ///< planned with / without projects;
                                                        ///< projects in an unplanned area
};

/// Every city of the network with a plan or projects (or only `city`), in network order.
/// Precondition: `in.embedded()`.
std::vector<plan_row> compare_plans(const input& in, const std::string& city = {});

} // namespace ascn_tool

#endif // ASCN_TOOL_PLANS_HPP

// SPDX-License-Identifier: MIT
#include "plans.hpp"

#include <ascn/views.hpp>

#include <algorithm>

namespace ascn_tool {

std::vector<plan_row> compare_plans(const input& in, const std::string& city) {
    const auto& d = in.dataset();
    const ascn::network& net = in.network();
    if (!city.empty())
        (void)net.city(city); // an unknown id: an error with suggestions
    std::vector<plan_row> out;
    for (const ascn::city& c : ascn::cities(net)) {
        if (!city.empty() && c.id != city)
            continue;
        plan_row r;
        r.city = c.id;
        r.name = c.name;
        r.plan = d.plan_of(c.id);
        if (r.plan)
            for (auto a : ascn::all_focus_areas)
                if (r.plan->focus.contains(a))
                    r.planned.push_back(a);
        for (const auto& p : d.projects)
            if (p.city == c.id) {
                r.projects.push_back(&p);
                ++r.projects_by_area[static_cast<std::size_t>(p.focus)];
            }
        if (!r.plan && r.projects.empty() && city.empty())
            continue;
        for (auto a : ascn::all_focus_areas) {
            const bool planned =
                std::find(r.planned.begin(), r.planned.end(), a) != r.planned.end();
            const bool done = r.projects_by_area[static_cast<std::size_t>(a)] > 0;
            if (planned && done)
                r.kept.push_back(a);
            else if (planned)
                r.dropped.push_back(a);
            else if (done && r.plan)
                r.added.push_back(a);
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace ascn_tool

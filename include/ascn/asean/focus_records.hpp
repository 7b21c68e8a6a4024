// SPDX-License-Identifier: MIT
/// \file
/// Focus-area records of the embedded ASCN's cities (projects by status, action-plan
/// priorities), for mentor strength. See docs/peer-learning-model.md.
#ifndef ASCN_ASEAN_FOCUS_RECORDS_HPP
#define ASCN_ASEAN_FOCUS_RECORDS_HPP

#include "ascn/asean/dataset.hpp"
#include "ascn/asean/learning_model.hpp"

#include <cstddef>

namespace ascn::data {

/// Every city's record per focus area: the 2025 monitoring report's projects counted by
/// status in their primary focus area, and the 2018 action plan's focus areas as priorities.
/// Cities with neither get an empty record.
[[nodiscard]] inline focus_record_map focus_records_of(const dataset& d) {
    focus_record_map out;
    const auto& g = d.network.graph();
    for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi)
        if (const auto* c = g[*vi].city())
            out.try_emplace(c->id);
    for (const auto& p : d.projects) {
        auto& r = out[p.city][static_cast<std::size_t>(p.focus)];
        if (!p.status)
            r.unstated += 1;
        else if (*p.status == project_status::completed)
            r.completed += 1;
        else if (*p.status == project_status::ongoing)
            r.ongoing += 1;
        else
            r.planned += 1;
    }
    for (const auto& plan : d.action_plans)
        for (auto area : all_focus_areas)
            if (plan.focus.contains(area))
                out[plan.city][static_cast<std::size_t>(area)].priority = true;
    return out;
}

} // namespace ascn::data

#endif // ASCN_ASEAN_FOCUS_RECORDS_HPP

// SPDX-License-Identifier: MIT
// What `ascn path`, `ascn mentors` and the report share: vertices by id, paths as text and JSON,
// and the focus-area records mentor strength is computed from. Defined once, in paths.cpp.
#ifndef ASCN_TOOL_PATHS_HPP
#define ASCN_TOOL_PATHS_HPP

#include "input.hpp"

#include <ascn/algorithm/paths/path.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/snapshot.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace ascn_tool {

/// The snapshot vertex with this id; throws `unknown_id_error` (with suggestions from the
/// network) when there is none.
ascn::snapshot::vertex_index vertex_of(const ascn::snapshot& s, const ascn::network& net,
                                       const std::string& id);

/// The ids of a path's vertices joined by " > ".
std::string joined_path(const ascn::snapshot& s, const ascn::path& p);

/// A path as JSON: cost, probability, bottleneck, vertices and every hop explained.
nlohmann::ordered_json path_json(const ascn::snapshot& s, const ascn::path& p);

/// The focus-area records mentor strength is computed from: on the embedded ASCN its projects by
/// status and action-plan priorities, otherwise the cities' profiles.
ascn::focus_record_map focus_records(const input& in);

} // namespace ascn_tool

#endif // ASCN_TOOL_PATHS_HPP

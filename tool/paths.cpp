// SPDX-License-Identifier: MIT
#include "paths.hpp"

#include <ascn/algorithm/paths/explain.hpp>
#include <ascn/asean/focus_records.hpp>
#include <ascn/error.hpp>

namespace ascn_tool {

ascn::snapshot::vertex_index vertex_of(const ascn::snapshot& s, const ascn::network& net,
                                       const std::string& id) {
    if (const auto v = s.find(id))
        return *v;
    (void)net.at(id); // an unknown id: an error with suggestions
    throw ascn::unknown_id_error("not in the network", {.id = id, .field = "id", .value = id});
}

std::string joined_path(const ascn::snapshot& s, const ascn::path& p) {
    std::string out;
    for (auto v : p.vertices) {
        if (!out.empty())
            out += " > ";
        out += s.id(v);
    }
    return out;
}

nlohmann::ordered_json path_json(const ascn::snapshot& s, const ascn::path& p) {
    nlohmann::ordered_json j;
    j["cost"] = p.cost;
    j["probability"] = p.probability();
    j["bottleneck"] = ascn::bottleneck(s, p);
    auto& vs = j["vertices"] = nlohmann::ordered_json::array();
    for (auto v : p.vertices)
        vs.push_back(s.id(v));
    auto& hs = j["hops"] = nlohmann::ordered_json::array();
    for (const auto& h : ascn::explain(s, p))
        hs.push_back({{"from", h.from},
                      {"to", h.to},
                      {"kinds", ascn::to_string(h.kinds)},
                      {"relationships", h.relationships},
                      {"cost", h.cost},
                      {"reason", h.reason}});
    return j;
}

ascn::focus_record_map focus_records(const input& in) {
    return in.embedded() ? ascn::data::focus_records_of(in.dataset())
                         : ascn::records_from_profiles(in.network());
}

} // namespace ascn_tool

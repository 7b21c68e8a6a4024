// SPDX-License-Identifier: MIT
// The report page's map, drawn without Graphviz: coastlines and borders of South-East Asia
// (Natural Earth, embedded from sea-outline.json), cities at their coordinates coloured by
// cluster, partners at the centre of the cities they work with, relationships as lines. One
// static SVG with a viewBox that fits its box; every city, partner and relationship carries
// data-id, data-from and data-to (years) for the page's script (search, panel, year slider).
#ifndef ASCN_TOOL_REPORT_MAP_HPP
#define ASCN_TOOL_REPORT_MAP_HPP

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace ascn_tool {

/// One entry of the map's legend.
struct map_key {
    std::string label, colour;
};

/// The map's figure: toolbar (year slider, zoom; shown only with JavaScript), the SVG and its
/// legend. `network` is the node-link JSON of the network (ascn::io::to_json); `colour` maps
/// city ids to colours; `first` and `last` are the years the slider spans.
std::string map_figure(const nlohmann::ordered_json& network,
                       const std::map<std::string, std::string, std::less<>>& colour,
                       const std::vector<map_key>& legend, int first, int last);

} // namespace ascn_tool

#endif // ASCN_TOOL_REPORT_MAP_HPP

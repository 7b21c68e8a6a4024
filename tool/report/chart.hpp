// SPDX-License-Identifier: MIT
// The report's line charts, drawn as SVG at report time: small multiples of measures over the
// years (the network year by year). Each panel is a small line chart with its axes, its ticks,
// a legend, a point per year (a <title> with its value, for a pointer's tooltip) and a <title>
// and <desc> that say the same in words; the report's table holds the same numbers.
#ifndef ASCN_TOOL_REPORT_CHART_HPP
#define ASCN_TOOL_REPORT_CHART_HPP

#include <cstddef>
#include <string>
#include <vector>

namespace ascn_tool {

/// One line of a chart: a value per year (NaN: none that year, the line broken there).
struct chart_series {
    std::string label;
    std::string colour;
    std::vector<double> values;
    bool dashed = false; ///< drawn dashed (told apart without its colour)
};

/// One panel: a title, what its axis measures, its lines.
struct chart_panel {
    std::string title;
    std::string unit;      ///< under the title: what the values are
    int decimals = 0;      ///< of the axis ticks and the points' values
    bool from_zero = true; ///< the axis starts at 0 (else near the smallest value)
    std::vector<chart_series> series;
};

/// The rows `panel`'s legend takes in a panel `width` wide.
std::size_t chart_key_rows(const chart_panel& panel, double width = 320);

/// One panel as an SVG of its own (`width` × `height` in its viewBox, shrinking with its box);
/// `id` makes its title's and description's ids unique on a page. Its legend takes `key_rows`
/// rows or more (the most any panel beside it takes: their plots then line up).
std::string line_chart_svg(const std::vector<int>& years, const chart_panel& panel,
                           const std::string& id, std::size_t key_rows = 1, double width = 320,
                           double height = 250);

/// The panels side by side in one SVG, `columns` to a row, under `title` (a picture file for
/// report.md).
std::string small_multiples_svg(const std::vector<int>& years,
                                const std::vector<chart_panel>& panels, const std::string& title,
                                std::size_t columns = 3, double width = 320, double height = 250);

} // namespace ascn_tool

#endif // ASCN_TOOL_REPORT_CHART_HPP

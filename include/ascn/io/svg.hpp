// SPDX-License-Identifier: MIT
/// \file
/// Self-contained SVG pictures with no dependency: a heat map (rows × columns of values, with a
/// colour legend) and a dendrogram (a `ascn::dendrogram` drawn with its leaves labelled and its
/// branches coloured by the clusters of a cut, with a legend).
#ifndef ASCN_IO_SVG_HPP
#define ASCN_IO_SVG_HPP

#include "ascn/algorithm/clustering/hierarchical.hpp"
#include "ascn/error.hpp"
#include "ascn/io/common.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ascn::io {

namespace detail {

inline std::string svg_number(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", x);
    return buf;
}

/// A colour of a sequential scale (light yellow to dark blue, in the manner of ColorBrewer's
/// YlGnBu), `t` in [0, 1].
inline std::string sequential_colour(double t) {
    static constexpr std::array<std::array<int, 3>, 6> stops = {{{255, 255, 217},
                                                                 {199, 233, 180},
                                                                 {127, 205, 187},
                                                                 {65, 182, 196},
                                                                 {34, 94, 168},
                                                                 {8, 29, 88}}};
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0) * (stops.size() - 1);
    const auto i = std::min<std::size_t>(static_cast<std::size_t>(t), stops.size() - 2);
    const double f = t - static_cast<double>(i);
    char buf[8];
    int rgb[3];
    for (int c = 0; c < 3; ++c)
        rgb[c] = static_cast<int>(std::lround(stops[i][c] + f * (stops[i + 1][c] - stops[i][c])));
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    return buf;
}

} // namespace detail

/// Colours for categories (ColorBrewer-like qualitative set, distinguishable in print); index
/// wraps after 10.
[[nodiscard]] inline std::string_view category_colour(std::size_t i) noexcept {
    static constexpr std::array<std::string_view, 10> colours = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    return colours[i % colours.size()];
}

/// Options for `write_heat_map`.
struct heat_map_options {
    std::string title;            ///< the heading above the picture
    std::string legend = "value"; ///< what the colours measure
    double cell = 22;             ///< cell height in px (width is twice this)
    bool show_values = true;      ///< print each value in its cell
};

/// Writes a heat map of `values` (row-major, rows × columns) as an SVG document: one row per
/// row label, one column per column label, a sequential colour scale from the smallest to
/// the largest value and a legend bar. Throws `value_error` if the sizes disagree or a value
/// is not finite.
inline void write_heat_map(std::ostream& out, const std::vector<std::string>& rows,
                           const std::vector<std::string>& columns,
                           const std::vector<double>& values, const heat_map_options& o = {}) {
    using detail::svg_number;
    if (values.size() != rows.size() * columns.size())
        throw value_error("heat map: values must be rows × columns",
                          {{}, "values", std::to_string(values.size()), {}, 0, 0});
    for (double v : values)
        if (!std::isfinite(v))
            throw value_error("heat map: values must be finite", {{}, "values", "", {}, 0, 0});
    const double lo = values.empty() ? 0 : *std::min_element(values.begin(), values.end());
    const double hi = values.empty() ? 1 : *std::max_element(values.begin(), values.end());
    std::size_t longest = 0, longest_column = 0;
    for (const auto& r : rows)
        longest = std::max(longest, r.size());
    for (const auto& c : columns)
        longest_column = std::max(longest_column, c.size());
    // Column labels are slanted at 40 degrees so that long names never overlap.
    const double h = o.cell, w = 2 * o.cell;
    const double slant = 7.0 * static_cast<double>(longest_column);
    const double left = 10 + 7.0 * static_cast<double>(longest), top = 40 + 0.65 * slant;
    const double width =
        std::max(left + w * static_cast<double>(columns.size()) + 0.8 * slant, left + 320.0);
    const double height = top + h * static_cast<double>(rows.size()) + 70;
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << svg_number(width)
        << "\" height=\"" << svg_number(height) << "\" viewBox=\"0 0 " << svg_number(width) << ' '
        << svg_number(height) << "\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
        << "font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    if (!o.title.empty())
        out << "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">"
            << xml_escape(o.title) << "</text>\n";
    for (std::size_t j = 0; j < columns.size(); ++j) {
        const double x = left + w * (static_cast<double>(j) + 0.5);
        out << "<text transform=\"translate(" << svg_number(x - 3) << ',' << svg_number(top - 6)
            << ") rotate(-40)\">" << xml_escape(columns[j]) << "</text>\n";
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double y = top + h * static_cast<double>(i);
        out << "<text x=\"" << svg_number(left - 6) << "\" y=\"" << svg_number(y + h * 0.7)
            << "\" text-anchor=\"end\">" << xml_escape(rows[i]) << "</text>\n";
        for (std::size_t j = 0; j < columns.size(); ++j) {
            const double v = values[i * columns.size() + j];
            const double t = hi > lo ? (v - lo) / (hi - lo) : 0.0;
            const double x = left + w * static_cast<double>(j);
            out << "<rect x=\"" << svg_number(x) << "\" y=\"" << svg_number(y) << "\" width=\""
                << svg_number(w - 1) << "\" height=\"" << svg_number(h - 1) << "\" fill=\""
                << detail::sequential_colour(t) << "\"><title>" << xml_escape(rows[i]) << ", "
                << xml_escape(columns[j]) << ": " << v << "</title></rect>\n";
            if (o.show_values) {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%g", v);
                out << "<text x=\"" << svg_number(x + w / 2) << "\" y=\"" << svg_number(y + h * 0.7)
                    << "\" text-anchor=\"middle\" fill=\"" << (t > 0.55 ? "white" : "black")
                    << "\">" << buf << "</text>\n";
            }
        }
    }
    // Legend: a bar from the lowest to the highest value.
    const double ly = top + h * static_cast<double>(rows.size()) + 25;
    const double lw = 300.0;
    for (int s = 0; s < 50; ++s)
        out << "<rect x=\"" << svg_number(left + lw * s / 50.0) << "\" y=\"" << svg_number(ly)
            << "\" width=\"" << svg_number(lw / 50.0 + 0.5) << "\" height=\"12\" fill=\""
            << detail::sequential_colour(s / 49.0) << "\"/>\n";
    char lo_text[32], hi_text[32];
    std::snprintf(lo_text, sizeof lo_text, "%g", lo);
    std::snprintf(hi_text, sizeof hi_text, "%g", hi);
    out << "<text x=\"" << svg_number(left) << "\" y=\"" << svg_number(ly + 27) << "\">" << lo_text
        << "</text>\n<text x=\"" << svg_number(left + lw) << "\" y=\"" << svg_number(ly + 27)
        << "\" text-anchor=\"end\">" << hi_text << "</text>\n<text x=\""
        << svg_number(left + lw / 2) << "\" y=\"" << svg_number(ly + 27)
        << "\" text-anchor=\"middle\">" << xml_escape(o.legend) << "</text>\n</svg>\n";
}

/// Options for `write_dendrogram`.
struct dendrogram_options {
    std::string title;        ///< the heading above the picture
    std::size_t clusters = 0; ///< colour the branches of this many clusters (0: no colours)
    double row = 16;          ///< px per leaf
    double width = 360;       ///< px for the tree, root to leaves
};

/// Writes `tree` as an SVG dendrogram: leaves top to bottom in `tree.leaf_order()`, labelled
/// with `labels` (default: the tree's ids), merge heights along a horizontal axis from the
/// leaves (right) to the root (left), branches coloured by the `clusters` of `tree.cut`, and a
/// legend naming each cluster's colour. Throws `value_error` if the labels do not match.
inline void write_dendrogram(std::ostream& out, const dendrogram& tree,
                             std::vector<std::string> labels = {},
                             const dendrogram_options& o = {}) {
    using detail::svg_number;
    const std::size_t n = tree.leaves;
    if (labels.empty())
        labels = tree.ids;
    if (labels.size() != n)
        throw value_error("dendrogram: one label per leaf is needed",
                          {{}, "labels", std::to_string(labels.size()), {}, 0, 0});
    std::vector<int> cluster(n, -1);
    if (o.clusters >= 1 && o.clusters <= n)
        cluster = tree.cut(o.clusters);
    const auto order = tree.leaf_order();
    const double top = o.title.empty() ? 20 : 45;
    const double max_h = tree.merges.empty() ? 1.0 : std::max(tree.merges.back().height, 1e-12);
    const double left = 20, right = left + o.width;
    std::size_t longest = 0;
    for (const auto& l : labels)
        longest = std::max(longest, l.size());
    const double width = right + 12 + 7.0 * static_cast<double>(longest) + 10;
    const double legend_top = top + o.row * static_cast<double>(n) + 40;
    const std::size_t k = o.clusters >= 1 && o.clusters <= n ? o.clusters : 0;
    const double height = legend_top + (k ? 18.0 * static_cast<double>(k) + 10 : 0);

    // Position of every node: y (leaves in order, merges at the mean of their children) and
    // x (height: 0 at the right edge, the root's height at the left).
    std::vector<double> y(n + tree.merges.size()), x(n + tree.merges.size(), right);
    std::vector<int> colour(n + tree.merges.size(), -1);
    for (std::size_t i = 0; i < order.size(); ++i)
        y[order[i]] = top + o.row * (static_cast<double>(i) + 0.5);
    for (std::size_t i = 0; i < n; ++i)
        colour[i] = cluster[i];
    for (std::size_t m = 0; m < tree.merges.size(); ++m) {
        const auto& s = tree.merges[m];
        y[n + m] = (y[s.a] + y[s.b]) / 2;
        x[n + m] = right - o.width * s.height / max_h;
        colour[n + m] = colour[s.a] == colour[s.b] ? colour[s.a] : -1;
    }
    auto stroke = [&](int c) {
        return c < 0 || k == 0 ? std::string("#555555")
                               : std::string(category_colour(static_cast<std::size_t>(c)));
    };
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << svg_number(width)
        << "\" height=\"" << svg_number(height) << "\" viewBox=\"0 0 " << svg_number(width) << ' '
        << svg_number(height) << "\" font-family=\"DejaVu Sans, Arial, sans-serif\" "
        << "font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    if (!o.title.empty())
        out << "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">"
            << xml_escape(o.title) << "</text>\n";
    for (std::size_t m = 0; m < tree.merges.size(); ++m) {
        const auto& s = tree.merges[m];
        const auto node = n + m;
        for (auto child : {s.a, s.b})
            out << "<path d=\"M" << svg_number(x[child]) << ',' << svg_number(y[child]) << " H"
                << svg_number(x[node]) << " V" << svg_number(y[node]) << "\" stroke=\""
                << stroke(colour[node] >= 0 ? colour[node] : colour[child])
                << "\" fill=\"none\" stroke-width=\"1.5\"/>\n";
    }
    for (std::size_t i = 0; i < n; ++i)
        out << "<text x=\"" << svg_number(right + 6) << "\" y=\"" << svg_number(y[i] + 4)
            << "\" fill=\"" << (k ? stroke(cluster[i]) : std::string("#000000")) << "\">"
            << xml_escape(labels[i]) << "</text>\n";
    // Axis: merge height.
    const double ay = top + o.row * static_cast<double>(n) + 8;
    out << "<path d=\"M" << svg_number(left) << ',' << svg_number(ay) << " H" << svg_number(right)
        << "\" stroke=\"#000\"/>\n";
    for (int t = 0; t <= 4; ++t) {
        const double hx = right - o.width * t / 4.0;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.3g", max_h * t / 4.0);
        out << "<path d=\"M" << svg_number(hx) << ',' << svg_number(ay) << " v4\" stroke=\"#000\"/>"
            << "<text x=\"" << svg_number(hx) << "\" y=\"" << svg_number(ay + 16)
            << "\" text-anchor=\"middle\" font-size=\"10\">" << buf << "</text>\n";
    }
    out << "<text x=\"" << svg_number((left + right) / 2) << "\" y=\"" << svg_number(ay + 29)
        << "\" text-anchor=\"middle\" font-size=\"10\">merge height</text>\n";
    for (std::size_t c = 0; c < k; ++c) {
        const double ly = legend_top + 18.0 * static_cast<double>(c);
        out << "<rect x=\"" << svg_number(left) << "\" y=\"" << svg_number(ly) << "\" width=\"12\" "
            << "height=\"12\" fill=\"" << category_colour(c) << "\"/><text x=\""
            << svg_number(left + 18) << "\" y=\"" << svg_number(ly + 10) << "\">cluster " << c
            << "</text>\n";
    }
    out << "</svg>\n";
}

} // namespace ascn::io

#endif // ASCN_IO_SVG_HPP

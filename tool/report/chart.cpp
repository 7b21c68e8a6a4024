// SPDX-License-Identifier: MIT
#include "chart.hpp"

#include "../output.hpp"

#include <ascn/io/common.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <sstream>
#include <utility>

namespace ascn_tool {
namespace {

using ascn::io::xml_escape;

/// `x` for an SVG attribute: at most two decimals, no trailing zeros.
std::string px(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", x);
    std::string s = buf;
    while (s.back() == '0')
        s.pop_back();
    if (s.back() == '.')
        s.pop_back();
    return s == "-0" ? "0" : s;
}

/// About how wide `text` is at `size` px in a sans-serif font (for laying out, not measuring).
double text_width(const std::string& text, double size) {
    return static_cast<double>(text.size()) * size * 0.58;
}

/// An axis from `lo` to `hi` in steps of 1, 2 or 5 times a power of ten, about four of them.
struct axis {
    double lo = 0, hi = 1, step = 1;
    int decimals = 0;
};

axis nice_axis(double lo, double hi, bool whole) {
    if (!(hi > lo)) {
        hi = lo + (whole ? 1.0 : std::max(std::abs(lo) * 0.1, 0.01));
        lo -= whole || lo == 0 ? 0.0 : (hi - lo);
    }
    const double rough = (hi - lo) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * magnitude >= rough) {
            step = f * magnitude;
            break;
        }
    if (whole)
        step = std::max(step, 1.0);
    axis a;
    a.step = step;
    a.lo = std::floor(lo / step + 1e-9) * step;
    a.hi = std::ceil(hi / step - 1e-9) * step;
    a.decimals = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
    return a;
}

constexpr double pad = 8;

/// Where each entry of the legend goes: its x, and its row.
std::vector<std::pair<double, std::size_t>> key_layout(const chart_panel& p, double width) {
    std::vector<std::pair<double, std::size_t>> out;
    double x = pad;
    std::size_t row = 0;
    for (const auto& s : p.series) {
        const double w = 18 + text_width(s.label, 11);
        if (x > pad && x + w > width - pad) {
            x = pad;
            ++row;
        }
        out.emplace_back(x, row);
        x += w + 10;
    }
    return out;
}

/// The panel's contents, its top left corner at (0, 0); the legend takes `rows` rows or more.
void panel_body(std::ostream& out, const std::vector<int>& years, const chart_panel& p,
                double width, double height, std::size_t rows) {
    out << "<rect width=\"" << px(width) << "\" height=\"" << px(height) << "\" fill=\"white\"/>\n";
    out << "<text x=\"" << px(pad) << "\" y=\"17\" font-size=\"13\" font-weight=\"bold\">"
        << xml_escape(p.title) << "</text>\n";
    out << "<text x=\"" << px(pad) << "\" y=\"32\" font-size=\"11\" fill=\"#555\">"
        << xml_escape(p.unit) << "</text>\n";
    // The legend: a line (dashed like its series) and the label, wrapping onto more rows.
    const auto key = key_layout(p, width);
    out << "<g class=\"chart-key\" font-size=\"11\">\n";
    for (std::size_t i = 0; i < p.series.size(); ++i) {
        const auto& s = p.series[i];
        const double x = key[i].first, y = 48 + 15 * static_cast<double>(key[i].second);
        out << "<line x1=\"" << px(x) << "\" y1=\"" << px(y - 4) << "\" x2=\"" << px(x + 14)
            << "\" y2=\"" << px(y - 4) << "\" stroke=\"" << s.colour << "\" stroke-width=\"2.5\""
            << (s.dashed ? " stroke-dasharray=\"5 3\"" : "") << "/><text x=\"" << px(x + 18)
            << "\" y=\"" << px(y) << "\">" << xml_escape(s.label) << "</text>\n";
    }
    out << "</g>\n";
    const double y = 48 + 15 * static_cast<double>(std::max(rows, chart_key_rows(p, width)) - 1);
    // The axes.
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto& s : p.series)
        for (double v : s.values)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (!std::isfinite(lo))
        lo = hi = 0;
    if (p.from_zero)
        lo = std::min(lo, 0.0);
    else {
        const double margin = std::max((hi - lo) * 0.1, std::abs(hi) * 0.01);
        lo -= margin;
        hi += margin;
    }
    const axis a = nice_axis(lo, hi, p.decimals == 0);
    const int tick_decimals = std::max(a.decimals, 0);
    double label_width = 0;
    for (double t = a.lo; t <= a.hi + a.step / 2; t += a.step)
        label_width = std::max(label_width, text_width(number(t, tick_decimals), 10));
    const double left = pad + label_width + 6, right = width - 14;
    const double top = y + 14, bottom = height - 24;
    auto ypos = [&](double v) { return bottom - (v - a.lo) / (a.hi - a.lo) * (bottom - top); };
    const std::size_t n = years.size();
    auto xpos = [&](std::size_t i) {
        return n <= 1
                   ? (left + right) / 2
                   : left + 6 +
                         static_cast<double>(i) / static_cast<double>(n - 1) * (right - left - 12);
    };
    out << "<g class=\"axes\" font-size=\"10\" fill=\"#444\">\n";
    for (double t = a.lo; t <= a.hi + a.step / 2; t += a.step) {
        const double ty = ypos(t);
        out << "<line x1=\"" << px(left) << "\" y1=\"" << px(ty) << "\" x2=\"" << px(right)
            << "\" y2=\"" << px(ty) << "\" stroke=\"#e4e4e4\"/><text x=\"" << px(left - 4)
            << "\" y=\"" << px(ty + 3.5) << "\" text-anchor=\"end\">"
            << number(std::abs(t) < a.step / 1e6 ? 0.0 : t, tick_decimals) << "</text>\n";
    }
    // Every year labelled when they fit (a year is about 25 px wide), else every other one.
    const double spacing = n > 1 ? (right - left - 12) / static_cast<double>(n - 1) : width;
    const std::size_t every = spacing >= 29 ? 1 : spacing >= 15 ? 2 : 5;
    for (std::size_t i = 0; i < n; ++i) {
        out << "<line x1=\"" << px(xpos(i)) << "\" y1=\"" << px(bottom) << "\" x2=\"" << px(xpos(i))
            << "\" y2=\"" << px(bottom + 4) << "\" stroke=\"#888\"/>";
        if (i % every == 0 || i + 1 == n)
            out << "<text x=\"" << px(xpos(i)) << "\" y=\"" << px(bottom + 15)
                << "\" text-anchor=\"middle\">" << years[i] << "</text>";
        out << '\n';
    }
    out << "<path d=\"M" << px(left) << ' ' << px(top - 4) << "V" << px(bottom) << "H" << px(right)
        << "\" fill=\"none\" stroke=\"#888\"/>\n</g>\n";
    // The lines, then their points (a <title> each: the value on hovering).
    for (const auto& s : p.series) {
        out << "<g class=\"series\" data-series=\"" << xml_escape(s.label) << "\">\n<path d=\"";
        bool pen = false;
        for (std::size_t i = 0; i < n && i < s.values.size(); ++i) {
            if (!std::isfinite(s.values[i])) {
                pen = false;
                continue;
            }
            out << (pen ? 'L' : 'M') << px(xpos(i)) << ' ' << px(ypos(s.values[i]));
            pen = true;
        }
        out << "\" fill=\"none\" stroke=\"" << s.colour
            << "\" stroke-width=\"2\" stroke-linejoin=\"round\""
            << (s.dashed ? " stroke-dasharray=\"5 3\"" : "") << "/>\n";
        for (std::size_t i = 0; i < n && i < s.values.size(); ++i)
            if (std::isfinite(s.values[i]))
                out << "<circle class=\"point\" data-year=\"" << years[i] << "\" cx=\""
                    << px(xpos(i)) << "\" cy=\"" << px(ypos(s.values[i])) << "\" r=\"3\" fill=\""
                    << s.colour << "\" stroke=\"white\" stroke-width=\"1\"><title>"
                    << xml_escape(s.label) << ", " << years[i] << ": "
                    << number(s.values[i], p.decimals) << "</title></circle>\n";
        out << "</g>\n";
    }
}

/// The panel in words: each line's first and last value, its lowest and highest.
std::string describe(const std::vector<int>& years, const chart_panel& p) {
    std::string out;
    for (const auto& s : p.series) {
        std::size_t first = s.values.size(), last = 0;
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (std::size_t i = 0; i < s.values.size() && i < years.size(); ++i)
            if (std::isfinite(s.values[i])) {
                first = std::min(first, i);
                last = i;
                lo = std::min(lo, s.values[i]);
                hi = std::max(hi, s.values[i]);
            }
        out += (out.empty() ? "" : "; ") + s.label + ": ";
        if (first == s.values.size() || first >= years.size()) {
            out += "no value";
            continue;
        }
        out += number(s.values[first], p.decimals) + " in " + std::to_string(years[first]) + ", " +
               number(s.values[last], p.decimals) + " in " + std::to_string(years[last]) +
               " (lowest " + number(lo, p.decimals) + ", highest " + number(hi, p.decimals) + ")";
    }
    return out + ".";
}

std::string span(const std::vector<int>& years) {
    if (years.empty())
        return "no years";
    return years.size() == 1
               ? std::to_string(years.front())
               : std::to_string(years.front()) + " to " + std::to_string(years.back());
}

} // namespace

std::size_t chart_key_rows(const chart_panel& panel, double width) {
    const auto key = key_layout(panel, width);
    return key.empty() ? 1 : key.back().second + 1;
}

std::string line_chart_svg(const std::vector<int>& years, const chart_panel& panel,
                           const std::string& id, std::size_t key_rows, double width,
                           double height) {
    std::ostringstream out;
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"year-chart\" width=\"" << px(width)
        << "\" height=\"" << px(height) << "\" viewBox=\"0 0 " << px(width) << ' ' << px(height)
        << "\" role=\"img\" aria-labelledby=\"" << id << "-title " << id << "-desc\" data-years=\""
        << years.size() << "\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n<title id=\"" << id
        << "-title\">" << xml_escape(panel.title) << ", " << span(years) << "</title>\n<desc id=\""
        << id << "-desc\">" << xml_escape(describe(years, panel)) << "</desc>\n";
    panel_body(out, years, panel, width, height, key_rows);
    out << "</svg>";
    return out.str();
}

std::string small_multiples_svg(const std::vector<int>& years,
                                const std::vector<chart_panel>& panels, const std::string& title,
                                std::size_t columns, double width, double height) {
    columns = std::max<std::size_t>(1, std::min(columns, panels.size()));
    const double gap = 12, head = 34;
    const std::size_t rows = (panels.size() + columns - 1) / columns;
    const double w = static_cast<double>(columns) * width + static_cast<double>(columns - 1) * gap;
    const double h = head + static_cast<double>(rows) * (height + gap);
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
           "width=\""
        << px(w) << "\" height=\"" << px(h) << "\" viewBox=\"0 0 " << px(w) << ' ' << px(h)
        << "\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n<title>" << xml_escape(title)
        << ", " << span(years) << "</title>\n<desc>";
    for (const auto& p : panels)
        out << xml_escape(p.title + ": " + describe(years, p)) << ' ';
    out << "</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<text x=\"8\" "
           "y=\"22\" font-size=\"15\" font-weight=\"bold\">"
        << xml_escape(title) << ", " << span(years) << "</text>\n";
    std::size_t key_rows = 1;
    for (const auto& p : panels)
        key_rows = std::max(key_rows, chart_key_rows(p, width));
    for (std::size_t i = 0; i < panels.size(); ++i) {
        const double x = static_cast<double>(i % columns) * (width + gap);
        const double y = head + static_cast<double>(i / columns) * (height + gap);
        out << "<g transform=\"translate(" << px(x) << ' ' << px(y) << ")\">\n<title>"
            << xml_escape(panels[i].title) << "</title>\n";
        panel_body(out, years, panels[i], width, height, key_rows);
        out << "</g>\n";
    }
    out << "</svg>\n";
    return out.str();
}

} // namespace ascn_tool

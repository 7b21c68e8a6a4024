// SPDX-License-Identifier: MIT
// `ascn report`: a self-contained report on a network (by default the embedded ASCN) written
// into a folder: report.md with a map (Graphviz), a heat map and a dendrogram (SVG), the
// network in numbers, its growth, profile clusters and every city's weakest focus area with
// its best mentors; and report.html, the same report as a page to explore (../report/page.hpp):
// a map with coastlines, pan, zoom and a year slider, a city search with a side panel, tables
// that sort and filter, its data the tool's JSON embedded in the page.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../graphviz.hpp"
#include "../output.hpp"
#include "../paths.hpp"
#include "../plans.hpp"
#include "../progress.hpp"
#include "../report/chart.hpp"
#include "../report/map.hpp"
#include "../report/page.hpp"
#include "../structure.hpp"
#include "../summary.hpp"

#include <ascn/algorithm/clustering/features.hpp>
#include <ascn/algorithm/clustering/hierarchical.hpp>
#include <ascn/algorithm/clustering/kmeans.hpp>
#include <ascn/algorithm/structure/brokerage.hpp>
#include <ascn/algorithm/structure/centrality.hpp>
#include <ascn/asean/evolution.hpp>
#include <ascn/asean/focus_records.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/asean/mentors.hpp>
#include <ascn/io/common.hpp>
#include <ascn/io/dot.hpp>
#include <ascn/io/json.hpp>
#include <ascn/io/svg.hpp>
#include <ascn/time_view.hpp>
#include <ascn/version.hpp>
#include <ascn/views.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace ascn_tool {
namespace {

struct report_options {
    std::string output = "ascn-report";
    std::size_t clusters = 4;
    std::size_t mentors = 3;
    bool map = true;       // render the map with Graphviz's neato when it is installed
    int map_timeout = 120; // seconds neato may take before it is stopped
};

std::string count(std::size_t n) {
    return std::to_string(n);
}

void report_numbers(report_page& doc, const ascn::network& net) {
    const auto s = summarise(net, 10);
    doc.add(heading{2, "The network in numbers"});
    doc.add(data_table{{"", "count"},
                       {{"cities", count(s.cities)},
                        {"member states", count(s.countries)},
                        {"partners", count(s.partners)},
                        {"relationships", count(s.relationships)}},
                       {false, true}});
    doc.add(heading{3, "By member state"});
    data_table countries{
        {"country", "name", "joined ASEAN", "cities"}, {}, {false, false, false, true}};
    for (const auto& c : s.by_country)
        countries.rows.push_back({c.id, c.name, c.joined, count(c.cities)});
    doc.add(countries);
    doc.add(heading{3, "Partners by kind"});
    data_table kinds{{"kind", "partners"}, {}, {false, true}};
    for (std::size_t k = 0; k < ascn::partner_kind_count; ++k)
        if (s.by_partner_kind[k])
            kinds.rows.push_back({std::string(ascn::to_string(static_cast<ascn::partner_kind>(k))),
                                  count(s.by_partner_kind[k])});
    doc.add(kinds);
    doc.add(heading{3, "Relationships by kind"});
    data_table rels{{"kind", "relationships"}, {}, {false, true}};
    for (std::size_t k = 0; k < ascn::relation_kind_count; ++k)
        rels.rows.push_back({std::string(ascn::to_string(static_cast<ascn::relation_kind>(k))),
                             count(s.by_relation[k])});
    doc.add(rels);
    doc.add(heading{3, "Most connected partners"});
    data_table top{{"partner", "kind", "relationships", "cities"}, {}, {false, false, true, true}};
    for (const auto& p : s.top_partners)
        top.rows.push_back({p.name, p.kind, count(p.relationships), count(p.cities)});
    doc.add(top);
}

/// The years a report spans: from the first city's joining to the last joining or start of a
/// relationship; first > last when the network is empty.
std::pair<int, int> year_span(const ascn::network& net) {
    int first = ascn::max_year, last = ascn::min_year;
    for (const auto& c : ascn::cities(net)) {
        first = std::min(first, c.joined);
        last = std::max(last, c.joined);
    }
    for (auto r : ascn::relationships(net))
        last = std::max(last, r.value().start);
    return {first, last};
}

void report_growth(report_page& doc, const ascn::network& net) {
    const auto [first, last] = year_span(net);
    if (first > last)
        return;
    doc.add(heading{2, "How the network grew"});
    data_table t{{"year", "cities", "new cities", "member states", "partners", "relationships"},
                 {},
                 {false, true, false, true, true, true}};
    for (int y = first; y <= last; ++y) {
        const auto v = ascn::as_of(net, y);
        std::string joined;
        for (const auto& c : ascn::cities(net))
            if (c.joined == y)
                joined += (joined.empty() ? "" : ", ") + (c.name.empty() ? c.id : c.name);
        t.rows.push_back({std::to_string(y), count(v.num_cities()),
                          y == first ? count(v.num_cities()) + " pilot cities" : joined,
                          count(v.num_countries()), count(v.num_partners()),
                          count(v.num_relationships())});
    }
    doc.add(paragraph{"Cities, member states, partners and relationships active in each year "
                      "(a relationship counts from its start year until it ends)."});
    doc.add(t);
}

void report_timeline(report_page& doc, const input& in) {
    if (!in.embedded())
        return;
    const int last = in.options().as_of.value_or(ascn::max_year);
    doc.add(heading{2, "Timeline"});
    doc.add(paragraph{"The network's life as a process: its launch, its governance workshop, its "
                      "annual meetings, the ASEAN-Japan high-level meetings with their business "
                      "matching, and the meetings that admitted new cities (`ascn timeline`)."});
    data_table t{{"date", "event", "where", "business matching", "cities admitted", "source"},
                 {},
                 {false, false, false, false, false, false}};
    for (const auto& e : in.dataset().events) {
        if (e.year() > last)
            continue;
        std::string where = e.place.empty() ? e.host : e.place;
        t.rows.push_back({ascn::data::to_string(e.date), e.name, where,
                          e.business_matching ? "yes" : "", joined(e.cities_admitted, ", "),
                          e.source});
    }
    doc.add(t);
}

void report_plans(report_page& doc, const input& in) {
    if (!in.embedded())
        return;
    doc.add(heading{2, "Planned in 2018, done by 2025"});
    doc.add(paragraph{"Each pilot city's 2018 action plan named its focus areas; the 2025 "
                      "monitoring report lists its projects, each in one focus area. Kept: a "
                      "planned area with projects; dropped: a planned area without one; added: "
                      "projects in an area the plan did not name (`ascn plans`, `ascn plans "
                      "--city ID` for the projects). A city's profile elsewhere in this report "
                      "counts the 2025 projects, not the 2018 plan."});
    data_table t{{"city", "planned 2018", "projects 2025", "kept", "dropped", "added"},
                 {},
                 {false, false, true, false, false, false}};
    auto areas = [](const std::vector<ascn::focus_area>& list) {
        std::vector<std::string> names;
        for (auto a : list)
            names.emplace_back(ascn::to_string(a));
        return names.empty() ? std::string("-") : joined(names, ", ");
    };
    for (const auto& r : compare_plans(in)) {
        if (!r.plan)
            continue;
        std::size_t total = 0;
        for (auto n : r.projects_by_area)
            total += n;
        t.rows.push_back({r.name.empty() ? r.city : r.name, areas(r.planned), count(total),
                          areas(r.kept), areas(r.dropped), areas(r.added)});
    }
    doc.add(t);
}

struct profile_result {
    std::vector<std::string> ids;
    std::vector<int> labels;
};

/// Colours the heat map's row labels (`rows`, top to bottom) with `colours`: the labels are the
/// only right-anchored texts before the legend, in row order.
std::string colour_row_labels(std::string svg, const std::vector<std::string>& rows,
                              const std::vector<std::string>& colours) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < rows.size() && i < colours.size(); ++i) {
        const std::string label = "text-anchor=\"end\">" + ascn::io::xml_escape(rows[i]) + "<";
        at = svg.find(label, at);
        if (at == std::string::npos)
            break;
        const std::string fill =
            "text-anchor=\"end\" font-weight=\"bold\" fill=\"" + colours[i] + "\">";
        svg.replace(at, label.size() - ascn::io::xml_escape(rows[i]).size() - 1, fill);
        at += fill.size();
    }
    return svg;
}

/// The report's files, kept until the end and then written all or none (`io::write_files`),
/// so that a report stopped or failing midway never leaves a new report.md beside an old map.
class report_files {
public:
    explicit report_files(std::filesystem::path dir)
        : dir_(std::move(dir)) {}
    /// Adds a file of the report by its name in the folder.
    void add(const std::string& name, std::string text) {
        names_.push_back(name);
        texts_.push_back(std::move(text));
    }
    /// A file of an earlier report that this one no longer has, removed after the write.
    void stale(const std::string& name) { stale_.push_back(name); }
    /// Writes them all into the folder, made if need be.
    void write() const {
        std::filesystem::create_directories(dir_);
        std::vector<std::pair<std::string, std::string_view>> files;
        for (std::size_t i = 0; i < names_.size(); ++i)
            files.emplace_back((dir_ / names_[i]).string(), texts_[i]);
        ascn::io::write_files(files);
        std::error_code ignored;
        for (const auto& name : stale_)
            std::filesystem::remove(dir_ / name, ignored);
    }
    [[nodiscard]] const std::filesystem::path& dir() const noexcept { return dir_; }

private:
    std::filesystem::path dir_;
    std::vector<std::string> names_, texts_, stale_;
};

/// A folder of its own for Graphviz's input and output, removed with its owner.
class scratch_folder {
public:
    scratch_folder() {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() /
                ("ascn-map-" + std::to_string(random()) + std::to_string(random()));
        std::filesystem::create_directories(path_);
    }
    scratch_folder(const scratch_folder&) = delete;
    scratch_folder& operator=(const scratch_folder&) = delete;
    ~scratch_folder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }

private:
    std::filesystem::path path_;
};

/// Past this many cities, the year-by-year mean path cost is estimated from this many source
/// cities (one Dijkstra each per year) rather than searched from every city: exact, it is one
/// Dijkstra per city and year and a matrix of every pair (on the 10,000-city benchmark file,
/// 62 s and 851 MB for 2018 to 2026; estimated, 1.6 s: docs/performance.md). On a larger
/// network, fewer: a budget of work, `evolution_path_budget / (V + E)` sources (one search
/// costs about V + E), but never fewer than `min_evolution_path_sources`.
constexpr std::size_t evolution_path_sources = 200;
constexpr double evolution_path_budget = 2e7;
constexpr std::size_t min_evolution_path_sources = 50;

/// The network's measures year by year (`ascn evolve`, the same years and numbers): a table,
/// and a chart of small multiples (evolution.svg for report.md; on the page each panel is a
/// picture of its own, so that they wrap on a narrow screen).
void report_evolution(report_page& doc, const input& in, report_files& files) {
    const ascn::network& net = in.network();
    // The years `ascn evolve` spans by default: from 2018 to --as-of, else to the latest year
    // a relationship starts.
    int latest = 2018;
    for (auto r : ascn::relationships(net))
        latest = std::max(latest, r.value().start);
    const int from = 2018;
    const int to = in.options().as_of.value_or(latest);
    doc.add(heading{2, "The network year by year"});
    if (to < from) {
        doc.add(paragraph{"The network is read as of " + std::to_string(to) +
                          ", before 2018: no year to show (`ascn evolve`)."});
        return;
    }
    ascn::evolution_options eo;
    const std::size_t cities = net.num_cities();
    const std::size_t sources = std::clamp(
        static_cast<std::size_t>(evolution_path_budget /
                                 static_cast<double>(net.num_vertices() + net.num_relationships())),
        min_evolution_path_sources, evolution_path_sources);
    if (cities > sources)
        eo.path_cost_sources = sources;
    const auto years = ascn::evolution(net, from, to, eo);
    const bool sampled = std::any_of(years.begin(), years.end(),
                                     [&](const auto& y) { return y.path_sources < y.cities; });
    auto kind = [](ascn::relation_kind k) { return static_cast<std::size_t>(k); };
    using K = ascn::relation_kind;
    doc.add(paragraph{
        "Each year from " + std::to_string(from) + " to " + std::to_string(to) +
        " as `--as-of` would cut it: cities, partners and active relationships (all, then by "
        "kind: twinning, business match, support, programme-of, participation, peer "
        "learning); connected components and the largest one's vertices; Leiden communities "
        "(seed 0) and their modularity; the mean cost (-log P) of the cheapest peer-learning "
        "path between two cities, over the pairs that reach each other, and the share of "
        "pairs that do; brokers, tied to cities of two member states or more. The same "
        "numbers as `ascn evolve`" +
        (sampled ? std::string(", except the path cost and the share of pairs, estimated here "
                               "(below)")
                 : std::string()) +
        "."});
    if (sampled)
        doc.add(paragraph{
            "The network is large (" + count(cities) +
            " cities): searching the path costs "
            "from every city would take one search per city and year and hold every pair of "
            "cities in memory (a minute and 850 MB at 10,000 cities), so in a "
            "year with more than " +
            count(sources) + " cities they are estimated from " + count(sources) +
            " cities spread evenly over the year's cities, to every other city (`ascn evolve "
            "--path-sources " +
            std::to_string(sources) + "`; `--path-sources 0` computes them from every city)."});
    data_table t{{"year", "cities", "partners", "links", "twin", "biz", "supp", "prog", "part",
                  "peer", "comp", "largest", "comm", "modularity", "path cost", "reach", "brokers"},
                 {},
                 {false, true, true, true, true, true, true, true, true, true, true, true, true,
                  true, true, true, true}};
    for (const auto& y : years)
        t.rows.push_back(
            {std::to_string(y.year), count(y.cities), count(y.partners), count(y.relationships),
             count(y.by_kind[kind(K::twinning)]), count(y.by_kind[kind(K::business_match)]),
             count(y.by_kind[kind(K::support)]), count(y.by_kind[kind(K::programme_of)]),
             count(y.by_kind[kind(K::participation)]), count(y.by_kind[kind(K::peer_learning)]),
             count(y.components), count(y.largest_component), count(y.communities),
             number(y.modularity, 4),
             std::isfinite(y.mean_path_cost) ? number(y.mean_path_cost, 3) : "-",
             number(y.reachable_share, 3), count(y.brokers)});
    // The chart: one panel per kind of measure, each line a measure.
    std::vector<int> year_list;
    for (const auto& y : years)
        year_list.push_back(y.year);
    auto series = [&](std::string label, std::size_t colour, bool dashed, auto value) {
        chart_series s{
            std::move(label), std::string(ascn::io::category_colour(colour)), {}, dashed};
        for (const auto& y : years)
            s.values.push_back(static_cast<double>(value(y)));
        return s;
    };
    std::vector<chart_panel> panels;
    panels.push_back({"Cities, partners, brokers",
                      "in the network that year; brokers among them",
                      0,
                      true,
                      {series("cities", 0, false, [](const auto& y) { return y.cities; }),
                       series("partners", 1, true, [](const auto& y) { return y.partners; }),
                       series("brokers", 8, false, [](const auto& y) { return y.brokers; })}});
    // Relationships: all of them and the three kinds (but member-of) with the most in the
    // last year.
    chart_panel rel{"Relationships", "active that year, all and the largest kinds", 0, true, {}};
    rel.series.push_back(series("all", 7, false, [](const auto& y) { return y.relationships; }));
    std::vector<std::size_t> kinds;
    for (std::size_t k = 0; k < ascn::relation_kind_count; ++k)
        if (k != kind(K::member_of) && years.back().by_kind[k] > 0)
            kinds.push_back(k);
    std::stable_sort(kinds.begin(), kinds.end(), [&](std::size_t a, std::size_t b) {
        return years.back().by_kind[a] > years.back().by_kind[b];
    });
    kinds.resize(std::min<std::size_t>(kinds.size(), 3));
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const std::size_t k = kinds[i];
        rel.series.push_back(series(std::string(ascn::to_string(static_cast<K>(k))),
                                    i == 0   ? 2
                                    : i == 1 ? 4
                                             : 5,
                                    i == 1, [k](const auto& y) { return y.by_kind[k]; }));
    }
    panels.push_back(std::move(rel));
    panels.push_back(
        {"Components and communities",
         "connected components, Leiden communities",
         0,
         true,
         {series("components", 3, false, [](const auto& y) { return y.components; }),
          series("communities", 9, true, [](const auto& y) { return y.communities; })}});
    panels.push_back(
        {"Modularity",
         "of the year's Leiden communities",
         3,
         false,
         {series("modularity", 4, false, [](const auto& y) { return y.modularity; })}});
    panels.push_back(
        {"Mean path cost",
         sampled ? "-log P, city to city (estimated)" : "-log P, city to city",
         3,
         false,
         {series("mean path cost", 5, false, [](const auto& y) { return y.mean_path_cost; })}});
    const std::string title = "The network year by year";
    const auto svg = small_multiples_svg(year_list, panels, title);
    files.add("evolution.svg", svg);
    doc.markdown_only(picture{"evolution.svg",
                              "The network year by year: cities, partners and brokers; "
                              "relationships; components and communities; modularity; mean "
                              "path cost",
                              {}});
    std::string figure =
        "<figure class=\"year-charts\" id=\"year-charts\">\n<div class=\"charts\">\n";
    std::size_t key_rows = 1;
    for (const auto& p : panels)
        key_rows = std::max(key_rows, chart_key_rows(p));
    for (std::size_t i = 0; i < panels.size(); ++i)
        figure +=
            line_chart_svg(year_list, panels[i], "year-chart-" + std::to_string(i + 1), key_rows) +
            "\n";
    figure += "</div>\n<figcaption>" + html_escape(title) + ", " + std::to_string(from) + " to " +
              std::to_string(to) +
              ": one point per year (hover for its value); the table below holds the same "
              "numbers.</figcaption>\n</figure>";
    doc.page_only(raw_html{figure});
    doc.add(paragraph{"Columns: links, all relationships; twin, biz, supp, prog, part, peer, those "
                      "of each kind; comp, components; largest, the largest component's "
                      "vertices; comm, communities; path cost, the mean path cost; reach, the "
                      "share of pairs of cities that reach each other."});
    doc.add(t);
}

/// Past this many cities the profiles are clustered by k-means and drawn per cluster: Ward's
/// clustering is O(n^2), and a dendrogram or a heat map with a row per city would be
/// unreadable long before.
constexpr std::size_t profile_tree_limit = 2000;

/// The profiles of a large network: k-means clusters (as `ascn cluster --method kmeans`) of
/// the z-scored features, a heat map of each cluster's mean projects per focus area, and a
/// table of the clusters with their first members.
void report_profile_clusters(report_page& doc, ascn::point_set x,
                             const std::vector<std::vector<double>>& projects,
                             const std::vector<std::string>& columns, report_files& files,
                             const report_options& o, profile_result& out) {
    ascn::scale(x, ascn::scaling::z_score);
    ascn::kmeans_options ko;
    ko.k = std::min(o.clusters, x.size());
    const auto km = ascn::kmeans(x, ko);
    out.labels = km.labels;
    const std::size_t k = ko.k;
    std::vector<std::size_t> size(k, 0);
    std::vector<double> sum(k * columns.size(), 0.0);
    std::vector<std::vector<std::string>> first(k);
    for (std::size_t i = 0; i < out.labels.size(); ++i) {
        const auto c = static_cast<std::size_t>(out.labels[i]);
        ++size[c];
        for (std::size_t a = 0; a < columns.size(); ++a)
            sum[c * columns.size() + a] += projects[i][a];
        if (first[c].size() < 10)
            first[c].push_back(out.ids[i]);
    }
    std::vector<std::string> rows, colours;
    std::vector<double> values;
    for (std::size_t c = 0; c < k; ++c) {
        rows.push_back("cluster " + std::to_string(c) + " (" + count(size[c]) + " cities)");
        colours.emplace_back(ascn::io::category_colour(c));
        for (std::size_t a = 0; a < columns.size(); ++a) // to one decimal: the cells are small
            values.push_back(size[c] ? std::round(10 * sum[c * columns.size() + a] /
                                                  static_cast<double>(size[c])) /
                                           10
                                     : 0.0);
    }
    std::ostringstream heat;
    ascn::io::write_heat_map(
        heat, rows, columns, values,
        {"Mean projects per focus area, by profile cluster", "mean projects per city", 22, true});
    const std::string heat_svg = colour_row_labels(heat.str(), rows, colours);
    files.add("heatmap.svg", heat_svg);
    doc.add(paragraph{"The network has " + count(out.ids.size()) +
                      " cities: too many for a row or a leaf each, so their profiles (projects "
                      "per focus area, log population and roles, z-scored) are clustered by "
                      "k-means into " +
                      std::to_string(k) + " clusters (`ascn cluster --k " + std::to_string(k) +
                      "`; seed 0), and each cluster is drawn by its cities' mean projects per "
                      "focus area (darker: more). Colours: the clusters, as on the map."});
    doc.add(picture{"heatmap.svg", "Heat map: profile clusters × focus areas (mean projects)",
                    heat_svg});
    data_table t{{"cluster", "cities", "first members"}, {}, {true, true, false}};
    for (std::size_t c = 0; c < k; ++c) {
        std::string list;
        for (const auto& id : first[c])
            list += (list.empty() ? "" : ", ") + id;
        if (size[c] > first[c].size())
            list += ", …";
        t.rows.push_back({std::to_string(c), count(size[c]), list});
    }
    doc.add(t);
}

profile_result report_profiles(report_page& doc, const ascn::network& net, report_files& files,
                               const report_options& o) {
    profile_result out;
    doc.add(heading{2, "City profiles"});
    std::vector<std::string> names, columns;
    std::vector<std::vector<double>> projects;
    std::map<std::string, std::size_t, std::less<>> index; // city id -> its row above
    for (auto a : ascn::all_focus_areas)
        columns.emplace_back(ascn::display_name(a));
    for (const auto& c : ascn::cities(net)) {
        index[c.id] = names.size();
        names.push_back(c.name.empty() ? c.id : c.name);
        projects.emplace_back(c.profile.projects.begin(), c.profile.projects.end());
    }
    if (names.empty())
        return out;
    auto x = ascn::city_features{}(ascn::cities(net));
    out.ids = x.ids;
    if (x.size() > profile_tree_limit) {
        report_profile_clusters(doc, std::move(x), projects, columns, files, o, out);
        return out;
    }
    std::optional<ascn::dendrogram> tree;
    if (x.size() >= 2) {
        ascn::scale(x, ascn::scaling::z_score);
        tree = ascn::hierarchical(x, ascn::linkage::ward);
    }
    // The heat map's rows in the dendrogram's leaf order and with its labels (the cities'
    // names), so the two pictures read side by side.
    std::vector<std::size_t> order(names.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::vector<std::string> leaf_names;
    std::vector<std::size_t> leaves;
    if (tree) {
        leaves = tree->leaf_order();
        order.clear();
        for (const auto& id : tree->ids)
            leaf_names.push_back(names[index.at(id)]);
        for (auto leaf : leaves)
            order.push_back(index.at(tree->ids[leaf]));
    }
    std::vector<std::string> rows, colours;
    std::vector<double> values;
    const std::size_t k = std::min(o.clusters, x.size());
    if (tree)
        out.labels = tree->cut(k);
    std::map<std::string, std::size_t, std::less<>> cluster_of;
    for (std::size_t i = 0; i < out.labels.size(); ++i)
        cluster_of[out.ids[i]] = static_cast<std::size_t>(out.labels[i]);
    for (auto i : order) {
        rows.push_back(names[i]);
        values.insert(values.end(), projects[i].begin(), projects[i].end());
    }
    for (auto leaf : leaves)
        colours.emplace_back(ascn::io::category_colour(cluster_of.at(tree->ids[leaf])));
    std::ostringstream heat;
    ascn::io::write_heat_map(heat, rows, columns, values,
                             {"Projects per focus area", "projects per city and area", 22, true});
    const std::string heat_svg = colour_row_labels(heat.str(), rows, colours);
    files.add("heatmap.svg", heat_svg);
    doc.add(paragraph{"Each city's projects per focus area of the ASEAN Smart Cities Framework "
                      "(darker: more projects)."});
    doc.add(picture{"heatmap.svg", "Heat map: cities × focus areas (projects)", heat_svg});
    if (!tree)
        return out;
    std::ostringstream dendro;
    ascn::io::write_dendrogram(dendro, *tree, leaf_names,
                               {"Ward clustering of the cities' profiles", k, 16, 360});
    files.add("dendrogram.svg", dendro.str());
    doc.add(paragraph{"Agglomerative clustering (Ward) of the cities' features: projects per "
                      "focus area, log population and roles, z-scored (`ascn cluster --method "
                      "agglomerative --k " +
                      std::to_string(k) + "`). Colours: the " + std::to_string(k) +
                      " clusters of the cut, as on the map."});
    doc.add(picture{"dendrogram.svg", "Dendrogram of the profile clustering", dendro.str()});
    data_table t{{"cluster", "cities", "members"}, {}, {true, true, false}};
    std::map<int, std::vector<std::string>> members;
    for (std::size_t i = 0; i < out.labels.size(); ++i)
        members[out.labels[i]].push_back(out.ids[i]);
    for (const auto& [l, ids] : members) {
        std::string list;
        for (const auto& id : ids)
            list += (list.empty() ? "" : ", ") + id;
        t.rows.push_back({std::to_string(l), count(ids.size()), list});
    }
    doc.add(t);
    return out;
}

void report_map(report_page& doc, const input& in, const nlohmann::ordered_json& nodes,
                report_files& files, const profile_result& clusters, const report_options& o) {
    const ascn::network& net = in.network();
    doc.add(heading{2, "Map"});
    std::map<std::string, std::string, std::less<>> colour;
    for (std::size_t i = 0; i < clusters.labels.size(); ++i)
        colour[clusters.ids[i]] =
            std::string(ascn::io::category_colour(static_cast<std::size_t>(clusters.labels[i])));
    ascn::io::map_options mo;
    mo.city_colour = [&](std::string_view id) {
        const auto it = colour.find(id);
        return it == colour.end() ? std::string() : it->second;
    };
    std::size_t k = 0;
    for (int l : clusters.labels)
        k = std::max(k, static_cast<std::size_t>(l) + 1);
    std::vector<map_key> keys;
    for (std::size_t c = 0; c < k; ++c) {
        mo.legend.push_back(
            {"profile cluster " + std::to_string(c), std::string(ascn::io::category_colour(c))});
        keys.push_back({mo.legend.back().label, mo.legend.back().colour});
    }
    // The page draws its own map from the coordinates; report.md points to Graphviz's.
    const auto [first, last] = year_span(net);
    doc.page_only(raw_html{map_figure(nodes, colour, keys, first, last)});
    std::ostringstream dot;
    ascn::io::write_map_dot(net, dot, mo);
    files.add("map.dot", dot.str());
    if (!o.map) {
        files.stale("map.svg");
        doc.markdown_only(paragraph{"The map is in `map.dot` (not drawn: `--no-map`); draw it "
                                    "with Graphviz: `neato -n2 -Tsvg map.dot -o map.svg`."});
        return;
    }
    const scratch_folder work;
    ascn::io::write_file((work.path() / "map.dot").string(), dot.str());
    const auto run = run_neato(work.path() / "map.dot", work.path() / "map.svg",
                               std::chrono::seconds(o.map_timeout));
    if (run.drawn())
        files.add("map.svg", ascn::io::read_file((work.path() / "map.svg").string()));
    else {
        files.stale("map.svg");
        // Said where a user looks (standard error and the JSON's warnings) and in report.md.
        const bool missing = run.result == graphviz_run::outcome::not_found;
        in.warn("map.svg not drawn: " + run.message +
                (missing ? " (Debian: apt install graphviz; or --no-map)" : ""));
        doc.markdown_only(paragraph{
            "The map is in `map.dot`; it was not drawn: " + run.message + "." +
            (missing ? " Install Graphviz (Debian: `apt install graphviz`) and run `neato -n2 "
                       "-Tsvg map.dot -o map.svg`."
                     : "")});
        return;
    }
    doc.markdown_only(paragraph{"Cities at their coordinates, coloured by profile cluster; "
                                "partners (diamonds, labelled by id) beside the cities they work "
                                "with; relationships styled by kind; member states in grey. Drawn "
                                "by Graphviz (`neato -n2`, positions pinned) from `map.dot`."});
    doc.markdown_only(
        picture{"map.svg", "Map of the network (shown at full size: scroll sideways)", {}, true});
}

/// A city's name, or its id when it has none.
std::string name_of(const ascn::network& net, std::string_view id) {
    const ascn::city* c = net.find_city(id);
    return c && !c->name.empty() ? c->name : std::string(id);
}

/// Runs `work(i, worker)` for every i in [0, n), in blocks, on every core (the calling thread
/// among them, worker 0; each worker a number below `workers(n)`, for scratch space of its
/// own); `tick(done)` hears from the calling thread how many are done. The first exception
/// thrown stops the work and is rethrown here.
constexpr std::size_t index_block = 16;
std::size_t workers(std::size_t n) {
    return std::min<std::size_t>(std::max(1U, std::thread::hardware_concurrency()),
                                 n / index_block + 1);
}
template <class Work, class Tick>
void for_each_index(std::size_t n, Work work, Tick tick) {
    constexpr std::size_t block = index_block;
    const std::size_t threads = workers(n);
    std::atomic<std::size_t> next{0}, done{0};
    std::exception_ptr error;
    std::mutex error_mutex;
    auto run = [&](std::size_t worker) {
        const bool caller = worker == 0;
        for (;;) {
            const std::size_t first = next.fetch_add(block);
            if (first >= n)
                return;
            const std::size_t last = std::min(n, first + block);
            try {
                for (std::size_t i = first; i < last; ++i)
                    work(i, worker);
            } catch (...) {
                const std::lock_guard lock(error_mutex);
                if (!error)
                    error = std::current_exception();
                next = n;
                return;
            }
            done += last - first;
            if (caller)
                tick(done.load());
        }
    };
    {
        std::vector<std::jthread> pool;
        for (std::size_t t = 1; t < threads; ++t)
            pool.emplace_back(run, t);
        run(0);
    }
    if (error)
        std::rethrow_exception(error);
}

/// Adds `key` to `object`, a key known not to be there yet, and returns its (null) value:
/// nlohmann's ordered map finds a key by a linear scan, so `object[key]` for each of a large
/// network's cities would be quadratic.
nlohmann::ordered_json& append_new(nlohmann::ordered_json& object, const std::string& key) {
    auto& map = object.get_ref<nlohmann::ordered_json::object_t&>();
    map.emplace_back(key, nullptr);
    return map.back().second;
}

/// Up to this many cities, the page holds every city's mentors in every focus area.
constexpr std::size_t every_area_limit = 500;

/// Every city's weakest focus area with its best mentors: a table in report.md, lists on the
/// page. Returns, for the page's data, every city's mentors in every focus area.
nlohmann::ordered_json report_mentors(report_page& doc, const input& in, const report_options& o,
                                      progress_bar& bar) {
    const ascn::network& net = in.network();
    doc.add(heading{2, "Who should learn from whom"});
    doc.add(paragraph{"For every city: its weakest focus area (lowest mentor strength; ties go "
                      "to an area its action plan names, then to the framework's order) and the "
                      "cities it could best learn from there, with the path knowledge would "
                      "take (`ascn mentors --city ID --focus AREA`). The model and its caveats: "
                      "docs/peer-learning-model.md. A path estimates where knowledge could "
                      "flow, not that learning happens."});
    const auto records = focus_records(in);
    // One learning graph per focus area, with its strengths and affinities, made when first
    // needed.
    struct area_model {
        area_model(const ascn::network& net, ascn::focus_area area,
                   const ascn::focus_record_map& records)
            : graph(net, learning(area))
            , strengths(ascn::strengths(graph, records, area))
            , affinity(ascn::city_affinity(net, graph)) {}
        static ascn::learning_model learning(ascn::focus_area area) {
            ascn::learning_model lm;
            lm.focus = area;
            return lm;
        }
        ascn::snapshot graph;
        ascn::area_strengths strengths;
        std::function<double(ascn::snapshot::vertex_index, ascn::snapshot::vertex_index)> affinity;
    };
    std::vector<std::optional<area_model>> models(ascn::focus_area_count);
    auto model_of = [&](ascn::focus_area area) -> const area_model& {
        auto& m = models[static_cast<std::size_t>(area)];
        if (!m)
            m.emplace(net, area, records);
        return *m;
    };
    const ascn::strength_model strength;
    data_table t{{"city", "weakest area", "strength", "mentors (P(path)): path"},
                 {},
                 {false, false, true, false}};
    std::ostringstream page;
    page << "<div class=\"table\"><table class=\"sortable mentors\">\n<thead><tr><th>city</th>"
            "<th>weakest area</th><th class=\"n\">its mentor strength there (0 to 1: 0 = no "
            "projects done or under way)</th><th>best mentors: strength there, P(path) and the "
            "path knowledge would take</th></tr></thead>\n<tbody>\n";
    nlohmann::ordered_json data = nlohmann::ordered_json::object();
    std::vector<ascn::city> cities;
    for (const auto& c : ascn::cities(net))
        cities.push_back(c);
    // The page's panel shows a city's mentors in every focus area; on a large network that
    // would be six searches per city, so there it holds the weakest area only (the table's).
    const bool every_area = cities.size() <= every_area_limit;
    constexpr std::size_t none = ascn::focus_area_count;
    std::vector<std::size_t> weakest(cities.size(), none);
    for (std::size_t i = 0; i < cities.size(); ++i) {
        const auto it = records.find(cities[i].id);
        if (it == records.end())
            continue;
        std::size_t w = 0;
        for (std::size_t a = 1; a < ascn::focus_area_count; ++a) {
            const double sa = strength(it->second[a]), sw = strength(it->second[w]);
            if (sa < sw || (sa == sw && it->second[a].priority && !it->second[w].priority))
                w = a;
        }
        weakest[i] = w;
        for (auto area : ascn::all_focus_areas)
            if (every_area || static_cast<std::size_t>(area) == w)
                (void)model_of(area); // made here, read by the searches below
    }
    // One search per city and area, independent of each other: on every core, each into its
    // own slot, so the result does not depend on the thread count.
    std::vector<std::array<std::vector<ascn::mentor>, ascn::focus_area_count>> found(cities.size());
    // A mentor search per area (its index of hubs), and a copy per worker (its scratch space,
    // a few arrays of V), made when first needed.
    std::array<std::optional<ascn::mentor_search>, ascn::focus_area_count> prototype;
    for (std::size_t a = 0; a < ascn::focus_area_count; ++a)
        if (models[a]) {
            ascn::mentor_options mo;
            mo.n = o.mentors;
            mo.affinity = models[a]->affinity;
            prototype[a].emplace(models[a]->graph, models[a]->strengths.strength,
                                 models[a]->strengths.evidence, mo);
        }
    std::vector<std::array<std::optional<ascn::mentor_search>, ascn::focus_area_count>> search(
        workers(cities.size()));
    for_each_index(
        cities.size(),
        [&](std::size_t i, std::size_t worker) {
            if (weakest[i] == none)
                return;
            for (auto area : ascn::all_focus_areas) {
                const auto a = static_cast<std::size_t>(area);
                if (!every_area && a != weakest[i])
                    continue;
                const auto& m = *models[a];
                auto& find = search[worker][a];
                if (!find)
                    find.emplace(*prototype[a]);
                found[i][a] = (*find)(*m.graph.find(cities[i].id));
            }
        },
        [&](std::size_t done) {
            bar.update(static_cast<double>(done) / static_cast<double>(cities.size()));
        });
    for (std::size_t i = 0; i < cities.size(); ++i) {
        const auto& c = cities[i];
        if (weakest[i] == none)
            continue;
        auto& city_data = append_new(data, c.id);
        city_data["weakest"] =
            std::string(ascn::to_string(static_cast<ascn::focus_area>(weakest[i])));
        auto& areas = city_data["areas"] = nlohmann::ordered_json::object();
        for (auto area : ascn::all_focus_areas) {
            if (!every_area && static_cast<std::size_t>(area) != weakest[i])
                continue;
            const auto& m = model_of(area);
            const auto& lg = m.graph;
            const auto learner = *lg.find(c.id);
            const auto& ms = found[i][static_cast<std::size_t>(area)];
            auto& a = areas[std::string(ascn::to_string(area))];
            a["strength"] = m.strengths.strength[learner];
            auto& list = a["mentors"] = nlohmann::ordered_json::array();
            for (const auto& mentor : ms) {
                auto path = path_json(lg, mentor.path);
                if (!every_area)
                    path.erase("hops"); // the explanations: most of the page on a large network
                list.push_back({{"city", lg.id(mentor.city)},
                                {"strength", mentor.strength},
                                {"gap", mentor.gap},
                                {"score", mentor.score},
                                {"path", std::move(path)}});
            }
            if (static_cast<std::size_t>(area) != weakest[i])
                continue;
            std::string text;
            page << "<tr><td><a class=\"city-link\" href=\"#map\" data-city=\"" << html_escape(c.id)
                 << "\">" << html_escape(name_of(net, c.id)) << "</a></td><td>"
                 << html_escape(ascn::display_name(area)) << "</td><td class=\"n\">"
                 << number(m.strengths.strength[learner], 2) << "</td><td>";
            page << (ms.empty() ? "none eligible" : "<ol class=\"mentor-list\">");
            for (const auto& mentor : ms) {
                text += (text.empty() ? "" : "; ") + lg.id(mentor.city) + " (" +
                        number(mentor.path.probability(), 3) + "): " + joined_path(lg, mentor.path);
                std::string route;
                for (auto v : mentor.path.vertices)
                    route += (route.empty() ? "" : " › ") + html_escape(name_of(net, lg.id(v)));
                page << "<li><a class=\"city-link\" href=\"#map\" data-city=\""
                     << html_escape(lg.id(mentor.city)) << "\">"
                     << html_escape(name_of(net, lg.id(mentor.city))) << "</a>: strength "
                     << number(mentor.strength, 2) << ", P(path) "
                     << number(mentor.path.probability(), 3) << "<br><span class=\"route\">"
                     << route << "</span></li>";
            }
            page << (ms.empty() ? "" : "</ol>") << "</td></tr>\n";
            t.rows.push_back({c.name.empty() ? c.id : c.name, std::string(ascn::display_name(area)),
                              number(m.strengths.strength[learner], 2),
                              text.empty() ? "none eligible" : text});
        }
    }
    page << "</tbody>\n</table></div>";
    doc.markdown_only(t);
    doc.page_only(raw_html{page.str()});
    return data;
}

void report_structure(report_page& doc, const ascn::network& net) {
    const structure_view sv(net);
    const auto& s = sv.snapshot();
    const auto r = find_communities(sv, "leiden", 1.0, 0);
    const auto groups = members_of(sv, r);
    doc.add(heading{2, "Communities"});
    std::size_t singletons = 0;
    data_table t{{"community", "size", "cities", "members"}, {}, {true, true, true, false}};
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (groups[i].size() == 1) {
            ++singletons;
            continue;
        }
        std::size_t cities = 0;
        std::string list;
        for (auto v : groups[i]) {
            cities += s.kind(v) == ascn::vertex_kind::city;
            list += (list.empty() ? "" : ", ") + sv.id(v);
        }
        t.rows.push_back({std::to_string(i + 1), count(groups[i].size()), count(cities), list});
    }
    doc.add(paragraph{"Leiden communities (resolution 1, seed 0; every relationship weighs 1): " +
                      count(r.count) + " communities, modularity " + number(r.modularity, 4) +
                      (singletons ? "; " + count(singletons) +
                                        " of them are single vertices with no relationship, "
                                        "not listed"
                                  : std::string()) +
                      " (`ascn communities`)."});
    doc.add(t);

    doc.add(heading{2, "Brokers"});
    const auto m = brokerage(sv, plan_betweenness(sv.size(), s.num_arcs() / 2, std::nullopt, 0));
    const auto& spanned = m.spanned;
    const auto& bc = m.betweenness.values;
    const auto& constraint = m.constraint;
    const auto order = brokers_in_order(sv, m);
    doc.add(paragraph{"Cities and partners directly related to cities of two or more member "
                      "states, by how many they span, then by betweenness; Burt's constraint "
                      "is lower for those spanning more structural holes (`ascn brokers`)." +
                      (m.betweenness.plan.sources > 0
                           ? " The network is large: " + sampling_words(m.betweenness) + "."
                           : std::string())});
    data_table b{{"id", "kind", "member states", "betweenness", "constraint"},
                 {},
                 {false, false, true, true, true}};
    for (auto v : order)
        b.rows.push_back(
            {sv.id(v), sv.kind(v), count(spanned[v]), number(bc[v], 4), number(constraint[v], 3)});
    doc.add(b);

    doc.add(heading{2, "Weak points"});
    const auto w = weak_points(sv);
    std::vector<std::size_t> size(w.components, 0);
    for (auto c : w.component)
        ++size[c];
    const auto largest = w.components ? *std::max_element(size.begin(), size.end()) : 0;
    std::vector<std::string> partners, cities;
    for (auto v : w.articulation_points) {
        if (s.kind(v) == ascn::vertex_kind::partner)
            partners.push_back(sv.id(v));
        else if (s.kind(v) == ascn::vertex_kind::city)
            cities.push_back(sv.id(v));
    }
    std::sort(partners.begin(), partners.end());
    std::sort(cities.begin(), cities.end());
    doc.add(paragraph{count(w.components) + " connected components (the largest has " +
                      count(largest) + " of " + count(s.num_vertices()) + " vertices); " +
                      count(w.articulation_points.size()) +
                      " articulation points, whose loss would cut the network apart, and " +
                      count(w.bridges.size()) + " bridges (`ascn weak-points`)."});
    doc.add(bullet_list{{"partners that are cut vertices: " + joined(partners, ", "),
                         "cities that are cut vertices: " + joined(cities, ", ")}});
}

/// Cities, member states, partners and relationships active in each year, for the page's
/// year slider.
nlohmann::ordered_json growth_json(const ascn::network& net) {
    auto out = nlohmann::ordered_json::array();
    const auto [first, last] = year_span(net);
    for (int y = first; y <= last; ++y) {
        const auto v = ascn::as_of(net, y);
        out.push_back({{"year", y},
                       {"cities", v.num_cities()},
                       {"countries", v.num_countries()},
                       {"partners", v.num_partners()},
                       {"relationships", v.num_relationships()}});
    }
    return out;
}

/// Writes the report into `o.output` and returns the path of report.html.
std::filesystem::path write_report(const input& in, const report_options& o, progress_bar& bar) {
    const ascn::network& net = in.network();
    const std::string source = in.describe();
    const std::filesystem::path dir(o.output);
    report_files files(dir);
    const auto nodes = ascn::io::to_json(net);
    report_page doc;
    bar.stage("profiles", 0.0);
    const auto clusters = report_profiles(doc, net, files, o);
    report_page front;
    bar.stage("map", 0.15);
    report_map(front, in, nodes, files, clusters, o);
    bar.stage("numbers", 0.3);
    report_numbers(front, net);
    report_growth(front, net);
    bar.stage("year by year", 0.32);
    report_evolution(front, in, files);
    report_timeline(front, in);
    report_plans(front, in);
    bar.stage("structure", 0.35);
    report_page structure_doc;
    report_structure(structure_doc, net);
    bar.stage("mentors", 0.4);
    report_page mentors_doc;
    auto sub = bar.sub(0.4, 1.0);
    const auto mentors = report_mentors(mentors_doc, in, o, sub);
    // Order: title, map, numbers, growth, profiles, mentors.
    const std::string title = "The ASEAN Smart Cities Network: a report";
    report_page all;
    all.add(heading{1, title});
    all.add(paragraph{"Made by `ascn report` (ascn " + std::string(ascn::version_string) +
                      ") from the " + source + ". Sources of the data: docs/data-sources.md."});
    all.append(front);
    all.append(doc);
    all.append(structure_doc);
    all.append(mentors_doc);
    files.add("report.md", all.markdown());

    // The page's data: the network as `ascn export --format json` writes it, with what the
    // page shows beside it (clusters, mentors in every area, growth, sources).
    std::vector<page_source> sources;
    nlohmann::ordered_json result;
    result["network"] = nodes;
    auto& areas = result["focus_areas"] = nlohmann::ordered_json::array();
    for (auto a : ascn::all_focus_areas)
        areas.push_back({{"id", ascn::to_string(a)}, {"name", ascn::display_name(a)}});
    auto& cl = result["clusters"] = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < clusters.labels.size(); ++i)
        append_new(cl, clusters.ids[i]) = {
            {"cluster", clusters.labels[i]},
            {"colour", ascn::io::category_colour(static_cast<std::size_t>(clusters.labels[i]))}};
    result["growth"] = growth_json(net);
    result["mentors"] = mentors;
    auto& src = result["sources"] = nlohmann::ordered_json::array();
    if (in.embedded())
        for (const auto& s : in.dataset().sources) {
            sources.push_back({s.key, s.title, s.where});
            src.push_back({{"key", s.key}, {"title", s.title}, {"where", s.where}});
        }
    files.add("report.html", all.html(title, sources, envelope(in, "report", std::move(result))));
    files.write();
    bar.done();
    return dir / "report.html";
}

class report_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--output", o_.output, "folder to write into (default: ascn-report)");
        app.add_option("--clusters", o_.clusters, "profile clusters on the map and dendrogram")
            ->check(count_in(1, 10))
            ->capture_default_str();
        app.add_flag("--no-map", no_map_, "do not run Graphviz (map.dot is still written)");
        timeout_ = app.add_option("--map-timeout", o_.map_timeout,
                                  "seconds Graphviz may take to draw the map before it is stopped")
                       ->check(count_in(1, 86400))
                       ->capture_default_str();
    }
    int run(const input& in, std::ostream& out) override {
        o_.map = !no_map_;
        if (no_map_ && timeout_->count() > 0)
            throw usage_error("--map-timeout: with --no-map Graphviz is not run");
        progress_bar bar(!in.options().quiet);
        const auto where = write_report(in, o_, bar);
        out << "report written: " << where.string() << " (and report.md beside it)\n";
        return 0;
    }

private:
    report_options o_;
    bool no_map_ = false;
    CLI::Option* timeout_ = nullptr;
};

} // namespace

std::unique_ptr<command> make_report() {
    return std::make_unique<report_command>();
}

} // namespace ascn_tool

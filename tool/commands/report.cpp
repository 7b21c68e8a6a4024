// SPDX-License-Identifier: MIT
// `ascn report`: a self-contained report on a network (by default the embedded ASCN) written
// into a folder: report.md and report.html with a map (Graphviz), a heat map and a
// dendrogram (SVG), the network in numbers, its growth, profile clusters and every city's
// weakest focus area with its best mentors.
#include "../command.hpp"
#include "../document.hpp"
#include "../output.hpp"
#include "../paths.hpp"
#include "../plans.hpp"
#include "../progress.hpp"
#include "../structure.hpp"
#include "../summary.hpp"

#include <ascn/algorithm/clustering/features.hpp>
#include <ascn/algorithm/clustering/hierarchical.hpp>
#include <ascn/asean/focus_records.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/asean/mentors.hpp>
#include <ascn/io/common.hpp>
#include <ascn/io/dot.hpp>
#include <ascn/io/svg.hpp>
#include <ascn/time_view.hpp>
#include <ascn/version.hpp>
#include <ascn/views.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace ascn_tool {
namespace {

struct report_options {
    std::string output = "ascn-report";
    std::size_t clusters = 4;
    std::size_t mentors = 3;
    bool map = true; // render the map with Graphviz's neato when it is installed
};

/// A string for a shell command line: single-quoted, with embedded quotes escaped.
std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

/// Renders `dot_file` to `svg_file` with Graphviz's `neato -n2` (positions pinned); false
/// when neato is not installed or fails.
bool render_with_neato(const std::filesystem::path& dot_file,
                       const std::filesystem::path& svg_file) {
    if (std::system("neato -V > /dev/null 2>&1") != 0)
        return false;
    const std::string cmd = "neato -n2 -Tsvg " + shell_quote(dot_file.string()) + " -o " +
                            shell_quote(svg_file.string()) + " 2> /dev/null";
    return std::system(cmd.c_str()) == 0 && std::filesystem::exists(svg_file);
}

std::string count(std::size_t n) {
    return std::to_string(n);
}

void report_numbers(document& doc, const ascn::network& net) {
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

void report_growth(document& doc, const ascn::network& net) {
    int first = ascn::max_year, last = ascn::min_year;
    for (const auto& c : ascn::cities(net)) {
        first = std::min(first, c.joined);
        last = std::max(last, c.joined);
    }
    for (auto r : ascn::relationships(net))
        last = std::max(last, r.value().start);
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

void report_timeline(document& doc, const input& in) {
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

void report_plans(document& doc, const input& in) {
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

profile_result report_profiles(document& doc, const ascn::network& net,
                               const std::filesystem::path& dir, const report_options& o) {
    profile_result out;
    doc.add(heading{2, "City profiles"});
    std::vector<std::string> rows, columns;
    std::vector<double> values;
    for (auto a : ascn::all_focus_areas)
        columns.emplace_back(ascn::display_name(a));
    for (const auto& c : ascn::cities(net)) {
        rows.push_back(c.name.empty() ? c.id : c.name);
        for (double v : c.profile.projects)
            values.push_back(v);
    }
    if (rows.empty())
        return out;
    std::ostringstream heat;
    ascn::io::write_heat_map(heat, rows, columns, values,
                             {"Projects per focus area", "projects per city and area", 22, true});
    ascn::io::write_file((dir / "heatmap.svg").string(), heat.str());
    doc.add(paragraph{"Each city's projects per focus area of the ASEAN Smart Cities Framework "
                      "(darker: more projects)."});
    doc.add(picture{"heatmap.svg", "Heat map: cities × focus areas (projects)", heat.str()});

    auto x = ascn::city_features{}(ascn::cities(net));
    out.ids = x.ids;
    if (x.size() < 2)
        return out;
    ascn::scale(x, ascn::scaling::z_score);
    const auto tree = ascn::hierarchical(x, ascn::linkage::ward);
    const std::size_t k = std::min(o.clusters, x.size());
    out.labels = tree.cut(k);
    std::ostringstream dendro;
    ascn::io::write_dendrogram(dendro, tree, {},
                               {"Ward clustering of the cities' profiles", k, 16, 360});
    ascn::io::write_file((dir / "dendrogram.svg").string(), dendro.str());
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

void report_map(document& doc, const ascn::network& net, const std::filesystem::path& dir,
                const profile_result& clusters, const report_options& o) {
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
    for (std::size_t c = 0; c < k; ++c)
        mo.legend.push_back(
            {"profile cluster " + std::to_string(c), std::string(ascn::io::category_colour(c))});
    std::ostringstream dot;
    ascn::io::write_map_dot(net, dot, mo);
    ascn::io::write_file((dir / "map.dot").string(), dot.str());
    if (!o.map) {
        doc.add(paragraph{"The map is in `map.dot` (not drawn: `--no-map`); draw it with "
                          "Graphviz: `neato -n2 -Tsvg map.dot -o map.svg`."});
        return;
    }
    if (!render_with_neato(dir / "map.dot", dir / "map.svg")) {
        doc.add(paragraph{"The map is in `map.dot`; Graphviz was not found to draw it. Install "
                          "it (Debian: `apt install graphviz`) and run `neato -n2 -Tsvg map.dot "
                          "-o map.svg`."});
        return;
    }
    doc.add(paragraph{"Cities at their coordinates, coloured by profile cluster; partners "
                      "(diamonds, labelled by id) beside the cities they work with; "
                      "relationships styled by kind; member states in grey. Drawn by Graphviz "
                      "(`neato -n2`, positions pinned) from `map.dot`."});
    doc.add(picture{"map.svg", "Map of the network (shown at full size: scroll sideways)",
                    ascn::io::read_file((dir / "map.svg").string()), true});
}

void report_mentors(document& doc, const input& in, const report_options& o, progress_bar& bar) {
    const ascn::network& net = in.network();
    doc.add(heading{2, "Who should learn from whom"});
    doc.add(paragraph{"For every city: its weakest focus area (lowest mentor strength; ties go "
                      "to an area its action plan names, then to the framework's order) and the "
                      "cities it could best learn from there, with the path knowledge would "
                      "take (`ascn mentors --city ID --focus AREA`). The model and its caveats: "
                      "docs/peer-learning-model.md. A path estimates where knowledge could "
                      "flow, not that learning happens."});
    const auto records = focus_records(in);
    std::vector<std::optional<ascn::snapshot>> graphs(ascn::focus_area_count);
    const ascn::strength_model strength;
    data_table t{{"city", "weakest area", "strength", "mentors (P(path)): path"},
                 {},
                 {false, false, true, false}};
    std::vector<ascn::city> cities;
    for (const auto& c : ascn::cities(net))
        cities.push_back(c);
    std::size_t done = 0;
    for (const auto& c : cities) {
        bar.update(static_cast<double>(done++) / static_cast<double>(cities.size()));
        const auto it = records.find(c.id);
        if (it == records.end())
            continue;
        std::size_t weakest = 0;
        for (std::size_t a = 1; a < ascn::focus_area_count; ++a) {
            const double sa = strength(it->second[a]), sw = strength(it->second[weakest]);
            if (sa < sw || (sa == sw && it->second[a].priority && !it->second[weakest].priority))
                weakest = a;
        }
        const auto area = static_cast<ascn::focus_area>(weakest);
        auto& lg = graphs[weakest];
        ascn::learning_model model;
        model.focus = area;
        if (!lg)
            lg.emplace(net, model);
        const auto s = ascn::strengths(*lg, records, area);
        ascn::mentor_options mo;
        mo.n = o.mentors;
        mo.affinity = ascn::city_affinity(net, *lg);
        const auto learner = *lg->find(c.id);
        std::string list;
        for (const auto& m : ascn::mentors(*lg, learner, s.strength, s.evidence, mo))
            list += (list.empty() ? "" : "; ") + lg->id(m.city) + " (" +
                    number(m.path.probability(), 3) + "): " + joined_path(*lg, m.path);
        t.rows.push_back({c.name.empty() ? c.id : c.name, std::string(ascn::display_name(area)),
                          number(s.strength[learner], 2), list.empty() ? "none eligible" : list});
    }
    doc.add(t);
}

void report_structure(document& doc, const ascn::network& net) {
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
    const auto m = brokerage(sv);
    const auto& spanned = m.spanned;
    const auto& bc = m.betweenness;
    const auto& constraint = m.constraint;
    const auto order = brokers_in_order(sv, m);
    doc.add(paragraph{"Cities and partners directly related to cities of two or more member "
                      "states, by how many they span, then by betweenness; Burt's constraint "
                      "is lower for those spanning more structural holes (`ascn brokers`)."});
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

/// Writes the report into `o.output` and returns the path of report.html.
std::filesystem::path write_report(const input& in, const report_options& o, progress_bar& bar) {
    const ascn::network& net = in.network();
    const std::string source = in.describe();
    const std::filesystem::path dir(o.output);
    std::filesystem::create_directories(dir);
    document doc;
    bar.stage("profiles", 0.0);
    const auto clusters = report_profiles(doc, net, dir, o);
    document front;
    bar.stage("map", 0.15);
    report_map(front, net, dir, clusters, o);
    bar.stage("numbers", 0.3);
    report_numbers(front, net);
    report_growth(front, net);
    report_timeline(front, in);
    report_plans(front, in);
    bar.stage("structure", 0.35);
    document structure_doc;
    report_structure(structure_doc, net);
    bar.stage("mentors", 0.4);
    document mentors_doc;
    auto sub = bar.sub(0.4, 1.0);
    report_mentors(mentors_doc, in, o, sub);
    // Order: title, map, numbers, growth, profiles, mentors.
    document all;
    all.add(heading{1, "The ASEAN Smart Cities Network: a report"});
    all.add(paragraph{"Made by `ascn report` (ascn " + std::string(ascn::version_string) +
                      ") from the " + source + ". Sources of the data: docs/data-sources.md."});
    all.append(front);
    all.append(doc);
    all.append(structure_doc);
    all.append(mentors_doc);
    ascn::io::write_file((dir / "report.md").string(), all.markdown());
    ascn::io::write_file((dir / "report.html").string(),
                         all.html("The ASEAN Smart Cities Network: a report"));
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
    }
    int run(const input& in, std::ostream& out) override {
        o_.map = !no_map_;
        progress_bar bar(!in.options().quiet);
        const auto where = write_report(in, o_, bar);
        out << "report written: " << where.string() << " (and report.md beside it)\n";
        return 0;
    }

private:
    report_options o_;
    bool no_map_ = false;
};

} // namespace

std::unique_ptr<command> make_report() {
    return std::make_unique<report_command>();
}

} // namespace ascn_tool

// SPDX-License-Identifier: MIT
// The `ascn` command-line tool: a worked example of building a tool on the library.
//
//   ascn summary [--input FILE|DIR] [--as-of YEAR] [--top N] [--format table|json]
//   ascn show ID [--input FILE|DIR] [--as-of YEAR] [--format table|json]
//   ascn export --format json|csv|graphml|dot [--input FILE|DIR] [--as-of YEAR] [--output PATH]
//   ascn cluster [--method kmeans|kmedoids|agglomerative|dbscan] [--k K] [--linkage L]
//                [--eps E --min-points M] [--seed S] [--features LIST] [--scaling S]
//                [--sweep KMIN:KMAX] [--input FILE|DIR] [--as-of YEAR] [--format table|json]
//   ascn path --from ID --to ID [--k K] [--max-hops H] [--via KINDS] [--avoid IDS]
//             [--weight model|strength|hops] [--focus AREA] [--widest]
//             [--stepping-stones [--max-step D]] [--format table|json]
//   ascn recommend twinning|business|peers [--city ID] [--partner ID] [--n N] [--capacity C]
//                  [--format table|json]
//   ascn communities [--method louvain|leiden] [--resolution R] [--seed S] [--format table|json]
//   ascn centrality --measure degree|betweenness|closeness|harmonic|pagerank|eigenvector
//                   [--top N] [--format table|json]
//   ascn brokers [--top N] [--format table|json]
//   ascn weak-points [--format table|json]
//   ascn report [--input FILE|DIR] [--as-of YEAR] [--output DIR] [--clusters K] [--no-map]
//   ascn mentors --city ID --focus AREA [--n N] [--max-hops H] [--frontrunners]
//                [--format table|json]
//
// Exit codes: 0 success, 1 bad data or an unknown id (message on standard error), 2 bad usage.
#include "cluster.hpp"
#include "input.hpp"
#include "paths.hpp"
#include "recommend.hpp"
#include "report.hpp"
#include "structure.hpp"
#include "summary.hpp"
#include "table.hpp"

#include <ascn/data/ascn.hpp>
#include <ascn/io/csv.hpp>
#include <ascn/io/dot.hpp>
#include <ascn/io/graphml.hpp>
#include <ascn/io/json.hpp>
#include <ascn/version.hpp>
#include <ascn/views.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

using ascn_tool::input_options;

void add_input_options(CLI::App& cmd, input_options& in) {
    cmd.add_option("--input", in.input,
                   "node-link JSON file, or a folder with nodes.csv and relationships.csv "
                   "(default: the embedded ASCN)");
    cmd.add_option("--as-of", in.as_of, "the network as it stood in this year")
        ->check(CLI::Range(ascn::min_year, ascn::max_year));
}

/// `--format table|json`, the output choice every reporting command offers.
void add_format_option(CLI::App& cmd, std::string& format) {
    cmd.add_option("--format", format, "table or json")->check(CLI::IsMember({"table", "json"}));
}

/// Writes `text` to `path`, or to standard output when `path` is empty or "-".
void emit(const std::string& path, const std::string& text) {
    if (path.empty() || path == "-")
        std::cout << text;
    else
        ascn::io::write_file(path, text);
}

int run_show(const ascn::network& net, const std::string& id, const std::string& format,
             bool embedded) {
    // On the embedded ASCN, accept city names and aliases ("Kota Cebu") as well as ids.
    std::string key = id;
    if (embedded && !net.contains(key))
        if (const auto* c = ascn::data::embedded_dataset().find_city(id); c && net.contains(c->id))
            key = c->id;
    const auto& d = net.at(key); // throws unknown_id_error with suggestions
    if (format == "json") {
        nlohmann::ordered_json j;
        j["id"] = std::string(d.id());
        j["kind"] = std::string(ascn::to_string(d.kind()));
        auto& links = j["relationships"] = nlohmann::ordered_json::array();
        for (auto n : ascn::neighbours(net, key)) {
            const auto r = n.relationship();
            links.push_back({{"kind", std::string(ascn::to_string(r.kind()))},
                             {"from", std::string(r.from_id())},
                             {"to", std::string(r.to_id())},
                             {"start", r.value().start},
                             {"end", r.value().end ? nlohmann::ordered_json(*r.value().end)
                                                   : nlohmann::ordered_json()},
                             {"ref", r.value().source}});
        }
        std::cout << j.dump(1) << '\n';
        return 0;
    }
    std::cout << ascn::to_string(d.kind()) << ' ' << d.id();
    if (const auto* c = d.city())
        std::cout << ": " << c->name << " (" << c->country << "), joined " << c->joined;
    if (const auto* k = d.country())
        std::cout << ": " << k->name << ", joined ASEAN " << ascn::to_string(k->joined);
    if (const auto* p = d.partner())
        std::cout << ": " << p->name << " (" << ascn::to_string(p->kind) << ")";
    std::cout << "\n\n";
    ascn_tool::table t({"relationship", "with", "from", "until", "source"});
    for (auto n : ascn::neighbours(net, key)) {
        const auto r = n.relationship();
        t.add({std::string(ascn::to_string(r.kind())), std::string(n.id()),
               std::to_string(r.value().start),
               r.value().end ? std::to_string(*r.value().end) : std::string(), r.value().source});
    }
    t.print(std::cout);
    return 0;
}

int run_export(const ascn::network& net, const std::string& format, const std::string& output) {
    std::ostringstream os;
    if (format == "json")
        ascn::io::write_json(net, os);
    else if (format == "graphml")
        ascn::io::write_graphml(net, os);
    else if (format == "dot")
        ascn::io::write_dot(net, os);
    else { // csv: a pair of files in a folder
        if (output.empty() || output == "-") {
            std::cerr << "ascn export: --format csv writes two files; give --output FOLDER\n";
            return 2;
        }
        std::filesystem::create_directories(output);
        const auto pair = ascn::io::to_csv(net);
        const auto dir = std::filesystem::path(output);
        ascn::io::write_file((dir / "nodes.csv").string(), pair.nodes);
        ascn::io::write_file((dir / "relationships.csv").string(), pair.relationships);
        return 0;
    }
    emit(output, os.str());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"ascn: the ASEAN Smart Cities Network as a graph"};
    app.set_version_flag("--version", std::string(ascn::version_string));
    app.require_subcommand(1);

    input_options in;
    std::string format = "table";
    std::size_t top = 10;
    auto* summary = app.add_subcommand("summary", "cities, countries, partners and relationships");
    add_input_options(*summary, in);
    summary->add_option("--top", top, "how many of the most connected partners to list");
    add_format_option(*summary, format);

    std::string id;
    auto* show = app.add_subcommand("show", "one city, country or partner and its relationships");
    show->add_option("id", id, "id, or a city's name or alias")->required();
    add_input_options(*show, in);
    add_format_option(*show, format);

    std::string export_format, output;
    auto* exp = app.add_subcommand("export", "write the network as JSON, CSV, GraphML or DOT");
    add_input_options(*exp, in);
    exp->add_option("--format", export_format, "json (NetworkX node-link), csv, graphml or dot")
        ->required()
        ->check(CLI::IsMember({"json", "csv", "graphml", "dot"}));
    exp->add_option("--output", output, "file (folder for csv); default: standard output");

    ascn_tool::cluster_options co;
    auto* cluster = app.add_subcommand("cluster", "group cities by profile, with quality indices");
    add_input_options(*cluster, in);
    cluster->add_option("--method", co.method, "kmeans, kmedoids, agglomerative or dbscan")
        ->check(CLI::IsMember({"kmeans", "kmedoids", "agglomerative", "dbscan"}));
    cluster->add_option("--k", co.k, "number of clusters (not for dbscan)");
    cluster->add_option("--linkage", co.linkage, "single, complete, average or ward")
        ->check(CLI::IsMember({"single", "complete", "average", "ward"}));
    cluster->add_option("--eps", co.eps, "dbscan radius (in scaled units)");
    cluster->add_option("--min-points", co.min_points, "dbscan: neighbours of a core point");
    cluster->add_option("--seed", co.seed, "k-means seed");
    cluster
        ->add_option("--features", co.features,
                     "comma-separated subset of: civic, health, safety, environment, "
                     "infrastructure, industry, log_population, administrative, commercial, "
                     "tourism")
        ->delimiter(',');
    cluster->add_option("--scaling", co.scaling, "zscore (default), minmax or none")
        ->check(CLI::IsMember({"zscore", "minmax", "none"}));
    add_format_option(*cluster, co.format);
    cluster->add_option("--sweep", co.sweep,
                        "KMIN:KMAX: run k-means for each k and report every index, to choose k");

    ascn_tool::path_options po;
    auto* path = app.add_subcommand("path", "peer-learning paths from one vertex to another");
    add_input_options(*path, in);
    path->add_option("--from", po.from, "where knowledge starts (id, or a city's name)")
        ->required();
    path->add_option("--to", po.to, "where it should arrive")->required();
    path->add_option("--k", po.k, "the k cheapest loopless paths (Yen)")
        ->check(CLI::Range(1, 1000));
    path->add_option("--max-hops", po.max_hops, "at most this many relationships on a path");
    path->add_option("--via", po.via,
                     "only these relation kinds, comma-separated (twinning, support, "
                     "participation, programme-of, business-match, peer-learning, member-of)")
        ->delimiter(',');
    path->add_option("--avoid", po.avoid, "ids of cities, partners or countries to avoid")
        ->delimiter(',');
    path->add_option("--weight", po.weight,
                     "model (default: the peer-learning model), strength (a relationship's "
                     "strength attribute as its cost) or hops")
        ->check(CLI::IsMember({"model", "strength", "hops"}));
    path->add_option("--focus", po.focus, "focus area the knowledge is about (model only)");
    path->add_flag("--widest", po.widest, "the path whose weakest link is strongest");
    path->add_flag("--stepping-stones", po.stepping_stones,
                   "every city on the way knows at least as much (in --focus) as the next");
    path->add_option("--max-step", po.max_step,
                     "with --stepping-stones: the largest drop in strength per step");
    add_format_option(*path, po.format);

    ascn_tool::mentor_cli_options mo;
    auto* mentors = app.add_subcommand("mentors", "the cities a city should learn from");
    add_input_options(*mentors, in);
    mentors->add_option("--city", mo.city, "the learner (id, or a city's name)")->required();
    mentors->add_option("--focus", mo.focus, "focus area, e.g. environment")->required();
    mentors->add_option("--n", mo.n, "how many mentors")->check(CLI::Range(1, 1000));
    mentors->add_option("--max-hops", mo.max_hops, "at most this many relationships on a path");
    mentors->add_flag("--frontrunners", mo.frontrunners,
                      "rank the strongest first instead of near-peers");
    add_format_option(*mentors, mo.format);

    ascn_tool::recommend_cli_options rc;
    auto* recommend =
        app.add_subcommand("recommend", "recommend partners (twinning, business) or peer cities");
    add_input_options(*recommend, in);
    recommend->add_option("what", rc.what, "twinning, business or peers")
        ->required()
        ->check(CLI::IsMember({"twinning", "business", "peers"}));
    recommend->add_option("--city", rc.city, "only for this city");
    recommend->add_option("--partner", rc.partner, "only for this partner");
    recommend->add_option("--n", rc.n, "how many (0: all)");
    recommend->add_option("--capacity", rc.capacity,
                          "allocate: each partner serves at most C cities, each city one partner");
    add_format_option(*recommend, rc.format);

    ascn_tool::structure_options so;
    auto* communities = app.add_subcommand("communities", "communities of the network");
    add_input_options(*communities, in);
    communities->add_option("--method", so.method, "louvain or leiden (default)")
        ->check(CLI::IsMember({"louvain", "leiden"}));
    communities->add_option("--resolution", so.resolution, "larger: more, smaller communities");
    communities->add_option("--seed", so.seed, "visiting order seed");
    add_format_option(*communities, so.format);
    auto* centrality = app.add_subcommand("centrality", "the most central vertices");
    add_input_options(*centrality, in);
    centrality
        ->add_option("--measure", so.measure,
                     "degree, betweenness, closeness, harmonic, pagerank or eigenvector")
        ->required()
        ->check(CLI::IsMember(
            {"degree", "betweenness", "closeness", "harmonic", "pagerank", "eigenvector"}));
    centrality->add_option("--top", so.top, "how many (0: all)");
    add_format_option(*centrality, so.format);
    auto* brokers = app.add_subcommand("brokers", "cities and partners that bridge member states");
    add_input_options(*brokers, in);
    brokers->add_option("--top", so.top, "how many (0: all)");
    add_format_option(*brokers, so.format);
    auto* weak = app.add_subcommand("weak-points", "articulation points, bridges, components");
    add_input_options(*weak, in);
    add_format_option(*weak, so.format);

    ascn_tool::report_options ro;
    bool no_map = false, quiet = false;
    auto* report = app.add_subcommand("report", "write a report with a map and pictures");
    add_input_options(*report, in);
    report->add_option("--output", ro.output, "folder to write into (default: ascn-report)");
    report->add_option("--clusters", ro.clusters, "profile clusters on the map and dendrogram")
        ->check(CLI::Range(1, 10));
    report->add_flag("--no-map", no_map, "do not run Graphviz (map.dot is still written)");
    report->add_flag("--quiet", quiet, "no progress bar");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        (void)app.exit(e);
        return 2;
    }

    try {
        // Loading a big file shows a progress bar on a terminal (standard error).
        ascn_tool::progress_bar loading(!quiet);
        loading.stage("loading", 0.0);
        const ascn::network net = ascn_tool::load(in, loading.callback());
        loading.done();
        if (summary->parsed()) {
            const auto s = ascn_tool::summarise(net, top);
            if (format == "json")
                std::cout << ascn_tool::to_json(s, ascn_tool::describe(in)).dump(1) << '\n';
            else
                ascn_tool::print_table(s, ascn_tool::describe(in), std::cout);
            return 0;
        }
        if (show->parsed())
            return run_show(net, id, format, in.input.empty());
        if (cluster->parsed())
            return ascn_tool::run_cluster(net, co, std::cout);
        if (report->parsed()) {
            ro.map = !no_map;
            ascn_tool::progress_bar bar(!quiet);
            const auto where =
                ascn_tool::write_report(net, ascn_tool::describe(in), in.input.empty(), ro, bar);
            std::cout << "report written: " << where.string() << " (and report.md beside it)\n";
            return 0;
        }
        if (communities->parsed())
            return ascn_tool::run_communities(net, so, std::cout);
        if (centrality->parsed())
            return ascn_tool::run_centrality(net, so, std::cout);
        if (brokers->parsed())
            return ascn_tool::run_brokers(net, so, std::cout);
        if (weak->parsed())
            return ascn_tool::run_weak_points(net, so, std::cout);
        if (recommend->parsed())
            return ascn_tool::run_recommend(net, rc, in.input.empty(), std::cout);
        if (path->parsed())
            return ascn_tool::run_path(net, po, in.input.empty(), std::cout);
        if (mentors->parsed())
            return ascn_tool::run_mentors(net, mo, in.input.empty(), std::cout);
        return run_export(net, export_format, output);
    } catch (const ascn::error& e) {
        std::cerr << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "ascn: " << e.what() << '\n';
        return 1;
    }
}

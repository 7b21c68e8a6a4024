// SPDX-License-Identifier: MIT
// The tool at scale (issue 14): a seeded synthetic city network of N cities
// (`ascn::synthetic_network`: one partner per 20 cities, 3 partner ties and 2 peer ties per
// city, so about 5 N relationships), written as node-link JSON and as a CSV pair; then every
// command of the tool on it, each in its own process, with its wall time and peak resident
// memory (wait4's ru_maxrss); and, for the same work, the library call in a process of its
// own (reading the file, then the call), so the two columns compare like with like.
//
//   scale_benchmark [--cities N]... [--timeout SECONDS] [--only NAME,...] [--folder DIR]
//                   [--markdown]
//
// Not a timed test: the suite runs it at 2,000 cities to check that every command runs and
// that the table is made ("benchmark: scale (smoke)"); the figures in docs/performance.md come
// from runs by hand at 100,000 and 1,000,000 cities. A command still running at the timeout
// is killed and shown as "> T s".
//
// The process re-runs itself for the library's side (`scale_benchmark --library WORK FILE`)
// and to write the files (`--generate N FOLDER`), so that every figure is a fresh process's.
// The tool is the one built beside this benchmark (ASCN_TOOL, a compile definition).
#include <ascn/algorithm/clustering/cluster_quality.hpp>
#include <ascn/algorithm/clustering/features.hpp>
#include <ascn/algorithm/clustering/kmeans.hpp>
#include <ascn/algorithm/structure/centrality.hpp>
#include <ascn/algorithm/structure/community.hpp>
#include <ascn/algorithm/structure/weak_points.hpp>
#include <ascn/generate.hpp>
#include <ascn/io/common.hpp>
#include <ascn/io/csv.hpp>
#include <ascn/io/json.hpp>
#include <ascn/snapshot.hpp>
#include <ascn/views.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

namespace fs = std::filesystem;
using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point t0) {
    return std::chrono::duration<double>(clock_type::now() - t0).count();
}

struct run_result {
    bool finished = false; // false: killed at the timeout
    int status = 0;        // exit code (or 128 + signal)
    double wall = 0;       // seconds
    double peak_mib = 0;   // ru_maxrss
    std::string out;       // the first line of standard output (library runs report on it)
};

// Runs argv with standard output to `out_file`, standard error to `err_file`, killing it at
// `timeout` seconds; wall time and peak RSS from wait4.
run_result run(const std::vector<std::string>& argv, const fs::path& out_file,
               const fs::path& err_file, double timeout) {
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    pid_t pid = 0;
    const auto t0 = clock_type::now();
    const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    run_result r;
    if (rc != 0) {
        r.status = 127;
        return r;
    }
    int status = 0;
    rusage usage{};
    bool killed = false;
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (!killed && seconds_since(t0) > timeout) {
            kill(pid, SIGKILL);
            killed = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    r.wall = seconds_since(t0);
    r.finished = !killed;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.peak_mib = static_cast<double>(usage.ru_maxrss) / 1024.0;
    std::ifstream in(out_file);
    std::getline(in, r.out);
    return r;
}

// --generate N FOLDER: network.json and csv/{nodes,relationships}.csv.
int generate(std::size_t cities, const fs::path& folder) {
    ascn::synthetic_options o;
    o.cities = cities;
    const auto net = ascn::synthetic_network(o);
    fs::create_directories(folder / "csv");
    {
        std::ofstream out(folder / "network.json", std::ios::binary);
        ascn::io::write_json(net, out);
    }
    {
        const auto pair = ascn::io::to_csv(net);
        std::ofstream(folder / "csv" / "nodes.csv", std::ios::binary) << pair.nodes;
        std::ofstream(folder / "csv" / "relationships.csv", std::ios::binary) << pair.relationships;
    }
    std::cout << net.num_cities() << ' ' << net.num_partners() << ' ' << net.num_relationships()
              << '\n';
    return 0;
}

// --library WORK FOLDER: reads FOLDER/network.json as the tool does (`read_json_file`; for
// `read-csv` FOLDER/csv/, for `read-json-text` the JSON text whole, then `read_json`) and does
// WORK as the tool's command does with its defaults; prints "read_seconds call_seconds".
int library(const std::string& work, const fs::path& folder) {
    auto t0 = clock_type::now();
    ascn::network net;
    const std::uintmax_t big = std::uintmax_t{64} << 30; // as the tool reads its input
    if (work == "read-csv")
        ascn::io::read_csv(ascn::io::read_file(folder / "csv" / "nodes.csv", big),
                           ascn::io::read_file(folder / "csv" / "relationships.csv", big), net);
    else if (work == "read-json-text") // the text whole, then read_json
        ascn::io::read_json(ascn::io::read_file(folder / "network.json", big), net);
    else // as the tool reads its input: a block at a time
        ascn::io::read_json_file((folder / "network.json").string(), net);
    const double read = seconds_since(t0);
    t0 = clock_type::now();
    double sink = 0;
    if (work == "read-json" || work == "read-json-text" || work == "read-csv") {
        sink = static_cast<double>(net.num_vertices());
    } else if (work == "write-json") {
        std::ofstream out(folder / "library.json", std::ios::binary);
        ascn::io::write_json(net, out);
    } else {
        const ascn::snapshot s(net);
        if (work == "pagerank")
            sink = ascn::pagerank(s).value[0];
        else if (work == "betweenness") {
            // As the tool plans it by default (tool/structure.hpp, plan_betweenness): exact up
            // to 5,000 vertices, else 2e8 / (V + E) sources within 50 and 1,000 (the tool draws
            // them in two halves; the work is the same).
            ascn::betweenness_options bo;
            const double budget = 2e8 / static_cast<double>(s.num_vertices() + s.num_arcs() / 2);
            bo.samples = s.num_vertices() > 5000
                             ? std::clamp<std::size_t>(static_cast<std::size_t>(budget), 50, 1000)
                             : 0;
            if (bo.samples >= s.num_vertices())
                bo.samples = 0;
            sink = ascn::betweenness_centrality(s, bo)[0];
        } else if (work == "communities")
            sink = ascn::louvain(s, {}).modularity;
        else if (work == "weak-points")
            sink = static_cast<double>(ascn::weak_points(s).articulation_points.size());
        else if (work == "cluster") {
            auto x = ascn::city_features{}(ascn::cities(net));
            ascn::scale(x, ascn::scaling::z_score);
            ascn::kmeans_options ko;
            ko.k = 4;
            const auto r = ascn::kmeans(x, ko);
            sink = ascn::davies_bouldin(x, r.labels) + ascn::calinski_harabasz(x, r.labels);
        } else {
            std::cerr << "unknown work " << work << '\n';
            return 2;
        }
    }
    std::cout << std::fixed << std::setprecision(3) << read << ' ' << seconds_since(t0) << '\n';
    return sink == -1.0 ? 1 : 0; // keep the result alive
}

struct command {
    std::string name;              // as shown
    std::vector<std::string> args; // after the tool; {json}, {folder} substituted
    std::string work;              // the library's side, or empty
};

std::vector<command> commands() {
    return {
        {"summary", {"summary", "--input", "{json}"}, "read-json"},
        {"summary (CSV pair)", {"summary", "--input", "{folder}/csv"}, "read-csv"},
        {"show", {"show", "c0", "--input", "{json}"}, ""},
        {"export json",
         {"export", "--format", "json", "--output", "{folder}/out.json", "--input", "{json}"},
         "write-json"},
        {"export csv",
         {"export", "--format", "csv", "--output", "{folder}/out-csv", "--input", "{json}"},
         ""},
        {"export graphml",
         {"export", "--format", "graphml", "--output", "{folder}/out.graphml", "--input", "{json}"},
         ""},
        {"export gexf",
         {"export", "--format", "gexf", "--output", "{folder}/out.gexf", "--input", "{json}"},
         ""},
        {"centrality degree", {"centrality", "--measure", "degree", "--input", "{json}"}, ""},
        {"centrality pagerank",
         {"centrality", "--measure", "pagerank", "--input", "{json}"},
         "pagerank"},
        {"centrality betweenness",
         {"centrality", "--measure", "betweenness", "--input", "{json}"},
         "betweenness"},
        {"brokers", {"brokers", "--input", "{json}"}, ""},
        {"weak-points", {"weak-points", "--input", "{json}"}, "weak-points"},
        {"communities", {"communities", "--input", "{json}"}, "communities"},
        {"cluster", {"cluster", "--input", "{json}"}, "cluster"},
        {"path", {"path", "--from", "c0", "--to", "c1", "--input", "{json}"}, ""},
        {"distances", {"distances", "--from", "c0", "--input", "{json}"}, ""},
        {"mentors", {"mentors", "--city", "c0", "--focus", "civic", "--input", "{json}"}, ""},
        {"recommend peers", {"recommend", "peers", "--city", "c0", "--input", "{json}"}, ""},
        {"recommend twinning", {"recommend", "twinning", "--city", "c0", "--input", "{json}"}, ""},
        {"timeline", {"timeline", "--input", "{json}"}, ""},
        {"evolve", {"evolve", "--input", "{json}"}, ""},
        {"whatif", {"whatif", "--drop", "p0", "--input", "{json}"}, ""},
        {"impact", {"impact", "--input", "{json}"}, ""},
        {"report", {"report", "--no-map", "--output", "{folder}/report", "--input", "{json}"}, ""},
    };
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

std::string figure(const run_result& r, double timeout) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(1);
    if (!r.finished)
        s << "> " << timeout << " s";
    else if (r.status != 0)
        s << "exit " << r.status;
    else
        s << r.wall << " s";
    return s.str();
}

} // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> a(argv + 1, argv + argc);
    if (a.size() == 3 && a[0] == "--generate")
        return generate(std::stoul(a[1]), a[2]);
    if (a.size() == 3 && a[0] == "--library")
        return library(a[1], a[2]);

    std::vector<std::size_t> sizes;
    double timeout = 600;
    std::vector<std::string> only;
    fs::path base = fs::temp_directory_path() / "ascn-scale";
    for (std::size_t i = 0; i < a.size(); ++i) {
        const bool has_value = i + 1 < a.size();
        if (a[i] == "--cities" && has_value)
            sizes.push_back(std::stoul(a[++i]));
        else if (a[i] == "--timeout" && has_value)
            timeout = std::stod(a[++i]);
        else if (a[i] == "--folder" && has_value)
            base = a[++i];
        else if (a[i] == "--only" && has_value) {
            std::stringstream list(a[++i]);
            for (std::string name; std::getline(list, name, ',');)
                only.push_back(name);
        } else {
            std::cerr << "usage: scale_benchmark [--cities N]... [--timeout S] [--only NAME,...] "
                         "[--folder DIR]\n";
            return 2;
        }
    }
    if (sizes.empty())
        sizes = {100'000};
    const std::string self = fs::canonical("/proc/self/exe").string();
    int failures = 0;
    for (const std::size_t n : sizes) {
        const fs::path folder = base / std::to_string(n);
        fs::create_directories(folder);
        const auto g = run({self, "--generate", std::to_string(n), folder.string()},
                           folder / "generate.out", folder / "generate.err", 1e9);
        if (g.status != 0) {
            std::cerr << "generating " << n << " cities failed\n";
            return 1;
        }
        std::cout << "\n"
                  << n << " cities (cities, partners, relationships: " << g.out << "); JSON "
                  << fs::file_size(folder / "network.json") / (1 << 20)
                  << " MiB; generated and written in " << std::fixed << std::setprecision(1)
                  << g.wall << " s\n\n"
                  << "| command | tool: wall | tool: peak MiB | library: read + call | "
                     "library: peak MiB | tool / library |\n|---|---|---|---|---|---|\n";
        for (const auto& c : commands()) {
            if (!only.empty() && std::find(only.begin(), only.end(), c.name) == only.end())
                continue;
            std::vector<std::string> argv{ASCN_TOOL};
            for (const auto& arg : c.args)
                argv.push_back(
                    replace_all(replace_all(arg, "{json}", (folder / "network.json").string()),
                                "{folder}", folder.string()));
            const auto t = run(argv, folder / "tool.out", folder / "tool.err", timeout);
            if (t.finished && t.status != 0) {
                ++failures;
                std::ifstream err(folder / "tool.err");
                std::cerr << c.name << " failed (exit " << t.status << "): " << err.rdbuf() << '\n';
            }
            std::cout << "| " << c.name << " | " << figure(t, timeout) << " | "
                      << std::setprecision(0) << t.peak_mib << std::setprecision(1) << " | ";
            if (c.work.empty()) {
                std::cout << " | | |\n";
                continue;
            }
            const auto l = run({self, "--library", c.work, folder.string()}, folder / "library.out",
                               folder / "library.err", timeout);
            if (l.finished && l.status != 0)
                ++failures;
            double read = 0, call = 0;
            std::istringstream(l.out) >> read >> call;
            std::cout << figure(l, timeout) << " (" << std::setprecision(2) << read << " + " << call
                      << ") | " << std::setprecision(0) << l.peak_mib << " | "
                      << std::setprecision(2);
            if (t.finished && l.finished && l.wall > 0)
                std::cout << t.wall / l.wall;
            std::cout << std::setprecision(1) << " |\n";
        }
    }
    return failures == 0 ? 0 : 1;
}

// SPDX-License-Identifier: MIT
// `ascn cluster`: group cities by profile and report the quality indices.
#include "../command.hpp"
#include "../output.hpp"
#include "../table.hpp"

#include <ascn/algorithm/clustering/cluster_quality.hpp>
#include <ascn/algorithm/clustering/cluster_sweep.hpp>
#include <ascn/algorithm/clustering/dbscan.hpp>
#include <ascn/algorithm/clustering/hierarchical.hpp>
#include <ascn/algorithm/clustering/kmeans.hpp>
#include <ascn/algorithm/clustering/kmedoids.hpp>
#include <ascn/views.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace ascn_tool {
namespace {

struct cluster_options {
    std::string method = "kmeans";
    std::size_t k = 4;
    std::string linkage = "ward";
    double eps = 1.0;
    std::size_t min_points = 3;
    std::uint64_t seed = 0;
    std::vector<std::string> features; // empty: all
    std::string scaling = "zscore";
    std::string format = "table";
    std::string sweep; // "KMIN:KMAX": k-means for each k, every index, to choose k
};

/// Keeps only the named columns of `p`, in the order given. Throws `value_error` naming an
/// unknown feature and listing the known ones.
ascn::point_set select(const ascn::point_set& p, const std::vector<std::string>& names) {
    if (names.empty())
        return p;
    std::vector<std::size_t> cols;
    for (const auto& n : names) {
        auto it = std::find(p.columns.begin(), p.columns.end(), n);
        if (it == p.columns.end()) {
            std::string known;
            for (const auto& c : p.columns)
                known += (known.empty() ? "" : ", ") + c;
            throw ascn::value_error("unknown feature; the features are: " + known,
                                    {.field = "features", .value = n});
        }
        cols.push_back(static_cast<std::size_t>(it - p.columns.begin()));
    }
    ascn::point_set out(p.size(), cols.size());
    out.ids = p.ids;
    for (auto c : cols)
        out.columns.push_back(p.columns[c]);
    for (std::size_t i = 0; i < p.size(); ++i)
        for (std::size_t j = 0; j < cols.size(); ++j)
            out[i][j] = p[i][cols[j]];
    return out;
}

int run_cluster(const ascn::network& net, const cluster_options& o, std::ostream& out) {
    const auto raw = select(ascn::city_features{}(ascn::cities(net)), o.features);
    auto x = raw;
    ascn::scale(x, o.scaling == "none"     ? ascn::scaling::none
                   : o.scaling == "minmax" ? ascn::scaling::min_max
                                           : ascn::scaling::z_score);
    if (!o.sweep.empty()) {
        const auto colon = o.sweep.find(':');
        std::size_t lo = 0, hi = 0;
        try {
            lo = std::stoul(o.sweep.substr(0, colon));
            hi = colon == std::string::npos ? lo : std::stoul(o.sweep.substr(colon + 1));
        } catch (const std::exception&) {
            throw ascn::value_error("expected KMIN:KMAX", {.field = "sweep", .value = o.sweep});
        }
        ascn::kmeans_options ko;
        ko.seed = o.seed;
        const auto rows = ascn::sweep_k(x, lo, hi, ko);
        if (o.format == "json") {
            auto j = nlohmann::ordered_json::array();
            for (const auto& r : rows)
                j.push_back({{"k", r.k},
                             {"inertia", r.inertia},
                             {"silhouette", r.silhouette},
                             {"davies_bouldin", r.davies_bouldin},
                             {"calinski_harabasz", r.calinski_harabasz}});
            out << j.dump(1) << '\n';
            return 0;
        }
        out << "k-means for k = " << lo << ".." << hi << " on " << x.size() << " cities ("
            << o.scaling << "); silhouette and Calinski-Harabasz: higher is better, "
            << "Davies-Bouldin: lower is better\n\n";
        table t({"k", "inertia", "silhouette", "davies_bouldin", "calinski_harabasz"});
        for (const auto& r : rows)
            t.add({std::to_string(r.k), fixed(r.inertia), fixed(r.silhouette),
                   fixed(r.davies_bouldin), fixed(r.calinski_harabasz)});
        t.print(out);
        return 0;
    }
    std::vector<int> labels;
    nlohmann::ordered_json extra = nlohmann::ordered_json::object();
    if (o.method == "kmeans") {
        ascn::kmeans_options ko;
        ko.k = o.k;
        ko.seed = o.seed;
        const auto r = ascn::kmeans(x, ko);
        labels = r.labels;
        extra["iterations"] = r.iterations;
    } else if (o.method == "kmedoids") {
        const auto r = ascn::kmedoids(x, o.k);
        labels = r.labels;
        std::vector<std::string> medoids;
        for (auto m : r.medoids)
            medoids.push_back(x.ids[m]);
        extra["medoids"] = medoids;
        extra["cost"] = r.cost;
    } else if (o.method == "agglomerative") {
        const std::map<std::string, ascn::linkage> kinds = {{"single", ascn::linkage::single},
                                                            {"complete", ascn::linkage::complete},
                                                            {"average", ascn::linkage::average},
                                                            {"ward", ascn::linkage::ward}};
        const auto tree = ascn::hierarchical(x, kinds.at(o.linkage));
        if (o.k == 0 || o.k > x.size())
            throw ascn::value_error("k must be in [1, number of cities]",
                                    {.field = "k", .value = std::to_string(o.k)});
        labels = tree.cut(o.k);
        extra["linkage"] = o.linkage;
        if (o.k < x.size()) // height of the last merge applied
            extra["cut_height"] = tree.merges[x.size() - o.k - 1].height;
    } else {
        const auto r = ascn::dbscan(x, o.eps, o.min_points);
        labels = r.labels;
        extra["eps"] = o.eps;
        extra["min_points"] = o.min_points;
    }
    const std::set<int> distinct(labels.begin(), labels.end());
    nlohmann::ordered_json indices = nlohmann::ordered_json::object();
    indices["inertia"] = ascn::inertia(x, labels);
    if (distinct.size() >= 2 && distinct.size() + 1 <= x.size()) {
        indices["silhouette"] = ascn::silhouette(x, labels);
        indices["davies_bouldin"] = ascn::davies_bouldin(x, labels);
        indices["calinski_harabasz"] = ascn::calinski_harabasz(x, labels);
    }
    std::map<int, std::vector<std::string>> members;
    std::map<int, std::vector<double>> means; // unscaled feature means, for reading the groups
    for (std::size_t i = 0; i < labels.size(); ++i) {
        members[labels[i]].push_back(x.ids[i]);
        auto& m = means[labels[i]];
        m.resize(raw.dimension(), 0.0);
        for (std::size_t j = 0; j < raw.dimension(); ++j)
            m[j] += raw[i][j];
    }
    for (auto& [l, m] : means)
        for (auto& v : m)
            v /= static_cast<double>(members[l].size());

    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["method"] = o.method;
        j["features"] = x.columns;
        j["scaling"] = o.scaling;
        j["clusters"] = distinct.size() - (distinct.count(-1) ? 1 : 0);
        j["details"] = extra;
        j["indices"] = indices;
        auto& by = j["labels"] = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < labels.size(); ++i)
            by[x.ids[i]] = labels[i];
        auto& list = j["members"] = nlohmann::ordered_json::array();
        for (const auto& [l, ids] : members) {
            nlohmann::ordered_json profile = nlohmann::ordered_json::object();
            for (std::size_t j = 0; j < raw.dimension(); ++j)
                profile[raw.columns[j]] = means[l][j];
            list.push_back({{"label", l}, {"cities", ids}, {"mean_features", profile}});
        }
        out << j.dump(1) << '\n';
        return 0;
    }
    out << o.method << " on " << x.size() << " cities, " << x.dimension() << " features ("
        << o.scaling << "): " << members.size() << " groups\n\n";
    table t({"cluster", "cities", "members"});
    for (const auto& [l, ids] : members) {
        std::string list;
        for (const auto& id : ids)
            list += (list.empty() ? "" : " ") + id;
        t.add({l < 0 ? "noise" : std::to_string(l), std::to_string(ids.size()), list});
    }
    t.print(out);
    out << "\nmean features (unscaled) of each group:\n\n";
    std::vector<std::string> header{"cluster"};
    for (const auto& c : raw.columns)
        header.push_back(c);
    table f(header);
    for (const auto& [l, m] : means) {
        std::vector<std::string> row{l < 0 ? "noise" : std::to_string(l)};
        for (double v : m)
            row.push_back(fixed(v, 2));
        f.add(row);
    }
    f.print(out);
    out << '\n';
    table q({"index", "value"});
    for (const auto& [name, v] : indices.items())
        q.add({name, fixed(v.get<double>())});
    q.print(out);
    return 0;
}

class cluster_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--method", o_.method, "kmeans, kmedoids, agglomerative or dbscan")
            ->check(CLI::IsMember({"kmeans", "kmedoids", "agglomerative", "dbscan"}));
        app.add_option("--k", o_.k, "number of clusters (not for dbscan)");
        app.add_option("--linkage", o_.linkage, "single, complete, average or ward")
            ->check(CLI::IsMember({"single", "complete", "average", "ward"}));
        app.add_option("--eps", o_.eps, "dbscan radius (in scaled units)");
        app.add_option("--min-points", o_.min_points, "dbscan: neighbours of a core point");
        app.add_option("--seed", o_.seed, "k-means seed");
        app.add_option("--features", o_.features,
                       "comma-separated subset of: civic, health, safety, environment, "
                       "infrastructure, industry, log_population, administrative, commercial, "
                       "tourism")
            ->delimiter(',');
        app.add_option("--scaling", o_.scaling, "zscore (default), minmax or none")
            ->check(CLI::IsMember({"zscore", "minmax", "none"}));
        add_format_option(app, o_.format);
        app.add_option("--sweep", o_.sweep,
                       "KMIN:KMAX: run k-means for each k and report every index, to choose k");
    }
    int run(const input& in, std::ostream& out) override {
        return run_cluster(in.network(), o_, out);
    }

private:
    cluster_options o_;
};

} // namespace

std::unique_ptr<command> make_cluster() {
    return std::make_unique<cluster_command>();
}

} // namespace ascn_tool

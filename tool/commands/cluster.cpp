// SPDX-License-Identifier: MIT
// `ascn cluster`: group cities by profile and report the quality indices.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../output.hpp"
#include "../table.hpp"

#include <ascn/algorithm/clustering/cluster_quality.hpp>
#include <ascn/algorithm/clustering/cluster_sweep.hpp>
#include <ascn/algorithm/clustering/dbscan.hpp>
#include <ascn/algorithm/clustering/hierarchical.hpp>
#include <ascn/algorithm/clustering/kmeans.hpp>
#include <ascn/algorithm/clustering/kmedoids.hpp>
#include <ascn/detail/csv.hpp>
#include <ascn/error.hpp>
#include <ascn/io/common.hpp>
#include <ascn/views.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace ascn_tool {
namespace {

/// Past this many points the silhouette (O(n^2)) is the mean over a sample of this size,
/// drawn with the --seed (docs/cli.md); Davies-Bouldin and Calinski-Harabasz are O(n k),
/// exact at any size.
constexpr std::size_t default_silhouette_sample = 10'000;

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
    std::string sweep;              // "KMIN:KMAX": k-means for each k, every index, to choose k
    std::vector<std::string> given; // the options given on the command line
    std::string points;             // a CSV of points instead of the cities' profiles
    std::string labels;             // a column of `points` holding a labelling to score
    std::size_t silhouette_sample = default_silhouette_sample; // 0: exact
};

/// A point set from a CSV with a header: the column `id` (else the first) names the points,
/// the column `labels_column` (if any) holds a labelling, the columns `features` (if any; else
/// every other column) are the coordinates.
/// Labels are mapped to 0, 1, ... in order of first appearance; "-1" is noise (as
/// scikit-learn's DBSCAN writes it). Throws `parse_error` naming the line and column of a value
/// that is not a number.
/// The silhouette's sample for `n` points: 0 (exact) when they are no more than
/// `--silhouette-sample`, or when it is 0.
std::size_t sample_size(const cluster_options& o, std::size_t n) {
    return o.silhouette_sample > 0 && n > o.silhouette_sample ? o.silhouette_sample : 0;
}
nlohmann::ordered_json sample_json(std::size_t sample, std::uint64_t seed) {
    if (sample == 0)
        return nullptr;
    return {{"points", sample}, {"seed", seed}};
}
std::string sample_words(std::size_t sample, std::uint64_t seed, std::size_t n,
                         const std::string& what) {
    return "silhouette: the mean over " + std::to_string(sample) + " of the " + std::to_string(n) +
           " " + what + ", drawn with seed " + std::to_string(seed) +
           " (--silhouette-sample 0 for all of them)";
}

ascn::point_set read_points(const std::string& path, const std::string& labels_column,
                            const std::vector<std::string>& features, std::vector<int>& labels) {
    const auto t = ascn::detail::parse_csv(ascn::io::read_file(path), path);
    const auto id_column = t.column("id").value_or(0);
    std::optional<std::size_t> label_at;
    if (!labels_column.empty()) {
        label_at = t.column(labels_column);
        if (!label_at || *label_at == id_column)
            throw usage_error("--labels " + labels_column + ": " + path + " has no such column" +
                              did_you_mean(labels_column, t.header));
    }
    std::vector<std::size_t> coords;
    for (const auto& f : features) {
        const auto c = t.column(f);
        if (!c || *c == id_column || c == label_at)
            throw usage_error("--features " + f + ": " + path + " has no such coordinate column" +
                              did_you_mean(f, t.header));
        coords.push_back(*c);
    }
    if (features.empty())
        for (std::size_t c = 0; c < t.header.size(); ++c)
            if (c != id_column && c != label_at)
                coords.push_back(c);
    if (coords.empty())
        throw ascn::parse_error("no coordinate column (besides the ids and labels)",
                                {.file = path, .line = 1});
    ascn::point_set p(t.rows.size(), coords.size());
    for (auto c : coords)
        p.columns.push_back(t.header[c]);
    std::map<std::string, int> label_of;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        p.ids.push_back(t.rows[i][id_column]);
        for (std::size_t j = 0; j < coords.size(); ++j) {
            const std::string& s = t.rows[i][coords[j]];
            double x = 0;
            const char* first = s.data() + (!s.empty() && s.front() == '+' ? 1 : 0);
            const auto [end, ec] = std::from_chars(first, s.data() + s.size(), x);
            if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(x))
                throw ascn::parse_error("\"" + s + "\" is not a finite number",
                                        {.id = p.ids.back(),
                                         .field = t.header[coords[j]],
                                         .value = s,
                                         .file = path,
                                         .line = t.lines[i],
                                         .column = t.columns[i][coords[j]]});
            p[i][j] = x;
        }
        if (label_at) {
            const std::string& l = t.rows[i][*label_at];
            if (l == "-1")
                labels.push_back(-1);
            else {
                const auto [it, fresh] = label_of.emplace(l, static_cast<int>(label_of.size()));
                labels.push_back(it->second);
            }
        }
    }
    return p;
}

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
            throw usage_error("unknown feature \"" + n + "\" in --features" +
                              did_you_mean(n, p.columns) + " (the features are: " + known + ")");
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

int run_cluster(const input& in, const cluster_options& o, bool k_given, std::ostream& out) {
    // Options that would otherwise be silently ignored or counted twice.
    if (k_given && (o.method == "dbscan" || !o.sweep.empty()))
        throw usage_error(
            o.method == "dbscan"
                ? "--k: dbscan finds its own number of clusters (use --eps and --min-points)"
                : "--k: --sweep runs every k from KMIN to KMAX");
    const auto given = [&](std::string_view name) {
        return std::find(o.given.begin(), o.given.end(), name) != o.given.end();
    };
    const bool kmeans = o.method == "kmeans" || !o.sweep.empty();
    if (given("--linkage") && (o.method != "agglomerative" || !o.sweep.empty()))
        throw usage_error("--linkage: only agglomerative clustering has a linkage");
    for (const char* name : {"--eps", "--min-points"})
        if (given(name) && (o.method != "dbscan" || !o.sweep.empty()))
            throw usage_error(std::string(name) + ": only dbscan has it");
    if (given("--seed") && !kmeans)
        throw usage_error("--seed: only k-means (and --sweep) start from random centres");
    if (!o.sweep.empty() && given("--method") && o.method != "kmeans")
        throw usage_error("--sweep runs k-means; it does not take --method " + o.method);
    for (std::size_t i = 0; i < o.features.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (o.features[i] == o.features[j])
                throw usage_error("--features names " + o.features[i] + " twice");
    if (!o.labels.empty() && o.points.empty())
        throw usage_error("--labels names a column of --points");
    if (!o.labels.empty())
        for (const char* name :
             {"--method", "--k", "--sweep", "--seed", "--linkage", "--eps", "--min-points"})
            if (given(name))
                throw usage_error(std::string(name) +
                                  ": --labels scores the labelling given, it does not cluster");
    std::vector<int> given_labels;
    const auto raw = o.points.empty()
                         ? select(ascn::city_features{}(ascn::cities(in.network())), o.features)
                         : read_points(o.points, o.labels, o.features, given_labels);
    const std::string what = o.points.empty() ? "cities" : "points";
    auto x = raw;
    ascn::scale(x, o.scaling == "none"     ? ascn::scaling::none
                   : o.scaling == "minmax" ? ascn::scaling::min_max
                                           : ascn::scaling::z_score);
    if (!o.sweep.empty()) {
        // KMIN:KMAX, both whole numbers (no sign: stoul would wrap "-1" around), 2 <= KMIN <=
        // KMAX.
        const auto colon = o.sweep.find(':');
        const auto whole = [&](const std::string& t) {
            if (t.empty() || t.size() > 9 || t.find_first_not_of("0123456789") != std::string::npos)
                throw usage_error("--sweep expects KMIN:KMAX (whole numbers), got " + o.sweep);
            return static_cast<std::size_t>(std::stoul(t));
        };
        const std::size_t lo = whole(o.sweep.substr(0, colon));
        const std::size_t hi = colon == std::string::npos ? lo : whole(o.sweep.substr(colon + 1));
        if (lo < 2 || lo > hi)
            throw usage_error("--sweep " + o.sweep +
                              ": expected 2 <= KMIN <= KMAX (the indices need two clusters)");
        ascn::kmeans_options ko;
        ko.seed = o.seed;
        const std::size_t sample = sample_size(o, x.size());
        const auto rows = ascn::sweep_k(x, lo, hi, ko, sample);
        if (o.format == "json") {
            auto list = nlohmann::ordered_json::array();
            for (const auto& r : rows)
                list.push_back({{"k", r.k},
                                {"inertia", r.inertia},
                                {"silhouette", r.silhouette},
                                {"davies_bouldin", r.davies_bouldin},
                                {"calinski_harabasz", r.calinski_harabasz}});
            print_json(out, in, "cluster",
                       {{"method", "kmeans"},
                        {"features", x.columns},
                        {"scaling", o.scaling},
                        {"sweep", std::move(list)},
                        {"silhouette_sample", sample_json(sample, o.seed)}});
            return 0;
        }
        out << "k-means for k = " << lo << ".." << hi << " on " << x.size() << " " << what << " ("
            << o.scaling << "); silhouette and Calinski-Harabasz: higher is better, "
            << "Davies-Bouldin: lower is better\n\n";
        table t({"k", "inertia", "silhouette", "davies_bouldin", "calinski_harabasz"});
        for (const auto& r : rows)
            t.add({std::to_string(r.k), fixed(r.inertia), fixed(r.silhouette),
                   fixed(r.davies_bouldin), fixed(r.calinski_harabasz)});
        t.print(out);
        if (sample > 0)
            out << '\n' << sample_words(sample, o.seed, x.size(), what) << '\n';
        return 0;
    }
    std::vector<int> labels;
    nlohmann::ordered_json extra = nlohmann::ordered_json::object();
    if (!o.labels.empty()) {
        labels = given_labels;
        extra["labels"] = o.labels;
    } else if (o.method == "kmeans") {
        ascn::kmeans_options ko;
        ko.k = o.k;
        ko.seed = o.seed;
        const auto r = ascn::kmeans(x, ko);
        labels = r.labels;
        extra["iterations"] = r.iterations;
        extra["inertia"] = r.inertia; // k-means' own, on the scaled features
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
            throw usage_error("--k must be from 1 to the number of cities (" +
                              std::to_string(x.size()) + ")");
        labels = tree.cut(o.k);
        extra["linkage"] = o.linkage;
        // Height of the last merge applied (none when every city is its own cluster).
        extra["cut_height"] = o.k < x.size()
                                  ? nlohmann::ordered_json(tree.merges[x.size() - o.k - 1].height)
                                  : nlohmann::ordered_json();
        // The whole tree as SciPy's linkage matrix: rows (a, b, height, size), clusters 0..n-1
        // the cities in `labels` order, n + i the cluster made by row i.
        auto& merges = extra["merges"] = nlohmann::ordered_json::array();
        for (const auto& m : tree.merges)
            merges.push_back({m.a, m.b, m.height, m.size});
    } else {
        const auto r = ascn::dbscan(x, o.eps, o.min_points);
        labels = r.labels;
        extra["eps"] = o.eps;
        extra["min_points"] = o.min_points;
    }
    const std::set<int> distinct(labels.begin(), labels.end());
    const std::size_t sample = sample_size(o, x.size());
    nlohmann::ordered_json indices = nlohmann::ordered_json::object();
    nlohmann::ordered_json undefined = nlohmann::ordered_json::object();
    indices["inertia"] = ascn::inertia(x, labels);
    // The other indices need 2 <= clusters <= n - 1 (scikit-learn raises otherwise): say why
    // they are missing instead of dropping them.
    if (distinct.size() >= 2 && distinct.size() + 1 <= x.size()) {
        indices["silhouette"] = sample > 0 ? ascn::silhouette_sampled(x, labels, sample, o.seed)
                                           : ascn::silhouette(x, labels);
        indices["davies_bouldin"] = ascn::davies_bouldin(x, labels);
        indices["calinski_harabasz"] = ascn::calinski_harabasz(x, labels);
    } else {
        const std::string why = "needs 2 to n - 1 clusters (" + std::to_string(x.size()) + " " +
                                what + ", " + std::to_string(distinct.size()) + " clusters)";
        for (const char* name : {"silhouette", "davies_bouldin", "calinski_harabasz"}) {
            indices[name] = nullptr;
            undefined[name] = why;
        }
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
        j["method"] = o.labels.empty() ? o.method : "given";
        j["features"] = x.columns;
        j["scaling"] = o.scaling;
        j["count"] = distinct.size() - (distinct.count(-1) ? 1 : 0);
        // The clusters as lists of ids, by label; dbscan's noise apart.
        nlohmann::ordered_json partition = nlohmann::ordered_json::array();
        nlohmann::ordered_json profiles = nlohmann::ordered_json::array();
        nlohmann::ordered_json noise = nlohmann::ordered_json::array();
        for (const auto& [l, ids] : members) {
            if (l < 0) {
                noise = ids;
                continue;
            }
            partition.push_back(ids);
            nlohmann::ordered_json profile = nlohmann::ordered_json::object();
            for (std::size_t c = 0; c < raw.dimension(); ++c)
                profile[raw.columns[c]] = means[l][c];
            profiles.push_back(std::move(profile));
        }
        j["partition"] = std::move(partition);
        j["mean_features"] = std::move(profiles);
        j["noise"] = std::move(noise);
        auto& by = j["labels"] = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < labels.size(); ++i)
            by[x.ids[i]] = labels[i];
        j["indices"] = indices;
        j["undefined"] = undefined;
        j["details"] = extra;
        j["silhouette_sample"] = sample_json(sample, o.seed);
        print_json(out, in, "cluster", std::move(j));
        return 0;
    }
    out << (o.labels.empty() ? o.method : "the labelling in " + o.labels) << " on " << x.size()
        << " " << what << ", " << x.dimension() << " features (" << o.scaling
        << "): " << members.size() << " groups\n\n";
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
        q.add({name, v.is_null() ? "undefined: " + undefined[name].get<std::string>()
                                 : fixed(v.get<double>())});
    q.print(out);
    if (sample > 0)
        out << '\n' << sample_words(sample, o.seed, x.size(), what) << '\n';
    return 0;
}

class cluster_command final : public command {
public:
    void options(CLI::App& app) override {
        app_ = &app;
        app.add_option("--method", o_.method, "kmeans, kmedoids, agglomerative or dbscan")
            ->check(one_of({"kmeans", "kmedoids", "agglomerative", "dbscan"}))
            ->capture_default_str();
        k_ = app.add_option("--k", o_.k, "number of clusters (not for dbscan or --sweep)")
                 ->check(count_in(1, 1'000'000))
                 ->capture_default_str();
        app.add_option("--linkage", o_.linkage, "single, complete, average or ward")
            ->check(one_of({"single", "complete", "average", "ward"}))
            ->capture_default_str();
        app.add_option("--eps", o_.eps, "dbscan radius (in scaled units)")
            ->check(number_in(0, 1e12))
            ->capture_default_str();
        app.add_option("--min-points", o_.min_points, "dbscan: neighbours of a core point")
            ->check(count_in(1, 1'000'000))
            ->capture_default_str();
        app.add_option("--seed", o_.seed, "k-means seed")
            ->check(count_in(0, UINT64_MAX))
            ->capture_default_str();
        app.add_option("--features", o_.features,
                       "comma-separated subset of: civic, health, safety, environment, "
                       "infrastructure, industry, log_population, administrative, commercial, "
                       "tourism")
            ->delimiter(',');
        app.add_option("--scaling", o_.scaling, "zscore (default), minmax or none")
            ->check(one_of({"zscore", "minmax", "none"}))
            ->capture_default_str();
        add_format_option(app, o_.format);
        app.add_option("--points", o_.points,
                       "CSV of points to cluster instead of the cities: a header, an id column "
                       "(named id, else the first), numeric columns");
        app.add_option("--labels", o_.labels,
                       "a column of --points holding a labelling: score it (the indices) "
                       "instead of clustering");
        app.add_option("--sweep", o_.sweep,
                       "KMIN:KMAX: run k-means for each k and report every index, to choose k");
        app.add_option("--silhouette-sample", o_.silhouette_sample,
                       "past this many points, the silhouette is the mean over a sample of this "
                       "many, drawn with --seed (0: always all of them)")
            ->check(count_in(0, 1'000'000'000))
            ->capture_default_str();
    }
    int run(const input& in, std::ostream& out) override {
        for (const auto* opt : app_->get_options())
            if (opt->count() > 0)
                o_.given.push_back(opt->get_name());
        return run_cluster(in, o_, k_->count() > 0, out);
    }

private:
    cluster_options o_;
    CLI::Option* k_ = nullptr;
    CLI::App* app_ = nullptr;
};

} // namespace

std::unique_ptr<command> make_cluster() {
    return std::make_unique<cluster_command>();
}

} // namespace ascn_tool

// SPDX-License-Identifier: MIT
// `ascn communities`: communities of the network (Louvain or Leiden), with their members.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../graph.hpp"
#include "../output.hpp"
#include "../structure.hpp"
#include "../table.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace ascn_tool {
namespace {

struct structure_options {
    std::string method = "leiden"; // communities: louvain or leiden
    double resolution = 1.0;
    std::uint64_t seed = 0;
    std::string measure = "betweenness";
    std::size_t top = 10;
    std::string weight;
    std::string format = "table";
};

int run_communities(const input& in, const structure_options& o, std::ostream& out) {
    // Beyond 1e6 every vertex is alone anyway, and gamma (d_c / 2m)^2 would overflow.
    if (!(o.resolution > 0) || !(o.resolution <= 1e6))
        throw usage_error("--resolution must be a positive number up to 1e6");
    const structure_view sv(in, o.weight);
    const auto r = find_communities(sv, o.method, o.resolution, o.seed);
    const auto groups = members_of(sv, r);
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["method"] = o.method;
        j["resolution"] = o.resolution;
        j["seed"] = o.seed;
        j["weight"] =
            o.weight.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(o.weight);
        j["count"] = r.count;
        j["modularity"] = r.modularity;
        auto& list = j["partition"] = nlohmann::ordered_json::array();
        for (const auto& g : groups) {
            std::vector<std::string> ids;
            for (auto v : g)
                ids.push_back(sv.id(v));
            list.push_back(ids);
        }
        print_json(out, in, "communities", std::move(j));
        return 0;
    }
    out << o.method << " (resolution " << number(o.resolution, 2) << ", seed " << o.seed
        << "): " << r.count << " communities, modularity " << number(r.modularity, 4) << "\n\n";
    // A plain graph's vertices have no kind: no count of cities.
    table t(sv.plain() ? std::vector<std::string>{"community", "size", "members"}
                       : std::vector<std::string>{"community", "size", "cities", "members"});
    for (std::size_t i = 0; i < groups.size(); ++i) {
        std::size_t cities = 0;
        std::string list;
        for (auto v : groups[i]) {
            cities += sv.snapshot().kind(v) == ascn::vertex_kind::city;
            list += (list.empty() ? "" : " ") + sv.id(v);
        }
        if (sv.plain())
            t.add({std::to_string(i + 1), std::to_string(groups[i].size()), list});
        else
            t.add({std::to_string(i + 1), std::to_string(groups[i].size()), std::to_string(cities),
                   list});
    }
    t.print(out);
    return 0;
}

class communities_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--method", o_.method, "louvain or leiden (default)")
            ->check(one_of({"louvain", "leiden"}));
        app.add_option("--resolution", o_.resolution, "larger: more, smaller communities")
            ->check(number_in(1e-12, 1e6))
            ->capture_default_str();
        app.add_option("--seed", o_.seed, "visiting order seed")
            ->check(count_in(0, UINT64_MAX))
            ->capture_default_str();
        add_weight_option(app, o_.weight);
        add_format_option(app, o_.format);
    }
    int run(const input& in, std::ostream& out) override { return run_communities(in, o_, out); }

private:
    structure_options o_;
};

} // namespace

std::unique_ptr<command> make_communities() {
    return std::make_unique<communities_command>();
}

} // namespace ascn_tool

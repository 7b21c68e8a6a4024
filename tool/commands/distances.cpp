// SPDX-License-Identifier: MIT
// `ascn distances --from ID`: the length of the shortest path from one vertex to every other
// (Dijkstra; every relationship one step, or its --weight), as NetworkX's
// single_source_dijkstra_path_length.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../graph.hpp"
#include "../output.hpp"
#include "../paths.hpp"
#include "../table.hpp"

#include <ascn/algorithm/paths/shortest_paths.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <ostream>
#include <string>
#include <vector>

namespace ascn_tool {
namespace {

class distances_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--from", from_, "the vertex the distances are measured from")->required();
        add_weight_option(app, weight_);
        app.add_option("--top", top_, "list only the nearest N in the table (0: all)")
            ->check(count_in(0, 1'000'000'000))
            ->capture_default_str();
        add_format_option(app, format_);
    }

    int run(const input& in, std::ostream& out) override {
        const ascn::snapshot s = graph_of(in, weight_);
        const std::string from = in.resolve(from_);
        const auto root = vertex_named(in, s, from);
        const auto t = ascn::shortest_paths(s, root);
        if (format_ == "json") {
            nlohmann::ordered_json values = nlohmann::ordered_json::object();
            for (ascn::snapshot::vertex_index v = 0; v < s.num_vertices(); ++v)
                values[s.id(v)] = t.reachable(v) ? nlohmann::ordered_json(t.distance[v])
                                                 : nlohmann::ordered_json();
            nlohmann::ordered_json r;
            r["from"] = from;
            r["weight"] =
                weight_.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(weight_);
            r["values"] = std::move(values);
            print_json(out, in, "distances", std::move(r));
            return 0;
        }
        std::vector<ascn::snapshot::vertex_index> order;
        for (ascn::snapshot::vertex_index v = 0; v < s.num_vertices(); ++v)
            if (t.reachable(v))
                order.push_back(v);
        std::sort(order.begin(), order.end(), [&](auto a, auto b) {
            if (t.distance[a] != t.distance[b])
                return t.distance[a] < t.distance[b];
            return s.id(a) < s.id(b);
        });
        const std::size_t reachable = order.size();
        if (top_ != 0 && order.size() > top_)
            order.resize(top_);
        out << "distances from " << from << " ("
            << (weight_.empty() ? std::string("every relationship one step")
                                : "relationships weigh their " + weight_)
            << "): " << reachable - 1 << " of " << s.num_vertices() - 1
            << " other vertices reachable\n\n";
        table tab({"id", "kind", "distance"});
        for (auto v : order)
            tab.add({s.id(v), kind_of(in, s, v), number(t.distance[v], 4)});
        tab.print(out);
        return 0;
    }

private:
    std::string from_;
    std::string weight_;
    std::size_t top_ = 0;
    std::string format_ = "table";
};

} // namespace

std::unique_ptr<command> make_distances() {
    return std::make_unique<distances_command>();
}

} // namespace ascn_tool

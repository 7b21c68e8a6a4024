// SPDX-License-Identifier: MIT
// `ascn weak-points`: articulation points, bridges and components.
#include "../command.hpp"
#include "../envelope.hpp"
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
    std::string format = "table";
};

int run_weak_points(const input& in, const structure_options& o, std::ostream& out) {
    const structure_view sv(in, "");
    const auto w = weak_points(sv);
    std::vector<std::size_t> component_size(w.components, 0);
    for (auto c : w.component)
        ++component_size[c];
    const auto largest = w.components
                             ? *std::max_element(component_size.begin(), component_size.end())
                             : std::size_t{0};
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["components"] = w.components;
        j["largest_component"] = largest;
        auto& comp = j["component"] = nlohmann::ordered_json::object();
        for (std::uint32_t v = 0; v < sv.size(); ++v)
            comp[sv.id(v)] = w.component[v];
        auto& ap = j["articulation_points"] = nlohmann::ordered_json::array();
        for (auto v : w.articulation_points)
            ap.push_back(sv.id(v));
        auto& br = j["bridges"] = nlohmann::ordered_json::array();
        for (const auto& b : w.bridges)
            br.push_back({sv.id(b.u), sv.id(b.v)});
        print_json(out, in, "weak-points", std::move(j));
        return 0;
    }
    out << w.components << " connected components; the largest has " << largest
        << " vertices\n\narticulation points (removing one cuts the network apart): "
        << w.articulation_points.size() << "\n\n";
    table a({"id", "kind"});
    std::vector<std::uint32_t> points = w.articulation_points;
    std::sort(points.begin(), points.end(), [&](auto x, auto y) {
        return sv.kind(x) != sv.kind(y) ? sv.kind(x) < sv.kind(y) : sv.id(x) < sv.id(y);
    });
    for (auto v : points)
        a.add({sv.id(v), sv.kind(v)});
    a.print(out);
    out << "\nbridges (relationships whose loss cuts the network apart): " << w.bridges.size()
        << "\n\n";
    table b({"from", "to"});
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const auto& x : w.bridges) {
        auto p = std::pair(sv.id(x.u), sv.id(x.v));
        if (p.second < p.first)
            std::swap(p.first, p.second);
        pairs.push_back(p);
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [x, y] : pairs)
        b.add({x, y});
    b.print(out);
    return 0;
}

class weak_points_command final : public command {
public:
    void options(CLI::App& app) override { add_format_option(app, o_.format); }
    int run(const input& in, std::ostream& out) override { return run_weak_points(in, o_, out); }

private:
    structure_options o_;
};

} // namespace

std::unique_ptr<command> make_weak_points() {
    return std::make_unique<weak_points_command>();
}

} // namespace ascn_tool

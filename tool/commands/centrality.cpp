// SPDX-License-Identifier: MIT
// `ascn centrality`: the most central vertices by one measure.
#include "../command.hpp"
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

int run_centrality(const ascn::network& net, const structure_options& o, std::ostream& out) {
    const structure_view sv(net);
    const auto values = centrality(sv, o.measure);
    const auto order = ranked(sv, values, o.top);
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["measure"] = o.measure;
        auto& list = j["vertices"] = nlohmann::ordered_json::array();
        for (auto v : order)
            list.push_back({{"id", sv.id(v)}, {"kind", sv.kind(v)}, {"value", values[v]}});
        out << j.dump(1) << '\n';
        return 0;
    }
    out << o.measure << " centrality (as NetworkX defines it; every relationship weighs 1)\n\n";
    table t({"rank", "id", "kind", o.measure});
    for (std::size_t i = 0; i < order.size(); ++i)
        t.add({std::to_string(i + 1), sv.id(order[i]), sv.kind(order[i]),
               number(values[order[i]], 4)});
    t.print(out);
    return 0;
}

class centrality_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--measure", o_.measure,
                       "degree, betweenness, closeness, harmonic, pagerank or eigenvector")
            ->required()
            ->check(CLI::IsMember(
                {"degree", "betweenness", "closeness", "harmonic", "pagerank", "eigenvector"}));
        app.add_option("--top", o_.top, "how many (0: all)");
        add_format_option(app, o_.format);
    }
    int run(const input& in, std::ostream& out) override {
        return run_centrality(in.network(), o_, out);
    }

private:
    structure_options o_;
};

} // namespace

std::unique_ptr<command> make_centrality() {
    return std::make_unique<centrality_command>();
}

} // namespace ascn_tool

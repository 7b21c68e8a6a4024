// SPDX-License-Identifier: MIT
// `ascn brokers`: cities and partners that bridge member states, with Burt's measures.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../graph.hpp"
#include "../output.hpp"
#include "../progress.hpp"
#include "../structure.hpp"
#include "../table.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
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
    betweenness_choice sampling;
    std::string format = "table";
};

int run_brokers(const input& in, const structure_options& o, std::ostream& out) {
    const structure_view sv(in, o.weight);
    progress_bar bar(!in.options().quiet);
    bar.stage("betweenness", 0);
    const auto m = brokerage(sv, o.sampling.plan(sv), bar.callback());
    bar.done();
    const auto& spanned = m.spanned;
    const auto& bc = m.betweenness.values;
    const auto& constraint = m.constraint;
    const auto& size = m.effective_size;
    auto order = brokers_in_order(sv, m);
    if (o.top != 0 && order.size() > o.top)
        order.resize(o.top);
    if (o.format == "json") {
        auto nullable = [](double x) {
            return std::isnan(x) ? nlohmann::ordered_json() : nlohmann::ordered_json(x);
        };
        nlohmann::ordered_json brokers = nlohmann::ordered_json::object();
        nlohmann::ordered_json ranking = nlohmann::ordered_json::array();
        for (auto v : order) {
            brokers[sv.id(v)] = {{"kind", sv.kind(v)},
                                 {"member_states", spanned[v]},
                                 {"betweenness", bc[v]},
                                 {"constraint", nullable(constraint[v])},
                                 {"effective_size", nullable(size[v])}};
            ranking.push_back(sv.id(v));
        }
        nlohmann::ordered_json r;
        r["weight"] =
            o.weight.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(o.weight);
        r["brokers"] = std::move(brokers);
        r["ranking"] = std::move(ranking);
        r["sampling"] = sampling_json(m.betweenness);
        print_json(out, in, "brokers", std::move(r));
        return 0;
    }
    out << "brokers: cities and partners directly related to cities of two or more member "
           "states\n(low constraint and high effective size: more structural holes spanned)\n";
    if (const auto words = sampling_words(m.betweenness); !words.empty())
        out << words << '\n';
    out << '\n';
    table t({"rank", "id", "kind", "member states", "betweenness", "constraint", "effective size"});
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto v = order[i];
        t.add({std::to_string(i + 1), sv.id(v), sv.kind(v), std::to_string(spanned[v]),
               number(bc[v], 4), number(constraint[v], 3), number(size[v], 2)});
    }
    t.print(out);
    return 0;
}

class brokers_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--top", o_.top, "how many (0: all)")
            ->check(count_in(0, 1'000'000'000))
            ->capture_default_str();
        add_weight_option(app, o_.weight);
        o_.sampling.add_options(app);
        add_format_option(app, o_.format);
    }
    int run(const input& in, std::ostream& out) override { return run_brokers(in, o_, out); }

private:
    structure_options o_;
};

} // namespace

std::unique_ptr<command> make_brokers() {
    return std::make_unique<brokers_command>();
}

} // namespace ascn_tool

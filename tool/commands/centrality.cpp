// SPDX-License-Identifier: MIT
// `ascn centrality`: every vertex's value of one measure (as NetworkX defines it), the top
// ones ranked.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../graph.hpp"
#include "../output.hpp"
#include "../progress.hpp"
#include "../structure.hpp"
#include "../table.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>
#include <string>
#include <vector>

namespace ascn_tool {
namespace {

class centrality_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--measure", measure_,
                       "degree, betweenness, closeness, harmonic, pagerank, eigenvector, "
                       "constraint or effective-size")
            ->required()
            ->check(one_of(centrality_measures()));
        app.add_option("--top", top_, "how many to rank (0: all)")
            ->check(count_in(0, 1'000'000'000))
            ->capture_default_str();
        add_weight_option(app, weight_);
        app.add_option("--tolerance", tolerance_,
                       "pagerank and eigenvector: stop when the L1 change is below n times this "
                       "(default 0: as exact as doubles allow)")
            ->check(number_in(0, 1));
        sampling_.add_options(app);
        add_format_option(app, format_);
    }

    int run(const input& in, std::ostream& out) override {
        if (tolerance_ > 0 && measure_ != "pagerank" && measure_ != "eigenvector")
            throw usage_error("--tolerance is for pagerank and eigenvector only, not " + measure_);
        if (measure_ != "betweenness" && sampling_.given())
            throw usage_error("--sources and --seed are for betweenness only, not " + measure_);
        const structure_view sv(in, weight_);
        betweenness_values sampled;
        std::vector<double> values;
        if (measure_ == "betweenness") {
            progress_bar bar(!in.options().quiet);
            bar.stage("betweenness", 0);
            sampled = betweenness(sv, sampling_.plan(sv), bar.callback());
            bar.done();
            values = sampled.values;
        } else
            values = centrality(sv, measure_, tolerance_);
        // Low constraint marks a broker: constraint ranks from the lowest.
        const bool ascending = measure_ == "constraint";
        const auto order = ranked(sv, values, top_, ascending);
        if (format_ == "json") {
            nlohmann::ordered_json by_id = nlohmann::ordered_json::object();
            nlohmann::ordered_json kinds = nlohmann::ordered_json::object();
            for (std::uint32_t v = 0; v < sv.size(); ++v) {
                by_id[sv.id(v)] = std::isnan(values[v]) ? nlohmann::ordered_json()
                                                        : nlohmann::ordered_json(values[v]);
                kinds[sv.id(v)] = sv.kind(v);
            }
            nlohmann::ordered_json ranking = nlohmann::ordered_json::array();
            for (auto v : order)
                ranking.push_back(sv.id(v));
            nlohmann::ordered_json r;
            r["measure"] = measure_;
            r["weight"] =
                weight_.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(weight_);
            r["values"] = std::move(by_id);
            r["kinds"] = std::move(kinds);
            r["ranking"] = std::move(ranking);
            r["sampling"] = sampling_json(sampled);
            print_json(out, in, "centrality", std::move(r));
            return 0;
        }
        out << measure_ << " centrality (as NetworkX defines it; "
            << (weight_.empty() ? std::string("every relationship weighs 1")
                                : "relationships weigh their " + weight_)
            << (ascending ? "; lowest first" : "") << ")\n";
        if (const auto words = sampling_words(sampled); !words.empty())
            out << words << '\n';
        out << '\n';
        table t({"rank", "id", "kind", measure_});
        for (std::size_t i = 0; i < order.size(); ++i)
            t.add({std::to_string(i + 1), sv.id(order[i]), sv.kind(order[i]),
                   std::isnan(values[order[i]]) ? "undefined" : number(values[order[i]], 4)});
        t.print(out);
        return 0;
    }

private:
    std::string measure_;
    std::size_t top_ = 10;
    std::string weight_;
    double tolerance_ = 0;
    betweenness_choice sampling_;
    std::string format_ = "table";
};

} // namespace

std::unique_ptr<command> make_centrality() {
    return std::make_unique<centrality_command>();
}

} // namespace ascn_tool

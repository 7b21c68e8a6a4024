// SPDX-License-Identifier: MIT
// `ascn evolve`: the network's measures year by year (ascn::evolution): cities, countries,
// partners, relationships by kind, components, communities and modularity, the mean
// peer-learning path cost between cities, brokers. (`ascn timeline` lists the events.)
#include "../command.hpp"
#include "../envelope.hpp"
#include "../output.hpp"
#include "../table.hpp"

#include <ascn/asean/evolution.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <utility>

namespace ascn_tool {
namespace {

struct evolve_options {
    std::optional<int> from;
    std::optional<int> to;
    std::uint64_t seed = 0;
    std::size_t path_sources = 200; // past this many cities a year, a sample of them (0: all)
    std::string format = "table";
};

int run_evolve(const input& in, const evolve_options& o, std::ostream& out) {
    const ascn::network& net = in.network();
    // The last year: the --as-of year, else the latest year anything starts or joins.
    int latest = 2018;
    const auto& g = net.graph();
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei)
        latest = std::max(latest, g[*ei].value.start);
    const int from = o.from.value_or(2018);
    const int to = o.to.value_or(in.options().as_of.value_or(latest));
    if (in.options().as_of && o.to && *o.to > *in.options().as_of)
        throw usage_error("--to " + std::to_string(*o.to) + " is after --as-of " +
                          std::to_string(*in.options().as_of) + ": the network read stops there");
    if (to < from)
        throw usage_error("--from " + std::to_string(from) + " is after the last year, " +
                          std::to_string(to));
    ascn::evolution_options eo;
    eo.communities.seed = o.seed;
    // The mean path cost over every pair of cities is a search from each and a C x C matrix:
    // past `path_sources` cities a year, a sample of that many sources (as the report does).
    eo.path_cost_sources = o.path_sources;
    const auto years = ascn::evolution(net, from, to, eo);
    const bool sampled = std::any_of(years.begin(), years.end(),
                                     [](const auto& y) { return y.path_sources < y.cities; });
    auto kind = [](ascn::relation_kind k) { return static_cast<std::size_t>(k); };
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["from"] = from;
        j["to"] = to;
        j["seed"] = o.seed;
        auto& list = j["years"] = nlohmann::ordered_json::array();
        for (const auto& y : years) {
            nlohmann::ordered_json by_kind = nlohmann::ordered_json::object();
            for (std::size_t k = 0; k < ascn::relation_kind_count; ++k)
                by_kind[std::string(ascn::to_string(static_cast<ascn::relation_kind>(k)))] =
                    y.by_kind[k];
            list.push_back({{"year", y.year},
                            {"cities", y.cities},
                            {"countries", y.countries},
                            {"partners", y.partners},
                            {"relationships", y.relationships},
                            {"by_kind", std::move(by_kind)},
                            {"components", y.components},
                            {"largest_component", y.largest_component},
                            {"communities", y.communities},
                            {"modularity", y.modularity},
                            {"mean_path_cost", std::isfinite(y.mean_path_cost)
                                                   ? nlohmann::ordered_json(y.mean_path_cost)
                                                   : nlohmann::ordered_json()},
                            {"reachable_share", y.reachable_share},
                            {"path_sources", y.path_sources},
                            {"brokers", y.brokers}});
        }
        print_json(out, in, "evolve", std::move(j));
        return 0;
    }
    out << "the network year by year (relationships: twinning, business match, support, "
           "programme-of,\nparticipation, peer learning; path cost: mean over pairs of cities "
           "that reach each other)\n";
    if (sampled)
        out << "path cost and reach: from " << o.path_sources
            << " source cities a year where there are more (--path-sources 0 for all)\n";
    out << '\n';
    table t({"year", "cities", "partners", "links", "twin", "biz", "supp", "prog", "part", "peer",
             "comp", "largest", "comm", "modularity", "path cost", "reach", "brokers"});
    using K = ascn::relation_kind;
    for (const auto& y : years)
        t.add({std::to_string(y.year), std::to_string(y.cities), std::to_string(y.partners),
               std::to_string(y.relationships), std::to_string(y.by_kind[kind(K::twinning)]),
               std::to_string(y.by_kind[kind(K::business_match)]),
               std::to_string(y.by_kind[kind(K::support)]),
               std::to_string(y.by_kind[kind(K::programme_of)]),
               std::to_string(y.by_kind[kind(K::participation)]),
               std::to_string(y.by_kind[kind(K::peer_learning)]), std::to_string(y.components),
               std::to_string(y.largest_component), std::to_string(y.communities),
               number(y.modularity, 4),
               std::isfinite(y.mean_path_cost) ? number(y.mean_path_cost, 3) : "-",
               number(y.reachable_share, 3), std::to_string(y.brokers)});
    t.print(out);
    return 0;
}

class evolve_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--from", o_.from, "first year (default 2018)")
            ->check(count_in(static_cast<std::uint64_t>(ascn::min_year),
                             static_cast<std::uint64_t>(ascn::max_year)));
        app.add_option("--to", o_.to,
                       "last year (default: --as-of, else the latest year a relationship starts)")
            ->check(count_in(static_cast<std::uint64_t>(ascn::min_year),
                             static_cast<std::uint64_t>(ascn::max_year)));
        app.add_option("--path-sources", o_.path_sources,
                       "past this many cities a year, the mean path cost and reach from a "
                       "sample of this many (0: from every city)")
            ->check(count_in(0, 1'000'000'000))
            ->capture_default_str();
        app.add_option("--seed", o_.seed, "seed of the community detection")
            ->check(count_in(0, std::numeric_limits<std::uint64_t>::max()))
            ->capture_default_str();
        add_format_option(app, o_.format);
    }
    int run(const input& in, std::ostream& out) override { return run_evolve(in, o_, out); }

private:
    evolve_options o_;
};

} // namespace

std::unique_ptr<command> make_evolve() {
    return std::make_unique<evolve_command>();
}

} // namespace ascn_tool

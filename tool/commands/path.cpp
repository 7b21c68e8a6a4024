// SPDX-License-Identifier: MIT
// `ascn path`: peer-learning paths from one vertex to another (k best, hop-limited, avoiding,
// widest, stepping stones), each hop explained.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../output.hpp"
#include "../paths.hpp"
#include "../table.hpp"

#include <ascn/algorithm/paths.hpp>

#include <CLI/CLI.hpp>

#include <cmath>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ascn_tool {
namespace {

struct path_options {
    std::string from, to;
    std::size_t k = 1;
    std::optional<std::size_t> max_hops;
    std::vector<std::string> via;   // relation kinds
    std::vector<std::string> avoid; // vertex ids
    std::string weight = "model";   // model, strength or hops
    std::string focus;              // a focus area, for the model
    bool widest = false;
    bool stepping_stones = false;   // city strengths in --focus never rise towards the learner
    std::optional<double> max_step; // with stepping stones: largest drop per step
    std::string format = "table";
};

/// The snapshot the paths are searched on: `policy`, restricted to the `--via` kinds if given.
template <class Policy>
ascn::snapshot graph_for(const ascn::network& net, const Policy& policy, const path_options& o) {
    if (o.via.empty())
        return ascn::snapshot(net, policy);
    ascn::relation_set allowed;
    for (const auto& k : o.via) {
        const auto parsed = ascn::parse_relation_kind(k);
        if (!parsed)
            throw usage_error("unknown relation kind \"" + k + "\" in --via" +
                              did_you_mean(k, {"member-of", "twinning", "business-match", "support",
                                               "programme-of", "participation", "peer-learning"}));
        allowed.insert(*parsed);
    }
    return ascn::snapshot(net, ascn::restrict_kinds{policy, allowed});
}

int print_paths(const input& in, const ascn::snapshot& lg, const path_options& o,
                std::ostream& out) {
    const ascn::network& net = in.network();
    const auto from = vertex_of(lg, net, o.from);
    const auto to = vertex_of(lg, net, o.to);
    ascn::path_constraints c;
    c.max_hops = o.max_hops;
    for (const auto& id : o.avoid)
        c.avoid.push_back(vertex_of(lg, net, id));
    std::vector<ascn::path> paths;
    if ((o.stepping_stones || o.widest) && o.max_hops)
        throw usage_error("--max-hops works with the cheapest paths only, not with --widest or "
                          "--stepping-stones");
    if (o.stepping_stones) {
        if (o.focus.empty())
            throw usage_error("--stepping-stones needs --focus (strengths are per focus area)");
        const auto records = focus_records(in);
        const auto s = ascn::strengths(lg, records, parse_focus(o.focus));
        ascn::path_constraints sc = c;
        sc.max_hops.reset();
        if (auto p = ascn::stepping_stone_path(lg, from, to, s.strength, o.max_step, sc))
            paths.push_back(std::move(*p));
    } else if (o.widest) {
        if (auto p = ascn::widest_path(lg, from, to, c))
            paths.push_back(std::move(*p));
    } else
        paths = ascn::k_best_paths(lg, from, to, o.k, c);

    // No path is an answer, not an error: exit 0 and say so.
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["from"] = o.from;
        j["to"] = o.to;
        j["weight"] = o.weight;
        // The focus area's token ("environment"), whatever name it was given by.
        j["focus"] =
            o.focus.empty()
                ? nlohmann::ordered_json()
                : nlohmann::ordered_json(std::string(ascn::to_string(parse_focus(o.focus))));
        j["found"] = !paths.empty();
        auto& ps = j["paths"] = nlohmann::ordered_json::array();
        for (const auto& p : paths)
            ps.push_back(path_json(lg, p));
        print_json(out, in, "path", std::move(j));
        return 0;
    }
    if (paths.empty()) {
        out << "no path from " << o.from << " to " << o.to << " under these constraints\n";
        return 0;
    }
    for (std::size_t i = 0; i < paths.size(); ++i) {
        const auto& p = paths[i];
        if (i)
            out << '\n';
        out << (o.stepping_stones ? std::string("stepping-stone path")
                : o.widest        ? std::string("widest path")
                                  : "path " + std::to_string(i + 1))
            << ": cost " << number(p.cost) << ", probability " << number(p.probability(), 4) << ", "
            << p.hops() << (p.hops() == 1 ? " hop" : " hops") << "\n\n";
        table t({"from", "to", "relationship", "cost", "why"});
        for (const auto& h : ascn::explain(lg, p))
            t.add({h.from, h.to,
                   h.kinds.empty() ? std::string("network") : ascn::to_string(h.kinds),
                   number(h.cost), h.reason});
        t.print(out);
    }
    return 0;
}

int run_path(const input& in, path_options o, std::ostream& out) {
    // Options that would otherwise be silently ignored.
    if (o.widest && o.stepping_stones)
        throw usage_error("choose one of --widest and --stepping-stones");
    if ((o.widest || o.stepping_stones) && o.k != 1)
        throw usage_error(
            "--k lists the k cheapest paths; --widest and --stepping-stones find one path");
    if (o.max_step && !o.stepping_stones)
        throw usage_error("--max-step works with --stepping-stones only");
    if (o.max_step && !(*o.max_step >= 0 && std::isfinite(*o.max_step)))
        throw usage_error("--max-step must be a non-negative number");
    if (!o.focus.empty() && o.weight != "model" && !o.stepping_stones)
        throw usage_error("--focus weighs ties under the peer-learning model; with --weight " +
                          o.weight + " it would change nothing");
    o.from = in.resolve(o.from);
    o.to = in.resolve(o.to);
    for (auto& a : o.avoid) {
        a = in.resolve(a);
        if (a == o.from || a == o.to)
            throw usage_error("--avoid " + a + ": a path cannot avoid its own ends");
    }
    const ascn::network& net = in.network();
    if (o.weight == "strength") {
        std::size_t missing = 0;
        for (auto [ei, ee] = boost::edges(net.graph()); ei != ee; ++ei)
            missing += !net[*ei].strength.has_value();
        if (missing > 0)
            in.warn(std::to_string(missing) + " of " + std::to_string(net.num_relationships()) +
                    " relationships have no strength; each of them costs 1");
        return print_paths(
            in,
            graph_for(net, ascn::merge_parallel{ascn::edge_cost{[](const ascn::relationship& r) {
                          return std::optional<double>(r.strength.value_or(1.0));
                      }}},
                      o),
            o, out);
    }
    if (o.weight == "hops")
        return print_paths(in, graph_for(net, ascn::merge_parallel{ascn::unit_cost{}}, o), o, out);
    ascn::learning_model model;
    if (!o.focus.empty())
        model.focus = parse_focus(o.focus);
    return print_paths(in, graph_for(net, model, o), o, out);
}

class path_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--from", o_.from, "where knowledge starts (id, or a city's name)")
            ->required();
        app.add_option("--to", o_.to, "where it should arrive")->required();
        app.add_option("--k", o_.k, "the k cheapest loopless paths (Yen)")
            ->check(count_in(1, 1000))
            ->capture_default_str();
        app.add_option("--max-hops", o_.max_hops, "at most this many relationships on a path")
            ->check(count_in(1, 1'000'000));
        app.add_option("--via", o_.via,
                       "only these relation kinds, comma-separated (twinning, support, "
                       "participation, programme-of, business-match, peer-learning, member-of)")
            ->delimiter(',');
        app.add_option("--avoid", o_.avoid, "ids of cities, partners or countries to avoid")
            ->delimiter(',');
        app.add_option("--weight", o_.weight,
                       "model (default: the peer-learning model), strength (a relationship's "
                       "strength attribute as its cost) or hops")
            ->check(one_of({"model", "strength", "hops"}))
            ->capture_default_str();
        app.add_option("--focus", o_.focus, "focus area the knowledge is about (model only)");
        app.add_flag("--widest", o_.widest, "the path whose weakest link is strongest");
        app.add_flag("--stepping-stones", o_.stepping_stones,
                     "every city on the way knows at least as much (in --focus) as the next");
        app.add_option("--max-step", o_.max_step,
                       "with --stepping-stones: the largest drop in strength per step");
        add_format_option(app, o_.format);
    }
    int run(const input& in, std::ostream& out) override { return run_path(in, o_, out); }

private:
    path_options o_;
};

} // namespace

std::unique_ptr<command> make_path() {
    return std::make_unique<path_command>();
}

} // namespace ascn_tool

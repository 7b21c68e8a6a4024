// SPDX-License-Identifier: MIT
// `ascn path` and `ascn mentors`: peer-learning paths and mentors from the command line.
#ifndef ASCN_TOOL_PATHS_HPP
#define ASCN_TOOL_PATHS_HPP

#include "input.hpp"
#include "table.hpp"

#include <ascn/algorithm/learning_model.hpp>
#include <ascn/algorithm/peer_learning.hpp>
#include <ascn/data/learning.hpp>
#include <ascn/error.hpp>
#include <ascn/network.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ascn_tool {

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

struct mentor_cli_options {
    std::string city;
    std::string focus;
    std::size_t n = 5;
    std::optional<std::size_t> max_hops;
    bool frontrunners = false;
    std::string format = "table";
};

inline std::string number(double x, int digits = 3) {
    if (std::isinf(x))
        return "inf";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", digits, x);
    return buf;
}

inline ascn::focus_area parse_focus(const std::string& text) {
    const auto f = ascn::parse_focus_area(text);
    if (!f)
        throw ascn::value_error("unknown focus area (expected civic, health, safety, environment, "
                                "infrastructure or industry)",
                                {{}, "--focus", text, {}, 0, 0});
    return *f;
}

inline ascn::learning_graph::vertex_index
vertex_of(const ascn::learning_graph& lg, const ascn::network& net, const std::string& id) {
    (void)net.at(id); // unknown ids: an error with suggestions
    const auto v = lg.find(id);
    if (!v)
        throw ascn::unknown_id_error("not in the network", {id, "id", id, {}, 0, 0});
    return *v;
}

inline std::string joined_path(const ascn::learning_graph& lg, const ascn::learning_path& p) {
    std::string s;
    for (auto v : p.vertices) {
        if (!s.empty())
            s += " > ";
        s += lg.id(v);
    }
    return s;
}

template <class Policy>
nlohmann::ordered_json path_json(const ascn::network& net, const ascn::learning_graph& lg,
                                 const ascn::learning_path& p, const Policy& policy) {
    nlohmann::ordered_json j;
    j["cost"] = p.cost;
    j["probability"] = p.probability();
    j["bottleneck"] = ascn::bottleneck(lg, p);
    auto& vs = j["vertices"] = nlohmann::ordered_json::array();
    for (auto v : p.vertices)
        vs.push_back(lg.id(v));
    auto& hs = j["hops"] = nlohmann::ordered_json::array();
    for (const auto& h : ascn::explain(net, lg, p, policy))
        hs.push_back({{"from", h.from},
                      {"to", h.to},
                      {"kinds", ascn::to_string(h.kinds)},
                      {"relationships", h.relationships},
                      {"cost", h.cost},
                      {"reason", h.reason}});
    return j;
}

template <class Policy>
int print_paths(const ascn::network& net, const Policy& policy, const path_options& o,
                bool embedded, std::ostream& out) {
    const ascn::learning_graph lg = [&] {
        if (o.via.empty())
            return ascn::learning_graph(net, policy);
        ascn::relation_set allowed;
        for (const auto& k : o.via) {
            const auto parsed = ascn::parse_relation_kind(k);
            if (!parsed)
                throw ascn::value_error("unknown relation kind (expected member-of, twinning, "
                                        "business-match, support, programme-of, participation "
                                        "or peer-learning)",
                                        {{}, "--via", k, {}, 0, 0});
            allowed.insert(*parsed);
        }
        return ascn::learning_graph(net, ascn::restrict_kinds{policy, allowed});
    }();
    const auto from = vertex_of(lg, net, o.from);
    const auto to = vertex_of(lg, net, o.to);
    ascn::path_constraints c;
    c.max_hops = o.max_hops;
    for (const auto& id : o.avoid)
        c.avoid.push_back(vertex_of(lg, net, id));
    std::vector<ascn::learning_path> paths;
    if ((o.stepping_stones || o.widest) && o.max_hops)
        throw ascn::value_error("--max-hops works with the cheapest paths only, not with "
                                "--widest or --stepping-stones",
                                {{}, "--max-hops", std::to_string(*o.max_hops), {}, 0, 0});
    if (o.stepping_stones) {
        if (o.focus.empty())
            throw ascn::value_error(
                "--stepping-stones needs --focus (strengths are per focus area)",
                {{}, "--stepping-stones", {}, {}, 0, 0});
        const auto records = embedded ? ascn::data::focus_records_of(ascn::data::embedded_dataset())
                                      : ascn::records_from_profiles(net);
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

    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["from"] = o.from;
        j["to"] = o.to;
        j["weight"] = o.weight;
        j["focus"] = o.focus.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(o.focus);
        auto& ps = j["paths"] = nlohmann::ordered_json::array();
        for (const auto& p : paths)
            ps.push_back(path_json(net, lg, p, policy));
        out << j.dump(1) << '\n';
        return paths.empty() ? 1 : 0;
    }
    if (paths.empty()) {
        out << "no path from " << o.from << " to " << o.to << " under these constraints\n";
        return 1;
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
        for (const auto& h : ascn::explain(net, lg, p, policy))
            t.add({h.from, h.to,
                   h.kinds.empty() ? std::string("network") : ascn::to_string(h.kinds),
                   number(h.cost), h.reason});
        t.print(out);
    }
    return 0;
}

inline int run_path(const ascn::network& net, path_options o, bool embedded, std::ostream& out) {
    o.from = resolve_id(net, o.from, embedded);
    o.to = resolve_id(net, o.to, embedded);
    for (auto& a : o.avoid)
        a = resolve_id(net, a, embedded);
    if (o.weight == "strength")
        return print_paths(net, ascn::edge_weight_cost{[](const ascn::relationship& r) {
                               return std::optional<double>(r.strength.value_or(1.0));
                           }},
                           o, embedded, out);
    if (o.weight == "hops")
        return print_paths(net, ascn::edge_weight_cost<>{}, o, embedded, out);
    ascn::learning_model model;
    if (!o.focus.empty())
        model.focus = parse_focus(o.focus);
    return print_paths(net, model, o, embedded, out);
}

inline int run_mentors(const ascn::network& net, mentor_cli_options o, bool embedded,
                       std::ostream& out) {
    o.city = resolve_id(net, o.city, embedded);
    const auto area = parse_focus(o.focus);
    ascn::learning_model model;
    model.focus = area;
    const ascn::learning_graph lg(net, model);
    const auto learner = vertex_of(lg, net, o.city);
    if (lg.kind(learner) != ascn::vertex_kind::city)
        throw ascn::value_error("mentors are found for cities only",
                                {o.city, "--city", o.city, {}, 0, 0});
    const auto records = embedded ? ascn::data::focus_records_of(ascn::data::embedded_dataset())
                                  : ascn::records_from_profiles(net);
    const auto s = ascn::strengths(lg, records, area);
    ascn::mentor_options mo;
    mo.n = o.n;
    mo.max_hops = o.max_hops;
    if (o.frontrunners)
        mo.g0 = std::numeric_limits<double>::infinity();
    mo.affinity = ascn::city_affinity(net, lg);
    const auto ms = ascn::mentors(lg, learner, s.strength, s.evidence, mo);

    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["city"] = o.city;
        j["focus"] = std::string(ascn::to_string(area));
        j["strength"] = s.strength[learner];
        auto& arr = j["mentors"] = nlohmann::ordered_json::array();
        for (const auto& m : ms) {
            nlohmann::ordered_json e;
            e["city"] = lg.id(m.city);
            e["strength"] = m.strength;
            e["gap"] = m.gap;
            e["affinity"] = m.affinity;
            e["score"] = m.score;
            e["path"] = path_json(net, lg, m.path, model);
            arr.push_back(std::move(e));
        }
        out << j.dump(1) << '\n';
        return 0;
    }
    out << "mentors for " << o.city << " in " << ascn::display_name(area) << " (its strength "
        << number(s.strength[learner]) << ")\n\n";
    if (ms.empty()) {
        out << "no eligible mentor is reachable (a mentor needs projects in the area, a strength "
               "at least 0.1 higher, and a path of probability at least 0.01)\n";
        return 0;
    }
    table t({"rank", "mentor", "strength", "gap", "P(path)", "affinity", "score", "path"});
    for (std::size_t i = 0; i < ms.size(); ++i) {
        const auto& m = ms[i];
        t.add({std::to_string(i + 1), lg.id(m.city), number(m.strength), number(m.gap),
               number(m.path.probability(), 4), number(m.affinity), number(m.score, 4),
               joined_path(lg, m.path)});
    }
    t.print(out);
    return 0;
}

} // namespace ascn_tool

#endif // ASCN_TOOL_PATHS_HPP

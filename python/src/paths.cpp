// SPDX-License-Identifier: MIT
// Paths (best, k best, widest, stepping stones, costs from a vertex) as methods of ascn.Graph,
// and the peer-learning analyses of ascn.Network: the learning graph, mentors, and the
// recommendations with their reasons.
#include "common.hpp"
#include "method.hpp"

#include <ascn/algorithm/paths.hpp>
#include <ascn/asean/dataset.hpp>
#include <ascn/asean/focus_records.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/asean/mentors.hpp>
#include <ascn/asean/recommend.hpp>

#include <cmath>
#include <limits>

namespace ascn_py {

namespace {

/// One hop of a path, explained.
struct hop {
    py::object source, target;
    std::vector<std::string> kinds;
    double cost = 0;
    std::string reason;
};

/// A path as Python sees it.
struct path {
    py::list nodes;
    double cost = 0;
    std::vector<hop> explanation;
};

path path_of(const graph& g, const ascn::path& p) {
    path out;
    for (auto v : p.vertices)
        out.nodes.append(g.labels[v]);
    out.cost = p.cost;
    for (std::size_t i = 0; i < p.arcs.size(); ++i) {
        const auto a = p.arcs[i];
        hop h;
        h.source = g.labels[p.vertices[i]];
        h.target = g.labels[p.vertices[i + 1]];
        for (std::size_t k = 0; k < ascn::relation_kind_count; ++k)
            if (g.s.kinds(a).contains(static_cast<ascn::relation_kind>(k)))
                h.kinds.emplace_back(ascn::to_string(static_cast<ascn::relation_kind>(k)));
        h.cost = g.s.cost(a);
        h.reason = g.s.explain(a);
        out.explanation.push_back(std::move(h));
    }
    return out;
}

/// A mentor as Python sees it.
struct mentor {
    py::object city;
    double strength = 0, gap = 0, affinity = 1, score = 0;
    path p;
};

py::object maybe_path(const graph& g, const std::optional<ascn::path>& p) {
    return p ? py::cast(path_of(g, *p)) : py::none();
}

ascn::path_constraints constraints(const graph& g, std::optional<std::size_t> max_hops,
                                   const std::vector<py::object>& avoid) {
    ascn::path_constraints c;
    c.max_hops = max_hops;
    for (const auto& a : avoid)
        c.avoid.push_back(g.vertex(a));
    return c;
}

ascn::focus_area focus_of(const std::string& text) {
    const auto a = ascn::parse_focus_area(text);
    if (!a)
        throw ascn::value_error("not a focus area (civic, health, safety, environment, "
                                "infrastructure, industry)",
                                {.field = "focus", .value = text});
    return *a;
}

std::shared_ptr<graph> learning_graph(const network& n, const std::optional<std::string>& focus) {
    ascn::learning_model model;
    if (focus)
        model.focus = focus_of(*focus);
    auto g = std::make_shared<graph>();
    g->net = n.owned;
    {
        py::gil_scoped_release nogil;
        g->s = ascn::snapshot(*n.owned, model);
    }
    g->label_by_ids();
    g->weight = "learning";
    return g;
}

ascn::recommend_options recommend_options(std::size_t n, const std::optional<std::string>& city,
                                          const std::optional<std::string>& partner,
                                          const network& net) {
    if (!net.embedded)
        throw ascn::value_error("recommendations read the embedded ASCN's action plans and "
                                "projects: use ascn.embedded() (or its as_of)",
                                {.field = "network"});
    ascn::recommend_options o;
    o.n = n;
    if (city)
        o.city = net.resolve(*city);
    if (partner)
        o.partner = net.resolve(*partner);
    return o;
}

} // namespace

void bind_paths(py::module_& m) {
    py::class_<hop>(m, "Hop", "One hop of a path, explained.")
        .def_readonly("source", &hop::source, "Where the hop starts.")
        .def_readonly("target", &hop::target, "Where it ends.")
        .def_readonly("kinds", &hop::kinds, "Kinds of the relationships it uses.")
        .def_readonly("cost", &hop::cost, "Its cost.")
        .def_readonly("reason", &hop::reason, "The arc policy's reason for the cost ('' if none).")
        .def("__repr__", [](const hop& h) {
            return "<ascn.Hop " + std::string(py::str(h.source)) + " -> " +
                   std::string(py::str(h.target)) + " cost " + std::to_string(h.cost) + ">";
        });
    py::class_<path>(m, "Path", "A path: its nodes, its cost and each hop explained.")
        .def_readonly("nodes", &path::nodes, "The nodes, first to last.")
        .def_readonly("cost", &path::cost, "Sum of the arc costs.")
        .def_property_readonly(
            "probability", [](const path& p) { return std::exp(-p.cost); },
            "exp(-cost): on a learning graph, the chance that knowledge makes the whole trip.")
        .def_property_readonly(
            "hops", [](const path& p) { return p.explanation.size(); }, "Number of arcs.")
        .def_readonly("explanation", &path::explanation, "Each hop, explained.")
        .def("__len__", [](const path& p) { return py::len(p.nodes); })
        .def("__repr__", [](const path& p) {
            std::string s = "<ascn.Path";
            for (const auto& v : p.nodes)
                s += " " + std::string(py::str(v));
            return s + " cost " + std::to_string(p.cost) + ">";
        });

    method(
        m, "Graph", "best_path",
        [](const graph& g, const py::object& source, const py::object& target,
           std::optional<std::size_t> max_hops, const std::vector<py::object>& avoid) {
            const auto c = constraints(g, max_hops, avoid);
            const auto from = g.vertex(source), to = g.vertex(target);
            std::optional<ascn::path> p;
            {
                py::gil_scoped_release nogil;
                p = ascn::best_path(g.s, from, to, c);
            }
            return maybe_path(g, p);
        },
        py::arg("source"), py::arg("target"), py::arg("max_hops") = py::none(),
        py::arg("avoid") = std::vector<py::object>{},
        "The cheapest path from source to target (Dijkstra; with max_hops at most that many\n"
        "arcs; `avoid`: nodes it may not pass through), or None.");
    method(
        m, "Graph", "k_best_paths",
        [](const graph& g, const py::object& source, const py::object& target, std::size_t k,
           std::optional<std::size_t> max_hops, const std::vector<py::object>& avoid) {
            if (!g.s.has_reverse())
                throw ascn::value_error("k_best_paths needs a Network, a weighted network or a "
                                        "learning graph (a graph from NetworkX has no reverse "
                                        "arcs)",
                                        {.field = "graph"});
            const auto c = constraints(g, max_hops, avoid);
            const auto from = g.vertex(source), to = g.vertex(target);
            std::vector<ascn::path> found;
            {
                py::gil_scoped_release nogil;
                found = ascn::k_best_paths(g.s, from, to, k, c);
            }
            std::vector<path> out;
            for (const auto& p : found)
                out.push_back(path_of(g, p));
            return out;
        },
        py::arg("source"), py::arg("target"), py::arg("k"), py::arg("max_hops") = py::none(),
        py::arg("avoid") = std::vector<py::object>{},
        "Yen's k cheapest loopless paths, cheapest first (fewer if fewer exist).");
    method(
        m, "Graph", "widest_path",
        [](const graph& g, const py::object& source, const py::object& target,
           const std::vector<py::object>& avoid) {
            const auto c = constraints(g, std::nullopt, avoid);
            const auto from = g.vertex(source), to = g.vertex(target);
            std::optional<ascn::path> p;
            {
                py::gil_scoped_release nogil;
                p = ascn::widest_path(g.s, from, to, c);
            }
            return maybe_path(g, p);
        },
        py::arg("source"), py::arg("target"), py::arg("avoid") = std::vector<py::object>{},
        "The path whose dearest arc is cheapest (and among those the cheapest), or None.");
    method(
        m, "Graph", "stepping_stone_path",
        [](const graph& g, const py::object& source, const py::object& target,
           const py::object& level, std::optional<double> max_step,
           const std::vector<py::object>& avoid) {
            const auto c = constraints(g, std::nullopt, avoid);
            const auto from = g.vertex(source), to = g.vertex(target);
            const auto lv = vertex_values(g, level, 0.0);
            std::optional<ascn::path> p;
            {
                py::gil_scoped_release nogil;
                p = ascn::stepping_stone_path(g.s, from, to, lv, max_step, c);
            }
            return maybe_path(g, p);
        },
        py::arg("source"), py::arg("target"), py::arg("level"), py::arg("max_step") = py::none(),
        py::arg("avoid") = std::vector<py::object>{},
        "The cheapest path along which `level` ({label: value} or a sequence in node order;\n"
        "missing: 0) never falls, rising by at most max_step per hop: knowledge passed on by\n"
        "ever stronger cities. None if there is none.");
    method(
        m, "Graph", "distances",
        [](const graph& g, const py::object& source, bool as_array) {
            const auto from = g.vertex(source);
            std::vector<double> cost;
            {
                py::gil_scoped_release nogil;
                cost = ascn::costs_from(g.s, from).cost;
            }
            return by_vertex(g, cost, as_array);
        },
        py::arg("source"), py::arg("as_array") = false,
        "Cost of the cheapest path from source to every node (inf where none).");

    py::class_<mentor>(m, "Mentor", "A recommended mentor for a learner in one focus area.")
        .def_readonly("city", &mentor::city, "The mentor's id.")
        .def_readonly("strength", &mentor::strength, "The mentor's strength in the area.")
        .def_readonly("gap", &mentor::gap, "Its strength minus the learner's.")
        .def_readonly("affinity", &mentor::affinity, "Context factor in (0, 1].")
        .def_readonly("score", &mentor::score, "P(path) x affinity x gap x exp(-gap/g0).")
        .def_readonly("path", &mentor::p, "The path from mentor to learner, explained.")
        .def("__repr__", [](const mentor& x) {
            return "<ascn.Mentor " + std::string(py::str(x.city)) + " score " +
                   std::to_string(x.score) + ">";
        });
    method(m, "Network", "learning_graph", &learning_graph, py::arg("focus") = py::none(),
           "The network frozen under the peer-learning model (arc cost -log p; parallel ties\n"
           "merged; the network's own channel '(network)' added), optionally for one focus area.\n"
           "Its paths explain each hop.");
    method(
        m, "Network", "mentors",
        [](const network& n, const std::string& city, const std::string& focus, std::size_t count,
           std::optional<std::size_t> max_hops, bool frontrunners) {
            const auto area = focus_of(focus);
            const auto lg = learning_graph(n, focus);
            const auto learner = lg->vertex(py::str(n.resolve(city)));
            if (lg->s.kind(learner) != ascn::vertex_kind::city)
                throw ascn::value_error("mentors are found for cities only",
                                        {.id = lg->s.id(learner), .field = "city", .value = city});
            std::vector<ascn::mentor> found;
            {
                py::gil_scoped_release nogil;
                const auto records =
                    n.embedded ? ascn::data::focus_records_of(ascn::data::embedded_dataset())
                               : ascn::records_from_profiles(n.get());
                const auto s = ascn::strengths(lg->s, records, area);
                ascn::mentor_options o;
                o.n = count;
                o.max_hops = max_hops;
                if (frontrunners)
                    o.g0 = std::numeric_limits<double>::infinity();
                o.affinity = ascn::city_affinity(n.get(), lg->s);
                found = ascn::mentors(lg->s, learner, s.strength, s.evidence, o);
            }
            std::vector<mentor> out;
            for (const auto& f : found)
                out.push_back({lg->labels[f.city], f.strength, f.gap, f.affinity, f.score,
                               path_of(*lg, f.path)});
            return out;
        },
        py::arg("city"), py::arg("focus"), py::arg("n") = 5, py::arg("max_hops") = py::none(),
        py::arg("frontrunners") = false,
        "The best mentors for `city` (id, name or alias) in a focus area, best first: cities\n"
        "stronger in the area, reachable along a likely path, not too far ahead. Each has\n"
        "city, strength, gap, affinity, score and path (from mentor to learner, explained).");
    py::class_<ascn::recommendation>(m, "Recommendation", "A partner recommended to a city.")
        .def_readonly("city", &ascn::recommendation::city, "City id.")
        .def_readonly("partner", &ascn::recommendation::partner, "Partner id.")
        .def_readonly("score", &ascn::recommendation::score, "Weighted sum, in [0, 1].")
        .def_readonly("complementarity", &ascn::recommendation::complementarity,
                      "Offer against need, in [0, 1].")
        .def_readonly("topology", &ascn::recommendation::topology,
                      "Adamic-Adar relative to the best candidate, in [0, 1].")
        .def_readonly("similarity", &ascn::recommendation::similarity,
                      "To the most similar city the partner works with, in [0, 1].")
        .def_readonly("reasons", &ascn::recommendation::reasons,
                      "Which needs it meets, which links support it.")
        .def("__repr__", [](const ascn::recommendation& r) {
            return "<ascn.Recommendation " + r.partner + " for " + r.city + ">";
        });
    py::class_<ascn::peer_recommendation>(m, "PeerRecommendation", "A peer city recommended.")
        .def_readonly("city", &ascn::peer_recommendation::city, "City id.")
        .def_readonly("peer", &ascn::peer_recommendation::peer, "The peer's id.")
        .def_readonly("score", &ascn::peer_recommendation::score, "Weighted sum, in [0, 1].")
        .def_readonly("experience", &ascn::peer_recommendation::experience,
                      "The peer's projects against the city's needs, in [0, 1].")
        .def_readonly("shared", &ascn::peer_recommendation::shared,
                      "Jaccard coefficient of their neighbourhoods.")
        .def_readonly("need_similarity", &ascn::peer_recommendation::need_similarity,
                      "Cosine of their needs.")
        .def_readonly("reasons", &ascn::peer_recommendation::reasons, "Why.")
        .def("__repr__", [](const ascn::peer_recommendation& r) {
            return "<ascn.PeerRecommendation " + r.peer + " for " + r.city + ">";
        });
    method(
        m, "Network", "recommend",
        [](const network& n, const std::optional<std::string>& kind, std::size_t count,
           const std::optional<std::string>& city, const std::optional<std::string>& partner) {
            auto o = recommend_options(count, city, partner, n);
            if (kind) {
                if (*kind == "twinning")
                    o.kind = ascn::relation_kind::twinning;
                else if (*kind == "business-match" || *kind == "business")
                    o.kind = ascn::relation_kind::business_match;
                else
                    throw ascn::value_error("recommendations are for 'twinning' or "
                                            "'business-match' (None: every partner)",
                                            {.field = "kind", .value = *kind});
            }
            py::gil_scoped_release nogil;
            return ascn::recommend_partners(ascn::data::embedded_dataset(), n.get(), o);
        },
        py::arg("kind") = py::none(), py::arg("n") = 10, py::arg("city") = py::none(),
        py::arg("partner") = py::none(),
        "Partners recommended to cities (embedded ASCN only), best first, with their reasons:\n"
        "kind 'twinning', 'business-match' or None (every partner); n=0 for all.");
    method(
        m, "Network", "recommend_peers",
        [](const network& n, std::size_t count, const std::optional<std::string>& city) {
            const auto o = recommend_options(count, city, std::nullopt, n);
            py::gil_scoped_release nogil;
            return ascn::recommend_peers(ascn::data::embedded_dataset(), n.get(), o);
        },
        py::arg("n") = 10, py::arg("city") = py::none(),
        "Peer cities recommended to cities (embedded ASCN only), best first, with reasons.");
}

} // namespace ascn_py

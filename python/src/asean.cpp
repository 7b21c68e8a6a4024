// SPDX-License-Identifier: MIT
// The ASEAN floor as methods of ascn.Network: the learning graph, mentors, and the partner and
// peer recommendations with their reasons.
#include "common.hpp"
#include "method.hpp"
#include "path.hpp"

#include <ascn/asean/dataset.hpp>
#include <ascn/asean/focus_records.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/asean/mentors.hpp>
#include <ascn/asean/recommend.hpp>

#include <limits>

namespace ascn_py {

namespace {

/// A mentor as Python sees it.
struct mentor {
    py::object city;
    double strength = 0, gap = 0, affinity = 1, score = 0;
    path p;
};

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

void bind_asean(py::module_& m) {
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

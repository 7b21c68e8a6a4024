// SPDX-License-Identifier: MIT
// docs/tutorial.md: from the embedded ASCN to a peer-learning recommendation for one city.
// Each step is a region quoted by the tutorial; the test suite checks the whole output.
#include <ascn/algorithm/clustering/cluster_quality.hpp>
#include <ascn/algorithm/clustering/features.hpp>
#include <ascn/algorithm/clustering/kmeans.hpp>
#include <ascn/algorithm/paths.hpp>
#include <ascn/asean/dataset.hpp>
#include <ascn/asean/focus_records.hpp>
#include <ascn/asean/learning_model.hpp>
#include <ascn/asean/mentors.hpp>
#include <ascn/network.hpp>
#include <ascn/time_view.hpp>
#include <ascn/views.hpp>

#include <cstdio>
#include <string>

int main() {
    std::printf("== step 1: the embedded network\n");
    // [load]
    const ascn::network net = ascn::data::embedded_network();
    std::printf("%zu cities, %zu countries, %zu partners, %zu relationships\n", net.num_cities(),
                net.num_countries(), net.num_partners(), net.num_relationships());
    // [load]

    std::printf("== step 2: one city\n");
    // [city]
    const ascn::city& mk = net.city("makassar");
    std::printf("%s (%s), joined %d, population %lld\n", mk.name.c_str(), mk.country.c_str(),
                mk.joined, static_cast<long long>(mk.population.value_or(0)));
    for (ascn::focus_area a : ascn::all_focus_areas)
        std::printf("  %-16s %g projects\n", std::string(ascn::to_string(a)).c_str(),
                    mk.profile[a]);
    for (auto n : ascn::neighbours(net, *net.vertex("makassar")))
        std::printf("  linked to %s by %s\n", std::string(n.id()).c_str(),
                    std::string(ascn::to_string(n.relationship().kind())).c_str());
    // [city]

    std::printf("== step 3: views\n");
    // [views]
    for (const ascn::city& c : ascn::cities_of(net, "ID"))
        std::printf("%s: %g Quality Environment projects\n", c.id.c_str(),
                    c.profile[ascn::focus_area::environment]);
    std::size_t twinnings = 0;
    for (auto r : ascn::relationships(net, ascn::relation_kind::twinning)) {
        std::printf("twinning: %s -- %s\n", std::string(r.from_id()).c_str(),
                    std::string(r.to_id()).c_str());
        ++twinnings;
    }
    std::printf("%zu twinnings\n", twinnings);
    // [views]

    std::printf("== step 4: the network in 2018\n");
    // [time]
    const auto pilot = ascn::as_of(net, 2018);
    std::printf("2018: %zu cities in %zu countries\n", pilot.num_cities(), pilot.num_countries());
    std::printf("makassar was a pilot city: %s\n",
                pilot.contains(*net.vertex("makassar")) ? "yes" : "no");
    // [time]

    std::printf("== step 5: cities grouped by profile\n");
    // [clusters]
    ascn::point_set x = ascn::city_features{}(ascn::cities(net)); // one row per city
    ascn::scale(x, ascn::scaling::z_score);                       // each column counts equally
    ascn::kmeans_options options;
    options.k = 4;
    options.seed = 1; // the same groups on every run
    const ascn::kmeans_result groups = ascn::kmeans(x, options);
    int makassar_group = -1;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (x.ids[i] == "makassar")
            makassar_group = groups.labels[i];
    std::printf("makassar is in group %d with:", makassar_group);
    for (std::size_t i = 0; i < x.size(); ++i)
        if (groups.labels[i] == makassar_group && x.ids[i] != "makassar")
            std::printf(" %s", x.ids[i].c_str());
    std::printf("\nsilhouette %.3f (weak structure: a lens, not a taxonomy)\n",
                ascn::silhouette(x, groups.labels));
    // [clusters]

    std::printf("== step 6: a snapshot under the learning model\n");
    // [learning-graph]
    ascn::learning_model model;                  // the default cost model
    model.focus = ascn::focus_area::environment; // knowledge about Quality Environment
    const ascn::snapshot lg(net, model);
    std::printf("%zu vertices, %zu arcs\n", lg.num_vertices(), lg.num_arcs());
    // [learning-graph]

    std::printf("== step 7: mentors\n");
    // [mentors]
    const ascn::data::dataset& data = ascn::data::embedded_dataset();
    const ascn::area_strengths s =
        ascn::strengths(lg, ascn::data::focus_records_of(data), *model.focus);
    const auto learner = *lg.find("makassar");
    std::printf("makassar's strength: %.3f\n", s.strength[learner]);
    ascn::mentor_options o; // five mentors by default
    o.affinity = ascn::city_affinity(net, lg);
    const std::vector<ascn::mentor> found = ascn::mentors(lg, learner, s.strength, s.evidence, o);
    for (const ascn::mentor& m : found)
        std::printf("%-14s strength %.3f  P(path) %.4f  affinity %.3f  score %.4f\n",
                    lg.id(m.city).c_str(), m.strength, m.path.probability(), m.affinity, m.score);
    // [mentors]

    std::printf("== step 8: why the best mentor\n");
    // [explain]
    if (!found.empty())
        for (const ascn::hop_explanation& h : ascn::explain(lg, found.front().path))
            std::printf("%s -> %s (cost %.3f): %s\n", h.from.c_str(), h.to.c_str(), h.cost,
                        h.reason.c_str());
    // [explain]
}

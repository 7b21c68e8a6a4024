// SPDX-License-Identifier: MIT
// The example of docs/reference/clustering.md: cluster the ASCN's cities by profile.
#include <ascn/algorithm/clustering/cluster_quality.hpp>
#include <ascn/algorithm/clustering/features.hpp>
#include <ascn/algorithm/clustering/hierarchical.hpp>
#include <ascn/algorithm/clustering/kmeans.hpp>
#include <ascn/asean/dataset.hpp>
#include <ascn/views.hpp>

#include <cstdio>

int main() {
    // [example]
    const auto& net = ascn::data::embedded_dataset().network;
    ascn::point_set x = ascn::city_features{}(ascn::cities(net)); // 38 cities x 10 features
    ascn::scale(x, ascn::scaling::z_score);
    ascn::kmeans_options o;
    o.k = 4;
    o.seed = 1;
    const auto km = ascn::kmeans(x, o); // labels, centres, inertia
    const auto tree = ascn::hierarchical(x, ascn::linkage::ward);
    const auto five = tree.cut(5); // flat clusters from the merge tree
    std::printf("silhouette %.3f\n", ascn::silhouette(x, km.labels));
    // [example]
    std::printf("%zu labels, inertia %.3f; the tree cut in 5 labels %zu points\n", km.labels.size(),
                km.inertia, five.size());
}

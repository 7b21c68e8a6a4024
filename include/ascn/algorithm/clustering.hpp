// SPDX-License-Identifier: MIT
/// \file
/// Clustering algorithms on city features: k-means, k-medoids, hierarchical, DBSCAN, quality
/// indices and the k sweep. Reference: docs/reference/clustering.md.
#ifndef ASCN_ALGORITHM_CLUSTERING_HPP
#define ASCN_ALGORITHM_CLUSTERING_HPP

#include "ascn/algorithm/clustering/cluster_quality.hpp"
#include "ascn/algorithm/clustering/cluster_sweep.hpp"
#include "ascn/algorithm/clustering/dbscan.hpp"
#include "ascn/algorithm/clustering/features.hpp"
#include "ascn/algorithm/clustering/hierarchical.hpp"
#include "ascn/algorithm/clustering/kmeans.hpp"
#include "ascn/algorithm/clustering/kmedoids.hpp"

#endif // ASCN_ALGORITHM_CLUSTERING_HPP

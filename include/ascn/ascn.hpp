// SPDX-License-Identifier: MIT
/// \file
/// The umbrella header: everything in `ascn`. Prefer the fine-grained headers in code that
/// cares about compile time (see docs/performance.md for what each costs).
#ifndef ASCN_ASCN_HPP
#define ASCN_ASCN_HPP

#include "ascn/algorithm/assignment.hpp"
#include "ascn/algorithm/brokerage.hpp"
#include "ascn/algorithm/centrality.hpp"
#include "ascn/algorithm/cluster_quality.hpp"
#include "ascn/algorithm/cluster_sweep.hpp"
#include "ascn/algorithm/community.hpp"
#include "ascn/algorithm/dbscan.hpp"
#include "ascn/algorithm/features.hpp"
#include "ascn/algorithm/hierarchical.hpp"
#include "ascn/algorithm/kmeans.hpp"
#include "ascn/algorithm/kmedoids.hpp"
#include "ascn/algorithm/learning_graph.hpp"
#include "ascn/algorithm/learning_model.hpp"
#include "ascn/algorithm/link_prediction.hpp"
#include "ascn/algorithm/peer_learning.hpp"
#include "ascn/algorithm/projection.hpp"
#include "ascn/algorithm/recommend.hpp"
#include "ascn/algorithm/shortest_paths.hpp"
#include "ascn/algorithm/stable_matching.hpp"
#include "ascn/algorithm/weak_points.hpp"
#include "ascn/concepts.hpp"
#include "ascn/data/ascn.hpp"
#include "ascn/data/learning.hpp"
#include "ascn/error.hpp"
#include "ascn/focus_area.hpp"
#include "ascn/fwd.hpp"
#include "ascn/generate.hpp"
#include "ascn/handles.hpp"
#include "ascn/network.hpp"
#include "ascn/progress.hpp"
#include "ascn/snapshot.hpp"
#include "ascn/time_view.hpp"
#include "ascn/version.hpp"
#include "ascn/views.hpp"

#endif // ASCN_ASCN_HPP

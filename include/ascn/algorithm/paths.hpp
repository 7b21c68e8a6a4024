// SPDX-License-Identifier: MIT
/// \file
/// The path family, on a snapshot: `shortest_paths` (a tree from one vertex), `best_path`,
/// `k_best_paths` (Yen), `widest_path`, `stepping_stone_path`, `costs_from`, `costs_to`,
/// `all_pairs_costs`, and `explain`. Every one runs on one search core
/// (`ascn/algorithm/paths/search.hpp`). Reference: docs/reference/peer_learning.md,
/// docs/reference/shortest_paths.md.
#ifndef ASCN_ALGORITHM_PATHS_HPP
#define ASCN_ALGORITHM_PATHS_HPP

#include "ascn/algorithm/paths/best_path.hpp"
#include "ascn/algorithm/paths/costs.hpp"
#include "ascn/algorithm/paths/explain.hpp"
#include "ascn/algorithm/paths/k_best_paths.hpp"
#include "ascn/algorithm/paths/path.hpp"
#include "ascn/algorithm/paths/shortest_paths.hpp"
#include "ascn/algorithm/paths/stepping_stone_path.hpp"
#include "ascn/algorithm/paths/widest_path.hpp"

#endif // ASCN_ALGORITHM_PATHS_HPP

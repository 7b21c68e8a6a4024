// SPDX-License-Identifier: MIT
/// \file
/// What-if algorithms: the difference a change makes to a network's structure (components,
/// weak points, brokers, communities, centrality) and the partition similarities it compares
/// communities with. The scenarios themselves are `ascn/scenario.hpp`. Reference:
/// docs/whatif.md.
#ifndef ASCN_ALGORITHM_WHATIF_HPP
#define ASCN_ALGORITHM_WHATIF_HPP

#include "ascn/algorithm/whatif/partition_similarity.hpp"
#include "ascn/algorithm/whatif/structure_difference.hpp"

#endif // ASCN_ALGORITHM_WHATIF_HPP

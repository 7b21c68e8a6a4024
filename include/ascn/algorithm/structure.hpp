// SPDX-License-Identifier: MIT
/// \file
/// Structure algorithms: communities (Louvain, Leiden, modularity), centrality, brokerage, weak
/// points, projections. Reference: docs/reference/structure.md.
#ifndef ASCN_ALGORITHM_STRUCTURE_HPP
#define ASCN_ALGORITHM_STRUCTURE_HPP

#include "ascn/algorithm/structure/brokerage.hpp"
#include "ascn/algorithm/structure/centrality.hpp"
#include "ascn/algorithm/structure/community.hpp"
#include "ascn/algorithm/structure/projection.hpp"
#include "ascn/algorithm/structure/weak_points.hpp"

#endif // ASCN_ALGORITHM_STRUCTURE_HPP

// SPDX-License-Identifier: MIT
/// \file
/// Matching algorithms: assignment (Jonker-Volgenant, capacitated), stable matching (Gale-Shapley),
/// link prediction. Reference: docs/reference/matching.md.
#ifndef ASCN_ALGORITHM_MATCHING_HPP
#define ASCN_ALGORITHM_MATCHING_HPP

#include "ascn/algorithm/matching/assignment.hpp"
#include "ascn/algorithm/matching/link_prediction.hpp"
#include "ascn/algorithm/matching/stable_matching.hpp"

#endif // ASCN_ALGORITHM_MATCHING_HPP

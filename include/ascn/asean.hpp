// SPDX-License-Identifier: MIT
/// \file
/// The ASEAN floor: what is specific to the ASEAN Smart Cities Network, above the generic
/// algorithms. The embedded dataset (`ascn::data::embedded_dataset()`: the network, its events,
/// the Framework, action plans and governance), its focus-area records,
/// the peer-learning model calibrated for the ASCN, mentors, and the twinning, business and
/// peer recommendations.
#ifndef ASCN_ASEAN_HPP
#define ASCN_ASEAN_HPP

#include "ascn/asean/dataset.hpp"
#include "ascn/asean/events.hpp"
#include "ascn/asean/evolution.hpp"
#include "ascn/asean/focus_records.hpp"
#include "ascn/asean/framework.hpp"
#include "ascn/asean/governance.hpp"
#include "ascn/asean/learning_model.hpp"
#include "ascn/asean/link_impact.hpp"
#include "ascn/asean/mentor_changes.hpp"
#include "ascn/asean/mentors.hpp"
#include "ascn/asean/partner_impact.hpp"
#include "ascn/asean/plans.hpp"
#include "ascn/asean/recommend.hpp"

#endif // ASCN_ASEAN_HPP

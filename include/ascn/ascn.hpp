// SPDX-License-Identifier: MIT
/// \file
/// The umbrella header: everything in `ascn` but the file formats (`ascn/io/`, which need
/// nlohmann/json for JSON). Prefer the fine-grained headers, or one algorithm family
/// (`ascn/algorithm/paths.hpp`, `structure.hpp`, `clustering.hpp`, `matching.hpp`), in code that
/// cares about compile time (see docs/performance.md for what each costs).
#ifndef ASCN_ASCN_HPP
#define ASCN_ASCN_HPP

// Floor 0 and 1: foundations and the model.
#include "ascn/concepts.hpp"
#include "ascn/error.hpp"
#include "ascn/focus_area.hpp"
#include "ascn/fwd.hpp"
#include "ascn/handles.hpp"
#include "ascn/progress.hpp"
#include "ascn/version.hpp"
// Floor 2: the network, its time views and range views.
#include "ascn/generate.hpp"
#include "ascn/network.hpp"
#include "ascn/scenario.hpp"
#include "ascn/time_view.hpp"
#include "ascn/views.hpp"
// Floor 3: the frozen graph.
#include "ascn/snapshot.hpp"
// Floor 4: the generic algorithms, by family.
#include "ascn/algorithm/clustering.hpp"
#include "ascn/algorithm/matching.hpp"
#include "ascn/algorithm/paths.hpp"
#include "ascn/algorithm/structure.hpp"
#include "ascn/algorithm/whatif.hpp"
// Floor 5: what is specific to the ASEAN Smart Cities Network.
#include "ascn/asean.hpp"

#endif // ASCN_ASCN_HPP

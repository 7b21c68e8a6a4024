// SPDX-License-Identifier: MIT
// Must NOT compile: a snapshot built with a policy that explains refers back to its network for
// the explanations, so a temporary network would dangle; the twin keeps the network in a
// variable. (A snapshot whose policy does not explain owns everything and may be built from a
// temporary.)
#include <ascn/asean/learning_model.hpp>
#include <ascn/snapshot.hpp>

int main() {
    const ascn::snapshot plain(ascn::network{}); // fine: unit_cost does not explain
#ifdef ASCN_TWIN
    const ascn::network net;
    const ascn::snapshot lg(net, ascn::learning_model{});
#else
    const ascn::snapshot lg(ascn::network{}, ascn::learning_model{});
#endif
    return static_cast<int>(plain.num_vertices() + lg.num_vertices());
}

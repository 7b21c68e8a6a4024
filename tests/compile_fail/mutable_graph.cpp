// SPDX-License-Identifier: MIT
// Must NOT compile: the BGL graph is read-only through the network (mutating it directly would
// bypass ids, handles and endpoint rules); the twin reads it.
#include <ascn/network.hpp>

int main() {
    ascn::network net;
#ifdef ASCN_TWIN
    return static_cast<int>(boost::num_vertices(net.graph()));
#else
    boost::add_vertex(net.graph());
    return 0;
#endif
}

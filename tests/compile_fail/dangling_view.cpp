// SPDX-License-Identifier: MIT
// Must NOT compile: a view or time view of a temporary network would dangle; the twin keeps the
// network in a variable.
#include <ascn/time_view.hpp>
#include <ascn/views.hpp>

int main() {
#ifdef ASCN_TWIN
    const ascn::network net;
    auto view = ascn::cities(net);
    auto then = ascn::as_of(net, 2018);
#else
    auto view = ascn::cities(ascn::network{});
    auto then = ascn::as_of(ascn::network{}, 2018);
#endif
    return static_cast<int>(ranges::distance(view)) + static_cast<int>(then.num_cities());
}

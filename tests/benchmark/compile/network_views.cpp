// The network header and the range-v3 views.
#include <ascn/network.hpp>
#include <ascn/views.hpp>

int main() {
    ascn::network net;
    int n = 0;
    for (const ascn::city& c : ascn::cities(net))
        n += static_cast<int>(c.id.size());
    return n;
}

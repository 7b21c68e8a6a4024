// The network header and one algorithm's header, running it.
#include <ascn/algorithm/paths/shortest_paths.hpp>
#include <ascn/network.hpp>

int main() {
    ascn::network net;
    net.add_country({"VN", "Viet Nam", {1995, 7, 28}, ""});
    ascn::city c;
    c.id = "da-nang";
    c.country = "VN";
    net.add_city(c);
    const ascn::snapshot s(net);
    return ascn::shortest_paths(s, 0).distance[1] == 1.0 ? 0 : 1;
}

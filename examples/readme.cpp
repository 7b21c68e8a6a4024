// The README's example: the embedded ASCN, a time view, range-v3 views and a BGL algorithm.
#include <ascn/asean/dataset.hpp>
#include <ascn/time_view.hpp>
#include <ascn/views.hpp>

#include <boost/graph/connected_components.hpp>
#include <cstdio>
#include <vector>

int main() {
    const ascn::network& net = ascn::data::embedded_dataset().network;
    std::printf("%zu cities in 2018, %zu in 2026\n", ascn::as_of(net, 2018).num_cities(),
                ascn::as_of(net, 2026).num_cities());
    for (const ascn::city& c : ascn::cities_of(net, "VN"))
        std::printf("%s: %g projects in Quality Environment\n", c.name.c_str(),
                    c.profile[ascn::focus_area::environment]);
    for (auto n : ascn::partners_of(net, "cebu-city"))
        std::printf("cebu-city -- %s (%s)\n", std::string(n.id()).c_str(),
                    std::string(ascn::to_string(n.relationship().kind())).c_str());
    std::vector<int> component(net.num_vertices()); // net.graph() is a boost::adjacency_list
    std::printf("%d connected components\n",
                boost::connected_components(net.graph(), component.data()));
}

// Baseline: a plain BGL adjacency_list and Dijkstra, nothing from ascn.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <vector>

int main() {
    using graph =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                              boost::property<boost::edge_weight_t, double>>;
    graph g(3);
    boost::add_edge(0, 1, 1.0, g);
    boost::add_edge(1, 2, 2.0, g);
    std::vector<double> d(3);
    boost::dijkstra_shortest_paths(g, 0, boost::distance_map(d.data()));
    return d[2] == 3.0 ? 0 : 1;
}

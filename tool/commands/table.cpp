// SPDX-License-Identifier: MIT
// The command table: every command of the tool, in the order `ascn --help` lists them.
#include "../command.hpp"

namespace ascn_tool {

std::unique_ptr<command> make_summary();
std::unique_ptr<command> make_show();
std::unique_ptr<command> make_export();
std::unique_ptr<command> make_cluster();
std::unique_ptr<command> make_path();
std::unique_ptr<command> make_mentors();
std::unique_ptr<command> make_recommend();
std::unique_ptr<command> make_communities();
std::unique_ptr<command> make_centrality();
std::unique_ptr<command> make_brokers();
std::unique_ptr<command> make_weak_points();
std::unique_ptr<command> make_report();
std::unique_ptr<command> make_timeline();
std::unique_ptr<command> make_distances();
std::unique_ptr<command> make_completion();
std::unique_ptr<command> make_man();
std::unique_ptr<command> make_plans();
std::unique_ptr<command> make_assign();
std::unique_ptr<command> make_whatif();
std::unique_ptr<command> make_impact();
std::unique_ptr<command> make_evolve();

const std::vector<command_entry>& command_table() {
    static const std::vector<command_entry> table{
        {"summary", "cities, countries, partners and relationships", make_summary,
         "ascn summary --as-of 2020", true, true},
        {"show", "one city, country or partner with every attribute and relationship", make_show,
         "ascn show \"Kota Cebu\""},
        {"export", "write the network as JSON, CSV, GraphML, GEXF or DOT", make_export,
         "ascn export --format json --output ascn.json"},
        {"cluster", "group cities by profile, with quality indices", make_cluster,
         "ascn cluster --method agglomerative --k 4"},
        {"path", "peer-learning paths from one vertex to another", make_path,
         "ascn path --from singapore --to makassar --k 3 --focus environment"},
        {"mentors", "the cities a city should learn from", make_mentors,
         "ascn mentors --city makassar --focus environment"},
        {"recommend", "recommend partners (twinning, business) or peer cities", make_recommend,
         "ascn recommend business --capacity 2"},
        {"distances", "shortest-path lengths from one vertex to every other", make_distances,
         "ascn distances --from jica --top 10", true, true},
        {"communities", "communities of the network", make_communities,
         "ascn communities --method louvain --seed 1", true, true},
        {"centrality", "every vertex's centrality, the most central first", make_centrality,
         "ascn centrality --measure pagerank --top 5", true, true},
        {"brokers", "cities and partners that bridge member states", make_brokers,
         "ascn brokers --top 5"},
        {"weak-points", "articulation points, bridges, components", make_weak_points,
         "ascn weak-points --format json", true, true},
        {"whatif", "what a change would do: drop, end or add, and the difference it makes",
         make_whatif, "ascn whatif --end-programme wise:2025"},
        {"impact",
         "which one partner, if it left, would hurt peer learning most (--links: which new link "
         "would help it most)",
         make_impact, "ascn impact --top 5"},
        {"assign", "the assignment solver on a cost matrix of your own", make_assign,
         "ascn assign --costs costs.csv --maximize", false},
        {"timeline", "the network's events: launch, meetings, business matching, cohorts",
         make_timeline, "ascn timeline --kind hlm"},
        {"evolve", "the network's measures year by year", make_evolve, "ascn evolve --from 2018"},
        {"plans", "each city's 2018 action plan against its 2025 projects", make_plans,
         "ascn plans --city makassar"},
        {"report", "write a report with a map and pictures", make_report,
         "ascn report --output ascn-report"},
        {"completion", "a shell completion script (bash, zsh or fish)", make_completion,
         "source <(ascn completion bash)", false},
        // Hidden: the man page the build generates and installs.
        {"man", "", make_man, "ascn man > ascn.1", false},
    };
    return table;
}

} // namespace ascn_tool

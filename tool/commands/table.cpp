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
std::unique_ptr<command> make_plans();

const std::vector<command_entry>& command_table() {
    static const std::vector<command_entry> table{
        {"summary", "cities, countries, partners and relationships", make_summary},
        {"show", "one city, country or partner and its relationships", make_show},
        {"export", "write the network as JSON, CSV, GraphML or DOT", make_export},
        {"cluster", "group cities by profile, with quality indices", make_cluster},
        {"path", "peer-learning paths from one vertex to another", make_path},
        {"mentors", "the cities a city should learn from", make_mentors},
        {"recommend", "recommend partners (twinning, business) or peer cities", make_recommend},
        {"communities", "communities of the network", make_communities},
        {"centrality", "the most central vertices", make_centrality},
        {"brokers", "cities and partners that bridge member states", make_brokers},
        {"weak-points", "articulation points, bridges, components", make_weak_points},
        {"timeline", "the network's events: launch, meetings, business matching, cohorts",
         make_timeline},
        {"plans", "each city's 2018 action plan against its 2025 projects", make_plans},
        {"report", "write a report with a map and pictures", make_report},
    };
    return table;
}

} // namespace ascn_tool

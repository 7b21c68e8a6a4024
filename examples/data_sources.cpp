// SPDX-License-Identifier: MIT
// The snippet of docs/data-sources.md: what the embedded dataset holds besides the network.
#include <ascn/asean/dataset.hpp>

#include <cstdio>

int main() {
    // [dataset]
    const ascn::data::dataset& d = ascn::data::embedded_dataset(); // parsed once, on first use
    ascn::network net = ascn::data::embedded_network();            // your own copy, to change
    const ascn::city* c = d.find_city("Kota Cebu");                // -> cebu-city
    auto chair = d.chair(2025);                                    // "MY"
    auto plan = d.plan_of("da-nang");                              // 2018 action plan or nullptr
    auto src = d.find_source("S9");                                // title and URL of a key
    // [dataset]
    std::printf("%zu cities; %s; chair in 2025: %s; da-nang has a plan: %s\n", net.num_cities(),
                c->id.c_str(), chair ? chair->c_str() : "none", plan ? "yes" : "no");
    std::printf("S9: %s\n", src ? src->title.c_str() : "unknown");
    std::printf("%zu action plans, %zu projects, %zu sources\n", d.action_plans.size(),
                d.projects.size(), d.sources.size());
}

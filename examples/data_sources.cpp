// SPDX-License-Identifier: MIT
// The snippets of docs/data-sources.md: what the embedded dataset holds besides the network.
#include <ascn/asean/dataset.hpp>

#include <cstdio>
#include <string>

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

    // [events]
    using ascn::data::event_kind;
    for (const ascn::data::event* e : d.events_of(event_kind::annual_meeting))
        std::printf("%s  annual meeting %d, host %s, %s, %zu cities admitted\n",
                    to_string(e->date).c_str(), e->number.value_or(0), e->host.c_str(),
                    e->format ? std::string(to_string(*e->format)).c_str() : "format not stated",
                    e->cities_admitted.size());
    const ascn::data::event* joined = d.admitted_at("rayong"); // nullptr if no source says
    std::printf("%zu events in 2024; rayong was admitted at the %s\n", d.events_in(2024).size(),
                joined ? joined->name.c_str() : "(not known)");
    // [events]

    // [plans]
    const ascn::data::action_plan* manila = d.plan_of("manila");
    std::printf("Manila's vision: %s\n", manila->vision.c_str());
    for (const ascn::data::planned_project& p : manila->projects) {
        std::printf("project %d: %s\n", p.number, p.title.c_str());
        for (const ascn::data::support_request& s : p.support)
            std::printf("  asks for: %s\n", s.text.c_str());
    }
    // [plans]

    // [governance]
    const ascn::data::governance_term* chair2019 = d.chair_term(2019);
    std::printf("chair in 2019: %s, %s\n", chair2019->country.c_str(), chair2019->office.c_str());
    for (const ascn::data::official* o : d.officials_of("LA", 2026)) // NR and CSCOs, Jan 2026
        std::printf("%s %s: %s, %s\n", std::string(to_string(o->role)).c_str(),
                    o->city.empty() ? o->country.c_str() : o->city.c_str(), o->title.c_str(),
                    o->organisation.c_str());
    // [governance]

    // [framework]
    using ascn::data::framework_part;
    for (auto part : {framework_part::strategic_outcome, framework_part::urban_system,
                      framework_part::focus_area, framework_part::enabler}) {
        std::printf("%s:", std::string(to_string(part)).c_str());
        for (const ascn::data::framework_element* e : d.framework_of(part))
            std::printf(" %s (¶%d);", e->name.c_str(), e->paragraph);
        std::printf("\n");
    }
    // [framework]
}

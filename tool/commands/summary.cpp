// SPDX-License-Identifier: MIT
// `ascn summary`: the network in numbers.
#include "../summary.hpp"
#include "../command.hpp"
#include "../envelope.hpp"
#include "../output.hpp"
#include "../structure.hpp"
#include "../table.hpp"

#include <ascn/asean/dataset.hpp>
#include <ascn/views.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ascn_tool {

summary summarise(const ascn::network& net, std::size_t top) {
    summary s;
    s.cities = net.num_cities();
    s.countries = net.num_countries();
    s.partners = net.num_partners();
    s.relationships = net.num_relationships();
    for (auto r : ascn::relationships(net))
        ++s.by_relation[static_cast<std::size_t>(r.kind())];
    for (const ascn::partner& p : ascn::partners(net))
        ++s.by_partner_kind[static_cast<std::size_t>(p.kind)];
    for (const ascn::country& k : ascn::countries(net))
        s.by_country.push_back(
            {k.id, k.name, ascn::to_string(k.joined),
             static_cast<std::size_t>(ranges::distance(ascn::cities_of(net, k.id)))});
    std::sort(s.by_country.begin(), s.by_country.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    for (const ascn::city& c : ascn::cities(net))
        ++s.cities_by_year[c.joined];
    // Each partner's relationships and distinct cities: one pass over its out-edges, the cities
    // seen marked with the partner's own vertex (linear in the relationships, whatever the
    // partners' degrees).
    const auto& g = net.graph();
    const std::size_t n = boost::num_vertices(g);
    std::vector<std::size_t> seen_by(n, n);
    std::vector<summary::partner_row> rows;
    for (std::size_t v = 0; v < n; ++v) {
        const ascn::partner* p = g[v].partner();
        if (!p)
            continue;
        summary::partner_row row{p->id, p->name, std::string(ascn::to_string(p->kind)), 0, 0};
        for (auto [ei, ee] = boost::out_edges(v, g); ei != ee; ++ei) {
            ++row.relationships;
            const auto w = boost::target(*ei, g);
            if (g[w].kind() == ascn::vertex_kind::city && seen_by[w] != v) {
                seen_by[w] = v;
                ++row.cities;
            }
        }
        rows.push_back(std::move(row));
    }
    auto before = [](const auto& a, const auto& b) {
        return std::tie(b.cities, b.relationships, a.id) <
               std::tie(a.cities, a.relationships, b.id);
    };
    const std::size_t keep = std::min(top, rows.size());
    std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(keep), rows.end(),
                      before);
    rows.resize(keep);
    s.top_partners = std::move(rows);
    return s;
}

namespace {

void print_table(const summary& s, const std::string& title, std::ostream& out) {
    auto count = [](std::size_t n, const char* one, const char* many) {
        return std::to_string(n) + ' ' + (n == 1 ? one : many);
    };
    out << title << ": " << count(s.cities, "city", "cities") << ", "
        << count(s.countries, "country", "countries") << ", "
        << count(s.partners, "partner", "partners") << ", "
        << count(s.relationships, "relationship", "relationships") << "\n\n";
    table kinds({"relationship kind", "count"});
    for (std::size_t k = 0; k < ascn::relation_kind_count; ++k)
        kinds.add({std::string(ascn::to_string(static_cast<ascn::relation_kind>(k))),
                   std::to_string(s.by_relation[k])});
    kinds.print(out);
    out << '\n';
    table countries({"country", "name", "joined ASEAN", "cities"});
    for (const auto& c : s.by_country)
        countries.add({c.id, c.name, c.joined, std::to_string(c.cities)});
    countries.print(out);
    out << '\n';
    table years({"joined the network", "cities", "total"});
    std::size_t total = 0;
    for (const auto& [year, n] : s.cities_by_year)
        years.add({std::to_string(year), std::to_string(n), std::to_string(total += n)});
    years.print(out);
    out << '\n';
    table pk({"partner kind", "partners"});
    for (std::size_t k = 0; k < ascn::partner_kind_count; ++k)
        pk.add({std::string(ascn::to_string(static_cast<ascn::partner_kind>(k))),
                std::to_string(s.by_partner_kind[k])});
    pk.print(out);
    out << '\n';
    table partners({"most connected partner", "kind", "cities", "relationships"});
    for (const auto& p : s.top_partners)
        partners.add({p.id, p.kind, std::to_string(p.cities), std::to_string(p.relationships)});
    partners.print(out);
}

nlohmann::ordered_json to_json(const summary& s) {
    nlohmann::ordered_json j;
    j["counts"] = {{"cities", s.cities},
                   {"countries", s.countries},
                   {"partners", s.partners},
                   {"relationships", s.relationships}};
    auto& rk = j["relationships_by_kind"] = nlohmann::ordered_json::object();
    for (std::size_t k = 0; k < ascn::relation_kind_count; ++k)
        rk[std::string(ascn::to_string(static_cast<ascn::relation_kind>(k)))] = s.by_relation[k];
    auto& pk = j["partners_by_kind"] = nlohmann::ordered_json::object();
    for (std::size_t k = 0; k < ascn::partner_kind_count; ++k)
        pk[std::string(ascn::to_string(static_cast<ascn::partner_kind>(k)))] = s.by_partner_kind[k];
    auto& bc = j["countries"] = nlohmann::ordered_json::object();
    for (const auto& c : s.by_country)
        bc[c.id] = {{"name", c.name}, {"joined_asean", c.joined}, {"cities", c.cities}};
    auto& by = j["cities_by_year_joined"] = nlohmann::ordered_json::object();
    for (const auto& [year, n] : s.cities_by_year)
        by[std::to_string(year)] = n;
    // Built apart and moved in: a reference into an ordered_json is invalidated when a key is
    // added beside it.
    nlohmann::ordered_json ranking = nlohmann::ordered_json::array();
    nlohmann::ordered_json partners = nlohmann::ordered_json::object();
    for (const auto& p : s.top_partners) {
        ranking.push_back(p.id);
        partners[p.id] = {{"name", p.name},
                          {"kind", p.kind},
                          {"cities", p.cities},
                          {"relationships", p.relationships}};
    }
    j["top_partners"] = {{"ranking", std::move(ranking)}, {"partners", std::move(partners)}};
    return j;
}

class summary_command final : public command {
    // A plain graph in numbers: vertices, edges, its numeric edge attributes, components.
    int plain_summary(const input& in, std::ostream& out) const {
        const plain_graph& g = in.graph();
        const structure_view sv(in, "");
        const auto w = weak_points(sv);
        if (format_ == "json") {
            nlohmann::ordered_json j;
            j["graph"] = "plain";
            j["vertices"] = g.ids.size();
            j["edges"] = g.edges.size();
            j["attributes"] = g.attributes;
            j["self_loops_left_out"] = g.self_loops;
            j["components"] = w.components;
            print_json(out, in, "summary", std::move(j));
            return 0;
        }
        out << in.describe() << ": a plain graph\n\n";
        table t({"", "count"});
        t.add({"vertices", std::to_string(g.ids.size())});
        t.add({"edges", std::to_string(g.edges.size())});
        t.add({"components", std::to_string(w.components)});
        t.add({"self-loops left out", std::to_string(g.self_loops)});
        t.print(out);
        std::string attrs;
        for (const auto& a : g.attributes)
            attrs += (attrs.empty() ? "" : ", ") + a;
        out << "\nnumeric edge attributes (for --weight): " << (attrs.empty() ? "none" : attrs)
            << '\n';
        return 0;
    }

public:
    void options(CLI::App& app) override {
        app.add_option("--top", top_, "how many of the most connected partners to list")
            ->check(count_in(0, 1'000'000'000))
            ->capture_default_str();
        add_format_option(app, format_);
    }
    int run(const input& in, std::ostream& out) override {
        if (in.plain())
            return plain_summary(in, out);
        const auto s = summarise(in.network(), top_);
        // On the embedded ASCN: the chair and shepherds of the year asked for, or of the last
        // year with a chair.
        std::optional<int> year;
        std::optional<std::string> chair;
        std::vector<std::string> shepherds;
        if (in.embedded()) {
            const auto& d = in.dataset();
            year = in.options().as_of;
            if (!year)
                for (const auto& t : d.governance)
                    if (t.role == ascn::data::governance_role::chair)
                        year = std::max(year.value_or(t.from), t.to.value_or(t.from));
            if (year) {
                chair = d.chair(*year);
                shepherds = d.shepherds(*year);
            }
        }
        if (format_ == "json") {
            auto j = to_json(s);
            j["governance"] =
                year ? nlohmann::ordered_json{{"year", *year},
                                              {"chair", chair ? nlohmann::ordered_json(*chair)
                                                              : nlohmann::ordered_json()},
                                              {"shepherds", shepherds}}
                     : nlohmann::ordered_json();
            print_json(out, in, "summary", std::move(j));
        } else {
            print_table(s, in.describe(), out);
            if (year)
                out << "\nin " << *year << ": chair " << chair.value_or("not recorded")
                    << ", shepherd "
                    << (shepherds.empty() ? "not recorded" : joined(shepherds, " and ")) << '\n';
        }
        return 0;
    }

private:
    std::size_t top_ = 10;
    std::string format_ = "table";
};

} // namespace

std::unique_ptr<command> make_summary() {
    return std::make_unique<summary_command>();
}

} // namespace ascn_tool

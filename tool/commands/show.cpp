// SPDX-License-Identifier: MIT
// `ascn show ID`: one city, country or partner with every attribute it has and its
// relationships (each with its source); on the embedded ASCN also its governance roles, its
// 2018 action plan's focus areas and the meeting that admitted it.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../output.hpp"
#include "../table.hpp"

#include <ascn/asean/dataset.hpp>
#include <ascn/views.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace ascn_tool {
namespace {

using json = nlohmann::ordered_json;

json optional_text(const std::string& s) {
    return s.empty() ? json() : json(s);
}

std::string list_text(const std::vector<std::string>& items) {
    return joined(items, ", ");
}

std::vector<std::string> role_list(const ascn::city_roles& roles) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < ascn::city_role_count; ++i)
        if (roles.contains(static_cast<ascn::city_role>(i)))
            out.emplace_back(ascn::to_string(static_cast<ascn::city_role>(i)));
    return out;
}

/// Every attribute of one vertex, as (name, value as text) pairs for the table and as JSON.
struct attributes {
    std::vector<std::pair<std::string, std::string>> rows;
    json j = json::object();
    void add(const std::string& name, const std::string& text, json value) {
        rows.emplace_back(name, text);
        j[name] = std::move(value);
    }
};

// Officials as one attribute: "title, organisation (as of)" joined by "; " in the table, and
// a record each in JSON; with `national_only`, the national representatives only.
template <class Officials>
void add_officials(attributes& a, const std::string& name, const Officials& list,
                   bool national_only) {
    json officials = json::array();
    std::string text;
    for (const auto* o : list) {
        if (national_only && !o->national())
            continue;
        officials.push_back({{"role", std::string(ascn::data::to_string(o->role))},
                             {"title", o->title},
                             {"organisation", optional_text(o->organisation)},
                             {"as_of", ascn::to_string(o->as_of)},
                             {"source", o->source}});
        text += (text.empty() ? "" : "; ") + o->title +
                (o->organisation.empty() ? "" : ", " + o->organisation) + " (" +
                ascn::to_string(o->as_of) + ")";
    }
    a.add(name, text, officials);
}

attributes describe_city(const ascn::city& c, const input& in) {
    attributes a;
    a.add("name", c.name, c.name);
    a.add("country", c.country, c.country);
    a.add("joined", std::to_string(c.joined), c.joined);
    a.add("location",
          c.location ? number(c.location->lat, 4) + ", " + number(c.location->lon, 4) : "",
          c.location ? json{{"lat", c.location->lat}, {"lon", c.location->lon}} : json());
    a.add("population", c.population ? std::to_string(*c.population) : "",
          c.population ? json(*c.population) : json());
    a.add("capital", c.capital ? "yes" : "no", c.capital);
    const auto roles = role_list(c.roles);
    a.add("roles", list_text(roles) + (c.roles_editorial && !roles.empty() ? " (editorial)" : ""),
          roles);
    a.add("roles_editorial", c.roles_editorial ? "yes" : "no", c.roles_editorial);
    a.add("aliases", list_text(c.aliases), c.aliases);
    std::string profile;
    json pj = json::object();
    for (auto area : ascn::all_focus_areas) {
        const double n = c.profile[area];
        pj[std::string(ascn::to_string(area))] = n;
        if (n > 0)
            profile += (profile.empty() ? "" : ", ") + std::string(ascn::to_string(area)) + " " +
                       number(n, 0);
    }
    a.add("profile", profile.empty() ? "no projects" : profile, pj);
    a.add("source", c.source, c.source);
    if (in.embedded()) {
        const auto& d = in.dataset();
        // The profile counts the 2025 monitoring report's projects; the 2018 plan's own focus
        // areas are another thing, shown beside it.
        std::vector<std::string> planned;
        if (const auto* plan = d.plan_of(c.id))
            for (auto area : ascn::all_focus_areas)
                if (plan->focus.contains(area))
                    planned.emplace_back(ascn::to_string(area));
        a.add("plan_2018_focus", list_text(planned), planned);
        const auto* e = d.admitted_at(c.id);
        a.add("admitted_at", e ? e->name + " (" + ascn::data::to_string(e->date) + ")" : "",
              e ? json(e->id) : json());
        add_officials(a, "officials", d.officials_of(c.id), false);
    }
    return a;
}

attributes describe_country(const ascn::country& k, const input& in) {
    attributes a;
    a.add("name", k.name, k.name);
    a.add("joined_asean", ascn::to_string(k.joined), ascn::to_string(k.joined));
    a.add("source", k.source, k.source);
    if (in.embedded()) {
        const auto& d = in.dataset();
        std::vector<std::string> chair, shepherd;
        json cj = json::array(), sj = json::array();
        for (const auto& t : d.governance) {
            if (t.country != k.id)
                continue;
            const std::string years =
                std::to_string(t.from) + (t.to && *t.to == t.from ? std::string()
                                          : t.to                  ? "-" + std::to_string(*t.to)
                                                                  : std::string("-"));
            json term{{"from", t.from},
                      {"to", t.to ? json(*t.to) : json()},
                      {"office", optional_text(t.office)},
                      {"source", t.source}};
            if (t.role == ascn::data::governance_role::chair) {
                chair.push_back(years + (t.office.empty() ? "" : " (" + t.office + ")"));
                cj.push_back(std::move(term));
            } else {
                shepherd.push_back(years);
                sj.push_back(std::move(term));
            }
        }
        a.add("chair", list_text(chair), cj);
        a.add("shepherd", list_text(shepherd), sj);
        add_officials(a, "national_representatives", d.officials_of(k.id), true);
    }
    return a;
}

attributes describe_partner(const ascn::partner& p) {
    attributes a;
    a.add("name", p.name, p.name);
    a.add("kind", std::string(ascn::to_string(p.kind)), std::string(ascn::to_string(p.kind)));
    a.add("home_country", p.home_country, optional_text(p.home_country));
    a.add("source", p.source, p.source);
    return a;
}

class show_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("id", id_, "id, or a city's name or alias")->required();
        add_format_option(app, format_);
    }

    int run(const input& in, std::ostream& out) override {
        const ascn::network& net = in.network();
        // On the embedded ASCN, accept city names and aliases ("Kota Cebu") as well as ids.
        const std::string key = in.resolve(id_);
        const auto& d = net.at(key); // throws unknown_id_error with suggestions
        attributes a;
        if (const auto* c = d.city())
            a = describe_city(*c, in);
        else if (const auto* k = d.country())
            a = describe_country(*k, in);
        else
            a = describe_partner(*d.partner());
        struct link {
            std::string kind, with, from, to, focus, strength, source, note;
            json j;
        };
        std::vector<link> links;
        for (auto n : ascn::neighbours(net, key)) {
            const auto r = n.relationship();
            const auto& v = r.value();
            std::string focus;
            json fj = json::array();
            for (auto area : ascn::all_focus_areas)
                if (v.focus.contains(area)) {
                    focus += (focus.empty() ? "" : ";") + std::string(ascn::to_string(area));
                    fj.push_back(std::string(ascn::to_string(area)));
                }
            link l{std::string(ascn::to_string(r.kind())),
                   std::string(n.id()),
                   std::to_string(v.start),
                   v.end ? std::to_string(*v.end) : std::string(),
                   focus,
                   v.strength ? number(*v.strength, 2) : std::string(),
                   v.source,
                   v.note,
                   json()};
            l.j = {{"kind", l.kind},
                   {"with", l.with},
                   {"from", std::string(r.from_id())},
                   {"to", std::string(r.to_id())},
                   {"start", v.start},
                   {"end", v.end ? json(*v.end) : json()},
                   {"focus", fj},
                   {"strength", v.strength ? json(*v.strength) : json()},
                   {"source", v.source},
                   {"note", optional_text(v.note)}};
            links.push_back(std::move(l));
        }
        if (format_ == "json") {
            json j;
            j["id"] = std::string(d.id());
            j["kind"] = std::string(ascn::to_string(d.kind()));
            j["attributes"] = a.j;
            auto& rels = j["relationships"] = json::array();
            for (auto& l : links)
                rels.push_back(std::move(l.j));
            print_json(out, in, "show", std::move(j));
            return 0;
        }
        out << ascn::to_string(d.kind()) << ' ' << d.id() << "\n\n";
        table attrs({"attribute", "value"});
        for (const auto& [name, text] : a.rows)
            attrs.add({name, text});
        attrs.print(out);
        if (d.city())
            out << "(profile: projects per focus area in the 2025 monitoring report; the 2018 "
                   "action plan's own areas are another list, plan_2018_focus)\n";
        out << '\n';
        table t({"relationship", "with", "from", "until", "focus", "strength", "source"});
        for (const auto& l : links)
            t.add({l.kind, l.with, l.from, l.to, l.focus, l.strength, l.source});
        t.print(out);
        return 0;
    }

private:
    std::string id_;
    std::string format_ = "table";
};

} // namespace

std::unique_ptr<command> make_show() {
    return std::make_unique<show_command>();
}

} // namespace ascn_tool

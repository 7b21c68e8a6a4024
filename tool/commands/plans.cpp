// SPDX-License-Identifier: MIT
// `ascn plans`: what each pilot city planned in its 2018 action plan against what the 2025
// monitoring report records it doing, by focus area of the ASEAN Smart Cities Framework.
#include "../plans.hpp"
#include "../command.hpp"
#include "../envelope.hpp"
#include "../output.hpp"
#include "../table.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace ascn_tool {
namespace {

std::string areas(const std::vector<ascn::focus_area>& list) {
    std::string s;
    for (auto a : list)
        s += (s.empty() ? "" : ", ") + std::string(ascn::to_string(a));
    return s.empty() ? "-" : s;
}

nlohmann::ordered_json area_list(const std::vector<ascn::focus_area>& list) {
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (auto a : list)
        j.push_back(std::string(ascn::to_string(a)));
    return j;
}

class plans_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--city", city_, "only this city, in detail (id, or a city's name)");
        add_format_option(app, format_);
    }

    int run(const input& in, std::ostream& out) override {
        if (!in.embedded())
            throw usage_error("plans: action plans and monitored projects belong to the embedded "
                              "ASCN's dataset; --input networks have none");
        const auto rows = compare_plans(in, city_.empty() ? std::string() : in.resolve(city_));
        if (format_ == "json") {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const auto& r : rows) {
                nlohmann::ordered_json c;
                c["city"] = r.city;
                c["name"] = r.name;
                nlohmann::ordered_json plan;
                plan["focus"] = area_list(r.planned);
                plan["focus_labels"] = r.plan ? r.plan->focus_labels : std::vector<std::string>{};
                plan["vision"] = r.plan ? r.plan->vision : std::string();
                plan["targets"] = r.plan ? r.plan->targets.size() : 0;
                auto& projects = plan["projects"] = nlohmann::ordered_json::array();
                if (r.plan)
                    for (const auto& p : r.plan->projects) {
                        nlohmann::ordered_json pj{{"number", p.number}, {"title", p.title}};
                        auto& s = pj["support"] = nlohmann::ordered_json::array();
                        for (const auto& x : p.support)
                            s.push_back(x.text);
                        projects.push_back(std::move(pj));
                    }
                c["plan"] = r.plan ? plan : nlohmann::ordered_json();
                auto& done = c["monitored"] = nlohmann::ordered_json::object();
                for (std::size_t a = 0; a < ascn::focus_area_count; ++a)
                    done[std::string(ascn::to_string(static_cast<ascn::focus_area>(a)))] =
                        r.projects_by_area[a];
                c["kept"] = area_list(r.kept);
                c["dropped"] = area_list(r.dropped);
                c["added"] = area_list(r.added);
                list.push_back(std::move(c));
            }
            print_json(out, in, "plans", {{"cities", std::move(list)}});
            return 0;
        }
        if (!city_.empty()) {
            print_city(rows.front(), out);
            return 0;
        }
        out << "2018 action plans against the 2025 monitoring report's projects, by focus area\n"
               "(kept: planned and with projects; dropped: planned, no project; added: projects "
               "in an area not planned)\n\n";
        table t({"city", "planned 2018", "projects 2025", "kept", "dropped", "added"});
        for (const auto& r : rows) {
            std::size_t total = 0;
            for (auto n : r.projects_by_area)
                total += n;
            t.add({r.city, r.plan ? areas(r.planned) : "(no 2018 plan)", std::to_string(total),
                   areas(r.kept), areas(r.dropped), areas(r.added)});
        }
        t.print(out);
        return 0;
    }

private:
    static void print_city(const plan_row& r, std::ostream& out) {
        out << r.name << " (" << r.city << ")\n\n";
        if (r.plan) {
            out << "2018 action plan: " << areas(r.planned) << "\n  vision: " << r.plan->vision
                << "\n  " << r.plan->targets.size() << " strategic targets\n";
            for (const auto& p : r.plan->projects) {
                out << "  priority project " << p.number << ": " << p.title << '\n';
                for (const auto& s : p.support)
                    out << "    asks for: " << s.text << '\n';
            }
        } else
            out << "no 2018 action plan (the city joined later)\n";
        out << "\n2025 monitoring report:\n";
        table t({"project", "focus area", "status"});
        for (const auto* p : r.projects)
            t.add({p->name, std::string(ascn::to_string(p->focus)),
                   p->status ? std::string(ascn::data::to_string(*p->status)) : "not stated"});
        t.print(out);
        out << "\nkept: " << areas(r.kept) << "; dropped: " << areas(r.dropped)
            << "; added: " << areas(r.added) << '\n';
    }

    std::string city_;
    std::string format_ = "table";
};

} // namespace

std::unique_ptr<command> make_plans() {
    return std::make_unique<plans_command>();
}

} // namespace ascn_tool

// SPDX-License-Identifier: MIT
// `ascn mentors`: the cities a city should learn from in one focus area, with the paths.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../output.hpp"
#include "../paths.hpp"

#include "../table.hpp"
#include <ascn/asean/mentors.hpp>

#include <CLI/CLI.hpp>

#include <limits>
#include <optional>
#include <ostream>
#include <string>

namespace ascn_tool {
namespace {

struct mentor_cli_options {
    std::string city;
    std::string focus;
    std::size_t n = 5;
    std::optional<std::size_t> max_hops;
    bool frontrunners = false;
    std::string format = "table";
};

int run_mentors(const input& in, mentor_cli_options o, std::ostream& out) {
    const ascn::network& net = in.network();
    o.city = in.resolve(o.city);
    const auto area = parse_focus(o.focus);
    ascn::learning_model model;
    model.focus = area;
    const ascn::snapshot lg(net, model);
    const auto learner = vertex_of(lg, net, o.city);
    if (lg.kind(learner) != ascn::vertex_kind::city)
        throw ascn::value_error("mentors are found for cities only",
                                {.id = o.city, .field = "--city", .value = o.city});
    const auto records = focus_records(in);
    const auto s = ascn::strengths(lg, records, area);
    ascn::mentor_options mo;
    mo.n = o.n;
    mo.max_hops = o.max_hops;
    if (o.frontrunners)
        mo.g0 = std::numeric_limits<double>::infinity();
    mo.affinity = ascn::city_affinity(net, lg);
    const auto ms = ascn::mentors(lg, learner, s.strength, s.evidence, mo);

    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["city"] = o.city;
        j["focus"] = std::string(ascn::to_string(area));
        j["strength"] = s.strength[learner];
        auto& arr = j["mentors"] = nlohmann::ordered_json::array();
        for (const auto& m : ms) {
            nlohmann::ordered_json e;
            e["city"] = lg.id(m.city);
            e["strength"] = m.strength;
            e["gap"] = m.gap;
            e["affinity"] = m.affinity;
            e["score"] = m.score;
            e["path"] = path_json(lg, m.path);
            arr.push_back(std::move(e));
        }
        print_json(out, in, "mentors", std::move(j));
        return 0;
    }
    out << "mentors for " << o.city << " in " << ascn::display_name(area) << " (its strength "
        << number(s.strength[learner]) << ")\n\n";
    if (ms.empty()) {
        out << "no eligible mentor is reachable (a mentor needs projects in the area, a strength "
               "at least 0.1 higher, and a path of probability at least 0.01)\n";
        return 0;
    }
    table t({"rank", "mentor", "strength", "gap", "P(path)", "affinity", "score", "path"});
    for (std::size_t i = 0; i < ms.size(); ++i) {
        const auto& m = ms[i];
        t.add({std::to_string(i + 1), lg.id(m.city), number(m.strength), number(m.gap),
               number(m.path.probability(), 4), number(m.affinity), number(m.score, 4),
               joined_path(lg, m.path)});
    }
    t.print(out);
    return 0;
}

class mentors_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--city", o_.city, "the learner (id, or a city's name)")->required();
        app.add_option("--focus", o_.focus, "focus area, e.g. environment")->required();
        app.add_option("--n", o_.n, "how many mentors")
            ->check(count_in(1, 1000))
            ->capture_default_str();
        app.add_option("--max-hops", o_.max_hops, "at most this many relationships on a path")
            ->check(count_in(1, 1'000'000));
        app.add_flag("--frontrunners", o_.frontrunners,
                     "rank the strongest first instead of near-peers");
        add_format_option(app, o_.format);
    }
    int run(const input& in, std::ostream& out) override { return run_mentors(in, o_, out); }

private:
    mentor_cli_options o_;
};

} // namespace

std::unique_ptr<command> make_mentors() {
    return std::make_unique<mentors_command>();
}

} // namespace ascn_tool

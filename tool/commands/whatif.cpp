// SPDX-License-Identifier: MIT
// `ascn whatif`: a scenario (drop a partner or city, end a programme in a year, add a link or
// whatever a scenario file says) applied to a copy of the network, and the difference it makes:
// components and weak points, brokers, communities (adjusted Rand, NMI), every city's best
// mentor per focus area, and the largest changes of betweenness, each explained in words.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../links.hpp"
#include "../output.hpp"
#include "../paths.hpp"
#include "../structure.hpp"
#include "../table.hpp"

#include <ascn/algorithm/whatif/structure_difference.hpp>
#include <ascn/asean/mentor_changes.hpp>
#include <ascn/io/common.hpp>
#include <ascn/io/orientation.hpp>
#include <ascn/io/scenario.hpp>
#include <ascn/scenario.hpp>
#include <ascn/time_view.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace ascn_tool {
namespace {

struct whatif_options {
    std::vector<std::string> drop;
    std::vector<std::string> drop_link;
    std::vector<std::string> end_programme;
    std::vector<std::string> add_link;
    std::string scenario_file;
    std::string years;
    std::size_t top = 10;
    std::uint64_t seed = 0;
    std::string format = "table";
};

/// The scenario the options describe: the file's changes first, then --drop, --drop-link,
/// --end-programme and --add-link, each in the order given.
ascn::scenario scenario_of(const input& in, const whatif_options& o) {
    const ascn::network& net = in.network();
    ascn::scenario s;
    if (!o.scenario_file.empty()) {
        const std::string text = ascn::io::read_file(o.scenario_file);
        nlohmann::json doc;
        try {
            doc = nlohmann::json::parse(text);
        } catch (const nlohmann::json::parse_error& e) {
            throw ascn::parse_error(e.what(), {.file = o.scenario_file});
        }
        s = ascn::io::scenario_from_json(doc, o.scenario_file);
    }
    for (const auto& id : o.drop)
        s.changes.push_back(ascn::scenario::drop{in.resolve(id)});
    for (const auto& text : o.drop_link) {
        const auto f = split(text, ',');
        if (f.size() < 2 || f.size() > 4 || f[0].empty() || f[1].empty())
            throw usage_error("--drop-link takes \"FROM,TO[,KIND[,YEAR]]\", got \"" + text + "\"");
        ascn::scenario::drop_link d{in.resolve(f[0]), in.resolve(f[1]), {}, {}};
        if (f.size() >= 3 && !f[2].empty())
            d.kind = kind_of(f[2], "--drop-link");
        if (f.size() == 4)
            d.start = year_of(f[3], "--drop-link");
        s.changes.push_back(std::move(d));
    }
    for (const auto& text : o.end_programme) {
        const auto cut = text.rfind(':');
        if (cut == std::string::npos || cut == 0)
            throw usage_error("--end-programme takes \"ID:YEAR\", got \"" + text + "\"");
        const std::string id = in.resolve(text.substr(0, cut));
        if (const auto* v = net.find_city(id); v || net.find_country(id))
            throw ascn::value_error("--end-programme ends a partner's relationships; \"" + id +
                                        "\" is a " + (v ? "city (use --drop)" : "country"),
                                    {.id = id, .field = "--end-programme", .value = text});
        (void)net.partner(id); // a partner, or an error naming the id, with suggestions
        s.changes.push_back(
            ascn::scenario::end_links{id, year_of(text.substr(cut + 1), "--end-programme")});
    }
    for (const auto& text : o.add_link) {
        auto l = parse_link(in, text, "--add-link", true);
        s.changes.push_back(ascn::scenario::add_link{std::move(l.from), std::move(l.to),
                                                     ascn::relationship(l.kind, *l.year)});
    }
    return s;
}

nlohmann::ordered_json nullable(double x) {
    return std::isfinite(x) ? nlohmann::ordered_json(x) : nlohmann::ordered_json();
}

std::string cost_cell(const std::optional<std::string>& mentor, double cost) {
    return mentor ? *mentor + " (" + number(cost, 2) + ")" : std::string("none");
}

/// "Y1:Y2", two years in order, for --years.
std::pair<int, int> years_of(const std::string& text) {
    const auto cut = text.find(':');
    if (cut == std::string::npos)
        throw usage_error("--years takes \"YEAR:YEAR\", got \"" + text + "\"");
    const int a = year_of(text.substr(0, cut), "--years"),
              b = year_of(text.substr(cut + 1), "--years");
    if (b <= a)
        throw usage_error("--years " + text + ": the second year must come after the first");
    return {a, b};
}

int run_whatif(const input& in, const whatif_options& o, std::ostream& out) {
    const ascn::network& before = in.network();
    ascn::structure_difference_options so;
    so.top = o.top;
    so.communities.seed = o.seed;
    // Betweenness as `ascn centrality` plans it: exact on a small network, sampled on a large
    // one (the same sources on both sides).
    const betweenness_plan plan = plan_betweenness(
        boost::num_vertices(before.graph()), boost::num_edges(before.graph()), std::nullopt, 0);
    so.betweenness_samples = plan.sources;
    so.betweenness_seed = plan.seed;
    auto records = focus_records(in);
    ascn::structure_difference d;
    std::vector<ascn::mentor_pair> mentors;
    std::vector<std::string> summary;
    std::optional<int> at;
    if (!o.years.empty()) {
        // Two years of the one network: the difference the years between made.
        if (!o.drop.empty() || !o.drop_link.empty() || !o.end_programme.empty() ||
            !o.add_link.empty() || !o.scenario_file.empty())
            throw usage_error("--years compares two years of the network; it takes no change "
                              "(--drop, --drop-link, --end-programme, --add-link, --scenario)");
        const auto [y1, y2] = years_of(o.years);
        if (in.options().as_of && y2 > *in.options().as_of)
            throw usage_error("--years " + o.years + " goes past --as-of " +
                              std::to_string(*in.options().as_of) +
                              ": the network read stops there");
        const auto vb = ascn::as_of(before, y1), va = ascn::as_of(before, y2);
        d = ascn::compare_structure(ascn::snapshot(vb), ascn::snapshot(va), so);
        mentors = ascn::mentor_changes(vb, va, records);
        summary.push_back("the network as of " + std::to_string(y1) + ", then as of " +
                          std::to_string(y2));
    } else {
        const ascn::scenario s = scenario_of(in, o);
        if (s.changes.empty())
            throw usage_error("nothing to change: give --drop, --drop-link, --end-programme, "
                              "--add-link or --scenario (or --years to compare two years)");
        const auto applied = ascn::apply(before, s);
        const ascn::network& after = applied.network;
        summary = applied.summary;
        // Ended relationships still exist: compare the year after the last end, when they are
        // over (or the year asked for with --as-of, if later).
        for (const auto& c : s.changes)
            if (const auto* e = std::get_if<ascn::scenario::end_links>(&c))
                at = std::max(at.value_or(e->year + 1), e->year + 1);
        if (at && in.options().as_of)
            at = std::max(*at, *in.options().as_of);
        for (auto& [id, r] : ascn::records_from_profiles(after))
            records.try_emplace(id, r); // cities the scenario adds: their profiles
        if (at) {
            const auto vb = ascn::as_of(before, *at), va = ascn::as_of(after, *at);
            d = ascn::compare_structure(ascn::snapshot(vb), ascn::snapshot(va), so);
            mentors = ascn::mentor_changes(vb, va, records);
        } else {
            d = ascn::compare_structure(ascn::snapshot(before), ascn::snapshot(after), so);
            mentors = ascn::mentor_changes(before, after, records);
        }
    }
    std::size_t changed = 0, lost_every = 0, lost_best = 0;
    for (const auto& m : mentors) {
        changed += m.change != ascn::mentor_change_kind::unchanged;
        lost_every += m.change == ascn::mentor_change_kind::lost_every;
        lost_best += m.change == ascn::mentor_change_kind::lost_best;
    }
    const auto& cc = d.communities;

    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["scenario"] = summary;
        j["compared_as_of"] = at ? nlohmann::ordered_json(*at) : nlohmann::ordered_json();
        j["vertices"] = {{"before", d.vertices_before},
                         {"after", d.vertices_after},
                         {"removed", d.removed},
                         {"added", d.added}};
        auto comp_list = [](const std::vector<ascn::component_change>& v) {
            auto a = nlohmann::ordered_json::array();
            for (const auto& c : v)
                a.push_back({{"id", c.id},
                             {"kind", std::string(ascn::to_string(c.kind))},
                             {"component_size", c.size},
                             {"explanation", c.explanation}});
            return a;
        };
        j["components"] = {{"before", d.components_before},      {"after", d.components_after},
                           {"largest_before", d.largest_before}, {"largest_after", d.largest_after},
                           {"cut_off", comp_list(d.cut_off)},    {"joined", comp_list(d.joined)}};
        auto& ap = j["articulation_points"] = nlohmann::ordered_json::array();
        for (const auto& a : d.articulation_points)
            ap.push_back({{"id", a.id},
                          {"change", a.gained ? "gained" : "lost"},
                          {"explanation", a.explanation}});
        auto& br = j["bridges"] = nlohmann::ordered_json::array();
        for (const auto& b : d.bridges) {
            const auto cut = b.id.find(" -- ");
            br.push_back({{"ends", {b.id.substr(0, cut), b.id.substr(cut + 4)}},
                          {"change", b.gained ? "gained" : "lost"},
                          {"explanation", b.explanation}});
        }
        auto& bk = j["brokers"] = nlohmann::ordered_json::array();
        for (const auto& b : d.brokers)
            bk.push_back({{"id", b.id},
                          {"kind", std::string(ascn::to_string(b.kind))},
                          {"member_states_before", b.states_before},
                          {"member_states_after", b.states_after},
                          {"lost", b.lost},
                          {"gained", b.gained},
                          {"betweenness_before", b.betweenness_before},
                          {"betweenness_after", b.betweenness_after},
                          {"explanation", b.explanation}});
        nlohmann::ordered_json matches = nlohmann::ordered_json::array();
        for (const auto& m : cc.matches)
            matches.push_back({{"after", cc.members_after[m.b]},
                               {"best_match_before", cc.members_before[m.a]},
                               {"overlap", m.overlap},
                               {"jaccard", m.jaccard}});
        j["communities"] = {{"method", "leiden"},
                            {"seed", o.seed},
                            {"count_before", cc.count_before},
                            {"count_after", cc.count_after},
                            {"modularity_before", cc.modularity_before},
                            {"modularity_after", cc.modularity_after},
                            {"vertices_compared", cc.common},
                            {"adjusted_rand", cc.adjusted_rand},
                            {"normalized_mutual_information", cc.normalized_mutual_information},
                            {"matches", std::move(matches)},
                            {"explanations", cc.explanations}};
        auto side = [](const std::optional<std::string>& mentor, double cost,
                       const std::vector<std::string>& path) {
            if (!mentor)
                return nlohmann::ordered_json();
            return nlohmann::ordered_json{
                {"mentor", *mentor}, {"cost", nullable(cost)}, {"path", path}};
        };
        auto pairs = nlohmann::ordered_json::array();
        for (const auto& m : mentors)
            pairs.push_back({{"city", m.city},
                             {"focus", std::string(ascn::to_string(m.area))},
                             {"change", std::string(ascn::to_string(m.change))},
                             {"before", side(m.before, m.cost_before, m.path_before)},
                             {"after", side(m.after, m.cost_after, m.path_after)},
                             {"explanation", m.explanation}});
        j["mentors"] = {{"pairs", mentors.size()},
                        {"changed", changed},
                        {"lost_every", lost_every},
                        {"lost_best", lost_best},
                        {"best", std::move(pairs)}};
        auto cent = nlohmann::ordered_json::array();
        for (const auto& c : d.centrality)
            cent.push_back({{"id", c.id},
                            {"kind", std::string(ascn::to_string(c.kind))},
                            {"before", c.before},
                            {"after", c.after},
                            {"rank_before", c.rank_before},
                            {"rank_after", c.rank_after},
                            {"explanation", c.explanation}});
        j["centrality"] = {
            {"measure", "betweenness"}, {"top", o.top}, {"changes", std::move(cent)}};
        if (plan.sources > 0)
            j["centrality"]["sampling"] = {{"sources", plan.sources}, {"seed", plan.seed}};
        print_json(out, in, "whatif", std::move(j));
        return 0;
    }

    out << "what if, on the " << in.describe()
        << (at ? " (compared as of " + std::to_string(*at) + ")" : std::string()) << ":\n";
    for (const auto& line : summary)
        out << "  " << line << '\n';
    out << "\nvertices " << d.vertices_before << " -> " << d.vertices_after
        << "; removed: " << (d.removed.empty() ? "none" : joined(d.removed, ", "))
        << "; added: " << (d.added.empty() ? "none" : joined(d.added, ", ")) << '\n';
    out << "components " << d.components_before << " -> " << d.components_after
        << "; the largest has " << d.largest_before << " -> " << d.largest_after << " vertices\n";

    out << "\ncut off from the largest component: " << d.cut_off.size() << '\n';
    if (!d.cut_off.empty()) {
        out << '\n';
        table t({"id", "kind", "why"});
        for (const auto& c : d.cut_off)
            t.add({c.id, std::string(ascn::to_string(c.kind)), c.explanation});
        t.print(out);
    }
    if (!d.joined.empty()) {
        out << "\njoined to the largest component: " << d.joined.size() << "\n\n";
        table t({"id", "kind", "why"});
        for (const auto& c : d.joined)
            t.add({c.id, std::string(ascn::to_string(c.kind)), c.explanation});
        t.print(out);
    }
    out << "\nweak points gained or lost: " << d.articulation_points.size()
        << " articulation points, " << d.bridges.size() << " bridges\n";
    if (!d.articulation_points.empty() || !d.bridges.empty()) {
        out << '\n';
        table t({"weak point", "change", "why"});
        for (const auto& a : d.articulation_points)
            t.add({a.id, a.gained ? "gained" : "lost", a.explanation});
        for (const auto& b : d.bridges)
            t.add({b.id, b.gained ? "gained" : "lost", b.explanation});
        t.print(out);
    }
    out << "\nbrokers whose member states change: " << d.brokers.size() << '\n';
    if (!d.brokers.empty()) {
        out << '\n';
        table t({"id", "kind", "states", "betweenness", "why"});
        for (const auto& b : d.brokers)
            t.add({b.id, std::string(ascn::to_string(b.kind)),
                   std::to_string(b.states_before) + " -> " + std::to_string(b.states_after),
                   number(b.betweenness_before, 4) + " -> " + number(b.betweenness_after, 4),
                   b.explanation});
        t.print(out);
    }
    out << "\ncommunities (Leiden, seed " << o.seed << "): " << cc.count_before << " -> "
        << cc.count_after << ", modularity " << number(cc.modularity_before, 4) << " -> "
        << number(cc.modularity_after, 4) << "\nover the " << cc.common
        << " vertices on both sides: adjusted Rand " << number(cc.adjusted_rand, 4)
        << ", normalized mutual information " << number(cc.normalized_mutual_information, 4)
        << '\n';
    for (const auto& e : cc.explanations)
        out << "  " << e << '\n';

    out << "\nbest mentors: " << changed << " of " << mentors.size()
        << " (city, focus area) pairs change; " << lost_every << " lose every mentor, " << lost_best
        << " lose their best\n";
    if (changed != 0) {
        out << '\n';
        table t({"city", "focus", "before (cost)", "after (cost)", "change", "why"});
        for (const auto& m : mentors)
            if (m.change != ascn::mentor_change_kind::unchanged)
                t.add({m.city, std::string(ascn::to_string(m.area)),
                       cost_cell(m.before, m.cost_before), cost_cell(m.after, m.cost_after),
                       std::string(ascn::to_string(m.change)), m.explanation});
        t.print(out);
    }
    out << "\nlargest changes of betweenness"
        << (plan.sources > 0 ? " (estimated from " + std::to_string(plan.sources) +
                                   " sources on each side, seed " + std::to_string(plan.seed) + ")"
                             : std::string())
        << ": " << d.centrality.size() << '\n';
    if (!d.centrality.empty()) {
        out << '\n';
        table t({"id", "kind", "before", "after", "rank", "why"});
        for (const auto& c : d.centrality)
            t.add({c.id, std::string(ascn::to_string(c.kind)), number(c.before, 4),
                   number(c.after, 4),
                   std::to_string(c.rank_before) + " -> " + std::to_string(c.rank_after),
                   c.explanation});
        t.print(out);
    }
    return 0;
}

class whatif_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--drop", o_.drop, "remove a partner or city and its relationships")
            ->type_name("ID");
        app.add_option("--drop-link", o_.drop_link,
                       "remove the relationships between two vertices (of a kind, from a year)")
            ->type_name("FROM,TO[,KIND[,YEAR]]");
        app.add_option("--end-programme", o_.end_programme,
                       "end every relationship of a programme or partner in a year")
            ->type_name("ID:YEAR");
        app.add_option("--add-link", o_.add_link, "add a relationship, e.g. a twinning")
            ->type_name("FROM,TO,KIND,YEAR");
        app.add_option("--scenario", o_.scenario_file,
                       "the changes, as a JSON file (docs/whatif.md)")
            ->type_name("FILE.json");
        app.add_option("--years", o_.years,
                       "no change: compare the network as of one year with another")
            ->type_name("YEAR:YEAR");
        app.add_option("--top", o_.top, "largest betweenness changes shown (0: all)")
            ->check(count_in(0, 1'000'000'000))
            ->capture_default_str();
        app.add_option("--seed", o_.seed, "seed of the community detection")
            ->check(count_in(0, std::numeric_limits<std::uint64_t>::max()))
            ->capture_default_str();
        add_format_option(app, o_.format);
    }
    int run(const input& in, std::ostream& out) override { return run_whatif(in, o_, out); }

private:
    whatif_options o_;
};

} // namespace

std::unique_ptr<command> make_whatif() {
    return std::make_unique<whatif_command>();
}

} // namespace ascn_tool

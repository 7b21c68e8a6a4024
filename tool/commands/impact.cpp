// SPDX-License-Identifier: MIT
// `ascn impact`: which one partner, if it left, would hurt peer learning most, and with --links
// which one new link would help it most. Every partner ranked by how much the summed score of
// every city's best mentor in every focus area falls without it (ascn::partner_impact), or
// every candidate link (the recommender's peer pairs, or --link) by how much it rises with the
// link (ascn::link_impact); both by bounded recomputation.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../links.hpp"
#include "../output.hpp"
#include "../paths.hpp"
#include "../table.hpp"

#include <ascn/asean/dataset.hpp>
#include <ascn/asean/link_impact.hpp>
#include <ascn/asean/partner_impact.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace ascn_tool {
namespace {

struct impact_options {
    std::size_t top = 10;
    std::string format = "table";
    bool links = false;
    std::vector<std::string> link;
    std::string kind = "peer-learning";
    std::size_t candidates = 20;
};

nlohmann::ordered_json null_or(bool null, const std::string& text) {
    return null ? nlohmann::ordered_json() : nlohmann::ordered_json(text);
}

int run_link_impact(const input& in, const impact_options& o, std::ostream& out) {
    const ascn::network& net = in.network();
    std::vector<ascn::link_candidate> candidates;
    std::string from;
    if (o.link.empty()) {
        // The recommender's peer pairs: needs from the ASCN's action plans and projects.
        ascn::recommended_links_options ro;
        ro.n = o.candidates;
        ro.kind = kind_of(o.kind, "--kind");
        candidates = ascn::recommended_links(ascn::data::embedded_dataset(), net, ro);
        const std::string n = std::to_string(candidates.size());
        from = (o.candidates == 0 ? "every peer pair the recommender proposes (" + n + ")"
                                  : "the recommender's " + n + " best peer pairs") +
               ", as " + std::string(ascn::to_string(ro.kind)) + " links";
    } else {
        for (const auto& text : o.link) {
            const auto l = parse_link(in, text, "--link", false);
            for (const auto& id : {l.from, l.to})
                if (!net.vertex(id)) {
                    // The network's own lookup names the id and suggests the closest ones.
                    try {
                        (void)net.at(id);
                    } catch (const ascn::unknown_id_error& e) {
                        throw ascn::unknown_id_error("--link: no vertex has id \"" + id + "\"",
                                                     {.id = id, .field = "--link", .value = text},
                                                     e.suggestions());
                    }
                }
            candidates.push_back({l.from, l.to, l.kind, l.year});
        }
        from =
            std::to_string(candidates.size()) + " given link" + (candidates.size() == 1 ? "" : "s");
    }
    const auto r = ascn::link_impact(net, focus_records(in), candidates);
    const std::size_t shown = o.top == 0 ? r.links.size() : std::min(o.top, r.links.size());
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["measure"] = "summed best-mentor score";
        j["total"] = r.total;
        j["pairs"] = r.pairs;
        j["candidates"] = o.link.empty() ? "recommended" : "given";
        auto& list = j["links"] = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < shown; ++i) {
            const auto& e = r.links[i];
            const bool none = e.best_city.empty();
            list.push_back(
                {{"from", e.link.from},
                 {"to", e.link.to},
                 {"kind", std::string(ascn::to_string(e.link.kind))},
                 {"start", *e.link.start},
                 {"gain", e.gain},
                 {"share", r.total > 0 ? e.gain / r.total : 0.0},
                 {"pairs_improved", e.pairs_improved},
                 {"pairs_new", e.pairs_new},
                 {"best_city", null_or(none, e.best_city)},
                 {"best_focus", null_or(none, std::string(ascn::to_string(e.best_area)))},
                 {"explanation", e.explanation}});
        }
        print_json(out, in, "impact", std::move(j));
        return 0;
    }
    out << "which one new link would help peer learning most\n(peer learning: the summed score "
           "of every city's best mentor in every focus area, "
        << number(r.total, 4) << " over " << r.pairs << " pairs; candidates: " << from << ")\n\n";
    table t({"rank", "from", "to", "kind", "gain", "share", "pairs gain", "first mentor", "why"});
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& e = r.links[i];
        t.add({std::to_string(i + 1), e.link.from, e.link.to,
               std::string(ascn::to_string(e.link.kind)), number(e.gain, 4),
               number(r.total > 0 ? 100 * e.gain / r.total : 0.0, 1) + "%",
               std::to_string(e.pairs_improved), std::to_string(e.pairs_new), e.explanation});
    }
    t.print(out);
    return 0;
}

int run_impact(const input& in, const impact_options& o, std::ostream& out) {
    if (o.links || !o.link.empty())
        return run_link_impact(in, o, out);
    const auto r = ascn::partner_impact(in.network(), focus_records(in));
    const std::size_t shown = o.top == 0 ? r.partners.size() : std::min(o.top, r.partners.size());
    if (o.format == "json") {
        nlohmann::ordered_json j;
        j["measure"] = "summed best-mentor score";
        j["total"] = r.total;
        j["pairs"] = r.pairs;
        auto& list = j["partners"] = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < shown; ++i) {
            const auto& e = r.partners[i];
            list.push_back(
                {{"partner", e.partner},
                 {"loss", e.loss},
                 {"share", r.total > 0 ? e.loss / r.total : 0.0},
                 {"pairs_hit", e.pairs_hit},
                 {"pairs_lost", e.pairs_lost},
                 {"worst_city", e.worst_city.empty() ? nlohmann::ordered_json()
                                                     : nlohmann::ordered_json(e.worst_city)},
                 {"worst_focus", e.worst_city.empty() ? nlohmann::ordered_json()
                                                      : nlohmann::ordered_json(std::string(
                                                            ascn::to_string(e.worst_area)))},
                 {"explanation", e.explanation}});
        }
        print_json(out, in, "impact", std::move(j));
        return 0;
    }
    out << "which partner, if it left, would hurt peer learning most\n(peer learning: the summed "
           "score of every city's best mentor in every focus area, "
        << number(r.total, 4) << " over " << r.pairs << " pairs)\n\n";
    table t({"rank", "partner", "loss", "share", "pairs hit", "left without", "why"});
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& e = r.partners[i];
        t.add({std::to_string(i + 1), e.partner, number(e.loss, 4),
               number(r.total > 0 ? 100 * e.loss / r.total : 0.0, 1) + "%",
               std::to_string(e.pairs_hit), std::to_string(e.pairs_lost), e.explanation});
    }
    t.print(out);
    return 0;
}

class impact_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--top", o_.top, "how many partners or links (0: all)")
            ->check(count_in(0, 1'000'000'000))
            ->capture_default_str();
        app.add_flag("--links", o_.links,
                     "rank new links by how much they would help, instead of partners");
        app.add_option("--link", o_.link,
                       "a link to rank, \"FROM,TO,KIND[,YEAR]\" (repeatable; implies --links)")
            ->type_name("FROM,TO,KIND[,YEAR]");
        kind_ = app.add_option("--kind", o_.kind,
                               "the kind of the recommender's links: peer-learning or twinning")
                    ->check(one_of({"peer-learning", "twinning"}))
                    ->capture_default_str();
        candidates_ = app.add_option("--candidates", o_.candidates,
                                     "how many of the recommender's peer pairs to rank (0: all)")
                          ->check(count_in(0, 1'000'000'000))
                          ->capture_default_str();
        add_format_option(app, o_.format);
    }
    int run(const input& in, std::ostream& out) override {
        const bool links = o_.links || !o_.link.empty();
        for (const auto* opt : {kind_, candidates_})
            if (opt->count() > 0 && (!links || !o_.link.empty()))
                throw usage_error(opt->get_name() + " chooses the recommender's links; " +
                                  (links ? "--link gives the links itself" : "add --links"));
        return run_impact(in, o_, out);
    }

private:
    impact_options o_;
    CLI::Option* kind_ = nullptr;
    CLI::Option* candidates_ = nullptr;
};

} // namespace

std::unique_ptr<command> make_impact() {
    return std::make_unique<impact_command>();
}

} // namespace ascn_tool

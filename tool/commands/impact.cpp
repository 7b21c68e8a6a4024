// SPDX-License-Identifier: MIT
// `ascn impact`: which one partner, if it left, would hurt peer learning most. Every partner
// ranked by how much the summed score of every city's best mentor in every focus area falls
// without it, found by bounded recomputation (ascn::partner_impact).
#include "../command.hpp"
#include "../envelope.hpp"
#include "../output.hpp"
#include "../paths.hpp"
#include "../table.hpp"

#include <ascn/asean/partner_impact.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <utility>

namespace ascn_tool {
namespace {

struct impact_options {
    std::size_t top = 10;
    std::string format = "table";
};

int run_impact(const input& in, const impact_options& o, std::ostream& out) {
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
        app.add_option("--top", o_.top, "how many partners (0: all)")
            ->check(count_in(0, 1'000'000'000))
            ->capture_default_str();
        add_format_option(app, o_.format);
    }
    int run(const input& in, std::ostream& out) override { return run_impact(in, o_, out); }

private:
    impact_options o_;
};

} // namespace

std::unique_ptr<command> make_impact() {
    return std::make_unique<impact_command>();
}

} // namespace ascn_tool

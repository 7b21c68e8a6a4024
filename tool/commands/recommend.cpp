// SPDX-License-Identifier: MIT
// `ascn recommend twinning|business|peers`: recommendations with their scores and reasons;
// with --capacity, an allocation of partners to cities (each partner serves at most C cities,
// each city takes one) by capacitated assignment on the scores.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../output.hpp"
#include "../table.hpp"

#include <ascn/algorithm/matching/assignment.hpp>
#include <ascn/asean/dataset.hpp>
#include <ascn/asean/recommend.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ascn_tool {
namespace {

struct recommend_cli_options {
    std::string what; // twinning, business or peers
    std::string city, partner;
    std::size_t n = 10;
    std::optional<std::size_t> capacity; // partners: each serves at most this many cities
    std::string format = "table";
};

// One city per partner at most `capacity` times, each city once: the allocation with the
// greatest total score among all candidate pairs.
std::vector<ascn::recommendation> allocate(const std::vector<ascn::recommendation>& all,
                                           std::size_t capacity) {
    std::map<std::string, std::size_t> partner_index, city_index;
    for (const auto& r : all) {
        partner_index.try_emplace(r.partner, partner_index.size());
        city_index.try_emplace(r.city, city_index.size());
    }
    std::vector<ascn::recommendation> out;
    if (all.empty())
        return out;
    ascn::cost_matrix scores(partner_index.size(), city_index.size(),
                             -std::numeric_limits<double>::infinity()); // forbidden when maximising
    std::map<std::pair<std::size_t, std::size_t>, const ascn::recommendation*> by_pair;
    for (const auto& r : all) {
        const auto i = partner_index[r.partner], j = city_index[r.city];
        scores(i, j) = r.score;
        by_pair[{i, j}] = &r;
    }
    const std::vector<std::size_t> rows(partner_index.size(), capacity), cols(city_index.size(), 1);
    const auto result = ascn::capacitated_assignment(scores, rows, cols, ascn::objective::maximise);
    for (const auto& [i, j] : result.pairs)
        out.push_back(*by_pair.at({i, j}));
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return std::tie(a.city, a.partner) < std::tie(b.city, b.partner);
    });
    return out;
}

int run_recommend(const input& in, recommend_cli_options o, std::ostream& out) {
    const ascn::network& net = in.network();
    const auto& d = ascn::data::embedded_dataset(); // needs: the ASCN's action plans, projects
    if (!o.city.empty())
        o.city = in.resolve(o.city);
    ascn::recommend_options ro;
    ro.n = o.n;
    ro.city = o.city;
    ro.partner = o.partner;
    if (o.what == "peers" && !o.partner.empty())
        throw usage_error("--partner chooses a partner's recommendations; peers are cities");
    if (o.what == "peers") {
        if (o.capacity)
            throw usage_error("--capacity allocates partners, not peers");
        const auto recs = ascn::recommend_peers(d, net, ro);
        if (o.format == "json") {
            auto list = nlohmann::ordered_json::array();
            for (const auto& r : recs)
                list.push_back({{"city", r.city},
                                {"peer", r.peer},
                                {"score", r.score},
                                {"experience", r.experience},
                                {"shared", r.shared},
                                {"need_similarity", r.need_similarity},
                                {"reasons", r.reasons}});
            print_json(
                out, in, "recommend",
                {{"what", o.what}, {"capacity", nullptr}, {"recommendations", std::move(list)}});
            return 0;
        }
        table t(
            {"rank", "city", "peer", "score", "experience", "shared", "needs alike", "reasons"});
        for (std::size_t i = 0; i < recs.size(); ++i) {
            const auto& r = recs[i];
            t.add({std::to_string(i + 1), r.city, r.peer, number(r.score), number(r.experience),
                   number(r.shared), number(r.need_similarity), joined(r.reasons)});
        }
        t.print(out);
        return 0;
    }
    ro.kind =
        o.what == "twinning" ? ascn::relation_kind::twinning : ascn::relation_kind::business_match;
    std::vector<ascn::recommendation> recs;
    if (o.capacity) {
        if (*o.capacity == 0)
            throw usage_error("--capacity must be at least 1");
        ro.n = 0; // every candidate pair, then the best allocation
        recs = allocate(ascn::recommend_partners(d, net, ro), *o.capacity);
        if (o.n != 0 && recs.size() > o.n)
            recs.resize(o.n);
    } else
        recs = ascn::recommend_partners(d, net, ro);
    if (o.format == "json") {
        auto list = nlohmann::ordered_json::array();
        for (const auto& r : recs)
            list.push_back({{"city", r.city},
                            {"partner", r.partner},
                            {"score", r.score},
                            {"complementarity", r.complementarity},
                            {"topology", r.topology},
                            {"similarity", r.similarity},
                            {"reasons", r.reasons}});
        print_json(out, in, "recommend",
                   {{"what", o.what},
                    {"capacity",
                     o.capacity ? nlohmann::ordered_json(*o.capacity) : nlohmann::ordered_json()},
                    {"recommendations", std::move(list)}});
        return 0;
    }
    if (o.capacity)
        out << "allocation: each partner serves at most " << *o.capacity
            << (*o.capacity == 1 ? " city" : " cities")
            << ", each city takes one partner (greatest total score)\n\n";
    table t({"rank", "city", "partner", "score", "offer/need", "links", "similar", "reasons"});
    for (std::size_t i = 0; i < recs.size(); ++i) {
        const auto& r = recs[i];
        t.add({std::to_string(i + 1), r.city, r.partner, number(r.score), number(r.complementarity),
               number(r.topology), number(r.similarity), joined(r.reasons)});
    }
    t.print(out);
    return 0;
}

class recommend_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("what", o_.what, "twinning, business or peers")
            ->required()
            ->check(one_of({"twinning", "business", "peers"}));
        app.add_option("--city", o_.city, "only for this city");
        app.add_option("--partner", o_.partner, "only for this partner");
        app.add_option("--n", o_.n, "how many (0: all)")
            ->check(count_in(0, 1'000'000'000))
            ->capture_default_str();
        app.add_option("--capacity", o_.capacity,
                       "allocate: each partner serves at most C cities, each city one partner")
            ->check(count_in(1, 1'000'000));
        add_format_option(app, o_.format);
    }
    int run(const input& in, std::ostream& out) override { return run_recommend(in, o_, out); }

private:
    recommend_cli_options o_;
};

} // namespace

std::unique_ptr<command> make_recommend() {
    return std::make_unique<recommend_command>();
}

} // namespace ascn_tool

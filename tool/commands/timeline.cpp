// SPDX-License-Identifier: MIT
// `ascn timeline`: the network's life as a process, from the embedded dataset: its launch, the
// governance workshop, the annual meetings, the ASEAN-Japan high-level meetings with their
// business-matching sessions, and which meeting admitted which cities.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../output.hpp"
#include "../table.hpp"

#include <ascn/asean/dataset.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ascn_tool {
namespace {

/// Where, short enough for a table: the place's first part (the city) and the host country.
std::string where(const ascn::data::event& e) {
    if (e.place.empty())
        return e.host;
    const std::string city = e.place.substr(0, e.place.find(','));
    return city + (e.host.empty() ? "" : " (" + e.host + ")");
}

/// The cities admitted, for a table: their ids when few, else how many.
std::string admitted(const ascn::data::event& e) {
    if (e.cities_admitted.size() > 4)
        return std::to_string(e.cities_admitted.size()) + " cities";
    return joined(e.cities_admitted, ", ");
}

nlohmann::ordered_json to_json(const ascn::data::event& e) {
    nlohmann::ordered_json j;
    j["id"] = e.id;
    j["kind"] = std::string(ascn::data::to_string(e.kind));
    j["number"] = e.number ? nlohmann::ordered_json(*e.number) : nlohmann::ordered_json();
    j["name"] = e.name;
    j["date"] = ascn::data::to_string(e.date);
    j["end"] =
        e.end ? nlohmann::ordered_json(ascn::data::to_string(*e.end)) : nlohmann::ordered_json();
    j["host"] = e.host.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.host);
    j["co_chair"] =
        e.co_chair.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.co_chair);
    j["place"] = e.place.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.place);
    j["format"] = e.format ? nlohmann::ordered_json(std::string(ascn::data::to_string(*e.format)))
                           : nlohmann::ordered_json();
    j["programme"] =
        e.programme.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.programme);
    j["business_matching"] = e.business_matching;
    j["summary"] = e.summary;
    j["cities_admitted"] = e.cities_admitted;
    j["source"] = e.source;
    return j;
}

class timeline_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--year", year_, "only the events held in this year")
            ->check(count_in(ascn::min_year, ascn::max_year));
        app.add_option("--kind", kind_,
                       "only events of this kind: launch, summit, workshop, annual-meeting, "
                       "roundtable, conference, hlm or other");
        add_format_option(app, format_);
    }

    int run(const input& in, std::ostream& out) override {
        std::optional<ascn::data::event_kind> kind;
        if (!kind_.empty()) {
            kind = ascn::data::parse_event_kind(kind_);
            if (!kind)
                throw usage_error(
                    "unknown event kind \"" + kind_ + "\" in --kind" +
                    did_you_mean(kind_, {"launch", "summit", "workshop", "annual-meeting",
                                         "roundtable", "conference", "hlm", "other"}));
        }
        std::vector<const ascn::data::event*> events;
        if (in.embedded()) {
            const int last = in.options().as_of.value_or(ascn::max_year);
            for (const auto& e : in.dataset().events)
                if ((!year_ || e.held_in(*year_)) && (!kind || e.kind == *kind) && e.year() <= last)
                    events.push_back(&e);
        } else
            in.warn("events belong to the embedded ASCN's dataset; " + in.describe() + " has none");
        if (format_ == "json") {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const auto* e : events)
                list.push_back(to_json(*e));
            print_json(out, in, "timeline", {{"events", std::move(list)}});
            return 0;
        }
        out << "the ASEAN Smart Cities Network's events (" << in.describe()
            << "; --format json for places and summaries in full)\n\n";
        table t({"date", "kind", "event", "where", "format", "business matching", "admitted",
                 "source"});
        for (const auto* e : events)
            t.add({ascn::data::to_string(e->date), std::string(ascn::data::to_string(e->kind)),
                   e->name, where(*e),
                   e->format ? std::string(ascn::data::to_string(*e->format)) : std::string(),
                   e->business_matching ? "yes" : "", admitted(*e), e->source});
        t.print(out);
        return 0;
    }

private:
    std::optional<int> year_;
    std::string kind_;
    std::string format_ = "table";
};

} // namespace

std::unique_ptr<command> make_timeline() {
    return std::make_unique<timeline_command>();
}

} // namespace ascn_tool

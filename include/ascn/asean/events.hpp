// SPDX-License-Identifier: MIT
/// \file
/// The ASCN's dated events: its launch at the 32nd ASEAN Summit, the governance workshop, the
/// annual meetings, the ASEAN-Japan high-level meetings and other network events, with the
/// cities each one admitted (data/events.csv). Reached through `ascn::data::dataset::events`,
/// `events_in(year)` and `admitted_at(city)`. See docs/data-sources.md.
#ifndef ASCN_ASEAN_EVENTS_HPP
#define ASCN_ASEAN_EVENTS_HPP

#include "ascn/detail/csv.hpp"
#include "ascn/model/date.hpp"
#include "ascn/network.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ascn::data {

/// What kind of event.
enum class event_kind : std::uint8_t {
    launch = 0,         ///< the network's establishment (32nd ASEAN Summit, 28 Apr 2018)
    summit = 1,         ///< an ASEAN or East Asia Summit acting on the ASCN
    workshop = 2,       ///< a working session, e.g. the 2018 Smart Cities Governance Workshop
    annual_meeting = 3, ///< an ASCN annual meeting (1st in 2018, 8th in 2025)
    roundtable = 4,     ///< an ASCN roundtable meeting
    conference = 5,     ///< a conference held by or for the ASCN
    hlm = 6,            ///< an ASEAN-Japan Smart Cities Network High Level Meeting
    other = 7,          ///< anything else (a publication, a launch of a toolkit, a series)
};

/// The token used in data/events.csv: "launch", "summit", "workshop", "annual-meeting",
/// "roundtable", "conference", "hlm", "other".
[[nodiscard]] constexpr std::string_view to_string(event_kind k) noexcept {
    constexpr std::array<std::string_view, 8> tokens = {
        "launch",     "summit",     "workshop", "annual-meeting",
        "roundtable", "conference", "hlm",      "other"};
    return tokens[static_cast<std::size_t>(k)];
}

/// Parses a token of `to_string(event_kind)`; `std::nullopt` for anything else.
[[nodiscard]] constexpr std::optional<event_kind> parse_event_kind(std::string_view s) {
    for (std::uint8_t i = 0; i < 8; ++i)
        if (to_string(static_cast<event_kind>(i)) == s)
            return static_cast<event_kind>(i);
    return std::nullopt;
}

/// How an event was held, as its sources state it.
enum class event_format : std::uint8_t {
    in_person = 0, ///< at a venue
    online = 1,    ///< by video conference
    hybrid = 2,    ///< in person and online
};

/// The token used in data/events.csv: "in-person", "online", "hybrid".
[[nodiscard]] constexpr std::string_view to_string(event_format f) noexcept {
    constexpr std::array<std::string_view, 3> tokens = {"in-person", "online", "hybrid"};
    return tokens[static_cast<std::size_t>(f)];
}

/// Parses a token of `to_string(event_format)`; `std::nullopt` for anything else.
[[nodiscard]] constexpr std::optional<event_format> parse_event_format(std::string_view s) {
    for (auto f : {event_format::in_person, event_format::online, event_format::hybrid})
        if (to_string(f) == s)
            return f;
    return std::nullopt;
}

/// How much of a date the sources give.
enum class date_precision : std::uint8_t {
    day = 0,   ///< "2018-07-08"
    month = 1, ///< "2023-02"
    year = 2,  ///< "2020"
};

/// A date known to the day, the month or only the year.
struct partial_date {
    ascn::date first;                               ///< its first day (day 1 when not known)
    date_precision precision = date_precision::day; ///< how much of it is known

    /// The year.
    [[nodiscard]] constexpr int year() const noexcept { return first.year; }
    /// Chronological order of first days (a month sorts with its first day).
    friend constexpr auto operator<=>(const partial_date&, const partial_date&) = default;
};

/// The date as written in data/events.csv: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
[[nodiscard]] inline std::string to_string(const partial_date& d) {
    const std::string full = ascn::to_string(d.first);
    switch (d.precision) {
    case date_precision::day:
        return full;
    case date_precision::month:
        return full.substr(0, 7);
    case date_precision::year:
        return full.substr(0, 4);
    }
    return full;
}

/// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `std::nullopt` for anything else.
[[nodiscard]] inline std::optional<partial_date> parse_partial_date(std::string_view s) {
    if (s.size() == 10)
        if (auto d = parse_date(s))
            return partial_date{*d, date_precision::day};
    if (s.size() == 7)
        if (auto d = parse_date(std::string(s) + "-01"))
            return partial_date{*d, date_precision::month};
    if (s.size() == 4)
        if (auto d = parse_date(std::string(s) + "-01-01"))
            return partial_date{*d, date_precision::year};
    return std::nullopt;
}

/// A dated event in the network's life (one row of data/events.csv).
struct event {
    std::string id;                      ///< e.g. "ascn8", "hlm2", "launch"
    event_kind kind = event_kind::other; ///< what kind of event
    std::optional<int> number;           ///< its number in its series: 8 for the 8th annual
                                         ///< meeting, 32 for the 32nd ASEAN Summit
    std::string name;                    ///< its name
    partial_date date;                   ///< when it began (or took place)
    std::optional<partial_date> end;     ///< its last day, for an event of several days
    std::string host;     ///< ISO alpha-2 code of the host country ("SG", "JP"), or empty
    std::string co_chair; ///< country id of an ASEAN co-chair (ASEAN-Japan HLMs), or empty
    std::string place;    ///< city and venue, as the sources give them, or empty
    std::optional<event_format> format; ///< empty when the sources do not say
    std::string programme;              ///< partner id of its programme, e.g. "asean-japan-hlm"
    bool business_matching = false;     ///< a business-matching session, or city-company
                                        ///< agreements signed, is reported
    std::string summary;                ///< what happened, briefly
    std::vector<std::string> cities_admitted; ///< ids of the cities it admitted to the network
    std::string source;                       ///< source key(s)

    /// The year it began.
    [[nodiscard]] int year() const noexcept { return date.year(); }
    /// Whether it took place (began, ran or ended) in `y`.
    [[nodiscard]] bool held_in(int y) const noexcept {
        return date.year() <= y && y <= (end ? end->year() : date.year());
    }
};

namespace detail {

/// Whether `a` certainly begins before `b`, as far as `a` is known: a date known only to the
/// year (or month) may follow any date of that year (or month).
constexpr bool starts_before(const partial_date& a, const partial_date& b) noexcept {
    if (a.first.year != b.first.year || a.precision == date_precision::year)
        return a.first.year < b.first.year;
    if (a.first.month != b.first.month || a.precision == date_precision::month)
        return a.first.month < b.first.month;
    return a.first.day < b.first.day;
}

/// Parses data/events.csv into `out` and checks it against `net`: ids unique, dates in order,
/// `end` after `date`, `co_chair` a country, `programme` a partner, each admitted city a city
/// that joined in the event's year and is admitted once. Empty `text`: no events.
inline void parse_events(std::string_view text, const ascn::network& net, std::vector<event>& out) {
    if (text.empty())
        return;
    const auto table = ascn::detail::parse_csv(
        text, "events.csv",
        {"id", "kind", "number", "name", "date", "end", "host", "co_chair", "place", "format",
         "programme", "business_matching", "summary", "cities_admitted", "source"});
    std::set<std::string> ids, admitted;
    ascn::detail::for_rows(table, [&](const ascn::detail::row_reader& r) {
        event e;
        e.id = r["id"];
        if (e.id.empty() || !ids.insert(e.id).second)
            r.fail("id", "expected an id not used by another event");
        auto kind = parse_event_kind(r["kind"]);
        if (!kind)
            r.fail("kind", "unknown event kind");
        e.kind = *kind;
        e.number = r.optional_integer("number");
        e.name = r["name"];
        auto date = parse_partial_date(r["date"]);
        if (!date)
            r.fail("date", "expected YYYY-MM-DD, YYYY-MM or YYYY");
        e.date = *date;
        if (!out.empty() && starts_before(e.date, out.back().date))
            r.fail("date", "events must be listed in date order");
        if (!r["end"].empty()) {
            e.end = parse_partial_date(r["end"]);
            if (!e.end || !(e.date < *e.end))
                r.fail("end", "expected a date after the event's first date");
        }
        e.host = r["host"];
        if (!e.host.empty() && (e.host.size() != 2 || e.host[0] < 'A' || e.host[0] > 'Z' ||
                                e.host[1] < 'A' || e.host[1] > 'Z'))
            r.fail("host", "expected an ISO 3166-1 alpha-2 country code");
        e.co_chair = r["co_chair"];
        if (!e.co_chair.empty() && !net.find_country(e.co_chair))
            r.fail("co_chair", "unknown country");
        e.place = r["place"];
        if (!r["format"].empty()) {
            e.format = parse_event_format(r["format"]);
            if (!e.format)
                r.fail("format", "expected in-person, online, hybrid or nothing");
        }
        e.programme = r["programme"];
        if (!e.programme.empty() && !net.find_partner(e.programme))
            r.fail("programme", "unknown partner");
        e.business_matching = !r["business_matching"].empty() && r.boolean("business_matching");
        e.summary = r["summary"];
        e.cities_admitted = r.list("cities_admitted");
        for (const auto& c : e.cities_admitted) {
            const city* found = net.find_city(c);
            if (!found)
                r.fail("cities_admitted", "unknown city \"" + c + "\"");
            if (found->joined != e.year())
                r.fail("cities_admitted",
                       "city \"" + c + "\" joined in " + std::to_string(found->joined));
            if (!admitted.insert(c).second)
                r.fail("cities_admitted", "city \"" + c + "\" is admitted by two events");
        }
        e.source = r["source"];
        if (e.source.empty())
            r.fail("source", "expected source keys");
        out.push_back(std::move(e));
    });
}

} // namespace detail

} // namespace ascn::data

#endif // ASCN_ASEAN_EVENTS_HPP

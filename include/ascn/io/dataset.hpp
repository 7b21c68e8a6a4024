// SPDX-License-Identifier: MIT
/// \file
/// The ASCN dataset's records that are not vertices or edges, as side tables for the writers
/// (`ascn/io/table.hpp`): its events, its chairs and shepherds, its official roles and its
/// sources, each with the columns of the data/ file it came from, so that a table written as
/// CSV reads back with `ascn::data::parse_dataset`. docs/formats.md section 1.8.
#ifndef ASCN_IO_DATASET_HPP
#define ASCN_IO_DATASET_HPP

#include "ascn/asean/dataset.hpp"
#include "ascn/io/table.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace ascn::io {

namespace detail {
inline std::string optional_text(const std::optional<int>& v) {
    return v ? std::to_string(*v) : std::string();
}
inline std::vector<table_column> columns(std::initializer_list<table_column> c) {
    return c;
}
} // namespace detail

/// The events (data/events.csv's columns), in date order; with `as_of`, those begun by then.
[[nodiscard]] inline side_table events_table(const data::dataset& d,
                                             std::optional<int> as_of = std::nullopt) {
    using enum column_type;
    side_table t{"events",
                 detail::columns({{"id", text},
                                  {"kind", text},
                                  {"number", integer},
                                  {"name", text},
                                  {"date", text},
                                  {"end", text},
                                  {"host", text},
                                  {"co_chair", text},
                                  {"place", text},
                                  {"format", text},
                                  {"programme", text},
                                  {"business_matching", boolean},
                                  {"summary", text},
                                  {"cities_admitted", list},
                                  {"source", text}}),
                 {}};
    for (const auto& e : d.events)
        if (!as_of || e.year() <= *as_of)
            t.rows.push_back({e.id, std::string(data::to_string(e.kind)),
                              detail::optional_text(e.number), e.name, data::to_string(e.date),
                              e.end ? data::to_string(*e.end) : std::string(), e.host, e.co_chair,
                              e.place, e.format ? std::string(data::to_string(*e.format)) : "",
                              e.programme, e.business_matching ? "true" : "false", e.summary,
                              detail::list_field(e.cities_admitted, e.id, "cities_admitted"),
                              e.source});
    return t;
}

/// The chairs by year and the shepherds by term (data/governance.csv's columns); with `as_of`,
/// the terms begun by then (as they are recorded: a term's `to` may lie after `as_of`).
[[nodiscard]] inline side_table governance_table(const data::dataset& d,
                                                 std::optional<int> as_of = std::nullopt) {
    using enum column_type;
    side_table t{"governance",
                 detail::columns({{"role", text},
                                  {"country", text},
                                  {"from", integer},
                                  {"to", integer},
                                  {"office", text},
                                  {"source", text}}),
                 {}};
    for (const auto& g : d.governance)
        if (!as_of || g.from <= *as_of)
            t.rows.push_back({g.role == data::governance_role::chair ? "chair" : "shepherd",
                              g.country, std::to_string(g.from), detail::optional_text(g.to),
                              g.office, g.source});
    return t;
}

/// The official roles, by title (data/officials.csv's columns), in the order of their lists;
/// with `as_of`, the lists dated by then.
[[nodiscard]] inline side_table officials_table(const data::dataset& d,
                                                std::optional<int> as_of = std::nullopt) {
    using enum column_type;
    side_table t{"officials",
                 detail::columns({{"country", text},
                                  {"city", text},
                                  {"role", text},
                                  {"as_of", text},
                                  {"title", text},
                                  {"organisation", text},
                                  {"source", text}}),
                 {}};
    for (const auto& o : d.officials)
        if (!as_of || o.as_of.year <= *as_of)
            t.rows.push_back({o.country, o.city, std::string(data::to_string(o.role)),
                              ascn::to_string(o.as_of), o.title, o.organisation, o.source});
    return t;
}

/// The source documents the records' `source` keys name (data/sources.csv's columns).
[[nodiscard]] inline side_table sources_table(const data::dataset& d) {
    side_table t{"sources", detail::columns({{"key"}, {"title"}, {"where"}}), {}};
    for (const auto& s : d.sources)
        t.rows.push_back({s.key, s.title, s.where});
    return t;
}

/// Every side table of a dataset: events, governance, officials, sources, in that order; with
/// `as_of`, the records of the first three dated by then (as `ascn --as-of` sees the network),
/// every source.
[[nodiscard]] inline std::vector<side_table> side_tables(const data::dataset& d,
                                                         std::optional<int> as_of = std::nullopt) {
    std::vector<side_table> out;
    out.push_back(events_table(d, as_of));
    out.push_back(governance_table(d, as_of));
    out.push_back(officials_table(d, as_of));
    out.push_back(sources_table(d));
    return out;
}

} // namespace ascn::io

#endif // ASCN_IO_DATASET_HPP

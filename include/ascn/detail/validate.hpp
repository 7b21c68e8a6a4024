// SPDX-License-Identifier: MIT
/// \file
/// Validation of entities before they enter a network (internal). Each check throws a
/// `value_error` naming the id, the field and the value.
#ifndef ASCN_DETAIL_VALIDATE_HPP
#define ASCN_DETAIL_VALIDATE_HPP

#include "ascn/concepts.hpp"
#include "ascn/detail/members.hpp"
#include "ascn/error.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace ascn::detail {

inline std::string number_text(double v) {
    if (std::isnan(v))
        return "nan";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

inline void check_id(std::string_view id, std::string_view what) {
    auto fail = [&](const std::string& why) {
        throw value_error(std::string(what) + " id " + why,
                          {.id = std::string(id), .field = "id", .value = std::string(id)});
    };
    if (id.empty())
        fail("is empty");
    if (id.size() > 256)
        fail("is longer than 256 bytes");
    for (char ch : id)
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F)
            fail("contains a control character");
    if (id.front() == ' ' || id.back() == ' ')
        fail("has leading or trailing spaces");
}

inline void check_year(std::string_view id, std::string_view field, int year) {
    if (year < min_year || year > max_year)
        throw value_error(
            "year " + std::to_string(year) + " is outside [" + std::to_string(min_year) + ", " +
                std::to_string(max_year) + "]",
            {.id = std::string(id), .field = std::string(field), .value = std::to_string(year)},
            errc::year_out_of_range);
}

inline void check_finite(std::string_view id, const std::string& field, double v) {
    if (!std::isfinite(v))
        throw value_error(field + " must be a finite number",
                          {.id = std::string(id), .field = field, .value = number_text(v)});
}

template <City C>
void validate_city(const C& c) {
    const std::string_view id = c.id;
    check_id(id, "city");
    if (std::string_view(c.country).empty())
        throw value_error("city has no country", {.id = std::string(id), .field = "country"});
    check_year(id, "joined", static_cast<int>(c.joined));
    if (auto loc = location_of(c)) {
        check_finite(id, "location.lat", loc->lat);
        check_finite(id, "location.lon", loc->lon);
        if (loc->lat < -90 || loc->lat > 90)
            throw value_error(
                "latitude must be in [-90, 90]",
                {.id = std::string(id), .field = "location.lat", .value = number_text(loc->lat)});
        if (loc->lon < -180 || loc->lon > 180)
            throw value_error(
                "longitude must be in [-180, 180]",
                {.id = std::string(id), .field = "location.lon", .value = number_text(loc->lon)});
    }
    if (const auto pop = population_of(c); pop && *pop < 0)
        throw value_error(
            "population must not be negative",
            {.id = std::string(id), .field = "population", .value = std::to_string(*pop)});
    if constexpr (ProfiledCity<C>) {
        using traits = profile_traits<std::remove_cvref_t<decltype(c.profile)>>;
        for (std::size_t i = 0; i < traits::size; ++i)
            check_finite(id, std::string("profile[").append(traits::name(i)).append("]"),
                         static_cast<double>(traits::get(c.profile, i)));
        if constexpr (std::same_as<std::remove_cvref_t<decltype(c.profile)>, focus_profile>) {
            for (std::size_t i = 0; i < traits::size; ++i)
                if (traits::get(c.profile, i) < 0)
                    throw value_error(
                        "project counts must not be negative",
                        {.id = std::string(id),
                         .field = std::string("profile[").append(traits::name(i)).append("]"),
                         .value = number_text(traits::get(c.profile, i))});
        }
    }
}

template <Country K>
void validate_country(const K& k) {
    check_id(k.id, "country");
    if constexpr (requires {
                      { k.joined.valid() } -> std::convertible_to<bool>;
                  }) {
        if (!k.joined.valid())
            throw value_error(
                "date is not a valid day in [" + std::to_string(min_year) + ", " +
                    std::to_string(max_year) + "]",
                {.id = std::string(k.id), .field = "joined", .value = to_string(k.joined)},
                errc::year_out_of_range);
    } else if (auto y = joined_year(k)) {
        check_year(k.id, "joined", *y);
    }
}

template <Partner P>
void validate_partner(const P& p) {
    check_id(p.id, "partner");
    const auto k = static_cast<std::size_t>(static_cast<partner_kind>(p.kind));
    if (k >= partner_kind_count)
        throw value_error("unknown partner kind",
                          {.id = std::string(p.id), .field = "kind", .value = std::to_string(k)});
}

/// Checks a relationship's values. `where` names it in errors (e.g. "da-nang -> jica"): a
/// string, or a callable that makes one (called only for an error, so that a valid
/// relationship costs no string).
template <Relationship R, class Where>
void validate_relationship(const R& r, const Where& where) {
    const auto at = [&]() -> std::string {
        if constexpr (std::is_invocable_v<const Where&>)
            return where();
        else
            return std::string(where);
    };
    const auto k = static_cast<std::size_t>(static_cast<relation_kind>(r.kind));
    if (k >= relation_kind_count)
        throw value_error("unknown relation kind",
                          {.id = at(), .field = "kind", .value = std::to_string(k)});
    const auto bad_year = [](int y) { return y < min_year || y > max_year; };
    if (bad_year(static_cast<int>(r.start)))
        check_year(at(), "start", static_cast<int>(r.start));
    if (auto e = end_year(r)) {
        if (bad_year(*e))
            check_year(at(), "end", *e);
        if (*e < static_cast<int>(r.start))
            throw value_error("end year " + std::to_string(*e) + " is before start year " +
                                  std::to_string(static_cast<int>(r.start)),
                              {.id = at(), .field = "end", .value = std::to_string(*e)},
                              errc::year_out_of_range);
    }
    if (auto s = strength_of(r)) {
        if (!std::isfinite(*s))
            check_finite(at(), "strength", *s);
        if (*s < 0)
            throw value_error("strength must not be negative",
                              {.id = at(), .field = "strength", .value = number_text(*s)});
    }
}

} // namespace ascn::detail

#endif // ASCN_DETAIL_VALIDATE_HPP

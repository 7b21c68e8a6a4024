// SPDX-License-Identifier: MIT
/// \file
/// Uniform access to the optional members of user types (internal): one accessor per optional
/// member, each keyed on its concept in concepts.hpp, so no other header probes a member with
/// an ad-hoc `requires`.
#ifndef ASCN_DETAIL_MEMBERS_HPP
#define ASCN_DETAIL_MEMBERS_HPP

#include "ascn/concepts.hpp"
#include "ascn/model/date.hpp"

#include <concepts>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

namespace ascn::detail {

/// The year something joined (`x.joined` as an int year or an `ascn::date`), if it says.
template <class T>
constexpr std::optional<int> joined_year(const T& x) noexcept {
    if constexpr (requires {
                      { x.joined.year } -> std::convertible_to<int>;
                  })
        return static_cast<int>(x.joined.year);
    else if constexpr (requires {
                           { x.joined } -> std::convertible_to<int>;
                       })
        return static_cast<int>(x.joined);
    else
        return std::nullopt;
}

/// The last active year of a relationship, if it has ended.
template <class R>
constexpr std::optional<int> end_year(const R& r) noexcept {
    if constexpr (HasEnd<R>)
        return r.end;
    else
        return std::nullopt;
}

/// True if a relationship is active in `year` (start <= year <= end).
template <class R>
constexpr bool active_in(const R& r, int year) noexcept {
    if (static_cast<int>(r.start) > year)
        return false;
    auto e = end_year(r);
    return !e || year <= *e;
}

/// The strength of a relationship, if it has one.
template <class R>
constexpr std::optional<double> strength_of(const R& r) noexcept {
    if constexpr (HasStrength<R>)
        return r.strength;
    else
        return std::nullopt;
}

/// Whether a relationship names its focus areas, and whether `area` is among them: empty
/// when the type has no focus areas or the relationship lists none.
template <class R>
constexpr std::optional<bool> concerns(const R& r, focus_area area) noexcept {
    if constexpr (HasFocusAreas<R>) {
        if (r.focus.empty())
            return std::nullopt;
        return static_cast<bool>(r.focus.contains(area));
    } else
        return std::nullopt;
}

/// The location of a city, if it has one.
template <class C>
constexpr std::optional<geo_point> location_of(const C& c) noexcept {
    if constexpr (requires {
                      { c.location } -> std::convertible_to<std::optional<geo_point>>;
                  })
        return c.location;
    else
        return std::nullopt;
}

/// The population of a city, if it says.
template <class C>
constexpr std::optional<std::int64_t> population_of(const C& c) noexcept {
    if constexpr (HasPopulation<C>)
        return c.population;
    else
        return std::nullopt;
}

/// Whether a city is a national capital, if it says.
template <class C>
constexpr std::optional<bool> capital_of(const C& c) noexcept {
    if constexpr (HasCapital<C>)
        return static_cast<bool>(c.capital);
    else
        return std::nullopt;
}

/// Whether a city has `role`, if it lists roles.
template <class C>
constexpr std::optional<bool> has_role(const C& c, city_role role) noexcept {
    if constexpr (HasRoles<C>)
        return static_cast<bool>(c.roles.contains(role));
    else
        return std::nullopt;
}

/// The source keys of a record, empty when it has none.
template <class T>
constexpr std::string_view source_of(const T& t) noexcept {
    if constexpr (HasSource<T>)
        return t.source;
    else
        return {};
}

} // namespace ascn::detail

#endif // ASCN_DETAIL_MEMBERS_HPP

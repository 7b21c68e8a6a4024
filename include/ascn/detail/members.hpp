// SPDX-License-Identifier: MIT
/// \file
/// Uniform access to the optional members of user types (internal).
#ifndef ASCN_DETAIL_MEMBERS_HPP
#define ASCN_DETAIL_MEMBERS_HPP

#include "ascn/model/date.hpp"

#include <concepts>
#include <optional>
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
    if constexpr (requires {
                      { r.end } -> std::convertible_to<std::optional<int>>;
                  })
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
    if constexpr (requires {
                      { r.strength } -> std::convertible_to<std::optional<double>>;
                  })
        return r.strength;
    else
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

} // namespace ascn::detail

#endif // ASCN_DETAIL_MEMBERS_HPP

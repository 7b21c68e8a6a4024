// SPDX-License-Identifier: MIT
/// \file
/// The concepts a type must model to be stored in `ascn::basic_network`: `City`, `Country`,
/// `Partner`, `Relationship`, and the refinements `LocatedCity` and `ProfiledCity`.
///
/// Requirements are on public data members, as in the default types; optional members
/// (`location`, `population`, `profile`, `end`, `strength`) are used when present.
#ifndef ASCN_CONCEPTS_HPP
#define ASCN_CONCEPTS_HPP

#include "ascn/model/date.hpp"
#include "ascn/model/kinds.hpp"
#include "ascn/model/profile.hpp"

#include <concepts>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

namespace ascn {

/// Something with a string id: `t.id` converts to `std::string_view`.
template <class T>
concept Identified = std::copy_constructible<T> && requires(const T& t) {
    { t.id } -> std::convertible_to<std::string_view>;
};

/// A city: an id, the id of its country, and the year it joined the network.
template <class T>
concept City = Identified<T> && requires(const T& t) {
    { t.country } -> std::convertible_to<std::string_view>;
    { t.joined } -> std::convertible_to<int>;
};

/// A city with a location: `t.location` is a `geo_point` or an optional one.
template <class T>
concept LocatedCity = City<T> && requires(const T& t) {
    requires std::same_as<std::remove_cvref_t<decltype(t.location)>, geo_point> ||
        std::same_as<std::remove_cvref_t<decltype(t.location)>, std::optional<geo_point>>;
};

/// A city with a numeric profile: `t.profile` models `Profile`.
template <class T>
concept ProfiledCity = City<T> && requires(const T& t) {
    requires Profile<std::remove_cvref_t<decltype(t.profile)>>;
};

/// A country: anything identified. A member `joined` (an `int` year or an `ascn::date`) is used
/// by time views when present.
template <class T>
concept Country = Identified<T>;

/// An external partner: an id and a `partner_kind`.
template <class T>
concept Partner = Identified<T> && requires(const T& t) {
    { t.kind } -> std::convertible_to<partner_kind>;
};

/// A relationship: a `relation_kind` and a start year, both assignable, so the network can make
/// the member-of relationships it maintains. Members `end` (optional year) and `strength`
/// (optional number) are validated and used when present.
template <class T>
concept Relationship = std::default_initializable<T> && std::copy_constructible<T> &&
    requires(T& r, const T& cr) {
    { cr.kind } -> std::convertible_to<relation_kind>;
    { cr.start } -> std::convertible_to<int>;
    r.kind = relation_kind::member_of;
    r.start = 2018;
};

// --- optional members -----------------------------------------------------------------------
// Each optional member a user type may have is its own concept; the library uses the member
// when the type has it (through the accessors of detail/members.hpp) and ignores it otherwise.
// A member of a different type than these ask for is not silently ignored: it fails the
// concept, so use the type named here (or convert in your type).

/// A relationship that may end: `r.end` converts to `std::optional<int>` (the last active
/// year).
template <class R>
concept HasEnd = requires(const R& r) {
    { r.end } -> std::convertible_to<std::optional<int>>;
};

/// A relationship with a strength: `r.strength` converts to `std::optional<double>` (a
/// `double` does too).
template <class R>
concept HasStrength = requires(const R& r) {
    { r.strength } -> std::convertible_to<std::optional<double>>;
};

/// A relationship tagged with focus areas: `r.focus.contains(area)` and `r.focus.empty()`.
template <class R>
concept HasFocusAreas = requires(const R& r, focus_area a) {
    { r.focus.contains(a) } -> std::convertible_to<bool>;
    { r.focus.empty() } -> std::convertible_to<bool>;
};

/// A city with a population: `c.population` converts to `std::optional<std::int64_t>`.
template <class C>
concept HasPopulation = requires(const C& c) {
    { c.population } -> std::convertible_to<std::optional<std::int64_t>>;
};

/// A city that says whether it is a national capital: `c.capital` converts to `bool`.
template <class C>
concept HasCapital = requires(const C& c) {
    { c.capital } -> std::convertible_to<bool>;
};

/// A city with roles: `c.roles.contains(role)` for each `city_role`.
template <class C>
concept HasRoles = requires(const C& c, city_role r) {
    { c.roles.contains(r) } -> std::convertible_to<bool>;
};

/// Anything with a source: `t.source` converts to `std::string_view` (source keys).
template <class T>
concept HasSource = requires(const T& t) {
    { t.source } -> std::convertible_to<std::string_view>;
};

} // namespace ascn

#endif // ASCN_CONCEPTS_HPP

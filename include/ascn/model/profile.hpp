// SPDX-License-Identifier: MIT
/// \file
/// City profiles: `profile_traits`, the customisation point that turns any fixed-size numeric
/// description of a city into features, and `focus_profile`, the default profile over the six
/// focus areas of the ASEAN Smart Cities Framework.
#ifndef ASCN_MODEL_PROFILE_HPP
#define ASCN_MODEL_PROFILE_HPP

#include "ascn/focus_area.hpp"

#include <array>
#include <concepts>
#include <cstddef>
#include <string>
#include <type_traits>

namespace ascn {

/// Customisation point: specialise for your profile type with
/// `static constexpr std::size_t size`, `static double get(const P&, std::size_t i)` and
/// `static std::string name(std::size_t i)`. Provided for `std::array` of arithmetic values,
/// `focus_profile` and `no_profile`.
template <class P>
struct profile_traits {};

/// A fixed-size numeric feature vector: `profile_traits<P>` gives its size, its values and
/// their names.
template <class P>
concept Profile = requires(const P& p, std::size_t i) {
    { profile_traits<P>::size } -> std::convertible_to<std::size_t>;
    { profile_traits<P>::get(p, i) } -> std::convertible_to<double>;
    { profile_traits<P>::name(i) } -> std::convertible_to<std::string>;
};

template <class T, std::size_t N>
requires std::is_arithmetic_v<T>
struct profile_traits<std::array<T, N>> {
    static constexpr std::size_t size = N;
    static constexpr double get(const std::array<T, N>& p, std::size_t i) noexcept {
        return static_cast<double>(p[i]);
    }
    static std::string name(std::size_t i) { return std::string("f").append(std::to_string(i)); }
};

/// The default profile: projects per focus area (from the ASCN monitoring report, see
/// docs/data-sources.md). Counts may be fractional after weighting but never negative.
struct focus_profile {
    std::array<double, focus_area_count> projects{}; ///< projects per focus area

    /// Projects in area `a`, writable.
    [[nodiscard]] constexpr double& operator[](focus_area a) noexcept {
        return projects[static_cast<std::size_t>(a)];
    }
    /// Projects in area `a`.
    [[nodiscard]] constexpr double operator[](focus_area a) const noexcept {
        return projects[static_cast<std::size_t>(a)];
    }
    /// Sum over the six areas.
    [[nodiscard]] constexpr double total() const noexcept {
        double s = 0;
        for (double v : projects)
            s += v;
        return s;
    }
    /// Same counts.
    friend constexpr bool operator==(const focus_profile&, const focus_profile&) = default;
};

/// A `focus_profile` has one value per focus area, named by `to_string(focus_area)`.
template <>
struct profile_traits<focus_profile> {
    /// Number of values: one per focus area.
    static constexpr std::size_t size = focus_area_count;
    /// Value `i`: the projects in the i-th focus area.
    static constexpr double get(const focus_profile& p, std::size_t i) noexcept {
        return p.projects[i];
    }
    /// The name of value `i`: the focus area's token.
    static std::string name(std::size_t i) {
        return std::string(to_string(static_cast<focus_area>(i)));
    }
};

/// A profile with no features, for networks that do not describe their cities.
struct no_profile {
    /// All empty profiles are equal.
    friend constexpr bool operator==(no_profile, no_profile) noexcept = default;
};

/// A `no_profile` has no values.
template <>
struct profile_traits<no_profile> {
    /// No values.
    static constexpr std::size_t size = 0;
    /// Never called: there are no values.
    static constexpr double get(const no_profile&, std::size_t) noexcept { return 0.0; }
    /// Never called: there are no values.
    static std::string name(std::size_t) { return {}; }
};

} // namespace ascn

#endif // ASCN_MODEL_PROFILE_HPP

// SPDX-License-Identifier: MIT
/// \file
/// The six focus areas of the ASEAN Smart Cities Framework (2018), their names and spelling
/// variants, and `focus_set`, a small set of them.
#ifndef ASCN_FOCUS_AREA_HPP
#define ASCN_FOCUS_AREA_HPP

#include "ascn/detail/text.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ascn {

/// A focus area of the ASEAN Smart Cities Framework. The order is the framework's.
enum class focus_area : std::uint8_t {
    civic = 0,          ///< Civic and Social
    health = 1,         ///< Health and Well-being
    safety = 2,         ///< Safety and Security
    environment = 3,    ///< Quality Environment
    infrastructure = 4, ///< Built Infrastructure
    industry = 5,       ///< Industry and Innovation
};

/// Number of focus areas.
inline constexpr std::size_t focus_area_count = 6;

/// All focus areas in framework order, for range-`for`.
inline constexpr std::array<focus_area, focus_area_count> all_focus_areas = {
    focus_area::civic,       focus_area::health,         focus_area::safety,
    focus_area::environment, focus_area::infrastructure, focus_area::industry};

/// The short token used in files and on the command line, e.g. `"environment"`.
[[nodiscard]] constexpr std::string_view to_string(focus_area a) noexcept {
    constexpr std::array<std::string_view, focus_area_count> tokens = {
        "civic", "health", "safety", "environment", "infrastructure", "industry"};
    return tokens[static_cast<std::size_t>(a)];
}

/// The framework's own name, e.g. `"Quality Environment"`.
[[nodiscard]] constexpr std::string_view display_name(focus_area a) noexcept {
    constexpr std::array<std::string_view, focus_area_count> names = {
        "Civic and Social",    "Health and Well-being", "Safety and Security",
        "Quality Environment", "Built Infrastructure",  "Industry and Innovation"};
    return names[static_cast<std::size_t>(a)];
}

/// Parses a focus area from its token, its framework name or a known spelling variant
/// ("Civic & Social", "Health & Well-Being", "industry-innovation", ...), ignoring case,
/// spaces and punctuation. Returns `std::nullopt` for anything else.
[[nodiscard]] inline std::optional<focus_area> parse_focus_area(std::string_view text) {
    const std::string key = detail::fold_token(text);
    struct entry {
        std::string_view folded;
        focus_area area;
    };
    static constexpr std::array<entry, 16> table = {{
        {"civic", focus_area::civic},
        {"civicandsocial", focus_area::civic},
        {"civicsocial", focus_area::civic},
        {"health", focus_area::health},
        {"healthandwellbeing", focus_area::health},
        {"healthwellbeing", focus_area::health},
        {"safety", focus_area::safety},
        {"safetyandsecurity", focus_area::safety},
        {"environment", focus_area::environment},
        {"qualityenvironment", focus_area::environment},
        {"infrastructure", focus_area::infrastructure},
        {"builtinfrastructure", focus_area::infrastructure},
        {"industry", focus_area::industry},
        {"industryandinnovation", focus_area::industry},
        {"industryinnovation", focus_area::industry},
        {"safetysecurity", focus_area::safety},
    }};
    for (const auto& e : table)
        if (e.folded == key)
            return e.area;
    return std::nullopt;
}

/// The three strategic outcomes of the ASEAN Smart Cities Framework (2018).
enum class strategic_outcome : std::uint8_t {
    competitive_economy = 0,     ///< Competitive Economy
    sustainable_environment = 1, ///< Sustainable Environment
    quality_of_life = 2,         ///< High Quality of Life
};

/// All strategic outcomes in framework order.
inline constexpr std::array<strategic_outcome, 3> all_strategic_outcomes = {
    strategic_outcome::competitive_economy, strategic_outcome::sustainable_environment,
    strategic_outcome::quality_of_life};

/// The framework's name of a strategic outcome, e.g. `"High Quality of Life"`.
[[nodiscard]] constexpr std::string_view display_name(strategic_outcome o) noexcept {
    constexpr std::array<std::string_view, 3> names = {
        "Competitive Economy", "Sustainable Environment", "High Quality of Life"};
    return names[static_cast<std::size_t>(o)];
}

/// A set of focus areas (a 6-bit mask). Regular, cheap to copy, ordered by mask value.
class focus_set {
public:
    constexpr focus_set() noexcept = default;
    /// The set of the given areas.
    constexpr focus_set(std::initializer_list<focus_area> areas) noexcept {
        for (auto a : areas)
            insert(a);
    }
    /// Adds `a`.
    constexpr void insert(focus_area a) noexcept { bits_ |= bit(a); }
    /// Removes `a`.
    constexpr void erase(focus_area a) noexcept { bits_ &= static_cast<std::uint8_t>(~bit(a)); }
    /// Whether `a` is in the set.
    [[nodiscard]] constexpr bool contains(focus_area a) const noexcept {
        return (bits_ & bit(a)) != 0;
    }
    /// True for the empty set.
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    /// Number of areas in the set.
    [[nodiscard]] constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (auto b = bits_; b != 0; b = static_cast<std::uint8_t>(b & (b - 1)))
            ++n;
        return n;
    }
    /// The raw mask: bit i is `focus_area(i)`.
    [[nodiscard]] constexpr std::uint8_t mask() const noexcept { return bits_; }
    /// The set whose `mask()` is `m`.
    [[nodiscard]] static constexpr focus_set from_mask(std::uint8_t m) noexcept {
        focus_set s;
        s.bits_ = static_cast<std::uint8_t>(m & 0x3F);
        return s;
    }
    /// Same areas.
    friend constexpr bool operator==(focus_set, focus_set) noexcept = default;
    /// Orders sets by their masks.
    friend constexpr auto operator<=>(focus_set, focus_set) noexcept = default;

private:
    static constexpr std::uint8_t bit(focus_area a) noexcept {
        return static_cast<std::uint8_t>(1U << static_cast<unsigned>(a));
    }
    std::uint8_t bits_ = 0;
};

/// Tokens joined by `;`, in framework order, e.g. `"civic;environment"`.
[[nodiscard]] inline std::string to_string(focus_set s) {
    std::string out;
    for (auto a : all_focus_areas)
        if (s.contains(a)) {
            if (!out.empty())
                out += ';';
            out += to_string(a);
        }
    return out;
}

/// Parses a `;`-separated list of focus areas (any accepted spelling); an empty string is the
/// empty set. Returns `std::nullopt` if any item is not a focus area.
[[nodiscard]] inline std::optional<focus_set> parse_focus_set(std::string_view text) {
    focus_set s;
    while (!text.empty()) {
        auto cut = text.find(';');
        auto item = text.substr(0, cut);
        if (!item.empty()) {
            auto a = parse_focus_area(item);
            if (!a)
                return std::nullopt;
            s.insert(*a);
        }
        if (cut == std::string_view::npos)
            break;
        text.remove_prefix(cut + 1);
    }
    return s;
}

} // namespace ascn

#endif // ASCN_FOCUS_AREA_HPP

// SPDX-License-Identifier: MIT
/// \file
/// The ASEAN Smart Cities Framework (S3, endorsed 8 Jul 2018) beyond its six focus areas: its
/// four parts (strategic outcomes, key urban systems, focus areas, enablers), the two urban
/// systems and two enablers as enumerations, and `framework_element`, one row of
/// data/framework.csv. The focus areas are `ascn::focus_area` and the outcomes
/// `ascn::strategic_outcome` (ascn/focus_area.hpp). See docs/data-sources.md.
#ifndef ASCN_ASEAN_FRAMEWORK_HPP
#define ASCN_ASEAN_FRAMEWORK_HPP

#include "ascn/detail/csv.hpp"
#include "ascn/focus_area.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ascn::data {

/// The four parts of the Framework, in its order (S3 ¶3: "identifying strategic outcomes" and
/// "outlining key urban systems, focus areas, and enablers").
enum class framework_part : std::uint8_t {
    strategic_outcome = 0, ///< the three objectives a smart city balances (S3 ¶5-8)
    urban_system = 1,      ///< the two key urban systems (S3 ¶9-11)
    focus_area = 2,        ///< the six focus areas (S3 ¶12-18)
    enabler = 3,           ///< the two key enablers (S3 ¶19-21)
};

/// The token used in data/framework.csv: "strategic-outcome", "urban-system", "focus-area",
/// "enabler".
[[nodiscard]] constexpr std::string_view to_string(framework_part p) noexcept {
    constexpr std::array<std::string_view, 4> tokens = {"strategic-outcome", "urban-system",
                                                        "focus-area", "enabler"};
    return tokens[static_cast<std::size_t>(p)];
}

/// Parses a token of `to_string(framework_part)`; `std::nullopt` for anything else.
[[nodiscard]] constexpr std::optional<framework_part> parse_framework_part(std::string_view s) {
    for (auto p : {framework_part::strategic_outcome, framework_part::urban_system,
                   framework_part::focus_area, framework_part::enabler})
        if (to_string(p) == s)
            return p;
    return std::nullopt;
}

/// The two key urban systems of the Framework (S3 ¶9: "two key urban systems should be focused
/// upon"), in its order.
enum class urban_system : std::uint8_t {
    master_planning = 0,  ///< Integrated Master Planning and Development (S3 ¶10)
    urban_governance = 1, ///< Dynamic and Adaptive Urban Governance (S3 ¶11)
};

/// Both urban systems in Framework order.
inline constexpr std::array<urban_system, 2> all_urban_systems = {urban_system::master_planning,
                                                                  urban_system::urban_governance};

/// The Framework's name of an urban system, e.g. `"Dynamic and Adaptive Urban Governance"`.
[[nodiscard]] constexpr std::string_view display_name(urban_system s) noexcept {
    constexpr std::array<std::string_view, 2> names = {"Integrated Master Planning and Development",
                                                       "Dynamic and Adaptive Urban Governance"};
    return names[static_cast<std::size_t>(s)];
}

/// The two key enablers the Framework names (S3 ¶19: "a few key enablers"), in its order.
enum class enabler : std::uint8_t {
    digital_solutions = 0,   ///< Technological and Digital Solutions (S3 ¶20)
    partnership_funding = 1, ///< Partnership and Funding (S3 ¶21)
};

/// Both enablers in Framework order.
inline constexpr std::array<enabler, 2> all_enablers = {enabler::digital_solutions,
                                                        enabler::partnership_funding};

/// The Framework's name of an enabler, e.g. `"Partnership and Funding"`.
[[nodiscard]] constexpr std::string_view display_name(enabler e) noexcept {
    constexpr std::array<std::string_view, 2> names = {"Technological and Digital Solutions",
                                                       "Partnership and Funding"};
    return names[static_cast<std::size_t>(e)];
}

/// One element of the Framework, as data/framework.csv records it: 3 strategic outcomes,
/// 2 urban systems, 6 focus areas and 2 enablers, in the Framework's order.
struct framework_element {
    framework_part part = framework_part::focus_area; ///< which of the four parts
    std::string id;      ///< a token: "competitive-economy", "master-planning", "civic", ...
    std::string name;    ///< the Framework's own name, e.g. "Industry & Innovation"
    int paragraph = 0;   ///< its numbered paragraph in S3
    std::string summary; ///< what the paragraph covers, paraphrased
    std::string source;  ///< source key(s)

    /// The focus area of a focus-area element (its id is the focus token), else nullopt.
    [[nodiscard]] std::optional<focus_area> as_focus_area() const {
        if (part != framework_part::focus_area)
            return std::nullopt;
        return parse_focus_area(id);
    }
    /// The strategic outcome of a strategic-outcome element (matched by name), else nullopt.
    [[nodiscard]] std::optional<strategic_outcome> as_outcome() const {
        if (part == framework_part::strategic_outcome)
            for (auto o : all_strategic_outcomes)
                if (display_name(o) == name)
                    return o;
        return std::nullopt;
    }
    /// The urban system of an urban-system element (matched by name), else nullopt.
    [[nodiscard]] std::optional<urban_system> as_urban_system() const {
        if (part == framework_part::urban_system)
            for (auto s : all_urban_systems)
                if (display_name(s) == name)
                    return s;
        return std::nullopt;
    }
    /// The enabler of an enabler element (matched by name), else nullopt.
    [[nodiscard]] std::optional<ascn::data::enabler> as_enabler() const {
        if (part == framework_part::enabler)
            for (auto e : all_enablers)
                if (display_name(e) == name)
                    return e;
        return std::nullopt;
    }
};

namespace detail {

/// Parses data/framework.csv into `out`: parts known and in Framework order, ids unique, and a
/// focus-area element's id the token of its focus area. Empty `text`: no elements.
inline void parse_framework(std::string_view text, std::vector<framework_element>& out) {
    if (text.empty())
        return;
    const auto table = ascn::detail::parse_csv(
        text, "framework.csv", {"part", "id", "name", "paragraph", "summary", "source"});
    std::set<std::string> ids;
    ascn::detail::for_rows(table, [&](const ascn::detail::row_reader& r) {
        framework_element e;
        auto part = parse_framework_part(r["part"]);
        if (!part)
            r.fail("part", "expected strategic-outcome, urban-system, focus-area or enabler");
        e.part = *part;
        if (!out.empty() && e.part < out.back().part)
            r.fail("part", "elements must be listed in the Framework's order of parts");
        e.id = r["id"];
        if (e.id.empty() || !ids.insert(e.id).second)
            r.fail("id", "expected an id not used by another element");
        e.name = r["name"];
        e.paragraph = r.integer("paragraph");
        e.summary = r["summary"];
        e.source = r["source"];
        if (e.part == framework_part::focus_area) {
            auto area = parse_focus_area(e.id);
            if (!area || to_string(*area) != e.id)
                r.fail("id", "a focus area's id must be its token (civic, health, ...)");
        }
        out.push_back(std::move(e));
    });
}

} // namespace detail

} // namespace ascn::data

#endif // ASCN_ASEAN_FRAMEWORK_HPP

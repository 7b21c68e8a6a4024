// SPDX-License-Identifier: MIT
/// \file
/// The vocabularies of the model: vertex kinds, partner kinds, relation kinds, city roles, and
/// the endpoint rules that say which relation kind may join which kinds of vertices.
#ifndef ASCN_MODEL_KINDS_HPP
#define ASCN_MODEL_KINDS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ascn {

/// What a vertex of the network is.
enum class vertex_kind : std::uint8_t { city = 0, country = 1, partner = 2 };

/// What kind of organisation an external partner is.
enum class partner_kind : std::uint8_t {
    government = 0,    ///< a dialogue-partner or other national government or ministry
    agency = 1,        ///< a development or trade agency (JICA, USTDA, KOICA, ...)
    programme = 2,     ///< a named programme or initiative (Smart JAMP, AASCTF, USASCP, ...)
    multilateral = 3,  ///< a multilateral organisation (ADB, World Bank, UN-Habitat, ...)
    company = 4,       ///< a private company
    external_city = 5, ///< a city or utility outside the network
    asean_body = 6,    ///< an ASEAN body (the ASEAN Secretariat, ...)
    academic = 7,      ///< a university or research institute
};

/// What a relationship is. Each kind has endpoint rules (see `allows`).
enum class relation_kind : std::uint8_t {
    member_of = 0,      ///< city -> country (maintained by the network from `city::country`)
    twinning = 1,       ///< city <-> partner, or city <-> city
    business_match = 2, ///< company partner -> city
    support = 3,        ///< partner -> city: funding, technical assistance, a delivered project
    programme_of = 4,   ///< programme partner -> the partner that runs or funds it
    participation = 5,  ///< city -> programme partner it takes part in
    peer_learning = 6,  ///< city <-> city, a documented exchange
};

/// A role a city plays. A city may have any combination (see `city_roles`).
enum class city_role : std::uint8_t { administrative = 0, commercial = 1, tourism = 2 };

/// Number of `vertex_kind` values.
inline constexpr std::size_t vertex_kind_count = 3;
/// Number of `partner_kind` values.
inline constexpr std::size_t partner_kind_count = 8;
/// Number of `relation_kind` values.
inline constexpr std::size_t relation_kind_count = 7;
/// Number of `city_role` values.
inline constexpr std::size_t city_role_count = 3;

namespace detail {
inline constexpr std::array<std::string_view, vertex_kind_count> vertex_kind_tokens = {
    "city", "country", "partner"};
inline constexpr std::array<std::string_view, partner_kind_count> partner_kind_tokens = {
    "government", "agency",        "programme",  "multilateral",
    "company",    "external-city", "asean-body", "academic"};
inline constexpr std::array<std::string_view, relation_kind_count> relation_kind_tokens = {
    "member-of",    "twinning",      "business-match", "support",
    "programme-of", "participation", "peer-learning"};
inline constexpr std::array<std::string_view, city_role_count> city_role_tokens = {
    "administrative", "commercial", "tourism"};

template <class Enum, std::size_t N>
constexpr std::optional<Enum> parse_token(const std::array<std::string_view, N>& tokens,
                                          std::string_view text) noexcept {
    for (std::size_t i = 0; i < N; ++i)
        if (tokens[i] == text)
            return static_cast<Enum>(i);
    return std::nullopt;
}
} // namespace detail

/// The token used in files and on the command line, e.g. `"peer-learning"`.
[[nodiscard]] constexpr std::string_view to_string(vertex_kind k) noexcept {
    return detail::vertex_kind_tokens[static_cast<std::size_t>(k)];
}
/// The token used in files and on the command line, e.g. `"peer-learning"`.
[[nodiscard]] constexpr std::string_view to_string(partner_kind k) noexcept {
    return detail::partner_kind_tokens[static_cast<std::size_t>(k)];
}
/// The token used in files and on the command line, e.g. `"peer-learning"`.
[[nodiscard]] constexpr std::string_view to_string(relation_kind k) noexcept {
    return detail::relation_kind_tokens[static_cast<std::size_t>(k)];
}
/// The token used in files and on the command line, e.g. `"peer-learning"`.
[[nodiscard]] constexpr std::string_view to_string(city_role r) noexcept {
    return detail::city_role_tokens[static_cast<std::size_t>(r)];
}

/// Parses a token produced by `to_string`; exact match, `std::nullopt` otherwise.
[[nodiscard]] constexpr std::optional<vertex_kind> parse_vertex_kind(std::string_view t) noexcept {
    return detail::parse_token<vertex_kind>(detail::vertex_kind_tokens, t);
}
/// Parses a token produced by `to_string`; exact match, `std::nullopt` otherwise.
[[nodiscard]] constexpr std::optional<partner_kind>
parse_partner_kind(std::string_view t) noexcept {
    return detail::parse_token<partner_kind>(detail::partner_kind_tokens, t);
}
/// Parses a token produced by `to_string`; exact match, `std::nullopt` otherwise.
[[nodiscard]] constexpr std::optional<relation_kind>
parse_relation_kind(std::string_view t) noexcept {
    return detail::parse_token<relation_kind>(detail::relation_kind_tokens, t);
}
/// Parses a token produced by `to_string`; exact match, `std::nullopt` otherwise.
[[nodiscard]] constexpr std::optional<city_role> parse_city_role(std::string_view t) noexcept {
    return detail::parse_token<city_role>(detail::city_role_tokens, t);
}

/// Any combination of city roles (a 3-bit mask).
class city_roles {
public:
    constexpr city_roles() noexcept = default;
    /// The set of the given roles.
    constexpr city_roles(std::initializer_list<city_role> roles) noexcept {
        for (auto r : roles)
            insert(r);
    }
    /// Adds `r`.
    constexpr void insert(city_role r) noexcept { bits_ |= bit(r); }
    /// Whether `r` is in the set.
    [[nodiscard]] constexpr bool contains(city_role r) const noexcept {
        return (bits_ & bit(r)) != 0;
    }
    /// True for the empty set.
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    /// One bit per role, bit i for the role of value i.
    [[nodiscard]] constexpr std::uint8_t mask() const noexcept { return bits_; }
    /// Same roles.
    friend constexpr bool operator==(city_roles, city_roles) noexcept = default;

private:
    static constexpr std::uint8_t bit(city_role r) noexcept {
        return static_cast<std::uint8_t>(1U << static_cast<unsigned>(r));
    }
    std::uint8_t bits_ = 0;
};

/// Roles joined by `;` in declaration order, e.g. `"administrative;tourism"`.
[[nodiscard]] inline std::string to_string(city_roles roles) {
    std::string out;
    for (std::size_t i = 0; i < city_role_count; ++i)
        if (roles.contains(static_cast<city_role>(i))) {
            if (!out.empty())
                out += ';';
            out += detail::city_role_tokens[i];
        }
    return out;
}

/// Parses a `;`-separated list of role tokens; `std::nullopt` if one is unknown.
[[nodiscard]] inline std::optional<city_roles> parse_city_roles(std::string_view text) {
    city_roles roles;
    while (!text.empty()) {
        auto cut = text.find(';');
        auto item = text.substr(0, cut);
        if (!item.empty()) {
            auto r = parse_city_role(item);
            if (!r)
                return std::nullopt;
            roles.insert(*r);
        }
        if (cut == std::string_view::npos)
            break;
        text.remove_prefix(cut + 1);
    }
    return roles;
}

/// One end of a relationship as the endpoint rules see it: a vertex kind and, for partners,
/// the partner kind.
struct endpoint {
    vertex_kind vertex;                    ///< the kind of vertex
    std::optional<partner_kind> partner{}; ///< for a partner, its kind
};

/// The endpoint rules. `allows(kind, a, b)` says whether a relationship of `kind` may join a
/// vertex like `a` (its declared source) to one like `b` (its declared target):
///
/// | kind           | from                  | to                    |
/// |----------------|-----------------------|-----------------------|
/// | member-of      | city                  | country               |
/// | twinning       | city                  | partner or city       |
/// | business-match | company partner       | city                  |
/// | support        | partner               | city                  |
/// | programme-of   | programme partner     | partner               |
/// | participation  | city                  | programme partner     |
/// | peer-learning  | city                  | city                  |
///
/// Twinning also accepts partner -> city, so data may list either side first.
[[nodiscard]] constexpr bool allows(relation_kind kind, endpoint from, endpoint to) noexcept {
    const bool from_city = from.vertex == vertex_kind::city;
    const bool to_city = to.vertex == vertex_kind::city;
    const bool from_partner = from.vertex == vertex_kind::partner;
    const bool to_partner = to.vertex == vertex_kind::partner;
    switch (kind) {
    case relation_kind::member_of:
        return from_city && to.vertex == vertex_kind::country;
    case relation_kind::twinning:
        return (from_city && (to_city || to_partner)) || (from_partner && to_city);
    case relation_kind::business_match:
        return from_partner && from.partner == partner_kind::company && to_city;
    case relation_kind::support:
        return from_partner && to_city;
    case relation_kind::programme_of:
        return from_partner && from.partner == partner_kind::programme && to_partner;
    case relation_kind::participation:
        return from_city && to_partner && to.partner == partner_kind::programme;
    case relation_kind::peer_learning:
        return from_city && to_city;
    }
    return false;
}

/// A readable statement of the endpoint rule of `kind`, used in error messages.
[[nodiscard]] constexpr std::string_view endpoint_rule(relation_kind kind) noexcept {
    switch (kind) {
    case relation_kind::member_of:
        return "member-of joins a city to a country";
    case relation_kind::twinning:
        return "twinning joins a city to a partner or to another city";
    case relation_kind::business_match:
        return "business-match joins a company partner to a city";
    case relation_kind::support:
        return "support joins a partner to a city";
    case relation_kind::programme_of:
        return "programme-of joins a programme partner to the partner that runs it";
    case relation_kind::participation:
        return "participation joins a city to a programme partner";
    case relation_kind::peer_learning:
        return "peer-learning joins two cities";
    }
    return "unknown relation kind";
}

} // namespace ascn

#endif // ASCN_MODEL_KINDS_HPP

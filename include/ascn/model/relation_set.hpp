// SPDX-License-Identifier: MIT
/// \file
/// `ascn::relation_set`: a set of relation kinds, one bit per `relation_kind`.
#ifndef ASCN_MODEL_RELATION_SET_HPP
#define ASCN_MODEL_RELATION_SET_HPP

#include "ascn/model/kinds.hpp"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>

namespace ascn {

/// A set of relation kinds (a bit per `relation_kind`).
class relation_set {
public:
    constexpr relation_set() noexcept = default;
    /// The set of the given kinds.
    constexpr relation_set(std::initializer_list<relation_kind> kinds) noexcept {
        for (auto k : kinds)
            insert(k);
    }
    /// Every relation kind.
    [[nodiscard]] static constexpr relation_set all() noexcept {
        relation_set s;
        s.bits_ = static_cast<std::uint8_t>((1u << relation_kind_count) - 1);
        return s;
    }
    /// Adds `k`.
    constexpr void insert(relation_kind k) noexcept { bits_ |= bit(k); }
    /// Whether `k` is in the set.
    [[nodiscard]] constexpr bool contains(relation_kind k) const noexcept {
        return (bits_ & bit(k)) != 0;
    }
    /// True for the empty set.
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    /// One bit per kind, bit i for the kind of value i.
    [[nodiscard]] constexpr std::uint8_t bits() const noexcept { return bits_; }
    /// The union of two sets.
    [[nodiscard]] constexpr relation_set operator|(relation_set o) const noexcept {
        relation_set s;
        s.bits_ = static_cast<std::uint8_t>(bits_ | o.bits_);
        return s;
    }
    /// Same kinds.
    friend constexpr bool operator==(relation_set, relation_set) noexcept = default;

private:
    static constexpr std::uint8_t bit(relation_kind k) noexcept {
        return static_cast<std::uint8_t>(1u << static_cast<unsigned>(k));
    }
    std::uint8_t bits_ = 0;
};

/// Kind tokens joined by ';', e.g. "twinning;support".
[[nodiscard]] inline std::string to_string(relation_set s) {
    std::string out;
    for (std::size_t i = 0; i < relation_kind_count; ++i)
        if (s.contains(static_cast<relation_kind>(i))) {
            if (!out.empty())
                out += ';';
            out += detail::relation_kind_tokens[i];
        }
    return out;
}

} // namespace ascn

#endif // ASCN_MODEL_RELATION_SET_HPP

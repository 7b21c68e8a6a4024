// SPDX-License-Identifier: MIT
/// \file
/// Stable handles to vertices and relationships of an `ascn::basic_network`. No Boost.
#ifndef ASCN_HANDLES_HPP
#define ASCN_HANDLES_HPP

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>

namespace ascn {

/// A stable handle to a vertex (city, country or partner). It stays valid, and keeps naming the
/// same vertex, across any other addition or removal; once its own vertex is removed it is
/// *stale* and every network call that takes it reports so (it is never silently reused).
/// A default-constructed handle is null.
class vertex_handle {
public:
    constexpr vertex_handle() noexcept = default;
    /// A handle to slot `slot` in its `generation`; made by the network.
    constexpr vertex_handle(std::uint32_t slot, std::uint32_t generation) noexcept
        : slot_(slot)
        , generation_(generation) {}

    /// False for the null handle.
    [[nodiscard]] constexpr explicit operator bool() const noexcept { return slot_ != null_slot; }
    /// The vertex's slot in the network.
    [[nodiscard]] constexpr std::uint32_t slot() const noexcept { return slot_; }
    /// How many times the slot had been reused when the vertex was made.
    [[nodiscard]] constexpr std::uint32_t generation() const noexcept { return generation_; }
    /// Orders handles by slot, then generation.
    friend constexpr auto operator<=>(vertex_handle, vertex_handle) noexcept = default;

private:
    static constexpr std::uint32_t null_slot = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t slot_ = null_slot;
    std::uint32_t generation_ = 0;
};

/// A stable handle to a relationship: a key unique for the lifetime of the network (never
/// reused) and the slot of the relationship's declared source, where the network finds it
/// (so no index of relationships is kept). Null when default-constructed.
class relationship_handle {
public:
    constexpr relationship_handle() noexcept = default;
    /// A handle with this key; made by the network.
    constexpr relationship_handle(std::uint64_t key, std::uint32_t from_slot) noexcept
        : key_(key)
        , from_slot_(from_slot) {}
    /// False for the null handle.
    [[nodiscard]] constexpr explicit operator bool() const noexcept { return key_ != 0; }
    /// The relationship's unique key (0 for the null handle).
    [[nodiscard]] constexpr std::uint64_t key() const noexcept { return key_; }
    /// The slot of the vertex the relationship was declared from.
    [[nodiscard]] constexpr std::uint32_t from_slot() const noexcept { return from_slot_; }
    /// Same relationship.
    friend constexpr bool operator==(relationship_handle a, relationship_handle b) noexcept {
        return a.key_ == b.key_;
    }
    /// Orders handles by key, that is by creation.
    friend constexpr auto operator<=>(relationship_handle a, relationship_handle b) noexcept {
        return a.key_ <=> b.key_;
    }

private:
    std::uint64_t key_ = 0;
    std::uint32_t from_slot_ = 0;
};

} // namespace ascn

/// \cond
template <>
struct std::hash<ascn::vertex_handle> {
    std::size_t operator()(ascn::vertex_handle h) const noexcept {
        return std::hash<std::uint64_t>{}((std::uint64_t{h.slot()} << 32) | h.generation());
    }
};

template <>
struct std::hash<ascn::relationship_handle> {
    std::size_t operator()(ascn::relationship_handle h) const noexcept {
        return std::hash<std::uint64_t>{}(h.key());
    }
};
/// \endcond

#endif // ASCN_HANDLES_HPP

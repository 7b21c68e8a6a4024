// SPDX-License-Identifier: MIT
/// \file
/// `ascn::relationship`, the default relationship type.
#ifndef ASCN_MODEL_RELATIONSHIP_HPP
#define ASCN_MODEL_RELATIONSHIP_HPP

#include "ascn/focus_area.hpp"
#include "ascn/model/kinds.hpp"

#include <optional>
#include <string>

namespace ascn {

/// A typed, dated relationship between two vertices. Active from `start` through `end`
/// (inclusive) or, without an end, from `start` on.
struct relationship {
    relationship() = default;
    /// A relationship of `kind` active from `start` (through `end`, if given).
    relationship(relation_kind kind_, int start_, std::optional<int> end_ = std::nullopt)
        : kind(kind_)
        , start(start_)
        , end(end_) {}

    relation_kind kind = relation_kind::peer_learning; ///< see `allows` for endpoint rules
    int start = 2018;                                  ///< first year the relationship is active
    std::optional<int> end;                            ///< last year it is active, if it ended
    focus_set focus;                                   ///< focus areas it concerns (may be empty)
    std::optional<double> strength;                    ///< non-negative and finite when present
    std::string source;                                ///< source key(s)
    std::string note;                                  ///< free text: what the link is

    /// Member-wise equality.
    friend bool operator==(const relationship&, const relationship&) = default;
};

} // namespace ascn

#endif // ASCN_MODEL_RELATIONSHIP_HPP

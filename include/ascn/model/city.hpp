// SPDX-License-Identifier: MIT
/// \file
/// `ascn::basic_city<Profile>`, the default city type, and `ascn::city`.
#ifndef ASCN_MODEL_CITY_HPP
#define ASCN_MODEL_CITY_HPP

#include "ascn/model/date.hpp"
#include "ascn/model/kinds.hpp"
#include "ascn/model/profile.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ascn {

/// A member city of the network.
///
/// `Profile` is any type with `profile_traits` (see `ascn::Profile`); the default describes the
/// city over the six focus areas of the ASEAN Smart Cities Framework.
template <class Profile = focus_profile>
struct basic_city {
    /// The profile type, `Profile`.
    using profile_type = Profile;

    std::string id;                         ///< stable slug, e.g. "da-nang"; unique in a network
    std::string name;                       ///< display name, e.g. "Da Nang"
    std::string country;                    ///< id of the country (ISO 3166-1 alpha-2), e.g. "VN"
    int joined = 2018;                      ///< year the city joined the network
    std::optional<geo_point> location;      ///< city centre, when known
    std::optional<std::int64_t> population; ///< when known
    bool capital = false;                   ///< national capital
    city_roles roles;                       ///< administrative centre, commercial hub, tourism
    bool roles_editorial = false;           ///< roles are an editorial judgement, not sourced
    std::vector<std::string> aliases;       ///< other spellings, matched by the dataset lookup
    Profile profile{};                      ///< numeric description of the city
    std::string source;                     ///< source key(s), e.g. "S1;S4"

    /// Member-wise equality.
    friend bool operator==(const basic_city&, const basic_city&) = default;
};

/// The default city type.
using city = basic_city<focus_profile>;

} // namespace ascn

#endif // ASCN_MODEL_CITY_HPP

// SPDX-License-Identifier: MIT
/// \file
/// Declarations of the public types: the model types in full (they need only the standard
/// library) and `ascn::basic_network` / `ascn::network` declared. Pulls in no Boost and no
/// range-v3, so a header that only names `ascn::network` in a signature stays cheap.
#ifndef ASCN_FWD_HPP
#define ASCN_FWD_HPP

#include "ascn/concepts.hpp"
#include "ascn/model/city.hpp"
#include "ascn/model/country.hpp"
#include "ascn/model/partner.hpp"
#include "ascn/model/relationship.hpp"

namespace ascn {

class error;
class vertex_handle;
class relationship_handle;

template <City C = city, Country K = country, Partner P = partner, Relationship R = relationship>
class basic_network;

/// The network over the default model types.
using network = basic_network<>;

} // namespace ascn

#endif // ASCN_FWD_HPP

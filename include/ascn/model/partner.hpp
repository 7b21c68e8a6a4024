// SPDX-License-Identifier: MIT
/// \file
/// `ascn::partner`, the default external-partner type.
#ifndef ASCN_MODEL_PARTNER_HPP
#define ASCN_MODEL_PARTNER_HPP

#include "ascn/model/kinds.hpp"

#include <string>

namespace ascn {

/// An external partner: a government, agency, programme, multilateral body, company, external
/// city or utility, ASEAN body or academic institution.
struct partner {
    std::string id;                               ///< stable slug, e.g. "jica"; unique in a network
    std::string name;                             ///< e.g. "Japan International Cooperation Agency"
    partner_kind kind = partner_kind::government; ///< what kind of organisation it is
    std::string home_country;                     ///< ISO 3166-1 alpha-2, empty when it has none
    std::string source;                           ///< source key(s)

    /// Member-wise equality.
    friend bool operator==(const partner&, const partner&) = default;
};

} // namespace ascn

#endif // ASCN_MODEL_PARTNER_HPP

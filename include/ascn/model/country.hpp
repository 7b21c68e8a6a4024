// SPDX-License-Identifier: MIT
/// \file
/// `ascn::country`, the default country type (an ASEAN member state).
#ifndef ASCN_MODEL_COUNTRY_HPP
#define ASCN_MODEL_COUNTRY_HPP

#include "ascn/model/date.hpp"

#include <string>

namespace ascn {

/// An ASEAN member state.
struct country {
    std::string id;     ///< ISO 3166-1 alpha-2 code, e.g. "TL"
    std::string name;   ///< e.g. "Timor-Leste"
    date joined;        ///< date it joined ASEAN, e.g. 2025-10-26
    std::string source; ///< source key(s)

    /// Member-wise equality.
    friend bool operator==(const country&, const country&) = default;
};

} // namespace ascn

#endif // ASCN_MODEL_COUNTRY_HPP

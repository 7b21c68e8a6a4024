// SPDX-License-Identifier: MIT
/// \file
/// Library version, as a macro for the preprocessor and constants for C++.
#ifndef ASCN_VERSION_HPP
#define ASCN_VERSION_HPP

/// Major version: incompatible API changes.
#define ASCN_VERSION_MAJOR 0
/// Minor version: compatible additions.
#define ASCN_VERSION_MINOR 2
/// Patch version: fixes.
#define ASCN_VERSION_PATCH 0
/// Single number: major * 10000 + minor * 100 + patch.
#define ASCN_VERSION (ASCN_VERSION_MAJOR * 10000 + ASCN_VERSION_MINOR * 100 + ASCN_VERSION_PATCH)

namespace ascn {

/// The library version as a string, e.g. "0.2.0".
inline constexpr const char* version_string = "0.2.0";

} // namespace ascn

#endif // ASCN_VERSION_HPP

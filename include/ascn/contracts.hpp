// SPDX-License-Identifier: MIT
/// \file
/// `ASCN_EXPECTS`: precondition checks for programming errors (not for bad data, which throws
/// from the `ascn::error` hierarchy). A violated precondition prints where and aborts.
/// Define `ASCN_NO_CONTRACT_CHECKS` to compile the checks out.
#ifndef ASCN_CONTRACTS_HPP
#define ASCN_CONTRACTS_HPP

#include <cstdio>
#include <cstdlib>

namespace ascn::detail {

[[noreturn]] inline void contract_violation(const char* condition, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: ascn precondition failed: %s\n", file, line, condition);
    std::abort();
}

} // namespace ascn::detail

#ifdef ASCN_NO_CONTRACT_CHECKS
#define ASCN_EXPECTS(cond) static_cast<void>(0)
#else
/// Checks a precondition; on failure prints the condition and its place and aborts.
#define ASCN_EXPECTS(cond)                                                                         \
    ((cond) ? static_cast<void>(0) : ::ascn::detail::contract_violation(#cond, __FILE__, __LINE__))
#endif

#endif // ASCN_CONTRACTS_HPP

// SPDX-License-Identifier: MIT
// Must NOT compile: a profile of strings is not a numeric feature vector (ascn::Profile), so the
// city does not model ascn::ProfiledCity; the twin uses numbers.
#include <ascn/concepts.hpp>
#include <ascn/model/city.hpp>

#include <array>
#include <string>

#ifdef ASCN_TWIN
using profile_t = std::array<double, 3>;
#else
using profile_t = std::array<std::string, 3>;
#endif

template <ascn::ProfiledCity C>
int features(const C&) {
    return static_cast<int>(ascn::profile_traits<decltype(C::profile)>::size);
}

int main() {
    ascn::basic_city<profile_t> c;
    return features(c);
}

// SPDX-License-Identifier: MIT
// Must NOT compile: one type for both cities and countries (the network needs three distinct
// vertex types); the twin uses distinct types.
#include <ascn/network.hpp>

#include <string>

struct place {
    std::string id;
    std::string country;
    int joined = 2018;
};
#ifdef ASCN_TWIN
struct other_place : place {};
using country_t = other_place;
#else
using country_t = place;
#endif

int main() {
    ascn::basic_network<place, country_t, ascn::partner, ascn::relationship> net;
    return static_cast<int>(net.num_cities());
}

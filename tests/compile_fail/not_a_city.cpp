// SPDX-License-Identifier: MIT
// Must NOT compile: a city type without a country does not model ascn::City.
// The twin (ASCN_TWIN defined) adds the member and must compile.
#include <ascn/network.hpp>

#include <string>

struct my_city {
    std::string id;
#ifdef ASCN_TWIN
    std::string country;
#endif
    int joined = 2018;
};

int main() {
    ascn::basic_network<my_city, ascn::country, ascn::partner, ascn::relationship> net;
    return static_cast<int>(net.num_cities());
}

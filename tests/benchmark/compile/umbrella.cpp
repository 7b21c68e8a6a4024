// Everything: the umbrella header (including the embedded dataset).
#include <ascn/ascn.hpp>

int main() {
    return static_cast<int>(ascn::data::embedded_network().num_cities()) == 38 ? 0 : 1;
}

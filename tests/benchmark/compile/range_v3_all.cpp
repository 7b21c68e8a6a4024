// Reference: what <range/v3/all.hpp> alone costs.
#include <range/v3/all.hpp>

int main() {
    return 0;
}

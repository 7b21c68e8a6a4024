// SPDX-License-Identifier: MIT
// libFuzzer target: the node-link JSON reader. Any input either loads or throws an
// ascn::error; whatever loads must write and read back to the same network.
#include "../support.hpp"

#include <ascn/io/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ascn::network net;
    try {
        ascn::io::read_json(text, net, "fuzz.json");
    } catch (const ascn::error&) {
        if (!net.empty())
            std::abort(); // a failed read must leave the network untouched
        return 0;
    }
    std::ostringstream os;
    ascn::io::write_json(net, os);
    ascn::network back;
    ascn::io::read_json(os.str(), back, "rewritten.json");
    if (ascn_test::full_dump(back) != ascn_test::full_dump(net))
        std::abort();
    return 0;
}

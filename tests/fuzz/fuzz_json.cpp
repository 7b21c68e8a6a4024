// SPDX-License-Identifier: MIT
// libFuzzer target: the node-link JSON reader. Any input either loads or throws an
// ascn::error; whatever loads must write and read back to the same network, in the nested
// and in the flat layout.
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
    // The flat layout too, unless an alias cannot be written in it (empty, or with ';').
    std::ostringstream flat;
    try {
        ascn::io::write_json(net, flat, 1, ascn::io::json_layout::flat);
    } catch (const ascn::value_error&) {
        return 0;
    }
    ascn::network flat_back;
    ascn::io::read_json(flat.str(), flat_back, "flat.json");
    if (ascn_test::full_dump(flat_back) != ascn_test::full_dump(net))
        std::abort();
    return 0;
}

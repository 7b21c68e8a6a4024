// SPDX-License-Identifier: MIT
// libFuzzer target: the GraphML reader (needs pugixml). Any input either loads or throws an
// ascn::error; whatever loads, written and read back, is written the same (the first write may
// turn control characters into spaces, as docs/formats.md section 3 says, so the oracle is the
// written text's fixed point, and the network read back from it).
#include "../support.hpp"

#include <ascn/io/graphml.hpp>
#include <ascn/io/graphml_reader.hpp>

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ascn::network net;
    try {
        ascn::io::read_graphml(text, net, "fuzz.graphml");
    } catch (const ascn::error&) {
        if (!net.empty())
            std::abort(); // a failed read must leave the network untouched
        return 0;
    }
    std::ostringstream once;
    ascn::io::write_graphml(net, once);
    ascn::network back;
    ascn::io::read_graphml(once.str(), back, "rewritten.graphml");
    std::ostringstream twice;
    ascn::io::write_graphml(back, twice);
    if (twice.str() != once.str())
        std::abort();
    ascn::network again;
    ascn::io::read_graphml(twice.str(), again, "rewritten.graphml");
    if (ascn_test::full_dump(again) != ascn_test::full_dump(back))
        std::abort();
    return 0;
}

// SPDX-License-Identifier: MIT
// libFuzzer target: the CSV pair reader. The input is split at its first 0x00 byte into
// nodes.csv and relationships.csv (no 0x00: all nodes, no relationship rows). Any input either
// loads or throws an ascn::error; whatever loads must write and read back to the same network.
#include "../support.hpp"

#include <ascn/io/csv.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    const auto cut = all.find('\0');
    const std::string_view nodes = all.substr(0, cut);
    const std::string_view rels =
        cut == std::string_view::npos
            ? std::string_view("from,to,kind,start,end,focus,strength,source,note\n")
            : all.substr(cut + 1);
    ascn::network net;
    try {
        ascn::io::read_csv(nodes, rels, net);
    } catch (const ascn::error&) {
        if (!net.empty())
            std::abort();
        return 0;
    }
    const auto pair = ascn::io::to_csv(net);
    ascn::network back;
    try {
        ascn::io::read_csv(pair.nodes, pair.relationships, back);
    } catch (const ascn::value_error&) {
        return 0; // list items with ';' cannot be written to CSV; the writer says so
    }
    if (ascn_test::full_dump(back) != ascn_test::full_dump(net))
        std::abort();
    return 0;
}

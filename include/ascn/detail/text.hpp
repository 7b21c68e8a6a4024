// SPDX-License-Identifier: MIT
/// \file
/// Small text helpers shared by the model and the readers (internal).
#ifndef ASCN_DETAIL_TEXT_HPP
#define ASCN_DETAIL_TEXT_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace ascn::detail {

/// Lower-cases ASCII letters and keeps only letters and digits, mapping '&' to "and", so
/// "Health & Well-Being" and "health and well-being" both become "healthandwellbeing".
inline std::string fold_token(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
            out += static_cast<char>(c);
        else if (c == '&')
            out += "and";
    }
    return out;
}

} // namespace ascn::detail

#endif // ASCN_DETAIL_TEXT_HPP

// SPDX-License-Identifier: MIT
/// \file
/// Small text helpers shared by the model and the readers (internal).
#ifndef ASCN_DETAIL_TEXT_HPP
#define ASCN_DETAIL_TEXT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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

/// The byte offset of the first byte of `text` that does not begin a valid UTF-8 sequence
/// (a stray continuation byte, a cut sequence, an overlong form, a surrogate, a code point past
/// U+10FFFF), or `text.size()` when all of it is valid. O(n).
inline std::size_t first_invalid_utf8(std::string_view text) noexcept {
    for (std::size_t k = 0; k < text.size();) {
        const auto c = static_cast<unsigned char>(text[k]);
        const std::size_t len = c < 0x80         ? 1
                                : (c >> 5) == 6  ? 2
                                : (c >> 4) == 14 ? 3
                                : (c >> 3) == 30 ? 4
                                                 : 0;
        bool ok = len != 0 && k + len <= text.size();
        for (std::size_t m = 1; ok && m < len; ++m)
            ok = (static_cast<unsigned char>(text[k + m]) & 0xC0) == 0x80;
        if (ok && len == 2)
            ok = c >= 0xC2; // no overlong forms
        if (ok && len == 3) {
            const auto c1 = static_cast<unsigned char>(text[k + 1]);
            ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0); // overlong, surrogate
        }
        if (ok && len == 4) {
            const auto c1 = static_cast<unsigned char>(text[k + 1]);
            ok = c <= 0xF4 && !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
        }
        if (!ok)
            return k;
        k += len;
    }
    return text.size();
}

/// Splits a `;`-separated list; empty items are dropped.
inline std::vector<std::string> split_list(std::string_view s) {
    std::vector<std::string> out;
    while (!s.empty()) {
        const auto cut = s.find(';');
        if (cut != 0)
            out.emplace_back(s.substr(0, cut));
        if (cut == std::string_view::npos)
            break;
        s.remove_prefix(cut + 1);
    }
    return out;
}

/// Folds a UTF-8 name for matching: ASCII letters lower-cased, Latin accents removed
/// (Latin-1, Latin Extended-A/B letters used in South-East Asian names, and Vietnamese letters
/// U+1EA0..U+1EF9), and everything that is not a letter or digit dropped. So "Hà Nội",
/// "Ha Noi" and "HANOI" all fold to "hanoi". Other non-ASCII characters are kept as they are.
inline std::string fold_name(std::string_view s) {
    auto base_of = [](char32_t cp) -> char {
        if (cp >= 0xC0 && cp <= 0xFF) {
            // U+00C0..U+00FF; '*' marks the two signs (multiplication, division).
            constexpr std::string_view latin1 = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
                                                "aaaaaaaceeeeiiiidnooooo*ouuuuyty";
            const char c = latin1[cp - 0xC0];
            return c == '*' ? 0 : c;
        }
        switch (cp) {
        case 0x100:
        case 0x101:
        case 0x102:
        case 0x103:
        case 0x104:
        case 0x105:
            return 'a';
        case 0x110:
        case 0x111:
            return 'd';
        case 0x128:
        case 0x129:
            return 'i';
        case 0x168:
        case 0x169:
            return 'u';
        case 0x1A0:
        case 0x1A1:
            return 'o';
        case 0x1AF:
        case 0x1B0:
            return 'u';
        default:
            break;
        }
        if (cp >= 0x1EA0 && cp <= 0x1EB7)
            return 'a';
        if (cp >= 0x1EB8 && cp <= 0x1EC7)
            return 'e';
        if (cp >= 0x1EC8 && cp <= 0x1ECB)
            return 'i';
        if (cp >= 0x1ECC && cp <= 0x1EE3)
            return 'o';
        if (cp >= 0x1EE4 && cp <= 0x1EF1)
            return 'u';
        if (cp >= 0x1EF2 && cp <= 0x1EF9)
            return 'y';
        return 0;
    };
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                out += static_cast<char>(c - 'A' + 'a');
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                out += static_cast<char>(c);
            ++i;
            continue;
        }
        std::size_t len = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC0) ? 2 : 1;
        if (i + len > s.size())
            len = s.size() - i;
        char32_t cp = len == 1 ? c : (c & (0xFF >> (len + 1)));
        for (std::size_t k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        if (const char b = base_of(cp))
            out += b;
        else
            out.append(s.substr(i, len));
        i += len;
    }
    return out;
}

} // namespace ascn::detail

#endif // ASCN_DETAIL_TEXT_HPP

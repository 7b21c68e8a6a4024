// SPDX-License-Identifier: MIT
/// \file
/// What the readers and writers share: file access with clear errors and a size limit, and
/// list helpers.
#ifndef ASCN_IO_COMMON_HPP
#define ASCN_IO_COMMON_HPP

#include "ascn/detail/text.hpp"
#include "ascn/error.hpp"
#include "ascn/network.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace ascn::io {

/// Files larger than this are refused by `read_file` unless a larger limit is given (1 GiB).
inline constexpr std::uintmax_t default_max_file_size = std::uintmax_t{1} << 30;

/// Reads a whole file. Throws `io_error` naming the file if it cannot be read or is larger
/// than `max_bytes`.
[[nodiscard]] inline std::string read_file(const std::string& path,
                                           std::uintmax_t max_bytes = default_max_file_size) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw io_error("cannot open file for reading", {{}, {}, {}, path, 0, 0});
    // Read in chunks: works for pipes too, whose size is not known in advance.
    std::string text;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_bytes)
            throw io_error("file is larger than the limit of " + std::to_string(max_bytes) +
                               " bytes",
                           {{}, {}, {}, path, 0, 0});
    }
    if (in.bad())
        throw io_error("cannot read file", {{}, {}, {}, path, 0, 0});
    return text;
}

/// Writes several whole files as one: each text goes to a temporary file beside its path,
/// and only when every one is written are they renamed onto their paths, so that a failed
/// write (a full disk, a file-size limit) leaves every path as it was, never a part of a new
/// file beside an old one. Only a rename failing after the first (not seen in practice: both
/// are in the same folder) would leave the set split. Throws `io_error` naming the file; the
/// temporary files are removed.
inline void write_files(const std::vector<std::pair<std::string, std::string_view>>& files) {
    namespace fs = std::filesystem;
    std::vector<std::string> temporary;
    const auto clean = [&] {
        std::error_code ignored;
        for (const auto& t : temporary)
            fs::remove(t, ignored);
    };
    std::random_device random;
    for (const auto& [path, text] : files) {
        if (fs::is_directory(path)) {
            clean();
            throw io_error("cannot write file: it is a folder", {.file = path});
        }
        temporary.push_back(path + ".tmp-" + std::to_string(random() % 1000000000u));
        std::ofstream out(temporary.back(), std::ios::binary | std::ios::trunc);
        const bool ok =
            out && out.write(text.data(), static_cast<std::streamsize>(text.size())) && out.flush();
        out.close();
        if (!ok || !out) {
            clean();
            throw io_error("cannot write file", {.file = path});
        }
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        std::error_code ec;
        fs::rename(temporary[i], files[i].first, ec);
        if (ec) {
            clean();
            throw io_error("cannot write file: " + ec.message(), {.file = files[i].first});
        }
    }
}

/// Writes a whole file atomically (`write_files` with one file): `path` holds its old content
/// or the whole of `text`, never a part. Throws `io_error` naming the file.
inline void write_file(const std::string& path, std::string_view text) {
    write_files({{path, text}});
}

namespace detail {
using ascn::detail::split_list;

/// Lines and columns (1-based, columns in bytes) of byte offsets in one text: the line starts
/// are found once, O(n), and each lookup is O(log lines), so a reader can place every element
/// it reads without scanning the text again. An offset past the end is placed at the end.
class text_positions {
public:
    explicit text_positions(std::string_view text)
        : size_(text.size()) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n')
                starts_.push_back(i + 1);
    }
    /// {line, column} of byte `offset`.
    [[nodiscard]] std::pair<std::size_t, std::size_t> at(std::size_t offset) const {
        offset = std::min(offset, size_);
        const auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
        const auto line = static_cast<std::size_t>(next - starts_.begin());
        return {line, offset - *(next - 1) + 1};
    }

private:
    std::size_t size_;
    std::vector<std::size_t> starts_;
};
/// Joins with `;`.
inline std::string join_list(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) {
        if (!out.empty())
            out += ';';
        out += i;
    }
    return out;
}
} // namespace detail

/// Escapes text for XML and HTML (&, <, >, quotes; a carriage return as a character reference;
/// other control characters but tab and line feed, which XML 1.0 cannot hold, as spaces).
[[nodiscard]] inline std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        case '\r': // as a character reference, or XML parsers turn it into a line feed
            out += "&#13;";
            break;
        default:
            // XML 1.0 forbids most control characters; write them as spaces.
            if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t')
                out += ' ';
            else
                out += c;
        }
    }
    return out;
}

} // namespace ascn::io

#endif // ASCN_IO_COMMON_HPP

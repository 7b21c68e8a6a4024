// SPDX-License-Identifier: MIT
/// \file
/// The `ascn::error` hierarchy: every problem with *data* (bad ids, bad values, bad files)
/// throws one of these. Each carries a stable code (`ascn::errc`, with a documented spelling
/// such as `duplicate-id`) and the place: offending id, field, value, and for files the file,
/// line and column. See docs/design.md, "Error model".
#ifndef ASCN_ERROR_HPP
#define ASCN_ERROR_HPP

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ascn {

/// Stable error codes. Numbers and spellings never change once released.
enum class errc : std::uint8_t {
    duplicate_id = 1,      ///< an id that is already used in the network
    unknown_id = 2,        ///< an id (or handle) that names nothing in the network
    invalid_endpoint = 3,  ///< a relationship kind that does not allow these endpoint kinds
    invalid_value = 4,     ///< NaN, infinity, negative count, empty id, bad coordinate ...
    year_out_of_range = 5, ///< a year outside [min_year, max_year] or an end before a start
    in_use = 6,            ///< removing something others still depend on
    stale_handle = 7,      ///< a handle whose vertex or relationship has been removed
    parse_error = 8,       ///< malformed input: syntax, missing or extra fields, wrong types
    io_error = 9,          ///< a file that cannot be opened, read or written
    cancelled = 10,        ///< a long operation stopped by its progress callback
};

/// The stable spelling of an error code, e.g. `"duplicate-id"`.
[[nodiscard]] constexpr std::string_view to_string(errc code) noexcept {
    switch (code) {
    case errc::duplicate_id:
        return "duplicate-id";
    case errc::unknown_id:
        return "unknown-id";
    case errc::invalid_endpoint:
        return "invalid-endpoint";
    case errc::invalid_value:
        return "invalid-value";
    case errc::year_out_of_range:
        return "year-out-of-range";
    case errc::in_use:
        return "in-use";
    case errc::stale_handle:
        return "stale-handle";
    case errc::parse_error:
        return "parse-error";
    case errc::io_error:
        return "io-error";
    case errc::cancelled:
        return "cancelled";
    }
    return "unknown-error";
}

/// Where an error happened. Every member is optional (empty or zero when not known); name the
/// ones you know: `{.id = "da-nang", .field = "joined", .value = "1800"}`.
struct error_context {
    std::string id{};       ///< the offending entity id (city, country, partner)
    std::string field{};    ///< the field, e.g. "profile[environment]" or "end"
    std::string value{};    ///< the offending value as text
    std::string file{};     ///< input file, for readers
    std::size_t line = 0;   ///< 1-based line, 0 when unknown
    std::size_t column = 0; ///< 1-based column, 0 when unknown
};

/// Base of every exception thrown for bad data. `what()` reads like
/// `ascn: duplicate-id: city "da-nang" already exists [id "da-nang", field "id"]`.
class error : public std::runtime_error {
public:
    /// An error with this code, message and place; `what()` combines all three.
    error(errc code, const std::string& message, error_context context = {})
        : std::runtime_error(message)
        , code_(code)
        , message_(message)
        , context_(std::move(context))
        , what_(format(code_, message_, context_)) {}

    /// The stable code.
    [[nodiscard]] errc code() const noexcept { return code_; }
    /// Id, field, value and file position, where known.
    [[nodiscard]] const error_context& context() const noexcept { return context_; }
    /// The message without the place.
    [[nodiscard]] const std::string& message() const noexcept { return message_; }
    /// The full one-line description (see the class comment).
    [[nodiscard]] const char* what() const noexcept override { return what_.c_str(); }

    /// Adds where the error happened in an input file (for readers that catch an error from the
    /// network and re-throw it, same type, with the row that caused it).
    void locate(std::string file, std::size_t line, std::size_t column = 0) {
        context_.file = std::move(file);
        context_.line = line;
        context_.column = column;
        what_ = format(code_, message_, context_);
    }

private:
    static std::string format(errc code, const std::string& message, const error_context& c) {
        std::string out = "ascn: ";
        if (!c.file.empty()) {
            out += c.file;
            if (c.line != 0) {
                out += ':' + std::to_string(c.line);
                if (c.column != 0)
                    out += ':' + std::to_string(c.column);
            }
            out += ": ";
        }
        out += to_string(code);
        out += ": ";
        out += message;
        std::string detail;
        auto add = [&](std::string_view name, const std::string& v) {
            if (v.empty())
                return;
            if (!detail.empty())
                detail += ", ";
            detail += name;
            detail += " \"";
            detail += v;
            detail += '"';
        };
        add("id", c.id);
        add("field", c.field);
        add("value", c.value);
        if (!detail.empty())
            out += " [" + detail + ']';
        return out;
    }

    errc code_;
    std::string message_;
    error_context context_;
    std::string what_;
};

/// An id that already exists.
class duplicate_id_error : public error {
public:
    /// An error with code `errc::duplicate_id`.
    explicit duplicate_id_error(const std::string& message, error_context c = {})
        : error(errc::duplicate_id, message, std::move(c)) {}
};

/// An id that names nothing. `suggestions()` holds the closest existing ids, best first.
class unknown_id_error : public error {
public:
    /// An error with code `errc::unknown_id` and the ids that come closest, if any.
    explicit unknown_id_error(const std::string& message, error_context c = {},
                              std::vector<std::string> suggestions = {})
        : error(errc::unknown_id, with_suggestions(message, suggestions), std::move(c))
        , suggestions_(std::move(suggestions)) {}
    /// Known ids close to the unknown one, best first (may be empty).
    [[nodiscard]] const std::vector<std::string>& suggestions() const noexcept {
        return suggestions_;
    }

private:
    static std::string with_suggestions(const std::string& message,
                                        const std::vector<std::string>& s) {
        if (s.empty())
            return message;
        std::string out = message + "; did you mean ";
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (i != 0)
                out += i + 1 == s.size() ? " or " : ", ";
            out += '"' + s[i] + '"';
        }
        return out + '?';
    }
    std::vector<std::string> suggestions_;
};

/// A relationship whose endpoint kinds its relation kind does not allow.
class endpoint_error : public error {
public:
    /// An error with code `errc::invalid_endpoint`.
    explicit endpoint_error(const std::string& message, error_context c = {})
        : error(errc::invalid_endpoint, message, std::move(c)) {}
};

/// A value that is not allowed: NaN, infinity, out of range, empty.
class value_error : public error {
public:
    /// An error with code `errc::invalid_value` or `errc::year_out_of_range`.
    explicit value_error(const std::string& message, error_context c = {},
                         errc code = errc::invalid_value)
        : error(code, message, std::move(c)) {}
};

/// Removing an entity that others still depend on (a country that still has cities).
class in_use_error : public error {
public:
    /// An error with code `errc::in_use`.
    explicit in_use_error(const std::string& message, error_context c = {})
        : error(errc::in_use, message, std::move(c)) {}
};

/// A handle to something that has been removed.
class stale_handle_error : public error {
public:
    /// An error with code `errc::stale_handle`.
    explicit stale_handle_error(const std::string& message, error_context c = {})
        : error(errc::stale_handle, message, std::move(c)) {}
};

/// Malformed input, with file, line and column in `context()`.
class parse_error : public error {
public:
    /// An error with code `errc::parse_error`.
    explicit parse_error(const std::string& message, error_context c = {})
        : error(errc::parse_error, message, std::move(c)) {}
};

/// A file that cannot be opened, read or written.
class io_error : public error {
public:
    /// An error with code `errc::io_error`.
    explicit io_error(const std::string& message, error_context c = {})
        : error(errc::io_error, message, std::move(c)) {}
};

/// A long operation stopped because its progress callback returned false. Whatever the
/// operation was computing is discarded; its inputs are unchanged.
class cancelled_error : public error {
public:
    /// An error with code `errc::cancelled`.
    explicit cancelled_error(const std::string& message, error_context c = {})
        : error(errc::cancelled, message, std::move(c)) {}
};

} // namespace ascn

#endif // ASCN_ERROR_HPP

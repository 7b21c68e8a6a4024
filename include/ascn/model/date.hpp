// SPDX-License-Identifier: MIT
/// \file
/// `ascn::date` (a calendar day) and `ascn::geo_point` (a WGS 84 latitude and longitude).
#ifndef ASCN_MODEL_DATE_HPP
#define ASCN_MODEL_DATE_HPP

#include <compare>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace ascn {

/// The years the model accepts, inclusive. Anything else throws `errc::year_out_of_range`.
inline constexpr int min_year = 1900;
/// The latest year the model accepts (see `min_year`).
inline constexpr int max_year = 2200;

/// A calendar day (proleptic Gregorian). `month` and `day` are 1-based.
struct date {
    int year = min_year; ///< in [min_year, max_year]
    int month = 1;       ///< 1 to 12
    int day = 1;         ///< 1 to the length of the month

    /// Chronological order.
    friend constexpr auto operator<=>(const date&, const date&) = default;

    /// True if the day exists (leap years included) and the year is in range.
    [[nodiscard]] constexpr bool valid() const noexcept {
        if (year < min_year || year > max_year || month < 1 || month > 12 || day < 1)
            return false;
        constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        const int last = days[month - 1] + (month == 2 && leap ? 1 : 0);
        return day <= last;
    }
};

/// ISO 8601, `YYYY-MM-DD`.
[[nodiscard]] inline std::string to_string(const date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

/// Parses `YYYY-MM-DD` exactly; `std::nullopt` for anything else or a day that does not exist.
[[nodiscard]] inline std::optional<date> parse_date(std::string_view s) noexcept {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    auto num = [&](std::size_t at, std::size_t n, int& out) {
        out = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    date d;
    if (!num(0, 4, d.year) || !num(5, 2, d.month) || !num(8, 2, d.day) || !d.valid())
        return std::nullopt;
    return d;
}

/// A point on the earth, in degrees (WGS 84). Valid when lat is in [-90, 90] and lon in
/// [-180, 180].
struct geo_point {
    double lat = 0.0; ///< latitude in degrees, -90 to 90
    double lon = 0.0; ///< longitude in degrees, -180 to 180
    /// Same coordinates.
    friend constexpr bool operator==(const geo_point&, const geo_point&) = default;
};

} // namespace ascn

#endif // ASCN_MODEL_DATE_HPP

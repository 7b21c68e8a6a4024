// SPDX-License-Identifier: MIT
/// \file
/// Progress reporting and cancellation for long operations: an optional callback that receives
/// the fraction done and may stop the work.
#ifndef ASCN_PROGRESS_HPP
#define ASCN_PROGRESS_HPP

#include "ascn/error.hpp"

#include <algorithm>
#include <functional>
#include <string>

namespace ascn {

/// Called now and then with the fraction of the work done, in [0, 1] and never decreasing;
/// return `false` to cancel: the operation then throws `cancelled_error`. Calls come from the
/// thread that started the operation. An empty callback costs nothing.
using progress_callback = std::function<bool(double fraction)>;

namespace detail {

/// Reports `done / total` to `callback` (if any) and throws `cancelled_error` naming `what` when
/// it asks to stop.
inline void report_progress(const progress_callback& callback, double done, double total,
                            const char* what) {
    if (!callback)
        return;
    const double f = total > 0 ? std::clamp(done / total, 0.0, 1.0) : 1.0;
    if (!callback(f))
        throw cancelled_error(std::string(what) + " was cancelled by its progress callback");
}

} // namespace detail

} // namespace ascn

#endif // ASCN_PROGRESS_HPP

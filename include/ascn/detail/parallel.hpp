// SPDX-License-Identifier: MIT
/// \file
/// Deterministic parallel loops (internal): work is cut into fixed blocks whatever the thread
/// count, and reductions combine per-block results in block order, so results are bit-identical
/// for any number of threads.
#ifndef ASCN_DETAIL_PARALLEL_HPP
#define ASCN_DETAIL_PARALLEL_HPP

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace ascn::detail {

/// Number of threads to use: `requested`, or the hardware's when 0.
inline std::size_t thread_count(std::size_t requested) noexcept {
    if (requested != 0)
        return requested;
    const unsigned hw = std::thread::hardware_concurrency();
    return hw == 0 ? 1 : hw;
}

/// Calls `body(block, begin, end)` for the fixed blocks [0, n) cut into `block_size` pieces,
/// on up to `threads` threads. Blocks are independent; the first exception is re-thrown.
template <class Body>
void parallel_blocks(std::size_t n, std::size_t block_size, std::size_t threads, Body body) {
    const std::size_t blocks = (n + block_size - 1) / block_size;
    const std::size_t workers = std::min(thread_count(threads), blocks);
    if (workers <= 1) {
        for (std::size_t b = 0; b < blocks; ++b)
            body(b, b * block_size, std::min(n, (b + 1) * block_size));
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&] {
        for (;;) {
            const std::size_t b = next.fetch_add(1);
            if (b >= blocks)
                return;
            try {
                body(b, b * block_size, std::min(n, (b + 1) * block_size));
            } catch (...) {
                std::lock_guard lock(failure_mutex);
                if (!failure)
                    failure = std::current_exception();
                next = blocks;
                return;
            }
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    for (std::size_t t = 1; t < workers; ++t)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
}

/// A seeded uniform double in [0, 1) from a 64-bit generator: the top 53 bits, the same on
/// every platform (unlike std::uniform_real_distribution).
template <class URBG>
double uniform01(URBG& g) {
    return static_cast<double>(g() >> 11) * 0x1.0p-53;
}

} // namespace ascn::detail

#endif // ASCN_DETAIL_PARALLEL_HPP

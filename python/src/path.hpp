// SPDX-License-Identifier: MIT
// A path as Python sees it (ascn.Path, ascn.Hop), shared by paths.cpp and asean.cpp.
#ifndef ASCN_PYTHON_PATH_HPP
#define ASCN_PYTHON_PATH_HPP

#include "common.hpp"

#include <ascn/algorithm/paths/path.hpp>

#include <string>
#include <vector>

namespace ascn_py {

/// One hop of a path, explained.
struct hop {
    py::object source, target;
    std::vector<std::string> kinds;
    double cost = 0;
    std::string reason;
};

/// A path as Python sees it.
struct path {
    py::list nodes;
    double cost = 0;
    std::vector<hop> explanation;
};

/// `p` as Python sees it: labels, cost, and each hop with its kinds and the policy's reason.
inline path path_of(const graph& g, const ascn::path& p) {
    path out;
    for (auto v : p.vertices)
        out.nodes.append(g.labels[v]);
    out.cost = p.cost;
    for (std::size_t i = 0; i < p.arcs.size(); ++i) {
        const auto a = p.arcs[i];
        hop h;
        h.source = g.labels[p.vertices[i]];
        h.target = g.labels[p.vertices[i + 1]];
        for (std::size_t k = 0; k < ascn::relation_kind_count; ++k)
            if (g.s.kinds(a).contains(static_cast<ascn::relation_kind>(k)))
                h.kinds.emplace_back(ascn::to_string(static_cast<ascn::relation_kind>(k)));
        h.cost = g.s.cost(a);
        h.reason = g.s.explain(a);
        out.explanation.push_back(std::move(h));
    }
    return out;
}

} // namespace ascn_py

#endif // ASCN_PYTHON_PATH_HPP

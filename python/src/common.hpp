// SPDX-License-Identifier: MIT
// What the translation units of the Python module share: the two graph classes Python sees
// (`ascn.Graph`, any graph; `ascn.Network`, the ASCN's schema), the label <-> vertex lookups,
// results by vertex as dicts or NumPy arrays, and running C++ without the GIL with a Python
// progress callback that may cancel (or raise).
#ifndef ASCN_PYTHON_COMMON_HPP
#define ASCN_PYTHON_COMMON_HPP

#include <ascn/network.hpp>
#include <ascn/progress.hpp>
#include <ascn/snapshot.hpp>

#include <pybind11/functional.h>
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ascn_py {

namespace py = pybind11;

/// A frozen graph as Python sees it: a snapshot, a label per vertex (an id, or the NetworkX
/// node it came from) and an index of the labels. The network behind it, if any, is kept alive
/// (paths on a learning snapshot explain themselves by reading it).
struct graph {
    ascn::snapshot s;
    py::list labels;                          ///< one per vertex, in vertex order
    py::dict index;                           ///< label -> vertex
    std::shared_ptr<const ascn::network> net; ///< for a learning graph: its network
    std::string weight;                       ///< the weight attribute, "" for none
    virtual ~graph() = default;

    /// Labels are the snapshot's ids.
    void label_by_ids();
    /// The vertex `label` names; throws `unknown_id_error` (with suggestions for text).
    [[nodiscard]] virtual ascn::snapshot::vertex_index vertex(const py::object& label) const;
};

/// A network of the ASCN's schema (immutable from Python): its unit-cost snapshot as a graph.
struct network : graph {
    std::shared_ptr<const ascn::network> owned;
    bool embedded = false;   ///< the embedded ASCN (its dataset: aliases, plans, projects)
    std::optional<int> year; ///< as of this year, if cut
    /// The id `text` names: itself, an embedded city's name or alias, or the one vertex with
    /// that name (ignoring case and accents); otherwise `text` unchanged.
    [[nodiscard]] std::string resolve(const std::string& text) const;
    [[nodiscard]] ascn::snapshot::vertex_index vertex(const py::object& label) const override;
    [[nodiscard]] const ascn::network& get() const { return *owned; }
};

/// Makes a `network` around `net` (its unit-cost snapshot, labels by id).
std::shared_ptr<network> make_network(ascn::network net, bool embedded, std::optional<int> year);

/// `values` by vertex of `g`: a dict {label: value}, or a NumPy array in vertex order.
template <class T>
py::object by_vertex(const graph& g, const std::vector<T>& values, bool as_array) {
    if (as_array)
        return py::array_t<T>(static_cast<py::ssize_t>(values.size()), values.data());
    py::dict out;
    for (std::size_t v = 0; v < values.size(); ++v)
        out[g.labels[v]] = values[v];
    py::object result = std::move(out);
    return result;
}

/// Values by vertex from a dict {label: value} (missing: `missing`) or a sequence in vertex
/// order.
std::vector<double> vertex_values(const graph& g, const py::object& values, double missing);

/// Runs `f(callback)` without the GIL. The callback calls `progress(fraction)` with the GIL
/// held; a false return cancels (`ascn.CancelledError`); an exception it raises is re-raised
/// as it was, once the C++ side has stopped.
template <class F>
auto without_gil(const py::object& progress, F&& f) {
    std::exception_ptr raised;
    ascn::progress_callback callback;
    if (!progress.is_none())
        callback = [&progress, &raised](double fraction) {
            py::gil_scoped_acquire gil;
            try {
                const py::object r = progress(fraction);
                const int go = r.is_none() ? 1 : PyObject_IsTrue(r.ptr()); // truthy: go on
                if (go < 0)
                    throw py::error_already_set();
                return go == 1;
            } catch (...) {
                raised = std::current_exception();
                return false;
            }
        };
    try {
        py::gil_scoped_release nogil;
        return f(callback);
    } catch (const ascn::cancelled_error&) {
        if (raised)
            std::rethrow_exception(raised);
        throw;
    }
}

void bind_errors(py::module_& m);
void bind_network(py::module_& m);
void bind_io(py::module_& m);
void bind_structure(py::module_& m);
void bind_paths(py::module_& m);
void bind_asean(py::module_& m);
void bind_clustering(py::module_& m);

} // namespace ascn_py

#endif // ASCN_PYTHON_COMMON_HPP

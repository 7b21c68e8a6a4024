// SPDX-License-Identifier: MIT
// The module `ascn._ascn`: the error translation, the graph classes' lookups, and the bindings
// of the other translation units (network.cpp, io.cpp, structure.cpp, paths.cpp, asean.cpp,
// clustering.cpp), split so that no one file pays for every template of the library.
#include "common.hpp"

#include <ascn/detail/suggest.hpp>
#include <ascn/error.hpp>
#include <ascn/version.hpp>

#include <string>

namespace ascn_py {

void graph::label_by_ids() {
    labels = py::list();
    index = py::dict();
    for (ascn::snapshot::vertex_index v = 0; v < s.num_vertices(); ++v) {
        py::str id(s.id(v));
        labels.append(id);
        index[id] = v;
    }
}

ascn::snapshot::vertex_index graph::vertex(const py::object& label) const {
    if (index.contains(label))
        return py::cast<ascn::snapshot::vertex_index>(index[label]);
    const std::string text = py::str(label);
    std::vector<std::string> close;
    if (py::isinstance<py::str>(label)) {
        std::vector<std::string> ids;
        for (const auto& l : labels)
            ids.push_back(py::str(l));
        close = ascn::detail::closest(ids, text);
    }
    throw ascn::unknown_id_error("no vertex has this id",
                                 {.id = text, .field = "id", .value = text}, close);
}

std::vector<double> vertex_values(const graph& g, const py::object& values, double missing) {
    std::vector<double> out(g.s.num_vertices(), missing);
    if (py::isinstance<py::dict>(values)) {
        for (const auto& [k, v] : py::reinterpret_borrow<py::dict>(values))
            out[g.vertex(py::reinterpret_borrow<py::object>(k))] = py::cast<double>(v);
        return out;
    }
    const auto a = py::array_t<double, py::array::c_style | py::array::forcecast>::ensure(values);
    if (!a || a.ndim() != 1 || static_cast<std::size_t>(a.shape(0)) != out.size())
        throw ascn::value_error("give one value per vertex: a dict by label or a sequence of " +
                                    std::to_string(out.size()) + " numbers in node order",
                                {.field = "values"});
    for (std::size_t v = 0; v < out.size(); ++v)
        out[v] = a.at(static_cast<py::ssize_t>(v));
    return out;
}

namespace {

const char* class_of(ascn::errc code) {
    switch (code) {
    case ascn::errc::duplicate_id:
        return "DuplicateIdError";
    case ascn::errc::unknown_id:
        return "UnknownIdError";
    case ascn::errc::invalid_endpoint:
        return "EndpointError";
    case ascn::errc::invalid_value:
    case ascn::errc::year_out_of_range:
        return "InvalidValueError";
    case ascn::errc::in_use:
        return "InUseError";
    case ascn::errc::stale_handle:
        return "StaleHandleError";
    case ascn::errc::parse_error:
        return "ParseError";
    case ascn::errc::io_error:
        return "FileError";
    case ascn::errc::cancelled:
        return "CancelledError";
    }
    return "Error";
}

py::object text_or_none(const std::string& s) {
    if (s.empty())
        return py::none();
    return py::str(s);
}
py::object number_or_none(std::size_t n) {
    if (n == 0)
        return py::none();
    return py::int_(n);
}

// Raises the Python exception of `e`'s code with its place (GIL held: a translator).
void raise(const ascn::error& e) {
    const py::module_ errors = py::module_::import("ascn.errors");
    const py::object cls = errors.attr(class_of(e.code()));
    const auto& c = e.context();
    py::list suggestions;
    if (const auto* u = dynamic_cast<const ascn::unknown_id_error*>(&e))
        for (const auto& s : u->suggestions())
            suggestions.append(s);
    const py::object error =
        cls(e.what(), py::arg("code") = std::string(ascn::to_string(e.code())),
            py::arg("message") = e.message(), py::arg("id") = text_or_none(c.id),
            py::arg("field") = text_or_none(c.field), py::arg("value") = text_or_none(c.value),
            py::arg("file") = text_or_none(c.file), py::arg("line") = number_or_none(c.line),
            py::arg("column") = number_or_none(c.column), py::arg("suggestions") = suggestions);
    PyErr_SetObject(cls.ptr(), error.ptr());
}

} // namespace

void bind_errors(py::module_& m) {
    py::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p)
                std::rethrow_exception(p);
        } catch (const ascn::error& e) {
            raise(e);
        }
    });
    m.attr("__version__") = ascn::version_string;
}

} // namespace ascn_py

PYBIND11_MODULE(_ascn, m) {
    m.doc() = "The C++ core of the ascn package (import ascn, not ascn._ascn).";
    ascn_py::bind_errors(m);
    ascn_py::bind_network(m);
    ascn_py::bind_io(m);
    ascn_py::bind_structure(m);
    ascn_py::bind_paths(m);
    ascn_py::bind_asean(m);
    ascn_py::bind_clustering(m);
}

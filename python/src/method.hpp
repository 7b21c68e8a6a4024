// SPDX-License-Identifier: MIT
// Adds a method to a class bound in another translation unit (what class_::def does), so each
// family of analyses compiles in a file of its own.
#ifndef ASCN_PYTHON_METHOD_HPP
#define ASCN_PYTHON_METHOD_HPP

#include <pybind11/pybind11.h>

namespace ascn_py {

template <class F, class... Extra>
void method(pybind11::module_& m, const char* cls, const char* name, F&& f, const Extra&... extra) {
    namespace py = pybind11;
    const py::object c = m.attr(cls);
    py::cpp_function fn(std::forward<F>(f), py::name(name), py::is_method(c),
                        py::sibling(py::getattr(c, name, py::none())), extra...);
    py::setattr(c, name, fn);
}

} // namespace ascn_py

#endif // ASCN_PYTHON_METHOD_HPP

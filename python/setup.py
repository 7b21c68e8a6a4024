# SPDX-License-Identifier: MIT
# The extension module for setuptools (metadata in pyproject.toml): the same seven translation
# units CMake builds (-DASCN_BUILD_PYTHON=ON), on the library's headers in ../include.
import os

from pybind11.setup_helpers import Pybind11Extension, build_ext
from setuptools import setup

here = os.path.dirname(os.path.abspath(__file__))
include = os.path.join(os.path.dirname(here), "include")
if not os.path.isfile(os.path.join(include, "ascn", "ascn.hpp")):
    raise SystemExit("ascn: build the Python package from the repository (python/ beside include/)")

macros, libraries = [], []
# GraphML input needs pugixml (Debian: libpugixml-dev), as the library's optional reader does.
if os.path.isfile("/usr/include/pugixml.hpp") or os.environ.get("ASCN_PUGIXML"):
    macros.append(("ASCN_PY_GRAPHML", "1"))
    libraries.append("pugixml")

sources = ["module", "network", "io", "structure", "paths", "asean", "clustering"]
setup(
    ext_modules=[
        Pybind11Extension(
            "ascn._ascn",
            [os.path.join("src", s + ".cpp") for s in sources],
            include_dirs=[include],
            define_macros=macros,
            libraries=libraries,
            cxx_std=20,
        )
    ],
    cmdclass={"build_ext": build_ext},
)

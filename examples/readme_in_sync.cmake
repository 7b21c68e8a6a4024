# SPDX-License-Identifier: MIT
# Fails unless the C++ block of README.md that follows the marker
# "<!-- example: examples/readme.cpp -->" is exactly examples/readme.cpp.
file(READ ${SOURCE_DIR}/README.md readme)
file(READ ${SOURCE_DIR}/examples/readme.cpp code)
set(marker "<!-- example: examples/readme.cpp -->\n```cpp\n")
string(FIND "${readme}" "${marker}" at)
if(at EQUAL -1)
    message(FATAL_ERROR "README.md has no block marked ${marker}")
endif()
string(LENGTH "${marker}" n)
math(EXPR start "${at} + ${n}")
string(SUBSTRING "${readme}" ${start} -1 rest)
string(FIND "${rest}" "```" stop)
string(SUBSTRING "${rest}" 0 ${stop} block)
if(NOT block STREQUAL code)
    message(FATAL_ERROR "README.md's example differs from examples/readme.cpp: copy the file into the README")
endif()

# SPDX-License-Identifier: MIT
# Fails unless include/ascn/version.hpp states the CMake project's version (VERSION) in its
# macros and its string.
file(READ ${HEADER} text)
string(REGEX MATCH "ASCN_VERSION_MAJOR ([0-9]+)" _ "${text}")
set(major ${CMAKE_MATCH_1})
string(REGEX MATCH "ASCN_VERSION_MINOR ([0-9]+)" _ "${text}")
set(minor ${CMAKE_MATCH_1})
string(REGEX MATCH "ASCN_VERSION_PATCH ([0-9]+)" _ "${text}")
set(patch ${CMAKE_MATCH_1})
string(REGEX MATCH "version_string = \"([0-9.]+)\"" _ "${text}")
set(string ${CMAKE_MATCH_1})
if(NOT "${major}.${minor}.${patch}" STREQUAL VERSION OR NOT string STREQUAL VERSION)
    message(FATAL_ERROR "version.hpp says ${major}.${minor}.${patch} / \"${string}\", "
        "CMakeLists.txt says ${VERSION}")
endif()

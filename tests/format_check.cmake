# SPDX-License-Identifier: MIT
# Fails if clang-format would change any C++ file of the project.
file(GLOB_RECURSE files
    ${SOURCE_DIR}/include/*.hpp ${SOURCE_DIR}/tests/*.hpp ${SOURCE_DIR}/tests/*.cpp
    ${SOURCE_DIR}/examples/*.hpp ${SOURCE_DIR}/examples/*.cpp
    ${SOURCE_DIR}/tool/*.hpp ${SOURCE_DIR}/tool/*.cpp
    ${SOURCE_DIR}/python/src/*.hpp ${SOURCE_DIR}/python/src/*.cpp)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "clang-format would change these files (run clang-format -i):\n${err}")
endif()
list(LENGTH files n)
message(STATUS "${n} files are formatted")

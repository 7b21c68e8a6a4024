# SPDX-License-Identifier: MIT
# No Catch2 test name may hold ';', '[' or ']': CTest splits a name at ';', and an unbalanced
# bracket makes CMake's list of discovered names run on to its match, gluing every test after
# it into one name; Catch then matches no test and reports success, so they never run under
# ctest (a name with "(0, 1]" once hid 70 tests this way).
file(GLOB_RECURSE sources ${SOURCE_DIR}/tests/*.cpp)
set(bad "")
foreach(f IN LISTS sources)
    file(STRINGS ${f} lines REGEX "TEST_CASE\\(\"")
    foreach(line IN LISTS lines)
        if(line MATCHES "TEST_CASE\\(\"[^\"]*[];[]")
            string(APPEND bad "\n  ${f}: ${line}")
        endif()
    endforeach()
endforeach()
if(bad)
    message(FATAL_ERROR "test names with ';', '[' or ']' (CTest splits or glues them; the tests "
                        "never run):${bad}")
endif()

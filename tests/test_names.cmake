# SPDX-License-Identifier: MIT
# No Catch2 test name may hold ';': CTest splits the name there, Catch then matches no test and
# reports success, so such a test never runs under ctest.
file(GLOB_RECURSE sources ${SOURCE_DIR}/tests/*.cpp)
set(bad "")
foreach(f IN LISTS sources)
    file(STRINGS ${f} lines REGEX "TEST_CASE\\(\"")
    foreach(line IN LISTS lines)
        if(line MATCHES "TEST_CASE\\(\"[^\"]*;")
            string(APPEND bad "\n  ${f}: ${line}")
        endif()
    endforeach()
endforeach()
if(bad)
    message(FATAL_ERROR "test names with ';' (CTest splits them; the test never runs):${bad}")
endif()

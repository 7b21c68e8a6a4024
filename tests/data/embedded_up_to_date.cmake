# SPDX-License-Identifier: MIT
# Regenerates the embedded dataset header into OUT and fails if it differs from the committed one.
execute_process(COMMAND ${CMAKE_COMMAND} -DOUT=${OUT} -P ${SOURCE_DIR}/data/embed.cmake
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "data/embed.cmake failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT}
    ${SOURCE_DIR}/include/ascn/asean/embedded.hpp RESULT_VARIABLE differ)
if(NOT differ EQUAL 0)
    message(FATAL_ERROR "include/ascn/asean/embedded.hpp is out of date with data/*.csv: "
        "run  cmake -P data/embed.cmake  and commit the result")
endif()

# SPDX-License-Identifier: MIT
# Installs the library from BUILD_DIR into a fresh prefix, then builds and runs two consumer
# projects: one that finds it with find_package(ascn CONFIG), one that uses add_subdirectory.
# Both compile the umbrella header with -Wall -Wextra -Wpedantic -Werror.
function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        string(REPLACE ";" " " cmd "${ARGN}")
        message(FATAL_ERROR "failed (${rc}): ${cmd}\n${out}")
    endif()
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
if(NOT EXISTS ${prefix}/share/cmake/ascn/ascn-config.cmake)
    message(FATAL_ERROR "install did not produce ascn-config.cmake")
endif()

run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/consumer/find_package -B ${WORK_DIR}/fp
    -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_PREFIX_PATH=${prefix})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/fp)
run(${WORK_DIR}/fp/consumer)

run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/consumer/add_subdirectory -B ${WORK_DIR}/as
    -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX} -DASCN_SOURCE_DIR=${SOURCE_DIR})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/as)
run(${WORK_DIR}/as/consumer)
message(STATUS "both consumers built and ran")

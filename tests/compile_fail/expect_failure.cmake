# SPDX-License-Identifier: MIT
# Builds TARGET in BUILD_DIR and passes only if the build FAILS with output matching EXPECT.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
    message(FATAL_ERROR "${TARGET} compiled, but it must not")
endif()
if(NOT "${out}${err}" MATCHES "${EXPECT}")
    message(FATAL_ERROR "${TARGET} failed to compile, but without a message matching "
        "'${EXPECT}':\n${out}${err}")
endif()
message(STATUS "${TARGET} failed to compile, as it must, mentioning '${EXPECT}'")

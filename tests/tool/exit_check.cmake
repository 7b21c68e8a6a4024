# SPDX-License-Identifier: MIT
# Runs PROGRAM with ARGS and fails unless it exits with EXIT and, when given, its standard
# error contains ERR_TEXT and its standard output contains OUT_TEXT (plain substrings).
execute_process(COMMAND ${PROGRAM} ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
set(context "--- stdout ---\n${out}\n--- stderr ---\n${err}")
if(NOT rc STREQUAL EXIT)
    message(FATAL_ERROR "${PROGRAM} ${ARGS}: exit code ${rc}, expected ${EXIT}\n${context}")
endif()
if(DEFINED ERR_TEXT)
    string(FIND "${err}" "${ERR_TEXT}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${PROGRAM} ${ARGS}: standard error lacks \"${ERR_TEXT}\"\n${context}")
    endif()
endif()
if(DEFINED OUT_TEXT)
    string(FIND "${out}" "${OUT_TEXT}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${PROGRAM} ${ARGS}: standard output lacks \"${OUT_TEXT}\"\n${context}")
    endif()
endif()

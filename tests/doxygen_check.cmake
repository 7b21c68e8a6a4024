# SPDX-License-Identifier: MIT
# Runs Doxygen with docs/Doxyfile, writing into WORK_DIR, and fails if it printed any warning
# (undocumented public entities, broken references). Run with -DDOXYGEN=<doxygen>
# -DSOURCE_DIR=<the project's root> -DWORK_DIR=<a folder in the build tree>.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(READ ${SOURCE_DIR}/docs/Doxyfile config)
file(WRITE ${WORK_DIR}/Doxyfile "${config}\nOUTPUT_DIRECTORY = ${WORK_DIR}\n")
# Paths in the Doxyfile are relative to docs/.
execute_process(COMMAND ${DOXYGEN} ${WORK_DIR}/Doxyfile
    WORKING_DIRECTORY ${SOURCE_DIR}/docs
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "doxygen exited ${rc}\n${out}\n${err}")
endif()
if(NOT err STREQUAL "")
    message(FATAL_ERROR "doxygen warned: document these in the headers' /// comments\n${err}")
endif()
if(NOT EXISTS ${WORK_DIR}/html/index.html)
    message(FATAL_ERROR "doxygen wrote no ${WORK_DIR}/html/index.html")
endif()
message(STATUS "API reference: ${WORK_DIR}/html/index.html")

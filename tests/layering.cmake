# SPDX-License-Identifier: MIT
# The floors of include/ascn/ (docs/design.md draws them): a header may include headers of its
# own floor or below, never above. Fails naming every include that runs upwards, and every
# header this file does not place on a floor. Run with -DSOURCE_DIR=<the project's root>.
cmake_minimum_required(VERSION 3.22)

# Floor of a header, by its path under include/ (first match wins).
set(floors
    "0:ascn/(contracts|error|progress|version|handles)\\.hpp$"
    "0:ascn/detail/(text|suggest|parallel)\\.hpp$"
    "1:ascn/model/.*\\.hpp$"
    "1:ascn/(focus_area|concepts|fwd)\\.hpp$"
    "1:ascn/detail/(members|validate|csv)\\.hpp$"
    "2:ascn/(network|source|time_view|views|generate|scenario)\\.hpp$"
    "3:ascn/(snapshot|arc_policy)\\.hpp$"
    "4:ascn/algorithm/.*\\.hpp$"
    "5:ascn/asean/.*\\.hpp$"
    "5:ascn/asean\\.hpp$"
    "6:ascn/io/.*\\.hpp$"
    "7:ascn/ascn\\.hpp$")
set(names "foundation" "model" "network" "frozen graph" "algorithms" "ASEAN" "io" "umbrella")

function(floor_of header out)
    foreach(rule IN LISTS floors)
        string(REGEX MATCH "^([0-9]):(.*)$" _ "${rule}")
        set(level ${CMAKE_MATCH_1})
        if(header MATCHES "${CMAKE_MATCH_2}")
            set(${out} ${level} PARENT_SCOPE)
            return()
        endif()
    endforeach()
    set(${out} "" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE headers RELATIVE ${SOURCE_DIR}/include ${SOURCE_DIR}/include/ascn/*.hpp)
list(SORT headers)
set(problems "")
set(edges 0)
foreach(h IN LISTS headers)
    floor_of(${h} mine)
    if(mine STREQUAL "")
        string(APPEND problems "${h}: not on any floor (add it to tests/layering.cmake)\n")
        continue()
    endif()
    file(STRINGS ${SOURCE_DIR}/include/${h} includes REGEX "^#include \"ascn/")
    foreach(line IN LISTS includes)
        string(REGEX MATCH "\"(ascn/[^\"]+)\"" _ "${line}")
        set(target ${CMAKE_MATCH_1})
        floor_of(${target} theirs)
        math(EXPR edges "${edges} + 1")
        if(theirs STREQUAL "")
            string(APPEND problems "${h}: includes ${target}, which is on no floor\n")
        elseif(theirs GREATER mine)
            list(GET names ${mine} a)
            list(GET names ${theirs} b)
            string(APPEND problems
                "${h} (floor ${mine}, ${a}) includes ${target} (floor ${theirs}, ${b})\n")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "includes that run up a floor:\n${problems}")
endif()
list(LENGTH headers n)
message(STATUS "${n} headers, ${edges} includes, none runs up a floor")

# callrail_add_windows_metadata(<target> [DESCRIPTION <text>])
#
# Gives a Windows executable its icon, a version resource stamped from PROJECT_VERSION (Explorer > Properties >
# Details) and the application manifest (per-monitor DPI awareness, UTF-8 code page). Does nothing on other
# platforms, so it can be called unconditionally. packaging/CMakeLists.txt calls it for callrail-export and
# callrail-extractor; it may equally be called from app/ after include()ing this file.
include_guard(GLOBAL)

set(_CALLRAIL_WINDOWS_DIR "${CMAKE_CURRENT_LIST_DIR}")

function(callrail_add_windows_metadata target)
    if(NOT WIN32)
        return()
    endif()
    cmake_parse_arguments(ARG "" "DESCRIPTION" "" ${ARGN})
    if(NOT ARG_DESCRIPTION)
        set(ARG_DESCRIPTION "CallRail Extractor")
    endif()

    get_target_property(output_name ${target} OUTPUT_NAME)
    if(NOT output_name)
        set(output_name ${target})
    endif()
    set(CALLRAIL_RC_FILE_NAME "${output_name}.exe")
    set(CALLRAIL_RC_DESCRIPTION "${ARG_DESCRIPTION}")
    # rc.exe reads backslash escapes in strings, so hand it forward slashes.
    file(TO_CMAKE_PATH "${PROJECT_SOURCE_DIR}/resources/icons/callrail-extractor.ico" CALLRAIL_RC_ICON)
    set(manifest "${_CALLRAIL_WINDOWS_DIR}/callrail.manifest")
    if(MSVC)
        # The MSVC linker merges a .manifest source into the one it writes itself.
        set(CALLRAIL_RC_MANIFEST_LINE "")
        set(extra_sources "${manifest}")
    else()
        # MinGW: embed it as resource 1 of type RT_MANIFEST (24).
        set(CALLRAIL_RC_MANIFEST_LINE "1 24 \"${manifest}\"")
        set(extra_sources "")
    endif()
    set(rc "${CMAKE_BINARY_DIR}/packaging/windows/${target}_version.rc")
    configure_file("${_CALLRAIL_WINDOWS_DIR}/version.rc.in" "${rc}" @ONLY)
    target_sources(${target} PRIVATE "${rc}" ${extra_sources})
endfunction()

# Run at install time (install(CODE) in packaging/CMakeLists.txt sets the variables):
#   CALLRAIL_PROGRAMS  the executables to look into
#   CALLRAIL_DIRS      where the libraries they import may be (vcpkg's bin/ folders)
#   CALLRAIL_DEST      the folder the programs are installed in
# Copies every library the programs import that is neither the system's nor Qt's (windeployqt deploys Qt), so
# that the installer carries libpq and what it loads, QtKeychain, and libxlsxwriter when it is a DLL. Works on ELF too, which is how it is checked on Linux.
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${CALLRAIL_PROGRAMS}
    RESOLVED_DEPENDENCIES_VAR found
    UNRESOLVED_DEPENDENCIES_VAR missing
    DIRECTORIES ${CALLRAIL_DIRS}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6[A-Z][A-Za-z]*\\.dll$" "^libQt6"
    POST_EXCLUDE_REGEXES "[/\\\\][Ss]ystem32[/\\\\]" "[/\\\\][Ss]ys[Ww][Oo][Ww]64[/\\\\]" "^/lib" "^/usr/lib")
foreach(library IN LISTS found)
    message(STATUS "Carrying ${library}")
    file(INSTALL "${library}" DESTINATION "${CALLRAIL_DEST}" FOLLOW_SYMLINK_CHAIN)
endforeach()
if(missing)
    message(WARNING "Not found, so not in the installer: ${missing}")
endif()

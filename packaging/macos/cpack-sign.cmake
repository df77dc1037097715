# CPACK_PRE_BUILD_SCRIPTS hook (DragNDrop): signs and notarizes the staged "CallRail Extractor.app" before
# CPack puts it in the disk image, so the image carries a signed, stapled app. Without MACOS_SIGN_IDENTITY in the
# environment the script only says that it skipped.
file(GLOB_RECURSE _callrail_plists LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app/Contents/Info.plist")
foreach(plist IN LISTS _callrail_plists)
    get_filename_component(contents "${plist}" DIRECTORY)
    get_filename_component(app "${contents}" DIRECTORY)
    execute_process(
        COMMAND "${CPACK_CALLRAIL_SIGN_SCRIPT}" "${app}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "Signing ${app} failed (${result}).")
    endif()
endforeach()

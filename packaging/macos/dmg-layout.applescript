-- Lays out the disk image window (CPACK_DMG_DS_STORE_SETUP_SCRIPT): the application on the left, the
-- Applications shortcut on the right, so that installing is one drag. CPack passes the volume name.
on run argv
    set volumeName to item 1 of argv
    tell application "Finder"
        tell disk volumeName
            open
            set current view of container window to icon view
            set toolbar visible of container window to false
            set statusbar visible of container window to false
            set the bounds of container window to {200, 120, 760, 480}
            set viewOptions to the icon view options of container window
            set arrangement of viewOptions to not arranged
            set icon size of viewOptions to 112
            set text size of viewOptions to 13
            set position of item "CallRail Extractor.app" of container window to {150, 170}
            set position of item "Applications" of container window to {410, 170}
            close
            open
            update without registering applications
            delay 2
            close
        end tell
    end tell
end run

#pragma once

#include <QString>

namespace callrail {

/// The folder where the application keeps its own files (the log, the request budget): one folder named
/// after the application in the system's place for application data, e.g.
/// ~/.local/share/CallRail Extractor on Linux, %LOCALAPPDATA%\CallRail Extractor on Windows,
/// ~/Library/Application Support/CallRail Extractor on macOS. Qt's AppLocalDataLocation would nest the
/// organisation and the application, which share the name ("CallRail Extractor/CallRail Extractor").
QString appDataFolder();

} // namespace callrail

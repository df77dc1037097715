#pragma once

#include <QString>

namespace callrail::test {

/// Points QStandardPaths and QSettings at throwaway folders and clears the CALLRAIL_* environment,
/// so that a test never reads or writes the user's settings, budget files, logs or keychain.
/// Called by Q_COREAPP_STARTUP_FUNCTION in every test executable.
void isolateTestEnvironment();

/// Reads a whole file (empty when it cannot be read).
QByteArray readAll(const QString &path);

} // namespace callrail::test

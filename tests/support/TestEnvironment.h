#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace callrail::test {

/// Points QStandardPaths and QSettings at throwaway folders and clears the CALLRAIL_* environment,
/// so that a test never reads or writes the user's settings, budget files, logs or keychain.
/// Called by Q_COREAPP_STARTUP_FUNCTION in every test executable.
void isolateTestEnvironment();

/// Reads a whole file (empty when it cannot be read).
QByteArray readAll(const QString &path);

/// Writes `lines`, each ended by a newline, as the whole file (a staged JSON Lines file, say): its path, or
/// empty when it cannot be written.
QString writeLines(const QString &path, const QList<QByteArray> &lines);

} // namespace callrail::test

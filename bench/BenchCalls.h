#pragma once

#include <QString>

namespace callrail::bench {

/// Writes a staged JSON Lines file of `rows` calls with CallRail's default fields, shaped like
/// shared/callrail-api.md's example, varied per row: the source of the typed outputs' benchmarks (7, 9).
bool writeCalls(const QString &path, qint64 rows);

} // namespace callrail::bench

#pragma once

#include "export/ExportOptions.h"

#include <QDateTime>
#include <QString>

namespace callrail {

/// The record times an export keeps track of: CallRail's ISO 8601 timestamps
/// ("2026-11-30T14:05:09.123-05:00"), read the one way both the export's manifest (each file's newest record)
/// and a refresh's merge (which records fall in the re-read window) must agree on.
namespace RecordTimes {

/// The time of a record's timestamp text; invalid when empty or not ISO 8601.
QDateTime parsed(const QString &text);
/// Keeps in `newest` the later of itself and the time `text` (a time that does not parse is ignored).
void keepNewest(QDateTime &newest, const QString &text);
/// The newest `timestampField` of an exported file, CSV or JSON Lines (invalid when it has none or cannot be
/// read).
QDateTime newestIn(const QString &path, OutputFormat format, const QString &timestampField);

} // namespace RecordTimes

} // namespace callrail

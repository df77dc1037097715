#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <functional>

class QFile;

namespace callrail {

class RecordFlattener;

/// How reading a staged JSON Lines file ended.
enum class JsonLinesEnd
{
    Finished,  ///< every line was read
    Stopped,   ///< the visitor asked to stop
    ReadFailed ///< the file could not be read to its end (QFile::errorString() says why)
};

/// Calls `onLine` for every line of a staged JSON Lines file that is not blank (without its line break), a
/// chunk at a time; `onLine` returns false to stop.
JsonLinesEnd forEachLine(QFile &file, const std::function<bool(QByteArrayView)> &onLine);

/// Reads a staged JSON Lines file (the typed outputs' source: the Excel workbook, the SQLite database) a
/// chunk at a time. Every line that is a JSON object is flattened into `flattener` and `onRecord` is called,
/// which returns false to stop; blank lines are skipped; any other line is counted in *notRecords.
JsonLinesEnd readFlattenedRecords(QFile &file, RecordFlattener &flattener, qint64 *notRecords,
                                  const std::function<bool()> &onRecord);

} // namespace callrail

#pragma once

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

/// Reads a staged JSON Lines file (the typed outputs' source: the Excel workbook, the SQLite database) a
/// chunk at a time. Every line that is a JSON object is flattened into `flattener` and `onRecord` is called,
/// which returns false to stop; blank lines are skipped; any other line is counted in *notRecords.
JsonLinesEnd readFlattenedRecords(QFile &file, RecordFlattener &flattener, qint64 *notRecords,
                                  const std::function<bool()> &onRecord);

} // namespace callrail

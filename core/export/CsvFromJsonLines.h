#pragma once

#include "export/ExportOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace callrail {

/// Writes the CSV file of a staged JSON Lines file: the same bytes as the CSV the run would have written
/// from the same records (PageEncoder's header, RecordFlattener's CSV rows), so that the window can stage
/// losslessly and still save CSV. Reads and writes a chunk at a time: memory does not grow with the rows.
class CsvFromJsonLines
{
    Q_DECLARE_TR_FUNCTIONS(callrail::CsvFromJsonLines)

public:
    /// Appends the CSV to `out` (open for writing). `columns`: the staged file's columns; `added`: the
    /// columns spread from its JSON cells (AddedColumns::ofJsonLines()), in their order. False with a
    /// translated message naming the file when it cannot be read or `out` cannot be written; *rows (if
    /// given) counts the records written, *notRecords the lines that were not JSON records (skipped).
    /// `stop`, asked after each megabyte written, ends the write early: false, with no message.
    static bool write(const QString &jsonLinesPath, const QStringList &columns, const QStringList &added,
                      const ExportOptions &options, QIODevice &out, QString *error, qint64 *rows = nullptr,
                      qint64 *notRecords = nullptr, const std::function<bool()> &stop = {});
    /// write() with the added columns found in the file first (a pass over it).
    static bool write(const QString &jsonLinesPath, const QStringList &columns, const ExportOptions &options,
                      QIODevice &out, QString *error, qint64 *rows = nullptr, qint64 *notRecords = nullptr,
                      const std::function<bool()> &stop = {});
};

} // namespace callrail

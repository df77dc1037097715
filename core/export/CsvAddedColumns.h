#pragma once

#include "export/AddedColumns.h"
#include "export/ByteBuffer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <string_view>

namespace callrail {

/// AddedColumns for CSV: a CSV file is written with the catalogue's columns first (page by page, fast, and
/// resumable at a byte offset), then spread once whole, when it is complete (EndpointFile::commit(), and a
/// refresh's merged file). The window's Save writes the same rows from JSON Lines (CsvFromJsonLines), so
/// both give the same bytes.
class CsvAddedColumns
{
    Q_DECLARE_TR_FUNCTIONS(callrail::CsvAddedColumns)

public:
    /// The text of a CSV field as written: its quotes removed and doubled quotes made single.
    static std::string decodeField(std::string_view field);
    /// Appends one spread row: the catalogue's fields as written (`raw`), but a source that gave keys away
    /// written anew, then the added columns (where the row has no new value, `raw` of that column: a file
    /// spread before keeps its cells), then `trailer` (raw fields after the added ones: the removal column).
    static void appendRow(ByteBuffer &out, const AddedColumns &added, const AddedColumns::Row &row,
                          const std::function<std::string_view(int)> &raw, int knownInRow,
                          const std::vector<std::string_view> &trailer, bool excelSafe);

    /// Spreads the CSV file `from` (its header: the catalogue's `columns`, the added columns of an earlier
    /// spread, and the removal column last when it has one) into `to`, written whole (QSaveFile). Keys not
    /// yet columns are appended to the added ones. *rewritten is false when nothing changed (then `to` is not
    /// written: the caller renames or keeps `from`); *names gets the file's added columns. False with a
    /// translated message when a file cannot be read or written.
    static bool spreadFile(const QString &from, const QString &to, const QStringList &columns, bool excelSafe,
                           bool *rewritten, QStringList *names, QString *error);
    /// The added columns of a CSV file, read from its header: what follows `columns` (the removal column
    /// aside). Empty when the file cannot be read or was not written with these columns.
    static QStringList ofCsvHeader(const QString &path, const QStringList &columns);
};

} // namespace callrail

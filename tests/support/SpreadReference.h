#pragma once

#include <QStringList>

namespace callrail::test {

/// The cells of one row as the export spreads them into added columns (AddedColumns), worked out again with
/// Qt's JSON classes from the row's unspread cells (JsonRecordCells): the suites' reference, independent of
/// the export's own code. `cells` are the catalogue's columns' cells; the result has one more per added
/// column.
QStringList spreadReference(const QStringList &columns, const QStringList &added, QStringList cells);

} // namespace callrail::test

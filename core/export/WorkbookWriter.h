#pragma once

#include "api/EndpointCatalogue.h"
#include "export/ExportOptions.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace callrail {

/// What one endpoint's sheet(s) received.
struct SheetReport
{
    QStringList sheets;         ///< "calls", then "calls (2)", … past the row limit
    qint64 rows = 0;            ///< records written
    qint64 cutCells = 0;        ///< text cells cut at the cell limit
    qint64 unreadable = 0;      ///< lines of the staged file that were not a JSON object (skipped)
    QMap<QDate, qint64> perDay; ///< records per local date of the day column, when one was asked for
};

/// Writes one Excel workbook: libxlsxwriter (constant-memory mode) writes everything but the cells, which
/// SheetRowsXml writes (every row of every sheet, header rows and the Summary's text included, so that all
/// text is escaped as Excel and XML readers both read it back) and DeflatedFile compresses on a thread of its
/// own as they are made; close() puts them into the sheets' zip entries (assembleWorkbook()). The temporary
/// files are in the workbook's own folder, not a RAM-backed /tmp, so memory does not grow with the rows.
///
/// The first sheet is the Summary (filled last, see setSummary()); then one sheet per endpoint, read from the
/// endpoint's staged JSON Lines file and typed by the catalogue's ColumnType: identifiers and text as strings
/// (never formulas, so a "+" and leading zeros stay and "=cmd()" stays text), integers and numbers as
/// numbers, booleans as booleans, timestamps as Excel date-times in the record's own local time, JSON as
/// text. The workbook is written under "<name>.partial" and renamed when whole, so a failure (a full disk)
/// never leaves a broken workbook under the final name, nor replaces an older one.
class WorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(callrail::WorkbookWriter)

public:
    explicit WorkbookWriter(const QString &path, const WorkbookLimits &limits = {});
    ~WorkbookWriter();
    WorkbookWriter(const WorkbookWriter &) = delete;
    WorkbookWriter &operator=(const WorkbookWriter &) = delete;

    /// Starts the workbook and its Summary sheet. False with a message when it cannot.
    bool open(QString *error);
    /// Adds the sheet(s) of one endpoint from its JSON Lines file. `addedColumns` (text) follow `columns`,
    /// spread from the JSON cells (AddedColumns::ofJsonLines()). `dayColumn`, when not empty, names the
    /// timestamp column whose local dates are counted into SheetReport::perDay (calls per day).
    SheetReport addSheet(const QString &sheetName, const QString &jsonLinesPath, const QStringList &columns,
                         const QList<ColumnType> &types, const QStringList &addedColumns,
                         const QString &dayColumn, QString *error);
    /// The Summary sheet: the lines of text (one a row), then a table of `perDay` under `dayHeader` and a
    /// column chart of it titled `chartTitle` (no table nor chart when perDay is empty).
    void setSummary(const QStringList &lines, const QString &dayHeader, const QString &countHeader,
                    const QString &chartTitle, const QMap<QDate, qint64> &perDay);
    /// Writes the file and renames it to its final name. False with a message when it could not; the
    /// staged files are untouched either way.
    bool close(QString *error);

    /// The marker that ends a cut cell (translated).
    static QString cutMarker();

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace callrail

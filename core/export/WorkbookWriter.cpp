#include "WorkbookWriter.h"

#include "api/Utf8Text.h"
#include "export/AddedColumns.h"
#include "export/DeflatedFile.h"
#include "export/RecordFlattener.h"
#include "export/SheetRowsXml.h"
#include "export/StagedJsonLines.h"
#include "export/WorkbookText.h"
#include "export/XlsxPackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <string>

namespace callrail {

using namespace workbooktext;

namespace {
/// Rows whose cell lengths set the column widths: enough to see the data's shape, cheap to measure.
constexpr qint64 kWidthSampleRows = 500;
constexpr double kMaxColumnWidth = 60;
/// Rows' XML handed to the compressing thread at a time.
constexpr size_t kRowsChunk = 1 << 20;

QString lxwMessage(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace

struct WorkbookWriter::State
{
    QString path;
    QString partialPath;
    QString headersPath; ///< libxlsxwriter's workbook: everything but the data sheets' rows
    int worksheets = 0;  ///< added so far: the n-th is the zip entry xl/worksheets/sheet<n>.xml
    QList<SheetRowsPart> rowParts;
    WorkbookLimits limits;
    QByteArray tmpDir;
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *summary = nullptr;
    lxw_format *header = nullptr;
    lxw_format *dateTime = nullptr;
    lxw_format *date = nullptr;
    int dateTimeStyle = 0;
    int dateStyle = -1;   ///< numbered when a sheet first holds a date (styles are numbered as first used)
    QString summaryError; ///< why the Summary's rows could not be written, said by close()
    QString cutMarker;
    std::string cutMarkerUtf8;
    qsizetype cutMarkerCharacters = 0;

    lxw_worksheet *startSheet(const QString &name, const QStringList &columns,
                              const QList<ColumnType> &types);
    /// Starts the rows of the worksheet `number` (its zip entry is xl/worksheets/sheet<number>.xml).
    std::unique_ptr<DeflatedFile> openRows(int number, QString *why);
    /// Hands the rest of `rows` to `deflated`, ends it and records its sizes and `range` in the last part.
    bool finishRows(SheetRowsXml &rows, std::unique_ptr<DeflatedFile> deflated, const std::string &range,
                    QString *why);
    void removeFiles();
    static void finishSheet(lxw_worksheet *sheet, lxw_row_t lastRow, const std::vector<double> &widths);
    /// Writes one cell by its type; returns true when the text had to be cut.
    bool writeCell(SheetRowsXml &rows, int column, ColumnType type, std::string_view text);
    bool writeText(SheetRowsXml &rows, int column, std::string_view text);
};

WorkbookWriter::WorkbookWriter(const QString &path, const WorkbookLimits &limits)
    : m(std::make_unique<State>())
{
    m->path = path;
    m->partialPath = path + QStringLiteral(".partial");
    m->headersPath = path + QStringLiteral(".headers.partial");
    m->limits = limits;
    m->cutMarker = cutMarker();
    m->cutMarkerUtf8 = m->cutMarker.toStdString();
    m->cutMarkerCharacters = characterCount(m->cutMarkerUtf8);
}

WorkbookWriter::~WorkbookWriter()
{
    if (m->workbook) {
        // Not closed: drop what was started, the final name stays as it was.
        workbook_close(m->workbook);
        m->removeFiles();
        QFile::remove(m->partialPath);
    }
}

void WorkbookWriter::State::removeFiles()
{
    QFile::remove(headersPath);
    for (const SheetRowsPart &part : std::as_const(rowParts))
        QFile::remove(part.path);
}

QString WorkbookWriter::cutMarker()
{
    return tr("… [cut: Excel holds at most 32,767 characters in a cell; the whole text is in the JSON Lines "
              "file]");
}

bool WorkbookWriter::open(QString *error)
{
    // libxlsxwriter says nothing useful about an unwritable folder before close(): try it first.
    QFile probe(m->partialPath);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m->path), probe.errorString());
        return false;
    }
    probe.close();
    // Constant memory keeps each sheet's rows in a temporary file: in the output's own folder, which has
    // room for the workbook anyway, not in /tmp (often RAM-backed).
    m->tmpDir = QFile::encodeName(QFileInfo(m->path).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m->tmpDir.data();
    // libxlsxwriter's file holds the header rows only (the rows go in apart, see addSheet()): far from the
    // 4 GB where zip64 would be needed. assembleWorkbook() writes zip64 for the whole workbook where needed.
    options.use_zip64 = LXW_FALSE;
    m->workbook = workbook_new_opt(QFile::encodeName(m->headersPath).constData(), &options);
    if (!m->workbook) {
        *error = tr("Could not start the workbook %1.").arg(QDir::toNativeSeparators(m->path));
        return false;
    }
    m->header = workbook_add_format(m->workbook);
    format_set_bold(m->header);
    m->dateTime = workbook_add_format(m->workbook);
    format_set_num_format(m->dateTime, "yyyy-mm-dd hh:mm:ss");
    m->date = workbook_add_format(m->workbook);
    format_set_num_format(m->date, "yyyy-mm-dd");
    m->summary = workbook_add_worksheet(m->workbook, sheetName(tr("Summary")).constData());
    m->worksheets = 1;
    return true;
}

lxw_worksheet *WorkbookWriter::State::startSheet(const QString &name, const QStringList &columns,
                                                 const QList<ColumnType> &types)
{
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName(name).constData());
    if (!sheet)
        return nullptr;
    ++worksheets;
    // The header row's text is the rows' (addSheet()): SheetRowsXml escapes text as Excel and XML readers
    // both read it back, libxlsxwriter does not.
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (types.value(c) == ColumnType::Timestamp)
            worksheet_write_comment(
                sheet, 0, lxw_col_t(c),
                tr("Local time as CallRail sent it, in the record's own time zone (Excel has no time zones; "
                   "the offset is in the JSON Lines file).")
                    .toUtf8()
                    .constData());
    }
    worksheet_freeze_panes(sheet, 1, 0);
    return sheet;
}

std::unique_ptr<DeflatedFile> WorkbookWriter::State::openRows(int number, QString *why)
{
    SheetRowsPart part;
    part.entry = QStringLiteral("xl/worksheets/sheet%1.xml").arg(number);
    part.path = path + QStringLiteral(".sheet%1.partial").arg(number);
    rowParts.append(part);
    auto deflated = std::make_unique<DeflatedFile>();
    if (!deflated->open(part.path, why))
        return nullptr;
    return deflated;
}

bool WorkbookWriter::State::finishRows(SheetRowsXml &rows, std::unique_ptr<DeflatedFile> deflated,
                                       const std::string &range, QString *why)
{
    if (!deflated->write(rows.xml()) || !deflated->finish(why))
        return false;
    SheetRowsPart &part = rowParts.last();
    part.crc = deflated->crc();
    part.size = deflated->size();
    part.compressedSize = deflated->compressedSize();
    part.range = QByteArray::fromStdString(range);
    return true;
}

void WorkbookWriter::State::finishSheet(lxw_worksheet *sheet, lxw_row_t lastRow,
                                        const std::vector<double> &widths)
{
    if (widths.empty())
        return;
    worksheet_autofilter(sheet, 0, 0, lastRow, lxw_col_t(widths.size() - 1));
    for (size_t c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
}

bool WorkbookWriter::State::writeText(SheetRowsXml &rows, int column, std::string_view text)
{
    // Text ends at a NUL byte (JSON can escape one), as it did when libxlsxwriter took it as a C string.
    text = text.substr(0, text.find('\0'));
    if (text.empty())
        return false;
    // Most cells are far below the limit in bytes already; only long ones are counted.
    if (qsizetype(text.size()) > limits.cellCharacters && characterCount(text) > limits.cellCharacters) {
        const qsizetype keep = std::max<qsizetype>(0, limits.cellCharacters - cutMarkerCharacters);
        std::string cut(text.substr(0, prefixBytes(text, keep)));
        cut += cutMarkerUtf8;
        rows.text(column, cut);
        return true;
    }
    // A string, never a formula: "=HYPERLINK(…)" and "+1404…" stay text.
    rows.text(column, text);
    return false;
}

bool WorkbookWriter::State::writeCell(SheetRowsXml &rows, int column, ColumnType type, std::string_view text)
{
    if (text.empty())
        return false; // null or absent: a blank cell
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Number:
        if (const auto number = parseNumber(text)) {
            rows.number(column, *number);
            return false;
        }
        break; // not a number after all (CallRail's types drift): kept as text, nothing lost
    case ColumnType::Boolean:
        if (text == "true" || text == "false") {
            rows.boolean(column, text == "true");
            return false;
        }
        break;
    case ColumnType::Timestamp:
        if (auto time = parseTimestamp(text)) {
            rows.number(column, lxw_datetime_to_excel_datetime(&*time), dateTimeStyle);
            return false;
        }
        break;
    case ColumnType::Date:
        if (auto day = parseDate(text)) {
            if (dateStyle < 0)
                dateStyle = lxw_format_get_xf_index(date);
            rows.number(column, lxw_datetime_to_excel_datetime(&*day), dateStyle);
            return false;
        }
        break;
    case ColumnType::Text:
    case ColumnType::Identifier:
    case ColumnType::Json:
        break;
    }
    return writeText(rows, column, text);
}

SheetReport WorkbookWriter::addSheet(const QString &sheetName, const QString &jsonLinesPath,
                                     const QStringList &baseColumns, const QList<ColumnType> &baseTypes,
                                     const QStringList &addedColumns, const QString &dayColumn,
                                     QString *error)
{
    const QStringList columns = baseColumns + addedColumns;
    QList<ColumnType> types = baseTypes;
    types.resize(baseColumns.size(), ColumnType::Text);
    types.append(QList<ColumnType>(addedColumns.size(), ColumnType::Text));
    SheetReport report;
    QFile file(jsonLinesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(jsonLinesPath), file.errorString());
        return report;
    }
    RecordFlattener flattener(baseColumns);
    const AddedColumns added(baseColumns, addedColumns);
    AddedColumns::Row spread;
    const auto flattened = [&flattener](int column) { return flattener.cell(column); };
    const int dayIndex = dayColumn.isEmpty() ? -1 : int(columns.indexOf(dayColumn));
    std::vector<double> widths(size_t(columns.size()));
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const double fixed = types.value(c) == ColumnType::Timestamp ? 20 : 0;
        // Room for the header and its filter button.
        widths[size_t(c)] = std::max(fixed, double(columns.at(c).size()) + 4);
    }

    const auto nextSheetName = [&] {
        const int part = int(report.sheets.size()) + 1;
        return part == 1 ? sheetName : QStringLiteral("%1 (%2)").arg(sheetName).arg(part);
    };
    lxw_worksheet *sheet = nullptr;
    lxw_row_t row = 0;
    // The rows' XML, compressed on a thread of its own as it is made: the zip entry of the sheet gets it in
    // close() (assembleWorkbook()). libxlsxwriter writes the rest of the sheet, its header row included.
    SheetRowsXml xml(int(columns.size()));
    std::unique_ptr<DeflatedFile> deflated;
    const auto writeFailed = [&](const QString &why) {
        *error = tr("Could not write %1 (is the disk full?): %2").arg(QDir::toNativeSeparators(m->path), why);
        return false;
    };
    const auto finish = [&] {
        if (!sheet || !deflated)
            return true;
        State::finishSheet(sheet, row, widths);
        QString why;
        const std::string range =
            columns.isEmpty() ? "A1"
                              : "A1:" + xml.columnName(int(columns.size()) - 1) + std::to_string(row + 1);
        if (!m->finishRows(xml, std::move(deflated), range, &why))
            return writeFailed(why);
        return true;
    };
    // A sheet (the first, or the next past the row limit) with its header row.
    const auto startSheet = [&] {
        const QString name = nextSheetName();
        sheet = m->startSheet(name, columns, types);
        if (!sheet) {
            *error = tr("Could not add the sheet %1 to the workbook.").arg(name);
            return false;
        }
        report.sheets.append(name);
        row = 0;
        // Styles are numbered as first used: the header's, then the date-times', as libxlsxwriter did when it
        // wrote the rows too.
        const int headerStyle = lxw_format_get_xf_index(m->header);
        m->dateTimeStyle = lxw_format_get_xf_index(m->dateTime);
        QString why;
        deflated = m->openRows(m->worksheets, &why);
        if (!deflated)
            return writeFailed(why);
        xml.startRow(0);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (!columns.at(c).isEmpty())
                xml.text(int(c), columns.at(c).toStdString(), headerStyle);
        }
        xml.endRow();
        return true;
    };

    qint64 sampled = 0;
    const JsonLinesEnd end = readFlattenedRecords(file, flattener, &report.unreadable, [&] {
        if (!sheet || qint64(row) >= m->limits.rowsPerSheet) {
            if (!finish() || !startSheet())
                return false;
        }
        ++row;
        xml.startRow(row);
        if (!addedColumns.isEmpty())
            added.spread(flattened, spread);
        for (int c = 0; c < int(columns.size()); ++c) {
            const std::string_view text = addedColumns.isEmpty() ? flattener.cell(c) : spread.cell(c);
            if (m->writeCell(xml, c, types.value(c), text))
                ++report.cutCells;
            if (sampled < kWidthSampleRows && !text.empty() && types.value(c) != ColumnType::Timestamp)
                widths[size_t(c)] =
                    std::min(kMaxColumnWidth, std::max(widths[size_t(c)], double(characterCount(text)) + 2));
        }
        ++sampled;
        if (dayIndex >= 0) {
            if (const auto time = parseTimestamp(flattener.cell(dayIndex)))
                ++report.perDay[QDate(time->year, time->month, time->day)];
        }
        xml.endRow();
        if (xml.xml().size() >= kRowsChunk && !deflated->write(xml.xml())) {
            QString why;
            deflated->finish(&why); // says why the thread could not write
            return writeFailed(why);
        }
        ++report.rows;
        return true;
    });
    if (end == JsonLinesEnd::Stopped)
        return report;
    if (end == JsonLinesEnd::ReadFailed) {
        *error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(jsonLinesPath), file.errorString());
        return report;
    }
    // No record: the sheet still says which columns the list has.
    if (!sheet && !startSheet())
        return report;
    finish(); // a failure is in *error
    return report;
}

void WorkbookWriter::setSummary(const QStringList &lines, const QString &dayHeader,
                                const QString &countHeader, const QString &chartTitle,
                                const QMap<QDate, qint64> &perDay)
{
    // The Summary's text holds names (accounts, files): its rows go through SheetRowsXml like the data's.
    SheetRowsXml rows(2);
    const int headerStyle = lxw_format_get_xf_index(m->header);
    const auto text = [&](int column, const QString &value, int style) {
        if (!value.isEmpty())
            rows.text(column, value.toStdString(), style);
    };
    lxw_row_t row = 0;
    for (const QString &line : lines) {
        rows.startRow(row);
        text(0, line, row == 0 ? headerStyle : 0);
        rows.endRow();
        ++row;
    }
    worksheet_set_column(m->summary, 0, 0, 22, nullptr);
    const auto writeRows = [&] {
        QString why;
        std::unique_ptr<DeflatedFile> deflated = m->openRows(1, &why);
        const std::string range = perDay.isEmpty() ? "A1:A" + std::to_string(std::max<lxw_row_t>(row, 1))
                                                   : "A1:B" + std::to_string(row + 1);
        if (!deflated || !m->finishRows(rows, std::move(deflated), range, &why))
            m->summaryError = why;
    };
    if (perDay.isEmpty()) {
        writeRows();
        return;
    }
    ++row;
    const lxw_row_t tableHeader = row;
    rows.startRow(row);
    text(0, dayHeader, headerStyle);
    text(1, countHeader, headerStyle);
    rows.endRow();
    const int dateStyle = lxw_format_get_xf_index(m->date);
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        ++row;
        lxw_datetime day{it.key().year(), it.key().month(), it.key().day(), 0, 0, 0};
        rows.startRow(row);
        rows.number(0, lxw_datetime_to_excel_datetime(&day), dateStyle);
        rows.number(1, double(it.value()));
        rows.endRow();
    }
    writeRows();
    lxw_chart *chart = workbook_add_chart(m->workbook, LXW_CHART_COLUMN);
    lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
    const QByteArray summaryName = sheetName(tr("Summary"));
    chart_series_set_categories(series, summaryName.constData(), tableHeader + 1, 0, row, 0);
    chart_series_set_values(series, summaryName.constData(), tableHeader + 1, 1, row, 1);
    chart_title_set_name(chart, chartTitle.toUtf8().constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    lxw_chart_options placement{};
    placement.x_scale = 2;
    placement.y_scale = 1.5;
    worksheet_insert_chart_opt(m->summary, tableHeader, 3, chart, &placement);
}

bool WorkbookWriter::close(QString *error)
{
    lxw_workbook *workbook = std::exchange(m->workbook, nullptr);
    if (!workbook) {
        *error = tr("The workbook %1 was not started.").arg(QDir::toNativeSeparators(m->path));
        return false;
    }
    const lxw_error result = workbook_close(workbook);
    QString why = m->summaryError;
    const bool assembled = result == LXW_NO_ERROR && why.isEmpty() &&
                           assembleWorkbook(m->headersPath, m->partialPath, m->rowParts, &why);
    m->removeFiles();
    if (!assembled) {
        QFile::remove(m->partialPath);
        *error =
            tr("Could not write %1 (is the disk full?): %2")
                .arg(QDir::toNativeSeparators(m->path), result != LXW_NO_ERROR ? lxwMessage(result) : why);
        return false;
    }
    QFile::remove(m->path);
    if (!QFile::rename(m->partialPath, m->path)) {
        *error = tr("Could not rename %1 to %2.")
                     .arg(QDir::toNativeSeparators(m->partialPath), QDir::toNativeSeparators(m->path));
        return false;
    }
    return true;
}

} // namespace callrail

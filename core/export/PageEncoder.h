#pragma once

#include "export/ExportOptions.h"
#include "export/RecordFlattener.h"

#include "export/ByteBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>

namespace callrail {

class JsonPage;

/// One page's records as the bytes they add to the file, encoded as soon as the page arrives: the pages
/// that wait for their turn (pages are written in order) hold file bytes, not parsed JSON.
struct EncodedPage
{
    struct Row
    {
        QString id;        ///< the record's id as text ("" when it has none)
        QString timestamp; ///< the timestamp field's text, when the encoder was asked for it
        QByteArray json;   ///< the record as compact JSON, when the encoder was asked for it
        qsizetype end = 0; ///< where the row's bytes end in `bytes` (they begin where the row before ends)
    };
    ByteBuffer bytes; ///< every row's bytes, in order (CSV lines or JSON Lines)
    QList<Row> rows;
    QStringList unexpectedFields; ///< fields no column holds, first seen on this page (CSV only)
    int skipped = 0;              ///< entries of the list that were not records (not JSON objects)

    qsizetype rowBegin(qsizetype row) const { return row == 0 ? 0 : rows.at(row - 1).end; }
    /// The bytes of rows [first, last).
    QByteArrayView rowBytes(qsizetype first, qsizetype last) const
    {
        const qsizetype begin = rowBegin(first);
        return QByteArrayView(bytes.data() + begin, (last == first ? begin : rows.at(last - 1).end) - begin);
    }
};

/// Encodes CallRail records for a file: CSV rows of a fixed column list (RecordFlattener, CsvWriter) or JSON
/// Lines (each record as compact JSON, keys sorted). The hot path of an export: it reads the parsed page
/// (JsonPage) directly and writes UTF-8 bytes.
class PageEncoder
{
public:
    PageEncoder(const QStringList &columns, const ExportOptions &options);

    const QStringList &columns() const { return m_flattener.columns(); }
    const ExportOptions &options() const { return m_options; }
    /// Also give each row's value of this field as text (to notice records changed during the run).
    void setTimestampField(const QString &field) { m_timestampField = field.toStdString(); }
    /// Also give each row's compact JSON (for records the run keeps, such as the accounts list).
    void setKeepRecordJson(bool keep) { m_keepRecordJson = keep; }

    /// Encodes the records list `recordsKey` of a page. companyId, when not empty, becomes the "company_id"
    /// of records that have none. False when the page has no such list (an array).
    bool encode(const JsonPage &page, const QString &recordsKey, const QString &companyId, EncodedPage *out);
    /// Encodes records given as JSON objects (for callers that hold QJsonObjects: tests, benchmarks).
    EncodedPage encode(const QList<QJsonObject> &records);

    /// The bytes at the start of a new file: BOM (if asked) and header row for CSV, nothing for JSON Lines.
    QByteArray header() const;

private:
    ExportOptions m_options;
    RecordFlattener m_flattener;
    std::string m_timestampField;
    bool m_keepRecordJson = false;
    size_t m_expectedBytes = 0; ///< the size of the largest page so far, to allocate each page's bytes once
    ByteBuffer m_scratch;
    int m_idColumn = -1; ///< the plain column "id", -1 when the columns have none
};

} // namespace callrail

#pragma once

#include "export/ExportOptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

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
        qsizetype end = 0; ///< where the row's bytes end (they begin where the row before ends)
    };
    QList<Row> rows;
    QStringList unexpectedFields; ///< fields no column holds, first seen on this page (CSV only)
    int skipped = 0;              ///< entries of the list that were not records (not JSON objects)

    EncodedPage();
    ~EncodedPage();
    EncodedPage(EncodedPage &&) noexcept;
    EncodedPage &operator=(EncodedPage &&) noexcept;

    /// The bytes of rows [first, last): CSV lines or JSON Lines.
    QByteArrayView rowBytes(qsizetype first, qsizetype last) const;
    /// Every row's bytes.
    QByteArrayView bytes() const { return rowBytes(0, rows.size()); }

private:
    friend class PageEncoder;
    // The encoder's own buffer type stays inside its .cpp files (see ByteBuffer.h).
    struct Bytes;
    std::unique_ptr<Bytes> m_bytes;
};

/// Encodes CallRail records for a file: CSV rows of a fixed column list (RecordFlattener, CsvWriter) or JSON
/// Lines (each record as compact JSON, keys sorted). The hot path of an export: it reads the parsed page
/// (JsonPage) directly and writes UTF-8 bytes.
class PageEncoder
{
public:
    PageEncoder(const QStringList &columns, const ExportOptions &options);
    ~PageEncoder();
    PageEncoder(PageEncoder &&) noexcept;
    PageEncoder &operator=(PageEncoder &&) noexcept;

    const QStringList &columns() const;
    const ExportOptions &options() const;
    /// Also give each row's value of this field as text (to notice records changed during the run).
    void setTimestampField(const QString &field);
    /// Also give each row's compact JSON (for records the run keeps, such as the accounts list).
    void setKeepRecordJson(bool keep);

    /// Encodes the records list `recordsKey` of a page. companyId, when not empty, becomes the "company_id"
    /// of records that have none. False when the page has no such list (an array).
    bool encode(const JsonPage &page, const QString &recordsKey, const QString &companyId, EncodedPage *out);
    /// Encodes records given as JSON objects (for callers that hold QJsonObjects: tests, benchmarks).
    EncodedPage encode(const QList<QJsonObject> &records);

    /// The bytes at the start of a new file: BOM (if asked) and header row for CSV, nothing for JSON Lines.
    QByteArray header() const;

private:
    struct State; // the flattener and scratch buffers of the hot path, in PageEncoder.cpp
    std::unique_ptr<State> m;
};

} // namespace callrail

#include "PageEncoder.h"

#include "api/JsonPage.h"
#include "api/Utf8Text.h"
#include "export/CsvWriter.h"
#include "export/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <algorithm>

namespace callrail {

namespace {

QString toQString(std::string_view text)
{
    return textFromUtf8(QByteArrayView(text.data(), qsizetype(text.size())));
}

} // namespace

PageEncoder::PageEncoder(const QStringList &columns, const ExportOptions &options)
    : m_options(options)
    , m_flattener(columns)
{
    m_flattener.setCsvFields(options.format == OutputFormat::Csv, options.excelSafe);
    m_idColumn = m_flattener.plainColumn("id");
}

QByteArray PageEncoder::header() const
{
    if (m_options.format == OutputFormat::JsonLines)
        return QByteArray();
    ByteBuffer bytes;
    if (m_options.byteOrderMark)
        bytes.append("\xEF\xBB\xBF");
    CsvWriter::appendRow(bytes, m_flattener.columns(), false);
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

bool PageEncoder::encode(const JsonPage &page, const QString &recordsKey, const QString &companyId,
                         EncodedPage *out)
{
    using simdjson::dom::element_type;
    const std::string key = recordsKey.toStdString();
    simdjson::dom::element list;
    if (!page.member(key, &list) || list.type() != element_type::ARRAY)
        return false;

    const std::string company = companyId.toStdString();
    const bool csv = m_options.format == OutputFormat::Csv;
    const simdjson::dom::array records = list.get_array().value_unsafe();
    *out = EncodedPage();
    out->rows.reserve(qsizetype(records.size()));
    ByteBuffer &buffer = out->bytes;
    buffer.reserve(m_expectedBytes);
    for (const simdjson::dom::element value : records) {
        if (value.type() != element_type::OBJECT) {
            ++out->skipped;
            continue;
        }
        const simdjson::dom::object record = value.get_object().value_unsafe();
        EncodedPage::Row row;
        simdjson::dom::element field;
        if (!m_timestampField.empty() && record.at_key(m_timestampField).get(field) == simdjson::SUCCESS &&
            field.type() == element_type::STRING)
            row.timestamp = toQString(field.get_string().value_unsafe());

        // Per-company lists: each row says whose it is.
        const bool addCompany =
            !company.empty() && record.at_key("company_id").error() == simdjson::NO_SUCH_FIELD;
        if (!csv || m_keepRecordJson) {
            m_scratch.clear();
            jsontext::appendCompactObject(m_scratch, record, addCompany ? "company_id" : "", company);
            if (m_keepRecordJson)
                row.json = QByteArray(m_scratch.data(), qsizetype(m_scratch.size()));
        }
        if (csv) {
            m_flattener.flatten(record, addCompany ? std::string_view(company) : std::string_view());
            m_flattener.appendCsvRow(buffer);
            for (const std::string &name : m_flattener.unexpectedFields()) {
                const QString text = toQString(name);
                if (!out->unexpectedFields.contains(text))
                    out->unexpectedFields.append(text);
            }
        } else {
            buffer.append(m_scratch.view());
            buffer.push_back('\n');
        }
        // The id: the id column's cell when it is the scalar's text as it is (not quoted or guarded for CSV,
        // not JSON), which saves searching the record's keys again.
        const std::string_view idCell =
            csv && m_idColumn >= 0 ? m_flattener.cell(m_idColumn) : std::string_view();
        if (csv && m_idColumn >= 0 &&
            (idCell.empty() ||
             (idCell[0] != '"' && idCell[0] != '\'' && idCell[0] != '{' && idCell[0] != '['))) {
            row.id = toQString(idCell);
        } else if (record.at_key("id").get(field) == simdjson::SUCCESS &&
                   field.type() != element_type::NULL_VALUE) {
            m_scratch.clear();
            jsontext::appendScalarText(m_scratch, field);
            row.id = toQString(m_scratch.view());
        }
        row.end = qsizetype(buffer.size());
        out->rows.append(std::move(row));
    }
    m_expectedBytes = std::max(m_expectedBytes, buffer.size() + buffer.size() / 16);
    return true;
}

EncodedPage PageEncoder::encode(const QList<QJsonObject> &records)
{
    QJsonArray array;
    for (const QJsonObject &record : records)
        array.append(record);
    const QByteArray body = JsonPage::padded(
        QJsonDocument(QJsonObject{{QStringLiteral("records"), array}}).toJson(QJsonDocument::Compact));
    EncodedPage page;
    QString error;
    if (const auto parsed = JsonPage::parse(body, &error))
        encode(*parsed, QStringLiteral("records"), QString(), &page);
    return page;
}

} // namespace callrail

#include "PageEncoder.h"

#include "api/EndpointCatalogue.h"
#include "api/JsonPage.h"
#include "api/Utf8Text.h"
#include "export/ByteBuffer.h"
#include "export/CsvWriter.h"
#include "export/JsonText.h"
#include "export/RecordFlattener.h"

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

struct EncodedPage::Bytes
{
    ByteBuffer buffer;
};

EncodedPage::EncodedPage()
    : m_bytes(std::make_unique<Bytes>())
{}

EncodedPage::~EncodedPage() = default;
EncodedPage::EncodedPage(EncodedPage &&) noexcept = default;
EncodedPage &EncodedPage::operator=(EncodedPage &&) noexcept = default;

QByteArrayView EncodedPage::rowBytes(qsizetype first, qsizetype last) const
{
    const qsizetype begin = first == 0 ? 0 : rows.at(first - 1).end;
    const qsizetype end = last == first ? begin : rows.at(last - 1).end;
    return QByteArrayView(m_bytes->buffer.data() + begin, end - begin);
}

struct PageEncoder::State
{
    State(const QStringList &columns, const ExportOptions &exportOptions)
        : options(exportOptions)
        , flattener(columns)
    {}

    ExportOptions options;
    RecordFlattener flattener;
    std::string timestampField;
    bool keepRecordJson = false;
    size_t expectedBytes = 0; ///< the size of the largest page so far, to allocate each page's bytes once
    ByteBuffer scratch;
    int idColumn = -1; ///< the plain column "id", -1 when the columns have none
};

PageEncoder::PageEncoder(const QStringList &columns, const ExportOptions &options)
    : m(std::make_unique<State>(columns, options))
{
    m->flattener.setCsvFields(options.format == OutputFormat::Csv, options.excelSafe);
    m->idColumn = m->flattener.plainColumn("id");
}

PageEncoder::~PageEncoder() = default;
PageEncoder::PageEncoder(PageEncoder &&) noexcept = default;
PageEncoder &PageEncoder::operator=(PageEncoder &&) noexcept = default;

const QStringList &PageEncoder::columns() const
{
    return m->flattener.columns();
}

const ExportOptions &PageEncoder::options() const
{
    return m->options;
}

void PageEncoder::setTimestampField(const QString &field)
{
    m->timestampField = field.toStdString();
}

void PageEncoder::setKeepRecordJson(bool keep)
{
    m->keepRecordJson = keep;
}

QByteArray PageEncoder::header() const
{
    if (m->options.format == OutputFormat::JsonLines)
        return QByteArray();
    ByteBuffer bytes;
    if (m->options.byteOrderMark)
        bytes.append("\xEF\xBB\xBF");
    CsvWriter::appendRow(bytes, m->flattener.columns(), false);
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
    const bool csv = m->options.format == OutputFormat::Csv;
    const simdjson::dom::array records = list.get_array().value_unsafe();
    *out = EncodedPage();
    out->rows.reserve(qsizetype(records.size()));
    ByteBuffer &buffer = out->m_bytes->buffer;
    buffer.reserve(m->expectedBytes);
    for (const simdjson::dom::element value : records) {
        if (value.type() != element_type::OBJECT) {
            ++out->skipped;
            continue;
        }
        const simdjson::dom::object record = value.get_object().value_unsafe();
        EncodedPage::Row row;
        simdjson::dom::element field;
        if (!m->timestampField.empty() && record.at_key(m->timestampField).get(field) == simdjson::SUCCESS &&
            field.type() == element_type::STRING)
            row.timestamp = toQString(field.get_string().value_unsafe());

        // Per-company lists: each row says whose it is.
        const bool addCompany =
            !company.empty() && record.at_key(kCompanyIdField).error() == simdjson::NO_SUCH_FIELD;
        if (!csv || m->keepRecordJson) {
            m->scratch.clear();
            jsontext::appendCompactObject(m->scratch, record, addCompany ? kCompanyIdField : "", company);
            if (m->keepRecordJson)
                row.json = QByteArray(m->scratch.data(), qsizetype(m->scratch.size()));
        }
        if (csv) {
            m->flattener.flatten(record, addCompany ? std::string_view(company) : std::string_view());
            m->flattener.appendCsvRow(buffer);
            for (const std::string &name : m->flattener.unexpectedFields()) {
                const QString text = toQString(name);
                if (!out->unexpectedFields.contains(text))
                    out->unexpectedFields.append(text);
            }
        } else {
            buffer.append(m->scratch.view());
            buffer.push_back('\n');
        }
        // The id: the id column's cell when it is the scalar's text as it is (not quoted or guarded for CSV,
        // not JSON), which saves searching the record's keys again.
        const std::string_view idCell =
            csv && m->idColumn >= 0 ? m->flattener.cell(m->idColumn) : std::string_view();
        if (csv && m->idColumn >= 0 &&
            (idCell.empty() ||
             (idCell[0] != '"' && idCell[0] != '\'' && idCell[0] != '{' && idCell[0] != '['))) {
            row.id = toQString(idCell);
        } else if (record.at_key("id").get(field) == simdjson::SUCCESS &&
                   field.type() != element_type::NULL_VALUE) {
            m->scratch.clear();
            jsontext::appendScalarText(m->scratch, field);
            row.id = toQString(m->scratch.view());
        }
        row.end = qsizetype(buffer.size());
        out->rows.append(std::move(row));
    }
    m->expectedBytes = std::max(m->expectedBytes, buffer.size() + buffer.size() / 16);
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

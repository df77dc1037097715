#include "RecordFlattener.h"

#include "api/EndpointCatalogue.h"
#include "api/Utf8Text.h"
#include "export/ByteScan.h"
#include "export/CsvWriter.h"
#include "export/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <simdjson.h>

#include <algorithm>
#include <cmath>

namespace callrail {

QString scalarToText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // Qt keeps JSON integers as 64-bit integers, so toInteger() is exact even above 2^53, while
        // toDouble() would round them. The comparison tells an integral value from a fraction.
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        if (static_cast<double>(i) == d)
            return QString::number(i);
        if (!std::isfinite(d))
            return QString();
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

namespace {

bool sameKey(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && bytescan::sameBytes(a.data(), b.data(), a.size());
}

} // namespace

struct RecordFlattener::Extra
{
    std::string name;
    simdjson::dom::element value;
    std::string_view companyId; ///< not empty: the added company_id (value unused)
};

RecordFlattener::RecordFlattener(const QStringList &columns)
    : m_columns(columns)
    , m_cells(size_t(columns.size()))
{
    const QString otherName = QString::fromLatin1(kOtherFieldsColumn);
    std::unordered_map<std::string, int> indexOf;
    // The sub-column `key` of a dotted object, added when it has none yet.
    const auto subColumn = [](FieldPath &path, const std::string &key) -> SubColumn & {
        for (SubColumn &sub : path.subColumns) {
            if (sub.key == key)
                return sub;
        }
        return path.subColumns.emplace_back(SubColumn{key, -1, -1});
    };
    for (int column = 0; column < m_columns.size(); ++column) {
        const QString &name = m_columns.at(column);
        if (name == otherName) {
            m_otherColumn = column;
            continue;
        }
        const QStringList parts = name.split(QLatin1Char('.'));
        const std::string top = parts.first().toStdString();
        auto [it, added] = indexOf.try_emplace(top, int(m_fields.size()));
        if (added)
            m_fields.push_back(FieldPath{top, -1, {}, {}});
        FieldPath *path = &m_fields[size_t(it->second)];
        if (parts.size() == 1) {
            path->column =
                column; // a plain column wins over dotted ones of the same name: it holds the whole value
            continue;
        }
        // "a.b.c": the object "a.b" inside "a" holds the column "c".
        for (qsizetype level = 1; level + 1 < parts.size(); ++level) {
            SubColumn &sub = subColumn(*path, parts.at(level).toStdString());
            int nested = sub.nested;
            if (nested < 0) {
                nested = int(m_nested.size());
                sub.nested = nested;
                std::string nestedName = path->name + '.' + sub.key;
                m_nested.push_back(FieldPath{std::move(nestedName), -1, {}, {}}); // may move *path
            }
            path = &m_nested[size_t(nested)];
        }
        subColumn(*path, parts.last().toStdString()).column = column; // wins over an object of that name
    }
    m_successor.assign(m_fields.size() + 1, -1);
    // The views point into m_fields, which no longer changes.
    for (size_t i = 0; i < m_fields.size(); ++i) {
        m_fieldIndex.emplace(std::string_view(m_fields[i].name), int(i));
        if (m_fields[i].name == kCompanyIdField && m_fields[i].column >= 0)
            m_companyField = int(i);
    }
}

int RecordFlattener::plainColumn(std::string_view name) const
{
    const auto it = m_fieldIndex.find(name);
    return it == m_fieldIndex.end() ? -1 : m_fields[size_t(it->second)].column;
}

inline int RecordFlattener::fieldAfter(int previous, std::string_view key)
{
    const int successor = m_successor[size_t(previous + 1)];
    if (successor >= 0 && sameKey(m_fields[size_t(successor)].name, key))
        return successor;
    return lookUpField(previous, key);
}

int RecordFlattener::lookUpField(int previous, std::string_view key)
{
    const auto it = m_fieldIndex.find(key);
    if (it == m_fieldIndex.end())
        return -1;
    m_successor[size_t(previous + 1)] = it->second;
    return it->second;
}

int RecordFlattener::subColumnAt(FieldPath &path, size_t position, std::string_view key)
{
    if (position < path.subAtPosition.size()) {
        const int hint = path.subAtPosition[position];
        if (hint >= 0 && sameKey(path.subColumns[size_t(hint)].key, key))
            return hint;
    } else {
        path.subAtPosition.resize(position + 1, -1);
    }
    int found = -1;
    for (size_t i = 0; i < path.subColumns.size(); ++i) {
        if (sameKey(path.subColumns[i].key, key)) {
            found = int(i);
            break;
        }
    }
    path.subAtPosition[position] = found;
    return found;
}

void RecordFlattener::setCell(int column, size_t begin, CellForm form)
{
    if (form == CellForm::QuotedJson) {
        // JSON without strings and commas ({}, [[]], [{}]) needs no quotes in CSV: written without them, as
        // any other cell would be. Others have a quote right after the opening bracket.
        const std::string_view inner = m_text.view().substr(begin + 1, m_text.size() - begin - 2);
        if (inner.find_first_of("\",") == std::string_view::npos) {
            m_text.truncate(m_text.size() - 1);
            m_text.removeAt(begin);
        }
    } else if (form == CellForm::Text && m_csv) {
        const std::string_view text = m_text.view().substr(begin);
        if (!CsvWriter::isFieldAsIs(text, m_excelSafe)) {
            const std::string copy(text); // rare: joined arrays and the added company id
            m_text.truncate(begin);
            CsvWriter::appendCell(m_text, copy, m_excelSafe);
        }
    }
    m_cells[size_t(column)] = CellRange{begin, m_text.size()};
}

inline void RecordFlattener::setCellFrom(int column, const simdjson::dom::element &value)
{
    if (value.type() != simdjson::dom::element_type::STRING) {
        setCellFromNonString(column, value);
        return;
    }
    // Most cells: a string, which CSV writes as it is unless it needs quotes or the guard.
    const size_t begin = m_text.size();
    const std::string_view text = value.get_string().value_unsafe();
    if (m_csv)
        CsvWriter::appendCell(m_text, text, m_excelSafe);
    else
        m_text.append(text);
    m_cells[size_t(column)] = CellRange{begin, m_text.size()};
}

void RecordFlattener::setCellFromNonString(int column, const simdjson::dom::element &value)
{
    using simdjson::dom::element_type;
    const size_t begin = m_text.size();
    const element_type type = value.type();
    const bool json = jsontext::appendCellText(m_text, value, m_jsonForm);
    if (!m_csv) {
        setCell(column, begin);
        return;
    }
    // Numbers, bools and null give digits, signs, "e", "true", "false" or nothing: never quoted or guarded.
    const bool plainScalar = type != element_type::ARRAY && !json;
    setCell(column, begin, json ? CellForm::QuotedJson : plainScalar ? CellForm::Ready : CellForm::Text);
}

void RecordFlattener::appendCsvRow(ByteBuffer &out) const
{
    // The cells do not overlap in m_text: the row is at most its size, a comma per cell and CRLF. One
    // capacity check for the row instead of one per cell and comma.
    if (m_cells.empty()) {
        out.append("\r\n");
        return;
    }
    const size_t start = out.size();
    char *const rowStart = out.extend(m_text.size() + m_cells.size() + 2);
    char *target = rowStart;
    const char *const text = m_text.data();
    for (const CellRange &cell : m_cells) {
        const size_t n = cell.end - cell.begin;
        ByteBuffer::copy(target, text + cell.begin, n);
        target += n;
        *target++ = ',';
    }
    target[-1] = '\r'; // in place of the last comma
    *target++ = '\n';
    out.truncate(start + size_t(target - rowStart));
}

void RecordFlattener::spreadObject(FieldPath &path, const simdjson::dom::element &value,
                                   std::vector<Extra> &extras)
{
    using simdjson::dom::element_type;
    const element_type type = value.type();
    if (type == element_type::NULL_VALUE)
        return; // a declared object that is null: simply empty
    if (type != element_type::OBJECT) {
        // Declared as an object but sent as something else: kept whole in other_fields, not lost.
        extras.push_back(Extra{path.name, value, {}});
        return;
    }
    size_t subPosition = 0;
    const simdjson::dom::object object = value.get_object().value_unsafe();
    for (const auto sub : object) {
        const int subIndex = subColumnAt(path, subPosition++, sub.key);
        if (subIndex < 0) {
            std::string name = path.name;
            name += '.';
            name += sub.key;
            extras.push_back(Extra{std::move(name), sub.value, {}});
            continue;
        }
        const SubColumn &subColumn = path.subColumns[size_t(subIndex)];
        if (subColumn.column >= 0)
            setCellFrom(subColumn.column, sub.value);
        else
            spreadObject(m_nested[size_t(subColumn.nested)], sub.value, extras);
    }
}

void RecordFlattener::flatten(const simdjson::dom::object &record, std::string_view companyId)
{
    m_text.clear();
    std::fill(m_cells.begin(), m_cells.end(), CellRange{});
    m_unexpected.clear();
    std::vector<Extra> extras; // allocates only when a record has fields no column holds
    bool hasCompany = false;

    int previous = -1;
    for (const auto field : record) {
        const int index = fieldAfter(previous, field.key);
        if (index < 0) {
            hasCompany = hasCompany || field.key == kCompanyIdField;
            extras.push_back(Extra{std::string(field.key), field.value, {}});
            continue;
        }
        previous = index;
        hasCompany = hasCompany || index == m_companyField;
        FieldPath &path = m_fields[size_t(index)];
        if (path.column >= 0) {
            setCellFrom(path.column, field.value);
            continue;
        }
        spreadObject(path, field.value, extras);
    }

    if (!companyId.empty() && !hasCompany) {
        if (m_companyField >= 0) {
            const size_t begin = m_text.size();
            m_text.append(companyId);
            setCell(m_fields[size_t(m_companyField)].column, begin);
        } else {
            extras.push_back(Extra{kCompanyIdField, {}, companyId});
        }
    }
    if (extras.empty())
        return;

    for (const Extra &extra : extras) {
        if (extra.companyId.empty())
            m_unexpected.push_back(extra.name);
    }
    if (m_otherColumn < 0)
        return;
    // One compact JSON object, as QJsonObject would write it (in CSV form already a quoted field).
    std::vector<jsontext::JsonMember> members;
    members.reserve(extras.size());
    for (const Extra &extra : extras)
        members.push_back(jsontext::JsonMember{extra.name, extra.companyId.empty() ? &extra.value : nullptr,
                                               extra.companyId});
    const size_t begin = m_text.size();
    jsontext::appendObject(m_text, members.data(), members.size(), m_jsonForm);
    setCell(m_otherColumn, begin, m_csv ? CellForm::QuotedJson : CellForm::Text);
}

std::optional<QStringList> RecordFlattener::flattenJson(QByteArrayView json)
{
    thread_local simdjson::dom::parser parser;
    simdjson::dom::object record;
    if (parser.parse(json.data(), size_t(json.size()), true).get(record) != simdjson::SUCCESS)
        return std::nullopt;
    flatten(record);
    QStringList cells;
    cells.reserve(m_columns.size());
    for (int column = 0; column < columnCount(); ++column) {
        const std::string_view text = cell(column);
        cells.append(textFromUtf8(QByteArrayView(text.data(), qsizetype(text.size()))));
    }
    return cells;
}

} // namespace callrail

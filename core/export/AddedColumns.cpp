#include "export/AddedColumns.h"

#include "api/EndpointCatalogue.h"
#include "export/ByteBuffer.h"
#include "export/JsonText.h"
#include "export/RecordFlattener.h"
#include "export/StagedJsonLines.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <simdjson.h>

#include <algorithm>

namespace callrail {

namespace {

bool isScalar(const simdjson::dom::element &value)
{
    using simdjson::dom::element_type;
    const element_type type = value.type();
    return type != element_type::ARRAY && type != element_type::OBJECT;
}

} // namespace

QStringList AddedColumns::sourceColumns()
{
    return {QStringLiteral("form_data"), QStringLiteral("custom"), QString::fromLatin1(kOtherFieldsColumn)};
}

QString AddedColumns::prefixOf(const QString &sourceColumn)
{
    return sourceColumn == QLatin1String(kOtherFieldsColumn) ? QString() : sourceColumn + QLatin1Char('.');
}

QString AddedColumns::sourceOf(const QString &addedColumn)
{
    for (const QString &source : sourceColumns()) {
        const QString prefix = prefixOf(source);
        if (!prefix.isEmpty() && addedColumn.startsWith(prefix))
            return source;
    }
    return QString::fromLatin1(kOtherFieldsColumn);
}

AddedColumns::AddedColumns(const QStringList &columns, const QStringList &known)
    : m_baseCount(int(columns.size()))
    , m_base(columns)
    , m_sourceOfColumn(size_t(columns.size()), -1)
{
    const QStringList sources = sourceColumns();
    for (int c = 0; c < columns.size(); ++c) {
        if (!sources.contains(columns.at(c)))
            continue;
        m_sourceOfColumn[size_t(c)] = int(m_sources.size());
        m_sources.push_back(Source{c, prefixOf(columns.at(c)).toStdString(),
                                   columns.at(c) == QLatin1String(kOtherFieldsColumn), 0});
    }
    for (const QString &name : known) {
        if (m_index.contains(name.toStdString()) || columns.contains(name))
            continue;
        m_index.emplace(name.toStdString(), int(m_names.size()));
        m_names.append(name);
        const int source = m_sourceOfColumn.empty() ? -1 : int(columns.indexOf(sourceOf(name)));
        if (source >= 0 && m_sourceOfColumn[size_t(source)] >= 0)
            ++m_sources[size_t(m_sourceOfColumn[size_t(source)])].count;
    }
}

int AddedColumns::indexOf(std::string_view name) const
{
    const auto it = m_index.find(std::string(name));
    return it == m_index.end() ? -1 : it->second;
}

template <typename Visit>
bool AddedColumns::forEachMember(std::string_view json, Visit &&visit)
{
    if (json.empty() || json.front() != '{')
        return false;
    thread_local simdjson::dom::parser parser;
    simdjson::dom::object object;
    if (parser.parse(json.data(), json.size(), true).get(object) != simdjson::SUCCESS)
        return false;
    for (const auto member : object)
        visit(member.key, member.value);
    return true;
}

void AddedColumns::learn(const Cells &cells)
{
    std::string name;
    for (Source &source : m_sources) {
        forEachMember(cells(source.column), [&](std::string_view key, const simdjson::dom::element &value) {
            if (source.scalarsOnly && !isScalar(value))
                return;
            name.assign(source.prefix);
            name.append(key);
            if (source.count >= kMaxPerSource || m_index.contains(name))
                return;
            const QString column = QString::fromStdString(name);
            if (m_base.contains(column))
                return;
            m_index.emplace(name, int(m_names.size()));
            m_names.append(column);
            ++source.count;
        });
    }
}

void AddedColumns::spread(const Cells &cells, Row &row) const
{
    row.m_owner = this;
    row.m_cells = cells;
    row.m_sourceText.assign(m_sources.size(), std::string());
    row.m_changed.assign(m_sources.size(), false);
    row.m_added.assign(size_t(m_names.size()), std::string());
    std::string name;
    ByteBuffer text;
    std::vector<simdjson::dom::element> stays;
    for (size_t s = 0; s < m_sources.size(); ++s) {
        const Source &source = m_sources[s];
        stays.clear();
        std::vector<std::string> keys;
        bool moved = false;
        forEachMember(cells(source.column), [&](std::string_view key, const simdjson::dom::element &value) {
            name.assign(source.prefix);
            name.append(key);
            const int index = source.scalarsOnly && !isScalar(value) ? -1 : indexOf(name);
            if (index < 0) {
                keys.emplace_back(key);
                stays.push_back(value);
                return;
            }
            moved = true;
            text.clear();
            if (source.scalarsOnly)
                jsontext::appendScalarText(text, value);
            else
                jsontext::appendCellText(text, value);
            row.m_added[size_t(index)].assign(text.data(), text.size());
        });
        if (!moved)
            continue; // the cell stays exactly as it was
        row.m_changed[s] = true;
        if (stays.empty())
            continue; // nothing left of it: an empty cell
        std::vector<jsontext::JsonMember> members;
        members.reserve(stays.size());
        for (size_t i = 0; i < stays.size(); ++i)
            members.push_back(jsontext::JsonMember{keys[i], &stays[i], {}});
        text.clear();
        jsontext::appendObject(text, members.data(), members.size());
        row.m_sourceText[s].assign(text.data(), text.size());
    }
}

std::string_view AddedColumns::Row::cell(int column) const
{
    const int base = m_owner->m_baseCount;
    if (column >= base)
        return m_added[size_t(column - base)];
    const int source = m_owner->m_sourceOfColumn[size_t(column)];
    if (source >= 0 && m_changed[size_t(source)])
        return m_sourceText[size_t(source)];
    return m_cells(column);
}

bool AddedColumns::Row::sourceChanged(int column) const
{
    const int source = m_owner->m_sourceOfColumn[size_t(column)];
    return source >= 0 && m_changed[size_t(source)];
}

std::optional<QStringList> AddedColumns::ofJsonLines(const QString &path, const QStringList &columns,
                                                     const QStringList &known, QString *error)
{
    AddedColumns added(columns, known);
    if (!added.applies())
        return added.names();
    QFile file(path);
    RecordFlattener flattener(columns);
    qint64 skipped = 0;
    const auto cells = [&flattener](int column) { return flattener.cell(column); };
    if (!file.open(QIODevice::ReadOnly) || readFlattenedRecords(file, flattener, &skipped, [&] {
                                               added.learn(cells);
                                               return true;
                                           }) == JsonLinesEnd::ReadFailed) {
        if (error)
            *error = QCoreApplication::translate("callrail::CsvFromJsonLines",
                                                 "Cannot read the extracted file %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return added.names();
}

QStringList AddedColumns::fullSources(const QStringList &names)
{
    QStringList full;
    for (const QString &source : sourceColumns()) {
        const auto count = std::count_if(names.cbegin(), names.cend(),
                                         [&](const QString &name) { return sourceOf(name) == source; });
        if (count >= kMaxPerSource)
            full << source;
    }
    return full;
}

} // namespace callrail

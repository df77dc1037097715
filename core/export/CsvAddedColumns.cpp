#include "export/CsvAddedColumns.h"

#include "api/EndpointCatalogue.h"
#include "export/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <utility>
#include <vector>

namespace callrail {

namespace {

constexpr qint64 kReadBytes = 1 << 20;
constexpr size_t kFlushBytes = 1 << 20;
const std::string_view kBom = "\xEF\xBB\xBF";

/// The rows of a CSV file as written: each row's bytes and its fields' byte ranges, a chunk read at a time.
/// Only the fields a spread looks into are decoded; the others are copied as they are.
class RawRows
{
public:
    explicit RawRows(QFile &in)
        : m_in(in)
    {}

    bool next()
    {
        m_row.clear();
        m_fields.clear();
        bool quoted = false;
        bool ended = false;
        bool any = false;
        while (!ended) {
            if (m_pos >= m_buffer.size() && !fill())
                break;
            any = true;
            const char *data = m_buffer.constData();
            const qsizetype n = m_buffer.size();
            qsizetype i = m_pos;
            for (; i < n; ++i) {
                const char c = data[i];
                if (c == '"')
                    quoted = !quoted;
                else if (c == '\n' && !quoted)
                    break;
            }
            m_row.append(data + m_pos, size_t(i - m_pos));
            ended = i < n;
            m_pos = ended ? i + 1 : n;
        }
        if (!any || (!ended && m_row.empty()))
            return false;
        if (!m_row.empty() && m_row.back() == '\r')
            m_row.pop_back();
        size_t start = m_row.starts_with(kBom) ? kBom.size() : 0;
        quoted = false;
        for (size_t i = start; i < m_row.size(); ++i) {
            const char c = m_row[i];
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted) {
                m_fields.emplace_back(start, i);
                start = i + 1;
            }
        }
        m_fields.emplace_back(start, m_row.size());
        return true;
    }
    bool failed() const { return m_failed; }
    bool hasBom() const { return std::string_view(m_row).starts_with(kBom); }
    int fieldCount() const { return int(m_fields.size()); }
    std::string_view field(int i) const
    {
        if (i < 0 || i >= fieldCount())
            return {};
        const auto [begin, end] = m_fields[size_t(i)];
        return std::string_view(m_row).substr(begin, end - begin);
    }

private:
    bool fill()
    {
        m_buffer = m_in.read(kReadBytes);
        m_pos = 0;
        if (m_buffer.isEmpty()) {
            m_failed = m_in.error() != QFileDevice::NoError;
            return false;
        }
        return true;
    }

    QFile &m_in;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_failed = false;
    std::string m_row;
    std::vector<std::pair<size_t, size_t>> m_fields;
};

/// How a CSV file's header splits: the catalogue's columns, the added ones, the removal column.
struct HeaderLayout
{
    bool ours = false; ///< it starts with the catalogue's columns
    QStringList added;
    bool removal = false;
};

HeaderLayout layoutOf(const RawRows &header, const QStringList &columns)
{
    HeaderLayout layout;
    QStringList names;
    for (int i = 0; i < header.fieldCount(); ++i)
        names << QString::fromStdString(CsvAddedColumns::decodeField(header.field(i)));
    if (names.size() < columns.size() || names.mid(0, columns.size()) != columns)
        return layout;
    layout.ours = true;
    layout.removal = names.size() > columns.size() && names.last() == EndpointCatalogue::removedAtColumn();
    layout.added = names.mid(columns.size(), names.size() - columns.size() - int(layout.removal));
    return layout;
}

} // namespace

std::string CsvAddedColumns::decodeField(std::string_view field)
{
    if (field.size() < 2 || field.front() != '"')
        return std::string(field);
    std::string text;
    text.reserve(field.size());
    const std::string_view inner = field.substr(1, field.size() - 2);
    for (size_t i = 0; i < inner.size(); ++i) {
        text.push_back(inner[i]);
        if (inner[i] == '"' && i + 1 < inner.size() && inner[i + 1] == '"')
            ++i;
    }
    return text;
}

void CsvAddedColumns::appendRow(ByteBuffer &out, const AddedColumns &added, const AddedColumns::Row &row,
                                const std::function<std::string_view(int)> &raw, int knownInRow,
                                const std::vector<std::string_view> &trailer, bool excelSafe)
{
    const int base = added.baseCount();
    const int total = base + int(added.names().size());
    for (int c = 0; c < total; ++c) {
        if (c > 0)
            out.push_back(',');
        if (c < base && !row.sourceChanged(c)) {
            out.append(raw(c));
            continue;
        }
        const std::string_view text = row.cell(c);
        if (c >= base && text.empty() && c - base < knownInRow)
            out.append(raw(c));
        else
            CsvWriter::appendCell(out, text, excelSafe);
    }
    for (const std::string_view field : trailer) {
        out.push_back(',');
        out.append(field);
    }
    out.append("\r\n");
}

bool CsvAddedColumns::spreadFile(const QString &from, const QString &to, const QStringList &columns,
                                 bool excelSafe, bool *rewritten, QStringList *names, QString *error)
{
    *rewritten = false;
    const auto cannotRead = [&](const QFile &file) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(from), file.errorString());
        return false;
    };
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return cannotRead(in);
    RawRows rows(in);
    if (!rows.next())
        return !rows.failed() || cannotRead(in);
    const bool bom = rows.hasBom();
    const HeaderLayout layout = layoutOf(rows, columns);
    if (names)
        *names = layout.added;
    AddedColumns added(columns, layout.added);
    if (!layout.ours || !added.applies())
        return true;

    // The fields a spread looks into, decoded once a row.
    std::vector<std::string> decoded(size_t(columns.size()));
    std::vector<bool> isSource(size_t(columns.size()), false);
    for (const QString &source : AddedColumns::sourceColumns()) {
        if (const qsizetype c = columns.indexOf(source); c >= 0)
            isSource[size_t(c)] = true;
    }
    const auto decodeSources = [&] {
        for (size_t c = 0; c < decoded.size(); ++c) {
            if (isSource[c])
                decoded[c] = decodeField(rows.field(int(c)));
        }
    };
    const auto cells = [&](int column) { return std::string_view(decoded[size_t(column)]); };
    while (rows.next()) {
        decodeSources();
        added.learn(cells);
    }
    if (rows.failed())
        return cannotRead(in);
    if (names)
        *names = added.names();
    if (added.names().size() == layout.added.size())
        return true; // every key had its column already: the file is as it would be written

    in.seek(0);
    RawRows again(in);
    again.next(); // the header, written anew
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(to), out.errorString());
        return false;
    }
    ByteBuffer buffer;
    if (bom)
        buffer.append(kBom);
    QStringList header = columns + added.names();
    if (layout.removal)
        header << EndpointCatalogue::removedAtColumn();
    CsvWriter::appendRow(buffer, header, false);
    bool written = true;
    const auto flush = [&] {
        written = written && out.write(buffer.data(), qint64(buffer.size())) == qint64(buffer.size());
        buffer.clear();
    };
    const int known = int(layout.added.size());
    const int base = int(columns.size());
    AddedColumns::Row row;
    std::vector<std::string_view> trailer;
    const auto raw = [&](int column) { return again.field(column); };
    while (written && again.next()) {
        for (size_t c = 0; c < decoded.size(); ++c) {
            if (isSource[c])
                decoded[c] = decodeField(again.field(int(c)));
        }
        added.spread(cells, row);
        trailer.clear();
        if (layout.removal)
            trailer.push_back(again.field(base + known));
        appendRow(buffer, added, row, raw, known, trailer, excelSafe);
        if (buffer.size() >= kFlushBytes)
            flush();
    }
    if (again.failed())
        return cannotRead(in);
    flush();
    if (!written || !out.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(to), out.errorString());
        return false;
    }
    *rewritten = true;
    return true;
}

QStringList CsvAddedColumns::ofCsvHeader(const QString &path, const QStringList &columns)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    RawRows rows(in);
    if (!rows.next())
        return {};
    return layoutOf(rows, columns).added;
}

} // namespace callrail

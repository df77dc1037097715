#include "CsvReader.h"

#include "api/Utf8Text.h"

#include <QBuffer>
#include <QIODevice>

namespace callrail {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{}

bool CsvReader::fill()
{
    if (m_eof || !m_device)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device->read(kChunkSize);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer += chunk;
    return true;
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

bool CsvReader::readRow(QStringList *cells)
{
    cells->clear();
    if (!m_started) {
        m_started = true;
        // Gather at least three bytes (or all there is) to recognise the BOM.
        while (m_buffer.size() - m_pos < 3 && fill()) {
        }
        if (m_buffer.mid(m_pos, 3) == QByteArrayLiteral("\xEF\xBB\xBF"))
            m_pos += 3;
    }

    QByteArray field;
    bool inQuotes = false;
    bool wasQuoted = false;
    bool sawAnything = false;
    for (;;) {
        const int c = peek();
        if (c < 0) {
            if (!sawAnything)
                return false;
            cells->append(textFromUtf8(field));
            return true;
        }
        ++m_pos;
        sawAnything = true;
        if (inQuotes) {
            if (c == '"') {
                if (peek() == '"') {
                    ++m_pos;
                    field += '"';
                } else {
                    inQuotes = false;
                }
            } else {
                field += char(c);
            }
            continue;
        }
        switch (c) {
        case '"':
            if (field.isEmpty() && !wasQuoted) {
                inQuotes = true;
                wasQuoted = true;
            } else {
                field += '"';
            }
            break;
        case ',':
            cells->append(textFromUtf8(field));
            field.clear();
            wasQuoted = false;
            break;
        case '\r':
            if (peek() == '\n')
                ++m_pos;
            cells->append(textFromUtf8(field));
            return true;
        case '\n':
            cells->append(textFromUtf8(field));
            return true;
        default:
            field += char(c);
            break;
        }
    }
}

QList<QStringList> CsvReader::parseAll(const QByteArray &data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    QStringList row;
    while (reader.readRow(&row))
        rows.append(row);
    return rows;
}

} // namespace callrail

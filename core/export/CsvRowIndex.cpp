#include "CsvRowIndex.h"

#include <QByteArray>
#include <QIODevice>

#include <cstring>

namespace callrail {

namespace {
constexpr qint64 kChunk = 1 << 20;
constexpr char kBom[] = "\xEF\xBB\xBF";
} // namespace

CsvRowIndex::CsvRowIndex(Format format, int blockRows)
    : m_format(format)
    , m_blockRows(qMax(1, blockRows))
{}

bool CsvRowIndex::read(QIODevice *device)
{
    qint64 offset = device->peek(3).startsWith(kBom) ? 3 : 0;
    if (!device->seek(offset))
        return false;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    while (true) {
        const qint64 n = device->read(chunk.data(), kChunk);
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        feed(chunk.constData(), n, offset);
        offset += n;
    }
}

void CsvRowIndex::feed(const char *data, qsizetype size, qint64 offset)
{
    const bool csv = m_format == Format::Csv;
    const char *p = data;
    const char *end = p + size;
    // Jump from one interesting byte to the next with memchr (which scans a word at a time) instead of
    // looking at every byte: on a large file this is what the window waits for when a run ends.
    const auto find = [end](char wanted, const char *from) {
        return static_cast<const char *>(std::memchr(from, wanted, size_t(end - from)));
    };
    const char *nextQuote = csv ? find('"', p) : nullptr;
    const char *nextLf = find('\n', p);
    const char *nextCr = find('\r', p);
    const char *cur = p;
    while (cur < end) {
        if (m_atRowStart) {
            // The LF of a CRLF belongs to the row its CR ended, even when a chunk boundary falls between
            // them.
            if (*cur == '\n' && m_afterCr) {
                m_afterCr = false;
                ++cur;
                continue;
            }
            m_atRowStart = false;
            m_afterCr = false;
            const qint64 dataRow = csv ? m_rows - 1 : m_rows;
            if (dataRow >= 0 && dataRow % m_blockRows == 0)
                m_blockStarts.push_back(offset + (cur - p));
            ++m_rows;
        }
        if (nextQuote && nextQuote < cur)
            nextQuote = find('"', cur);
        if (m_inQuotes) {
            if (!nextQuote)
                return;
            cur = nextQuote + 1;
            m_inQuotes = false;
            continue;
        }
        if (nextLf && nextLf < cur)
            nextLf = find('\n', cur);
        if (nextCr && nextCr < cur)
            nextCr = find('\r', cur);
        const char *hit = nullptr;
        for (const char *candidate : {nextQuote, nextLf, nextCr}) {
            if (candidate && (!hit || candidate < hit))
                hit = candidate;
        }
        if (!hit)
            return;
        cur = hit + 1;
        if (*hit == '"') {
            m_inQuotes = true;
        } else {
            m_atRowStart = true;
            m_afterCr = *hit == '\r';
        }
    }
}

} // namespace callrail

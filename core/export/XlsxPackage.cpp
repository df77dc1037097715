#include "XlsxPackage.h"

#include <QByteArray>
#include <QFile>

#include <zlib.h>

#include <algorithm>
#include <functional>

namespace callrail {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kZip64EndOfDirectory = 0x06064b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint64 kMax32 = 0xFFFFFFFF;

quint16 get16(const char *p)
{
    return quint16(uchar(p[0]) | uchar(p[1]) << 8);
}
quint32 get32(const char *p)
{
    return quint32(get16(p)) | quint32(get16(p + 2)) << 16;
}
void put16(QByteArray &out, quint64 value)
{
    out.append(char(value & 0xFF)).append(char((value >> 8) & 0xFF));
}
void put32(QByteArray &out, quint64 value)
{
    put16(out, value & 0xFFFF);
    put16(out, (value >> 16) & 0xFFFF);
}
void put64(QByteArray &out, quint64 value)
{
    put32(out, value & kMax32);
    put32(out, value >> 32);
}

struct Entry
{
    QByteArray name;
    quint16 flags = 0;
    quint16 method = 0;
    quint16 time = 0;
    quint16 date = 0;
    quint32 crc = 0;
    quint64 compressedSize = 0;
    quint64 size = 0;
    quint32 externalAttributes = 0;
    quint64 offset = 0; ///< of its local header
};

/// The entries of a zip without zip64 records (libxlsxwriter's small workbook of header rows).
bool readDirectory(QFile &zip, QList<Entry> *entries)
{
    const qint64 tail = qMin<qint64>(zip.size(), 22 + 0xFFFF);
    if (!zip.seek(zip.size() - tail))
        return false;
    const QByteArray end = zip.read(tail);
    const qsizetype at = end.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
    if (at < 0 || end.size() - at < 22)
        return false;
    const quint16 count = get16(end.constData() + at + 10);
    if (!zip.seek(get32(end.constData() + at + 16)))
        return false;
    const QByteArray directory = zip.read(get32(end.constData() + at + 12));
    const char *p = directory.constData();
    const char *const last = p + directory.size();
    for (int i = 0; i < count; ++i) {
        if (last - p < 46 || get32(p) != kCentralHeader)
            return false;
        Entry e;
        e.flags = get16(p + 8);
        e.method = get16(p + 10);
        e.time = get16(p + 12);
        e.date = get16(p + 14);
        e.crc = get32(p + 16);
        e.compressedSize = get32(p + 20);
        e.size = get32(p + 24);
        const quint16 nameLength = get16(p + 28);
        const qsizetype skip = 46 + nameLength + get16(p + 30) + get16(p + 32);
        e.externalAttributes = get32(p + 38);
        e.offset = get32(p + 42);
        if (last - p < skip)
            return false;
        e.name = QByteArray(p + 46, nameLength);
        entries->append(e);
        p += skip;
    }
    return true;
}

/// An entry's compressed bytes.
QByteArray readData(QFile &zip, const Entry &e)
{
    if (!zip.seek(qint64(e.offset)))
        return {};
    const QByteArray header = zip.read(30);
    if (header.size() != 30 || get32(header.constData()) != kLocalHeader)
        return {};
    if (!zip.seek(qint64(e.offset) + 30 + get16(header.constData() + 26) + get16(header.constData() + 28)))
        return {};
    return zip.read(qint64(e.compressedSize));
}

/// Raw DEFLATE of `data`: ended by a sync flush (more follows) or by the final block.
QByteArray deflated(const QByteArray &data, bool final)
{
    z_stream stream{};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size())) + 16), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, final ? Z_FINISH : Z_SYNC_FLUSH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray inflated(const QByteArray &data, quint64 size)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    z_stream stream{};
    inflateInit2(&stream, -MAX_WBITS);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    return result == Z_STREAM_END && stream.total_out == size ? out : QByteArray();
}

/// Writes entries one after the other and then the central directory.
class ZipWriter
{
public:
    explicit ZipWriter(QFile &file)
        : m_file(file)
    {}

    bool add(Entry e, const std::function<bool()> &writeData)
    {
        e.flags &= ~quint16(0x0008); // the sizes are in the header: no data descriptor follows
        e.offset = m_offset;
        const bool zip64 = e.size >= kMax32 || e.compressedSize >= kMax32;
        QByteArray header;
        put32(header, kLocalHeader);
        put16(header, zip64 ? 45 : 20);
        put16(header, e.flags);
        put16(header, e.method);
        put16(header, e.time);
        put16(header, e.date);
        put32(header, e.crc);
        put32(header, zip64 ? kMax32 : e.compressedSize);
        put32(header, zip64 ? kMax32 : e.size);
        put16(header, quint64(e.name.size()));
        put16(header, zip64 ? 20 : 0);
        header += e.name;
        if (zip64) {
            put16(header, 1);
            put16(header, 16);
            put64(header, e.size);
            put64(header, e.compressedSize);
        }
        if (!write(header) || !writeData())
            return false;
        m_offset = e.offset + quint64(header.size()) + e.compressedSize;
        m_entries.append(e);
        return true;
    }
    bool write(const QByteArray &bytes) { return m_file.write(bytes) == bytes.size(); }

    bool finish()
    {
        QByteArray directory;
        for (const Entry &e : std::as_const(m_entries)) {
            const bool bigSizes = e.size >= kMax32 || e.compressedSize >= kMax32;
            const bool farOffset = e.offset >= kMax32;
            QByteArray extra;
            if (bigSizes || farOffset) {
                put16(extra, 1);
                put16(extra, (bigSizes ? 16 : 0) + (farOffset ? 8 : 0));
                if (bigSizes) {
                    put64(extra, e.size);
                    put64(extra, e.compressedSize);
                }
                if (farOffset)
                    put64(extra, e.offset);
            }
            put32(directory, kCentralHeader);
            put16(directory, 45);
            put16(directory, extra.isEmpty() ? 20 : 45);
            put16(directory, e.flags);
            put16(directory, e.method);
            put16(directory, e.time);
            put16(directory, e.date);
            put32(directory, e.crc);
            put32(directory, bigSizes ? kMax32 : e.compressedSize);
            put32(directory, bigSizes ? kMax32 : e.size);
            put16(directory, quint64(e.name.size()));
            put16(directory, quint64(extra.size()));
            put16(directory, 0); // comment
            put16(directory, 0); // disk
            put16(directory, 0); // internal attributes
            put32(directory, e.externalAttributes);
            put32(directory, farOffset ? kMax32 : e.offset);
            directory += e.name;
            directory += extra;
        }
        const quint64 start = m_offset;
        const quint64 size = quint64(directory.size());
        const quint64 count = quint64(m_entries.size());
        QByteArray end;
        if (start >= kMax32 || count >= 0xFFFF) {
            put32(end, kZip64EndOfDirectory);
            put64(end, 44);
            put16(end, 45);
            put16(end, 45);
            put32(end, 0);
            put32(end, 0);
            put64(end, count);
            put64(end, count);
            put64(end, size);
            put64(end, start);
            put32(end, kZip64Locator);
            put32(end, 0);
            put64(end, start + size);
            put32(end, 1);
        }
        put32(end, kEndOfDirectory);
        put16(end, 0);
        put16(end, 0);
        put16(end, qMin<quint64>(count, 0xFFFF));
        put16(end, qMin<quint64>(count, 0xFFFF));
        put32(end, qMin(size, kMax32));
        put32(end, qMin(start, kMax32));
        put16(end, 0);
        return write(directory) && write(end);
    }

private:
    QFile &m_file;
    quint64 m_offset = 0;
    QList<Entry> m_entries;
};

/// x^(2^k) mod the CRC-32 polynomial and the product of two such residues (bit-reflected, as zlib has them).
quint32 multiplyModP(quint32 a, quint32 b)
{
    quint32 m = 1u << 31;
    quint32 product = 0;
    for (;;) {
        if (a & m) {
            product ^= b;
            if ((a & (m - 1)) == 0)
                break;
        }
        m >>= 1;
        b = b & 1 ? (b >> 1) ^ 0xEDB88320u : b >> 1;
    }
    return product;
}

} // namespace

quint32 crc32Combine(quint32 crcA, quint32 crcB, quint64 lengthB)
{
    // crc(A + B) = crcA · x^(8 · lengthB) ⊕ crcB, the power built from x^(2^k) by squaring.
    quint32 power = 1u << 31;  // x^0
    quint32 square = 1u << 30; // x^1
    for (quint64 n = lengthB * 8; n != 0; n >>= 1) {
        if (n & 1)
            power = multiplyModP(square, power);
        square = multiplyModP(square, square);
    }
    return multiplyModP(power, crcA) ^ crcB;
}

bool assembleWorkbook(const QString &from, const QString &to, const QList<SheetRowsPart> &rows,
                      QString *error)
{
    QFile source(from);
    QList<Entry> entries;
    if (!source.open(QIODevice::ReadOnly) || !readDirectory(source, &entries)) {
        *error = QStringLiteral("%1 is not a readable zip").arg(from);
        return false;
    }
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = target.errorString();
        return false;
    }
    ZipWriter zip(target);
    const auto failed = [&] {
        *error = target.error() != QFileDevice::NoError ? target.errorString()
                                                        : QStringLiteral("%1 could not be read").arg(from);
        return false;
    };
    for (const Entry &entry : std::as_const(entries)) {
        const QByteArray data = readData(source, entry);
        if (qint64(data.size()) != qint64(entry.compressedSize))
            return failed();
        const auto part = std::find_if(rows.cbegin(), rows.cend(), [&](const SheetRowsPart &p) {
            return p.entry.toUtf8() == entry.name;
        });
        if (part == rows.cend()) {
            if (!zip.add(entry, [&] { return zip.write(data); }))
                return failed();
            continue;
        }
        // The sheet without cells: libxlsxwriter writes <sheetData/>, or <sheetData></sheetData> when a
        // comment has set its dimension; the rows go in between, and their range is the sheet's dimension.
        QByteArray xml = inflated(data, entry.size);
        const qsizetype dimension = xml.indexOf("<dimension ref=\"");
        const qsizetype dimensionEnd = dimension < 0 ? -1 : xml.indexOf('"', dimension + 16);
        if (dimensionEnd > 0 && !part->range.isEmpty())
            xml.replace(dimension + 16, dimensionEnd - dimension - 16, part->range);
        static const QByteArray kEmpty = QByteArrayLiteral("<sheetData/>");
        static const QByteArray kEnd = QByteArrayLiteral("</sheetData>");
        const qsizetype empty = xml.indexOf(kEmpty);
        if (empty >= 0)
            xml.replace(empty, kEmpty.size(), QByteArray("<sheetData>" + kEnd));
        const qsizetype at = xml.indexOf(kEnd);
        if (entry.method != Z_DEFLATED || at < 0) {
            *error = QStringLiteral("%1 in %2 has no sheet data").arg(QString::fromUtf8(entry.name), from);
            return false;
        }
        const QByteArray head = xml.left(at);
        const QByteArray tail = xml.mid(at);
        const QByteArray headDeflated = deflated(head, false);
        const QByteArray tailDeflated = deflated(tail, true);
        QFile body(part->path);
        if (!body.open(QIODevice::ReadOnly) || quint64(body.size()) != part->compressedSize) {
            *error = body.errorString();
            return false;
        }
        Entry sheet = entry;
        sheet.method = Z_DEFLATED;
        sheet.size = quint64(head.size()) + part->size + quint64(tail.size());
        sheet.compressedSize =
            quint64(headDeflated.size()) + part->compressedSize + quint64(tailDeflated.size());
        const quint32 headCrc =
            quint32(crc32(0, reinterpret_cast<const Bytef *>(head.constData()), uInt(head.size())));
        const quint32 tailCrc =
            quint32(crc32(0, reinterpret_cast<const Bytef *>(tail.constData()), uInt(tail.size())));
        sheet.crc = crc32Combine(crc32Combine(headCrc, part->crc, part->size), tailCrc, quint64(tail.size()));
        const bool written = zip.add(sheet, [&] {
            if (!zip.write(headDeflated))
                return false;
            while (!body.atEnd()) {
                const QByteArray chunk = body.read(1 << 20);
                if (chunk.isEmpty() || !zip.write(chunk))
                    return false;
            }
            return zip.write(tailDeflated);
        });
        if (!written)
            return failed();
    }
    if (!zip.finish() || !target.flush())
        return failed();
    target.close();
    return true;
}

} // namespace callrail

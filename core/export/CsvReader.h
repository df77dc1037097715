#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

class QIODevice;

namespace callrail {

/// Reads RFC 4180 CSV (UTF-8) row by row: quoted fields may hold commas, doubled quotes, CR and LF;
/// rows end with CRLF, LF or a lone CR; a UTF-8 byte order mark at the start is skipped. The reader is
/// lenient, as a preview must be: a stray quote inside an unquoted field is kept as text and an
/// unterminated quoted field runs to the end of the data.
class CsvReader
{
public:
    /// Reads from device, which must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice *device);

    /// Reads the next row into cells. False (and cells empty) at the end of the data.
    /// An empty line gives one empty cell; the line break after the last row does not give a row.
    bool readRow(QStringList *cells);

    /// Parses a whole CSV text.
    static QList<QStringList> parseAll(const QByteArray &data);

private:
    bool fill();
    int peek();

    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_eof = false;
};

} // namespace callrail

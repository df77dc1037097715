#pragma once

#include "export/ByteBuffer.h"

#include <QFile>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace callrail {

/// Text compressed into a file as raw DEFLATE (RFC 1951, zlib's fastest level), on a thread of its own while
/// the caller makes the next chunk: the workbook's sheet rows, which XlsxPackage puts into the zip as the
/// middle of a sheet's entry. The stream ends with a sync flush, not a final block, so that the rest of the
/// entry can follow it; crc() and size() are those of the text, as the zip needs them.
class DeflatedFile
{
public:
    DeflatedFile();
    ~DeflatedFile(); ///< stops the thread; the file is left for the caller to remove
    DeflatedFile(const DeflatedFile &) = delete;
    DeflatedFile &operator=(const DeflatedFile &) = delete;

    bool open(const QString &path, QString *error);
    /// Hands the chunk over (it is left empty, with room for the next one). Waits while a few chunks are
    /// still to compress, so memory stays flat. False once writing the file has failed.
    bool write(ByteBuffer &chunk);
    /// Compresses what is left, ends the stream and closes the file. False with a message when a write
    /// failed (a full disk).
    bool finish(QString *error);

    QString path() const { return m_file.fileName(); }
    quint32 crc() const { return m_crc; }
    quint64 size() const { return m_size; }
    quint64 compressedSize() const { return m_compressedSize; }

private:
    void run();

    QFile m_file;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ByteBuffer> m_pending; ///< chunks the thread has yet to compress
    std::deque<ByteBuffer> m_spare;   ///< compressed chunks, to be filled again
    bool m_ending = false;
    bool m_failed = false;
    quint32 m_crc = 0;
    quint64 m_size = 0;
    quint64 m_compressedSize = 0;
};

} // namespace callrail

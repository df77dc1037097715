#include "DeflatedFile.h"

#include <zlib.h>

#include <memory>

namespace callrail {

namespace {
/// Chunks waiting for the thread: enough to ride out a slow moment of either side, a few MB at most.
constexpr size_t kMaxPending = 3;
/// zlib's fastest level: a sheet's XML is so repetitive that it still shrinks about tenfold, at more than
/// twice the speed of the default level, which was the workbook's largest cost (docs/performance.md,
/// benchmark 7).
constexpr int kLevel = 1;
constexpr size_t kOutputBytes = 1 << 18;
} // namespace

DeflatedFile::DeflatedFile() = default;

DeflatedFile::~DeflatedFile()
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_ending = true;
            m_failed = true; // nothing more to write: the caller gave up on the file
        }
        m_changed.notify_all();
        m_thread.join();
    }
}

bool DeflatedFile::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = m_file.errorString();
        return false;
    }
    m_crc = quint32(crc32(0, nullptr, 0));
    m_thread = std::thread([this] { run(); });
    return true;
}

bool DeflatedFile::write(ByteBuffer &chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_pending.size() < kMaxPending || m_failed; });
    if (m_failed)
        return false;
    m_pending.push_back(std::move(chunk));
    if (!m_spare.empty()) {
        chunk = std::move(m_spare.front());
        m_spare.pop_front();
    }
    chunk.clear();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool DeflatedFile::finish(QString *error)
{
    {
        const std::lock_guard lock(m_mutex);
        m_ending = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    const bool written = !m_failed && m_file.flush();
    if (!written)
        *error = m_file.errorString();
    m_file.close();
    return written;
}

void DeflatedFile::run()
{
    z_stream stream{};
    // Raw DEFLATE (negative window bits): the zip entry has its own header and checksum.
    bool ok = deflateInit2(&stream, kLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    const std::unique_ptr<unsigned char[]> output(new unsigned char[kOutputBytes]);
    const auto compress = [&](const char *data, size_t size, int flush) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        stream.avail_in = uInt(size);
        do {
            stream.next_out = output.get();
            stream.avail_out = uInt(kOutputBytes);
            deflate(&stream, flush);
            const qint64 produced = qint64(kOutputBytes - stream.avail_out);
            if (produced > 0 &&
                m_file.write(reinterpret_cast<const char *>(output.get()), produced) != produced)
                return false;
            m_compressedSize += quint64(produced);
        } while (stream.avail_out == 0);
        return true;
    };
    while (ok) {
        ByteBuffer chunk;
        bool last = false;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_pending.empty() || m_ending; });
            if (m_failed) // given up (the destructor): nothing more is wanted
                break;
            if (!m_pending.empty()) {
                chunk = std::move(m_pending.front());
                m_pending.pop_front();
            }
            last = m_pending.empty() && m_ending;
        }
        m_changed.notify_all();
        // Chunks are far below 4 GB (zlib counts in 32 bits); the crc and size are of the text. An empty
        // chunk (the end) has no data pointer, and crc32() takes a null one as "start again at 0".
        if (!chunk.empty())
            m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(chunk.data()), uInt(chunk.size())));
        m_size += chunk.size();
        ok = compress(chunk.data(), chunk.size(), last ? Z_SYNC_FLUSH : Z_NO_FLUSH);
        {
            const std::lock_guard lock(m_mutex);
            if (m_spare.empty())
                m_spare.push_back(std::move(chunk));
        }
        if (last)
            break;
    }
    deflateEnd(&stream);
    if (!ok) {
        {
            const std::lock_guard lock(m_mutex);
            m_failed = true;
        }
        m_changed.notify_all();
    }
}

} // namespace callrail

#include "EndpointFile.h"

#include "config/LogCategories.h"
#include "export/CsvAddedColumns.h"

#include <QCoreApplication>
#include <QDir>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace callrail {

namespace {

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

std::filesystem::path toFsPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

void setError(QString *errorMessage, const QString &text)
{
    qCWarning(lcExport).noquote() << text;
    if (errorMessage)
        *errorMessage = text;
}

} // namespace

EndpointFile::EndpointFile(const QString &finalPath, const QStringList &columns, const ExportOptions &options)
    : m_finalPath(finalPath)
    , m_partialPath(finalPath + QLatin1String(".partial"))
    , m_encoder(columns, options)
{}

EndpointFile::~EndpointFile()
{
    close();
}

QString EndpointFile::finalPath() const
{
    return m_finalPath;
}

QString EndpointFile::partialPath() const
{
    return m_partialPath;
}

bool EndpointFile::isOpen() const
{
    return m_file.isOpen();
}

qint64 EndpointFile::committedOffset() const
{
    return m_committedOffset;
}

qint64 EndpointFile::rowsWritten() const
{
    return m_rowsWritten;
}

void EndpointFile::setRowsWritten(qint64 rows)
{
    m_rowsWritten = rows;
}

QByteArray EndpointFile::encodeHeader() const
{
    return m_encoder.header();
}

bool EndpointFile::open(QString *errorMessage, qint64 resumeOffset)
{
    close();
    m_committedOffset = 0;
    if (resumeOffset > 0) {
        m_file.setFileName(m_partialPath);
        if (!m_file.exists()) {
            setError(errorMessage, QCoreApplication::translate("callrail::Export",
                                                               "Cannot resume %1: the file no longer exists.")
                                       .arg(displayPath(m_partialPath)));
            return false;
        }
        // Unbuffered: each page goes to the operating system in one write, and errors show up there.
        if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            setError(errorMessage, QCoreApplication::translate("callrail::Export", "Could not open %1: %2")
                                       .arg(displayPath(m_partialPath), m_file.errorString()));
            return false;
        }
        const qint64 size = m_file.size();
        if (size < resumeOffset) {
            m_file.close();
            setError(errorMessage, QCoreApplication::translate(
                                       "callrail::Export",
                                       "Cannot resume %1: the file holds %2 bytes, fewer than the %3 bytes "
                                       "already written.")
                                       .arg(displayPath(m_partialPath))
                                       .arg(size)
                                       .arg(resumeOffset));
            return false;
        }
        // A file started with other columns (the user changed the field selection) or another BOM setting
        // would get rows that do not match its header: refuse rather than mix them.
        const QByteArray header = encodeHeader();
        if (!header.isEmpty() && (resumeOffset < header.size() || m_file.read(header.size()) != header)) {
            m_file.close();
            setError(errorMessage, QCoreApplication::translate(
                                       "callrail::Export",
                                       "Cannot resume %1: it was started with other columns or settings.")
                                       .arg(displayPath(m_partialPath)));
            return false;
        }
        // Whatever follows the offset is a page cut short by a crash or a failed write: drop it.
        if ((size > resumeOffset && !m_file.resize(resumeOffset)) || !m_file.seek(resumeOffset)) {
            const QString reason = m_file.errorString();
            m_file.close();
            setError(errorMessage,
                     QCoreApplication::translate("callrail::Export", "Could not write to %1: %2")
                         .arg(displayPath(m_partialPath), reason));
            return false;
        }
        m_committedOffset = resumeOffset;
        qCDebug(lcExport) << "resuming" << m_partialPath << "at byte" << resumeOffset;
        return true;
    }

    // A new file (resumeOffset 0 means nothing was kept either, so the header is written again).
    m_rowsWritten = 0;
    m_file.setFileName(m_partialPath);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        setError(errorMessage, QCoreApplication::translate("callrail::Export", "Could not create %1: %2")
                                   .arg(displayPath(m_partialPath), m_file.errorString()));
        return false;
    }
    if (!writeAll(encodeHeader(), errorMessage)) {
        m_file.close();
        return false;
    }
    return true;
}

bool EndpointFile::writeAll(QByteArrayView bytes, QString *errorMessage)
{
    qint64 done = 0;
    const qint64 total = bytes.size();
    // QFile reports a short write without a reason; writing the rest again makes the system say why
    // (ENOSPC, EFBIG, …).
    while (done < total) {
        const qint64 n = m_file.write(bytes.constData() + done, total - done);
        if (n <= 0)
            break;
        done += n;
    }
    if (done == total && m_file.flush()) {
        m_committedOffset += total;
        return true;
    }
    const QString reason = m_file.errorString();
    // Cut the file back to its last whole page so that a retry or a resume starts from clean bytes.
    if (!m_file.resize(m_committedOffset) || !m_file.seek(m_committedOffset))
        qCWarning(lcExport) << "could not cut" << m_partialPath << "back to" << m_committedOffset;
    setError(errorMessage, QCoreApplication::translate("callrail::Export", "Could not write to %1: %2")
                               .arg(displayPath(m_partialPath), reason));
    return false;
}

bool EndpointFile::writeRows(QByteArrayView bytes, qint64 rows, QString *errorMessage)
{
    if (!m_file.isOpen()) {
        setError(errorMessage, QCoreApplication::translate("callrail::Export",
                                                           "Could not write to %1: the file is not open.")
                                   .arg(displayPath(m_partialPath)));
        return false;
    }
    if (rows == 0)
        return true;
    if (!writeAll(bytes, errorMessage))
        return false;
    m_rowsWritten += rows;
    return true;
}

bool EndpointFile::writePage(const QList<QJsonObject> &records, QString *errorMessage)
{
    const EncodedPage page = m_encoder.encode(records);
    return writeRows(page.rowBytes(0, page.rows.size()), page.rows.size(), errorMessage);
}

bool EndpointFile::commit(QString *errorMessage)
{
    if (!m_file.isOpen()) {
        setError(errorMessage,
                 QCoreApplication::translate("callrail::Export", "Could not save %1: the file is not open.")
                     .arg(displayPath(m_finalPath)));
        return false;
    }
    if (!m_file.flush()) {
        setError(errorMessage, QCoreApplication::translate("callrail::Export", "Could not write to %1: %2")
                                   .arg(displayPath(m_partialPath), m_file.errorString()));
        return false;
    }
#ifdef Q_OS_UNIX
    // Data on disk before the rename, so that a power loss cannot leave a complete-looking empty file.
    ::fsync(m_file.handle());
#endif
    m_file.close();

    // A whole CSV file gets the columns its form fields, custom fields and unknown fields ask for. Written
    // over the final name whole; the partial file stays until then, so a failure here can be resumed.
    if (m_encoder.options().format == OutputFormat::Csv) {
        bool rewritten = false;
        QString why;
        if (!CsvAddedColumns::spreadFile(m_partialPath, m_finalPath, m_encoder.columns(),
                                         m_encoder.options().excelSafe, &rewritten, nullptr, &why)) {
            setError(errorMessage, why);
            return false;
        }
        if (rewritten) {
            QFile::remove(m_partialPath);
            qCDebug(lcExport) << "committed" << m_finalPath << m_rowsWritten << "rows, spread";
            return true;
        }
    }

    // rename() replaces an existing file atomically on POSIX (MoveFileExW with MOVEFILE_REPLACE_EXISTING on
    // Windows): readers see either the old complete file or the new one, never a missing or half file.
    std::error_code error;
    std::filesystem::rename(toFsPath(m_partialPath), toFsPath(m_finalPath), error);
    if (error) {
        setError(errorMessage, QCoreApplication::translate("callrail::Export", "Could not save %1: %2")
                                   .arg(displayPath(m_finalPath), QString::fromLocal8Bit(error.message())));
        return false;
    }
    qCDebug(lcExport) << "committed" << m_finalPath << m_rowsWritten << "rows";
    return true;
}

void EndpointFile::close()
{
    if (!m_file.isOpen())
        return;
    m_file.flush();
    m_file.close();
}

} // namespace callrail

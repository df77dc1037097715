#pragma once

#include "export/ExportOptions.h"
#include "export/PageEncoder.h"

#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace callrail {

/// One endpoint's output file.
///
/// Rows go to "<final>.partial" (a plain, flushed file); commit() renames it over the final name
/// atomically (replacing an older complete file only at that moment); a failed or cancelled endpoint
/// calls close() and its rows stay in the clearly named partial file while an older complete file of the
/// final name stays untouched. Resume: open(resumeOffset) truncates the partial file to the byte offset
/// recorded after the last fully written page and appends from there (the header is not written again).
///
/// Each page is written and flushed as one unit; committedOffset() only advances after that succeeded,
/// and a failed write is cut back to it, so the partial file always ends with a whole page.
/// The directory of the final path must exist: the caller creates it.
class EndpointFile
{
public:
    /// columns: from EndpointSpec::columns() (used for CSV; JSON Lines writes the raw records).
    EndpointFile(const QString &finalPath, const QStringList &columns, const ExportOptions &options);
    /// Closes the file; never deletes the partial file.
    ~EndpointFile();

    EndpointFile(const EndpointFile &) = delete;
    EndpointFile &operator=(const EndpointFile &) = delete;

    QString finalPath() const;
    /// finalPath() + ".partial"
    QString partialPath() const;

    /// Opens the partial file. resumeOffset -1 starts a new partial file (replacing an old partial) and
    /// writes the BOM and header row (CSV); a resumeOffset >= 0 keeps the first resumeOffset bytes of the
    /// existing partial file, drops anything after them (a page cut short by a crash) and appends there.
    /// On failure returns false and sets *errorMessage (if given) to a translated message naming the file.
    bool open(QString *errorMessage, qint64 resumeOffset = -1);

    /// Writes the bytes of `rows` encoded rows (from PageEncoder) as one page and flushes them. False on disk
    /// full etc.; the file then still ends at committedOffset(), so the page can be retried or the export
    /// resumed.
    bool writeRows(QByteArrayView bytes, qint64 rows, QString *errorMessage);
    /// Encodes records (PageEncoder, with this file's columns and options) and writes them as one page.
    bool writePage(const QList<QJsonObject> &records, QString *errorMessage);

    /// Bytes of the partial file that hold whole pages (the value to resume from).
    qint64 committedOffset() const;
    /// Rows in the file so far, including rows from before a resume.
    qint64 rowsWritten() const;
    /// Restores the row count on resume.
    void setRowsWritten(qint64 rows);

    /// Flushes, closes and renames the partial file over the final name (atomic replace).
    bool commit(QString *errorMessage);
    /// Closes without renaming (keeps the partial file).
    void close();

    /// True between a successful open() and commit()/close().
    bool isOpen() const;

    /// The bytes at the start of a new file: BOM (if asked) and header row for CSV, nothing for JSON Lines.
    QByteArray encodeHeader() const;

private:
    bool writeAll(QByteArrayView bytes, QString *errorMessage);

    QString m_finalPath;
    QString m_partialPath;
    PageEncoder m_encoder;
    QFile m_file;
    qint64 m_committedOffset = 0;
    qint64 m_rowsWritten = 0;
};

} // namespace callrail

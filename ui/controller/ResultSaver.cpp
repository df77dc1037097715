#include "ResultSaver.h"

#include "export/CsvFromJsonLines.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace callrail {

QStringList ResultSaver::existing(const QString &folder, const QList<SaveItem> &items)
{
    QStringList found;
    const QDir dir(folder);
    for (const SaveItem &item : items) {
        if (QFileInfo::exists(dir.filePath(item.targetName)))
            found.append(item.targetName);
    }
    return found;
}

bool ResultSaver::save(const QString &folder, const QList<SaveItem> &items, QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QDir dir(folder);
    for (const SaveItem &item : items) {
        if (item.source.isEmpty()) {
            const QString target = dir.filePath(item.targetName);
            QSaveFile out(target);
            if (!out.open(QIODevice::WriteOnly) || out.write(item.content) != item.content.size() ||
                !out.commit()) {
                if (error)
                    *error =
                        tr("Could not save %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
                return false;
            }
            continue;
        }
        if (item.csv) {
            QSaveFile out(dir.filePath(item.targetName));
            if (!out.open(QIODevice::WriteOnly)) {
                if (error)
                    *error = tr("Cannot write %1: %2")
                                 .arg(QDir::toNativeSeparators(out.fileName()), out.errorString());
                return false;
            }
            if (!CsvFromJsonLines::write(item.source, item.columns, *item.csv, out, error))
                return false; // the temporary file goes with `out`
            if (!out.commit()) {
                if (error)
                    *error = tr("Could not save %1: %2")
                                 .arg(QDir::toNativeSeparators(out.fileName()), out.errorString());
                return false;
            }
            continue;
        }
        QFile in(item.source);
        if (!in.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read the extracted file %1: %2")
                             .arg(QDir::toNativeSeparators(item.source), in.errorString());
            return false;
        }
        const QString target = dir.filePath(item.targetName);
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString());
            return false;
        }
        // Streamed in blocks: a staged file may be far larger than memory should hold at once.
        QByteArray buffer;
        while (!in.atEnd()) {
            buffer = in.read(4 << 20);
            if (buffer.isEmpty() && in.error() != QFileDevice::NoError)
                break;
            if (out.write(buffer) != buffer.size())
                break;
        }
        if (in.error() != QFileDevice::NoError || out.error() != QFileDevice::NoError || !out.commit()) {
            if (error)
                *error = tr("Could not save %1: %2")
                             .arg(QDir::toNativeSeparators(target),
                                  out.error() != QFileDevice::NoError ? out.errorString() : in.errorString());
            out.cancelWriting();
            return false;
        }
    }
    return true;
}

} // namespace callrail

#include "export/ResultSaver.h"

#include "export/CsvFromJsonLines.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace callrail {

namespace {

/// Staged files are copied a block at a time: one may be far larger than memory should hold at once, and a
/// cancel is heard between blocks.
constexpr qint64 kCopyBlockBytes = 4 << 20;

enum class Written
{
    Whole,
    Failed,
    Cancelled
};

Written writeContent(QSaveFile &out, const SaveItem &item)
{
    return out.write(item.content) == item.content.size() ? Written::Whole : Written::Failed;
}

Written copyStaged(QSaveFile &out, const SaveItem &item, const SaveHooks &hooks, QString *error)
{
    QFile in(item.source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = ResultSaver::tr("Cannot read the extracted file %1: %2")
                     .arg(QDir::toNativeSeparators(item.source), in.errorString());
        return Written::Failed;
    }
    while (!in.atEnd()) {
        if (hooks.isCancelled())
            return Written::Cancelled;
        const QByteArray buffer = in.read(kCopyBlockBytes);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError)
            break;
        if (out.write(buffer) != buffer.size())
            break;
    }
    if (in.error() != QFileDevice::NoError && out.error() == QFileDevice::NoError) {
        *error = ResultSaver::tr("Could not save %1: %2")
                     .arg(QDir::toNativeSeparators(out.fileName()), in.errorString());
        return Written::Failed;
    }
    return out.error() == QFileDevice::NoError ? Written::Whole : Written::Failed;
}

Written convertToCsv(QSaveFile &out, const SaveItem &item, const SaveHooks &hooks, QString *error)
{
    bool cancelled = false;
    const auto stop = [&] { return cancelled = hooks.isCancelled(); };
    const bool written = item.addedColumns
                             ? CsvFromJsonLines::write(item.source, item.columns, *item.addedColumns,
                                                       *item.csv, out, error, nullptr, nullptr, stop)
                             : CsvFromJsonLines::write(item.source, item.columns, *item.csv, out, error,
                                                       nullptr, nullptr, stop);
    if (written)
        return Written::Whole;
    return cancelled ? Written::Cancelled : Written::Failed;
}

} // namespace

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

QString ResultSaver::cancelledBefore(const QString &name)
{
    return tr("Saving was stopped; %1 and what follows it were not written.").arg(name);
}

bool ResultSaver::save(const QString &folder, const QList<SaveItem> &items, QString *error,
                       const SaveHooks &hooks, int firstStep, int totalSteps)
{
    QString message;
    const auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!QDir().mkpath(folder))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    const QDir dir(folder);
    if (totalSteps < 0)
        totalSteps = firstStep + int(items.size());
    int step = firstStep;
    for (const SaveItem &item : items) {
        if (hooks.isCancelled())
            return fail(cancelledBefore(item.targetName));
        hooks.step(item.targetName, step++, totalSteps);
        const QString target = dir.filePath(item.targetName);
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString()));
        const Written written = item.source.isEmpty() ? writeContent(out, item)
                                : item.csv            ? convertToCsv(out, item, hooks, &message)
                                                      : copyStaged(out, item, hooks, &message);
        if (written == Written::Cancelled) {
            out.cancelWriting(); // the temporary file goes; no file of the final name appears
            return fail(cancelledBefore(item.targetName));
        }
        if (written == Written::Failed || !out.commit()) {
            out.cancelWriting();
            return fail(
                message.isEmpty()
                    ? tr("Could not save %1: %2").arg(QDir::toNativeSeparators(target), out.errorString())
                    : message);
        }
    }
    return true;
}

} // namespace callrail

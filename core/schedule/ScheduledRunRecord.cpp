#include "schedule/ScheduledRunRecord.h"

#include "config/AppFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace callrail {

namespace {

constexpr int kVersion = 1;
// Another process holds the lock for as long as one small file takes to write; a lock older than this was
// left by a process that died, and QLockFile takes it over.
constexpr int kLockWaitMs = 5'000;
constexpr int kStaleLockMs = 30'000;

QString outcomeName(ScheduledRun::Outcome outcome)
{
    return outcome == ScheduledRun::Outcome::Failed ? QStringLiteral("failed") : QStringLiteral("succeeded");
}

QJsonObject toJson(const ScheduledRun &run)
{
    return {{QStringLiteral("time"), run.time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("export_folder"), run.exportFolder},
            {QStringLiteral("outcome"), outcomeName(run.outcome)},
            {QStringLiteral("message"), run.message},
            {QStringLiteral("seen"), run.seen}};
}

ScheduledRun fromJson(const QJsonObject &json)
{
    ScheduledRun run;
    run.time = QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    run.exportFolder = json.value(QStringLiteral("export_folder")).toString();
    run.outcome =
        json.value(QStringLiteral("outcome")).toString() == outcomeName(ScheduledRun::Outcome::Failed)
            ? ScheduledRun::Outcome::Failed
            : ScheduledRun::Outcome::Succeeded;
    run.message = json.value(QStringLiteral("message")).toString();
    run.seen = json.value(QStringLiteral("seen")).toBool();
    return run;
}

QList<ScheduledRun> readRuns(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return {};
    QList<ScheduledRun> runs;
    const QJsonArray array = root.value(QStringLiteral("runs")).toArray();
    for (const QJsonValue &value : array)
        runs.append(fromJson(value.toObject()));
    return runs;
}

} // namespace

ScheduledRunRecord::ScheduledRunRecord(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{}

QString ScheduledRunRecord::defaultPath()
{
    return appDataFolder() + QStringLiteral("/scheduled-runs.json");
}

bool ScheduledRunRecord::append(const ScheduledRun &run, QString *error)
{
    return change(
        [&run](QList<ScheduledRun> &runs) {
            runs.append(run);
            if (runs.size() > kKeptRuns)
                runs.remove(0, runs.size() - kKeptRuns);
        },
        error);
}

QList<ScheduledRun> ScheduledRunRecord::runs() const
{
    return readRuns(m_path);
}

QList<ScheduledRun> ScheduledRunRecord::unseenFailures() const
{
    QList<ScheduledRun> failures;
    for (const ScheduledRun &run : runs()) {
        if (run.outcome == ScheduledRun::Outcome::Failed && !run.seen)
            failures.append(run);
    }
    return failures;
}

bool ScheduledRunRecord::markSeen(const QDateTime &upTo, QString *error)
{
    return change(
        [&upTo](QList<ScheduledRun> &runs) {
            for (ScheduledRun &run : runs)
                run.seen = run.seen || run.time <= upTo;
        },
        error);
}

bool ScheduledRunRecord::change(const std::function<void(QList<ScheduledRun> &)> &edit, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("callrail::ScheduledRunRecord",
                                                 "The record of scheduled runs (%1) could not be written: %2")
                         .arg(QDir::toNativeSeparators(m_path), reason);
        return false;
    };
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(
            QCoreApplication::translate("callrail::ScheduledRunRecord", "its folder could not be made"));
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(kStaleLockMs);
    if (!lock.tryLock(kLockWaitMs))
        return fail(QCoreApplication::translate("callrail::ScheduledRunRecord", "another program holds it"));

    QList<ScheduledRun> runs = readRuns(m_path);
    edit(runs);
    QJsonArray array;
    for (const ScheduledRun &run : std::as_const(runs))
        array.append(toJson(run));
    const QJsonObject root{{QStringLiteral("version"), kVersion}, {QStringLiteral("runs"), array}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace callrail

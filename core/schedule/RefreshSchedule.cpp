#include "schedule/RefreshSchedule.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLocale>

#include <algorithm>

namespace callrail {

namespace {

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

/// A full path on any system ("/home/…", "C:\\Users\\…", "\\\\server\\share"): the generators of every
/// system are tested on every system, so QFileInfo's idea of "absolute" (this system's) is not enough.
bool isFullPath(const QString &path)
{
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QStringLiteral("\\\\")))
        return true;
    return path.size() >= 3 && path.at(0).isLetter() && path.at(1) == QLatin1Char(':') &&
           (path.at(2) == QLatin1Char('\\') || path.at(2) == QLatin1Char('/'));
}

} // namespace

QString RefreshSchedule::idPrefix()
{
    return QStringLiteral("callrail-refresh-");
}

QString RefreshSchedule::idFor(const QString &exportFolder)
{
    // The cleaned path, so that "/a/b/" and "/a/b" are one job; 48 bits of SHA-256 keep ids short enough for
    // a systemd unit or a Task Scheduler name while two folders of one person never meet.
    const QByteArray path = QDir::cleanPath(exportFolder).toUtf8();
    return idPrefix() +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(12));
}

QStringList RefreshSchedule::arguments() const
{
    return {QStringLiteral("--refresh"), exportFolder, QStringLiteral("--scheduled")};
}

QString RefreshSchedule::problem() const
{
    if (!isFullPath(exportFolder))
        return QCoreApplication::translate("callrail::RefreshSchedule",
                                           "The export folder must be a full path.");
    if (!isFullPath(program))
        return QCoreApplication::translate("callrail::RefreshSchedule",
                                           "The path of callrail-export must be a full path.");
    if (hasControlCharacter(exportFolder) || hasControlCharacter(program))
        return QCoreApplication::translate(
            "callrail::RefreshSchedule",
            "The folder name holds a control character (a line break, say) that a scheduled job "
            "cannot carry; rename the folder.");
    if (!time.isValid())
        return QCoreApplication::translate("callrail::RefreshSchedule", "The time of day is not valid.");
    return {};
}

QDateTime RefreshSchedule::nextRunAfter(const QDateTime &after) const
{
    const QTime minute(time.hour(), time.minute());
    for (int days = 0; days <= 7; ++days) {
        const QDate date = after.date().addDays(days);
        if (frequency == Frequency::Weekly && date.dayOfWeek() != weekday)
            continue;
        const QDateTime candidate(date, minute);
        if (candidate > after)
            return candidate;
    }
    return {}; // unreachable: within eight days every weekday comes once after `after`
}

QString RefreshSchedule::whenText() const
{
    const QString at = QLocale().toString(time, QLocale::ShortFormat);
    if (frequency == Frequency::Daily)
        return QCoreApplication::translate("callrail::RefreshSchedule", "Every day at %1").arg(at);
    return QCoreApplication::translate("callrail::RefreshSchedule", "Every %1 at %2")
        .arg(QLocale().dayName(weekday, QLocale::LongFormat), at);
}

} // namespace callrail

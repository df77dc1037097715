#include "refresh/RefreshReport.h"

#include "api/EndpointCatalogue.h"

#include <QJsonArray>
#include <QLocale>

namespace callrail {

QString RefreshReport::text() const
{
    if (!ok)
        return error;
    const QLocale locale;
    const auto n = [&locale](qint64 value) { return locale.toString(value); };
    QStringList lines;
    if (completedInterrupted)
        lines << tr("The refresh that was interrupted while swapping the files in is now complete.");
    for (const RefreshedFile &f : files) {
        const MergeCounts &c = f.counts;
        QString line = tr("%1: %2 new, %3 updated, %4 removed, %5 unchanged")
                           .arg(EndpointCatalogue::title(f.endpoint), n(c.added), n(c.updated), n(c.removed),
                                n(c.unchanged));
        if (c.kept > 0)
            line += tr(" (%1 older, not re-read)").arg(n(c.kept));
        if (!f.accountId.isEmpty() && f.fileName.contains(f.accountId))
            line += QStringLiteral(" [%1]").arg(f.fileName);
        lines << line + QLatin1Char('.');
    }
    if (!completedInterrupted)
        lines << tr("Re-read from %1: %Ln request(s).", nullptr, requests)
                     .arg(locale.toString(reReadFrom, QLocale::ShortFormat));
    lines += notes;
    return lines.join(QLatin1Char('\n'));
}

QJsonObject RefreshReport::toJson() const
{
    QJsonArray list;
    for (const RefreshedFile &f : files)
        list.append(QJsonObject{{QStringLiteral("account"), f.accountId},
                                {QStringLiteral("endpoint"), f.endpoint},
                                {QStringLiteral("file"), f.fileName},
                                {QStringLiteral("new"), double(f.counts.added)},
                                {QStringLiteral("updated"), double(f.counts.updated)},
                                {QStringLiteral("removed"), double(f.counts.removed)},
                                {QStringLiteral("unchanged"), double(f.counts.unchanged)},
                                {QStringLiteral("olderKept"), double(f.counts.kept)}});
    return QJsonObject{{QStringLiteral("ok"), ok},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("reReadFrom"), reReadFrom.toString(Qt::ISODate)},
                       {QStringLiteral("requests"), requests},
                       {QStringLiteral("files"), list},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

} // namespace callrail

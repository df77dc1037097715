#include "RunTypes.h"

#include "api/EndpointCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QMetaMethod>
#include <QSet>

#include <algorithm>

namespace callrail {

QString outcomeName(EndpointOutcome outcome)
{
    switch (outcome) {
    case EndpointOutcome::Pending:
        return QStringLiteral("pending");
    case EndpointOutcome::Running:
        return QStringLiteral("running");
    case EndpointOutcome::Complete:
        return QStringLiteral("complete");
    case EndpointOutcome::Incomplete:
        return QStringLiteral("incomplete");
    case EndpointOutcome::NotAvailable:
        return QStringLiteral("not_available");
    case EndpointOutcome::Failed:
        return QStringLiteral("failed");
    case EndpointOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString outcomeLabel(EndpointOutcome outcome)
{
    switch (outcome) {
    case EndpointOutcome::Pending:
        return QCoreApplication::translate("callrail::RunSummary", "Waiting");
    case EndpointOutcome::Running:
        return QCoreApplication::translate("callrail::RunSummary", "Running");
    case EndpointOutcome::Complete:
        return QCoreApplication::translate("callrail::RunSummary", "Complete");
    case EndpointOutcome::Incomplete:
        return QCoreApplication::translate("callrail::RunSummary", "Incomplete");
    case EndpointOutcome::NotAvailable:
        return QCoreApplication::translate("callrail::RunSummary", "Not available");
    case EndpointOutcome::Failed:
        return QCoreApplication::translate("callrail::RunSummary", "Failed");
    case EndpointOutcome::Cancelled:
        return QCoreApplication::translate("callrail::RunSummary", "Cancelled");
    }
    return {};
}

QJsonObject EndpointResult::toJson() const
{
    QJsonObject o{{QStringLiteral("account_id"), accountId},
                  {QStringLiteral("endpoint"), endpoint},
                  {QStringLiteral("outcome"), outcomeName(outcome)},
                  {QStringLiteral("records"), double(records)},
                  {QStringLiteral("requests"), requests},
                  {QStringLiteral("errors"), errors},
                  {QStringLiteral("duplicates_dropped"), double(duplicatesDropped)},
                  {QStringLiteral("limit_reached"), limitReached},
                  {QStringLiteral("file"), file.path}};
    o.insert(QStringLiteral("reported_total"), reported >= 0 ? QJsonValue(double(reported)) : QJsonValue());
    if (windowTotal >= 0)
        o.insert(QStringLiteral("window_total"), double(windowTotal));
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return o;
}

int RunSummary::successful() const
{
    int n = 0;
    for (const EndpointResult &r : endpoints)
        n += r.outcome == EndpointOutcome::Complete ? 1 : 0;
    return n;
}

int RunSummary::failed() const
{
    return int(endpoints.size()) - successful() - cancelledCount();
}

int RunSummary::cancelledCount() const
{
    return int(std::count_if(endpoints.begin(), endpoints.end(), [](const EndpointResult &r) {
        return r.outcome == EndpointOutcome::Cancelled;
    }));
}

qint64 RunSummary::records() const
{
    qint64 n = 0;
    for (const EndpointResult &r : endpoints)
        n += r.records;
    return n;
}

int RunSummary::errors() const
{
    int n = 0;
    for (const EndpointResult &r : endpoints)
        n += r.errors;
    return n;
}

double RunSummary::seconds() const
{
    return startedAt.isValid() && finishedAt.isValid() ? double(startedAt.msecsTo(finishedAt)) / 1000.0 : 0.0;
}

int RunSummary::exitCode() const
{
    if (keyRejected)
        return 3;
    return allComplete() ? 0 : 1;
}

QJsonObject RunSummary::toJson() const
{
    QJsonArray list;
    for (const EndpointResult &r : endpoints)
        list.append(r.toJson());
    QJsonObject o{{QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("finished_at"), finishedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("total_time_seconds"), seconds()},
                  {QStringLiteral("endpoints"), int(endpoints.size())},
                  {QStringLiteral("successful"), successful()},
                  {QStringLiteral("failed"), failed()},
                  {QStringLiteral("cancelled_endpoints"), cancelledCount()},
                  {QStringLiteral("records"), double(records())},
                  {QStringLiteral("errors"), errors()},
                  {QStringLiteral("requests"), requests},
                  {QStringLiteral("rate_limited_responses"), rateLimited},
                  {QStringLiteral("key_rejected"), keyRejected},
                  {QStringLiteral("cancelled"), cancelled},
                  {QStringLiteral("results"), list}};
    if (!fatalError.isEmpty())
        o.insert(QStringLiteral("error"), fatalError);
    if (!workbooks.isEmpty()) {
        QStringList names;
        for (const QString &path : workbooks)
            names << QFileInfo(path).fileName();
        o.insert(QStringLiteral("workbooks"), QJsonArray::fromStringList(names));
    }
    if (!databases.isEmpty()) {
        QStringList names;
        for (const QString &database : databases)
            names << databaseName(database);
        o.insert(QStringLiteral("databases"), QJsonArray::fromStringList(names));
    }
    if (!outputNotes.isEmpty())
        o.insert(QStringLiteral("output_notes"), QJsonArray::fromStringList(outputNotes));
    if (!reconciled.isEmpty()) {
        QJsonArray checks;
        for (const Reconciled &r : reconciled)
            checks.append(QJsonObject{{QStringLiteral("account_id"), r.accountId},
                                      {QStringLiteral("list"), r.list},
                                      {QStringLiteral("report"), r.report},
                                      {QStringLiteral("callrail_reports"), double(r.reported)},
                                      {QStringLiteral("export_holds"), double(r.held)},
                                      {QStringLiteral("agrees"), r.agrees()}});
        o.insert(QStringLiteral("reconciliation"), checks);
    }
    return o;
}

QString RunSummary::databaseName(const QString &database)
{
    return QDir::isAbsolutePath(database) ? QFileInfo(database).fileName() : database;
}

QString RunSummary::text() const
{
    const QLocale locale;
    QStringList lines;
    lines << tr("Extraction summary") << tr("  Total time:  %1 s").arg(locale.toString(seconds(), 'f', 1))
          << tr("  Endpoints:   %1").arg(endpoints.size()) << tr("  Successful:  %1").arg(successful())
          << tr("  Failed:      %1").arg(failed());
    if (cancelledCount() > 0)
        lines << tr("  Cancelled:   %1").arg(cancelledCount());
    lines << tr("  Records:     %1").arg(locale.toString(records()))
          << tr("  Failed attempts: %1 (retried or not)").arg(errors());
    QSet<QString> accounts;
    for (const EndpointResult &r : endpoints) {
        if (!r.accountId.isEmpty())
            accounts.insert(r.accountId);
    }
    const bool multipleAccounts = accounts.size() > 1;
    for (const EndpointResult &r : endpoints) {
        const QString name = r.accountId.isEmpty() || !multipleAccounts
                                 ? r.endpoint
                                 : r.endpoint + QLatin1Char(' ') + r.accountId;
        QString line = QStringLiteral("  - %1: %2, %3")
                           .arg(name, outcomeLabel(r.outcome),
                                r.records == 1 ? tr("1 row") : tr("%1 rows").arg(locale.toString(r.records)));
        if (r.reported >= 0 && r.reported != r.records && !r.limitReached)
            line += tr(" (CallRail reported %1)").arg(locale.toString(r.reported));
        if (r.limitReached)
            line += tr(" (record limit reached)");
        if (!r.message.isEmpty())
            line += QStringLiteral(" — ") + r.message;
        lines << line;
    }
    if (!fatalError.isEmpty())
        lines << tr("  Stopped: %1").arg(fatalError);
    for (const QString &path : workbooks)
        lines << tr("  Workbook:    %1").arg(QDir::toNativeSeparators(path));
    for (const QString &database : databases)
        lines << tr("  Database:    %1")
                     .arg(QDir::isAbsolutePath(database) ? QDir::toNativeSeparators(database) : database);
    for (const QString &note : outputNotes)
        lines << QStringLiteral("  ") + note;
    for (const Reconciled &r : reconciled)
        lines << QStringLiteral("  ") + (multipleAccounts ? r.accountId + QStringLiteral(": ") : QString()) +
                     r.text();
    return lines.join(QLatin1Char('\n'));
}

QString RunSummary::oneLine() const
{
    const QLocale locale;
    const QString time = locale.toString(seconds(), 'f', 1);
    QString line;
    if (keyRejected)
        line = tr("Stopped after %1 s, CallRail rejected the API key:").arg(time);
    else if (cancelled)
        line = tr("Cancelled after %1 s:").arg(time);
    else
        line = tr("Finished in %1 s:").arg(time);
    QStringList parts{tr("%1 of %2 complete").arg(successful()).arg(endpoints.size())};
    if (failed() > 0)
        parts << tr("%Ln not complete", nullptr, failed());
    if (cancelledCount() > 0)
        parts << tr("%Ln cancelled", nullptr, cancelledCount());
    parts << tr("%1 records").arg(locale.toString(records()));
    // The same count, under the same name, as the progress rows' column.
    if (errors() > 0)
        parts << tr("%Ln failed attempt(s)", nullptr, errors());
    line += QLatin1Char(' ') + parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (!fatalError.isEmpty() && !keyRejected)
        line += QLatin1Char(' ') + tr("Stopped: %1").arg(fatalError);
    return line;
}

void RunSummary::addNotStarted(const QList<AccountInfo> &accounts, const QStringList &endpointNames,
                               EndpointOutcome outcome, const QString &message)
{
    for (const AccountInfo &account : accounts) {
        for (const QString &endpoint : endpointNames) {
            const bool reported =
                std::any_of(endpoints.begin(), endpoints.end(), [&](const EndpointResult &r) {
                    return r.endpoint == endpoint && r.accountId == account.id;
                });
            if (reported)
                continue;
            EndpointResult r;
            r.accountId = account.id;
            r.endpoint = endpoint;
            r.outcome = outcome;
            r.message = message;
            endpoints.append(r);
        }
    }
}

void RunSummary::sortEndpoints(const QList<AccountInfo> &accounts)
{
    const QStringList catalogue = EndpointCatalogue::names();
    QStringList accountOrder;
    for (const AccountInfo &account : accounts)
        accountOrder.append(account.id);
    const auto key = [&](const EndpointResult &r) {
        return std::pair(r.accountId.isEmpty() ? -1 : int(accountOrder.indexOf(r.accountId)),
                         int(catalogue.indexOf(r.endpoint)));
    };
    std::stable_sort(endpoints.begin(), endpoints.end(),
                     [&](const EndpointResult &a, const EndpointResult &b) { return key(a) < key(b); });
}

QString StagedFile::savedName() const
{
    if (complete)
        return finalName;
    const qsizetype dot = finalName.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return finalName + QStringLiteral("_incomplete");
    return finalName.left(dot) + QStringLiteral("_incomplete") + finalName.mid(dot);
}

QString StagedFile::stem() const
{
    const qsizetype dot = finalName.lastIndexOf(QLatin1Char('.'));
    return dot <= 0 ? finalName : finalName.left(dot);
}

void RunEvents::forward(const RunEvents *from, RunEvents *to)
{
    // Every signal of this class, matched by index: nothing to keep in step when an event is added.
    const QMetaObject &meta = RunEvents::staticMetaObject;
    for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
        const QMetaMethod method = meta.method(i);
        if (method.methodType() == QMetaMethod::Signal)
            QObject::connect(from, method, to, method);
    }
}

} // namespace callrail

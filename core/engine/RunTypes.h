#pragma once

#include "api/ApiError.h"
#include "config/Logging.h"
#include "export/ExportOptions.h"

#include "engine/Reconciliation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace callrail {

/// An account the API key can see.
struct AccountInfo
{
    QString id;
    QString name;
    bool hipaa = false;
};

/// How one endpoint of one account ended.
enum class EndpointOutcome
{
    Pending,
    Running,
    Complete,     ///< every record CallRail reported was written (or the record limit was reached)
    Incomplete,   ///< finished, but fewer rows than CallRail reported
    NotAvailable, ///< 403: not available to this key or plan
    Failed,       ///< an error stopped it; rows fetched so far are in the partial file
    Cancelled
};
QString outcomeName(EndpointOutcome outcome);  ///< "complete", "not_available", … (summary.json)
QString outcomeLabel(EndpointOutcome outcome); ///< translated, for people

/// Live figures for one endpoint of one account.
struct EndpointProgress
{
    QString accountId;
    QString endpoint;
    qint64 records = 0;   ///< rows written so far
    qint64 expected = -1; ///< what CallRail reported (total_records, capped by the limit); -1 = not known yet
    int requests = 0;     ///< HTTP requests this endpoint has made
    int budgetLeftHour = -1;
    int budgetLeftDay = -1;
};

/// The file an endpoint wrote in the run's (staging) folder, as a reader and a saver need it.
struct StagedFile
{
    QString path; ///< the file as it is: complete, or the partial file of an endpoint that did not finish
    OutputFormat format = OutputFormat::Csv;
    QStringList columns; ///< what the records flatten into: the CSV header, the preview's columns
    bool complete = false;
    QString finalName; ///< the complete file's name: "calls.csv", "calls_ACC….csv"
    /// The columns the CSV file or the workbook's sheet adds after `columns`, spread from its JSON cells
    /// (AddedColumns); set when the file is saved.
    QStringList addedColumns = {};

    bool exists() const { return !path.isEmpty(); }
    /// The name it is saved under: the final name when complete; "calls_incomplete.csv" for a partial file,
    /// so that it opens in a spreadsheet and nobody takes it for a whole export.
    QString savedName() const;
    /// The name without extension, as the preview tabs show it: "calls".
    QString stem() const;
};

/// A failed attempt that will be tried again.
struct RetryNotice
{
    QString accountId;
    QString endpoint;
    QString pageLabel;
    int attempt = 0;    ///< the attempt that failed (1 = the first)
    qint64 delayMs = 0; ///< until the next attempt
    ApiErrorKind kind = ApiErrorKind::None;
    QString reason; ///< translated, says endpoint and page
};

/// The result of one endpoint of one account.
struct EndpointResult
{
    QString accountId;
    QString endpoint;
    EndpointOutcome outcome = EndpointOutcome::Pending;
    qint64 records = 0;
    qint64 reported = -1; ///< total_records as CallRail reported it (summed over companies / slices)
    /// A report's count of the whole window (its total_results: total_calls or total_forms); -1 for a list,
    /// or when the report does not say. Compared with the rows of the list the report counts.
    qint64 windowTotal = -1;
    qint64 duplicatesDropped = 0;
    bool limitReached = false;
    int requests = 0;
    int errors = 0;  ///< failed attempts of its requests, retried or not (as they happened, all in flight)
    StagedFile file; ///< nothing for an endpoint that wrote no file
    ApiErrorKind errorKind = ApiErrorKind::None; ///< what stopped it, when a request did
    QString message;                             ///< why it failed, or a note (404, gap)
    QStringList notes;

    QJsonObject toJson() const;
};

/// What a run will do, announced when it starts.
struct RunPlan
{
    QList<AccountInfo> accounts;
    QStringList endpoints;
    QString outputDir;
    QString dateRangeText; ///< "2026-10-26 to 2026-11-24 (America/New_York)"
    bool resumed = false;
    bool demo = false;
};

/// The end of a run: the seed design's summary (total time, endpoints, successful, failed, records, errors),
/// written as summary.json beside the files.
struct RunSummary
{
    Q_DECLARE_TR_FUNCTIONS(callrail::RunSummary)

public:
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<EndpointResult> endpoints;
    int requests = 0;
    int rateLimited = 0;      ///< 429 responses received
    bool keyRejected = false; ///< 401: the whole run stopped
    bool cancelled = false;
    QString fatalError;    ///< why the run could not start or stopped as a whole
    QString summaryPath;   ///< summary.json, once written
    QString notePath;      ///< the readable note beside it (ExportNote), once written
    QStringList workbooks; ///< the Excel workbooks written (TypedOutput::ExcelWorkbook), full paths
    /// The database loaded: the SQLite file's full path, or the PostgreSQL connection without its password
    /// and the schema (PostgresConnection::describe()).
    QStringList databases;
    /// What a typed output had to change (cells cut, sheets continued) or why it could not be written:
    /// translated sentences for summary.json, the export note and the report.
    QStringList outputNotes;
    /// CallRail's counts of the window beside the rows of the lists they count (a run's own window only).
    QList<Reconciled> reconciled;

    int successful() const;
    int failed() const;         ///< every endpoint that did not complete, except those the user cancelled
    int cancelledCount() const; ///< endpoints stopped (or never started) because the user cancelled
    qint64 records() const;
    /// Failed attempts of every endpoint's requests, retried or not: what the window's progress rows count,
    /// added up (a run stopped before any list, e.g. by a rejected key, says so in fatalError instead).
    int errors() const;
    double seconds() const;
    bool allComplete() const
    {
        return fatalError.isEmpty() && !keyRejected && !cancelled && failed() == 0 && cancelledCount() == 0;
    }
    /// The process exit status of the command-line tool: 0 all complete, 1 some endpoint failed or
    /// incomplete, 3 the API key was rejected.
    int exitCode() const;
    /// How summary.json and the note name an entry of `databases`: a file by its name (it lies beside them),
    /// a PostgreSQL database as described.
    static QString databaseName(const QString &database);

    /// Reports, as `outcome` with `message`, every endpoint of these accounts that has no result yet (a
    /// rejected key, a cancel, an error before them).
    void addNotStarted(const QList<AccountInfo> &accounts, const QStringList &endpoints,
                       EndpointOutcome outcome, const QString &message);
    /// A stable order for the report: accounts as listed, endpoints as in the catalogue (not in the order
    /// they ended).
    void sortEndpoints(const QList<AccountInfo> &accounts);

    QJsonObject toJson() const;
    /// The human-readable summary, several lines, translated (the command line's report).
    QString text() const;
    /// The same in one line, for the window and the log: "Finished in 12.3 s: 10 of 11 complete, 1 not
    /// complete, 27,000 records, 3 failed attempts."
    QString oneLine() const;
};

/// Everything a run tells, declared once: the runner emits these on its worker thread, and the job (which
/// is a RunEvents too) repeats them on the caller's thread, where the window and the command line listen.
class RunEvents : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Repeats every event of `from` on `to` (queued when they live in different threads).
    static void forward(const RunEvents *from, RunEvents *to);

signals:
    void runStarted(const callrail::RunPlan &plan);
    void accountsListed(const QList<callrail::AccountInfo> &accounts);
    void endpointStarted(const QString &accountId, const QString &endpoint);
    void progress(const callrail::EndpointProgress &progress);
    void endpointFinished(const callrail::EndpointResult &result);
    /// A failed request that will be retried ("CallRail is busy, retrying in 8 s").
    void retrying(const callrail::RetryNotice &notice);
    /// The run waits for CallRail's request budget until resumeAt.
    void waitingForBudget(const QDateTime &resumeAt, const QString &reason);
    /// The requests the run needs as far as the first pages tell, and what the budget has left; when that is
    /// not enough, when the budget lets the run finish (else invalid).
    void estimateReady(const QString &accountId, int requests, int leftThisHour, int leftToday,
                       const QDateTime &budgetBoundFinish);
    void logLine(callrail::LogLevel level, const QString &text);
    void runFinished(const callrail::RunSummary &summary);
};

} // namespace callrail

Q_DECLARE_METATYPE(callrail::AccountInfo)
Q_DECLARE_METATYPE(callrail::RetryNotice)
Q_DECLARE_METATYPE(callrail::EndpointProgress)
Q_DECLARE_METATYPE(callrail::EndpointResult)
Q_DECLARE_METATYPE(callrail::RunPlan)
Q_DECLARE_METATYPE(callrail::RunSummary)

#pragma once

#include "api/ApiClient.h"
#include "api/EndpointCatalogue.h"
#include "config/DateWindow.h"
#include "config/Logging.h"
#include "engine/DuplicateFilter.h"
#include "engine/ExtractionOptions.h"
#include "engine/PagePlan.h"
#include "engine/RunTypes.h"
#include "export/PageEncoder.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>

namespace callrail {

class EndpointFile;

/// Extracts one endpoint of one account: plans the requests (date slices × companies × pages), keeps several
/// pages in flight through the shared ApiClient, writes the pages strictly in order (so that a file is the
/// same however the answers arrive and a resumed run can continue at a page boundary), drops duplicate ids,
/// applies the record limit and checks the rows against the totals CallRail reported.
class EndpointTask : public QObject
{
    Q_OBJECT
public:
    struct Context
    {
        ApiClient *client = nullptr;
        RequestBudget *budget = nullptr;
        const ExtractionOptions *options = nullptr;
        QString accountId; ///< empty for the accounts list
        QString budgetBucket;
        QDate today; ///< the date the run's date windows are computed from
        qint64 runStartMs = 0;
    };

    /// filePath empty: nothing is written (a look-up, e.g. the companies needed for a fan-out).
    EndpointTask(const EndpointSpec &spec, const EndpointSelection &selection, const Context &context,
                 const QString &filePath, QObject *parent = nullptr);
    ~EndpointTask() override;

    const EndpointSpec &spec() const { return m_spec; }
    /// For per-company endpoints: the companies to fan out over. Call before start().
    void setCompanies(const QStringList &companyIds) { m_companies = companyIds; }
    /// Keeps every record's id (and the whole record, for the accounts list) for the caller.
    void setCollectRecords(bool collect);
    /// Continues from a state saved by an interrupted run (see stateChanged). Call before start().
    void restoreState(const QJsonObject &state);

    void start();
    void cancel();
    /// Stops because the whole run stops (a rejected key): the endpoint is marked failed with this message.
    void abort(const QString &message);

    bool isFinished() const { return m_finished; }
    const EndpointResult &result() const { return m_result; }
    const QStringList &collectedIds() const { return m_collectedIds; }
    const QList<QJsonObject> &collectedRecords() const { return m_collectedRecords; }
    /// Requests this endpoint still needs as far as is known now (1 per segment whose size is still unknown).
    int estimatedRemainingRequests() const;
    bool sizesKnown() const;

signals:
    void progress(const callrail::EndpointProgress &progress);
    /// The resumable state after a page was written: persist it to continue an interrupted run.
    void stateChanged(const QJsonObject &state);
    void logMessage(callrail::LogLevel level, const QString &text);
    void keyRejected(const QString &message);
    void finished();

private:
    /// A page asked for, or answered and waiting for its turn to be written.
    struct Unit
    {
        PagePlan::PageRequest request;
        QString label;        ///< "page 3", for messages
        int countRetries = 0; ///< asked again because its records did not add up to its totals
        ApiCall *call = nullptr;
        bool received = false;
        EncodedPage encoded; ///< the page's records, as file bytes
        bool hasNext = false;
        QUrl nextUrl;
        qint64 reportedTotal = -1; ///< total_records in this page's envelope
        /// A report: its total_results for the window, and what its rows add up to (-1: not said).
        qint64 reportTotal = -1;
        qint64 reportRowsSum = -1;
        qint64 previousRowsSum = -1; ///< what the rows added up to in the answer this one asks again
    };
    using UnitKey = std::pair<int, int>;

    void issueMore();
    void issue(const PagePlan::PageRequest &request, int countRetries = 0, qint64 previousRowsSum = -1);
    void onAnswer(UnitKey key, const ApiResult &result);
    void takeCount(std::map<UnitKey, Unit>::iterator unit, const ApiResult &result);
    QString countProblem(const Unit &unit, const QJsonObject &envelope) const;
    void logRepairs(const Unit &unit, const JsonRepairs &repairs);
    void noteNextLink(Unit &unit, const QJsonObject &envelope);
    void writeReadyPages();
    bool writeRows(const Unit &unit, const QList<std::pair<qsizetype, qsizetype>> &keptRuns, qsizetype rows);
    void dropUnitsOf(int segmentIndex);
    void completeAll();
    void fail(EndpointOutcome outcome, const QString &message);
    void finish(EndpointOutcome outcome);
    void emitProgress();
    QJsonObject saveState() const;
    bool restore(const QJsonObject &saved);
    bool limitReached() const;
    void log(LogLevel level, const QString &text);

    EndpointSpec m_spec;
    EndpointSelection m_selection;
    bool m_windowTotalKnown = true; ///< a report: every answer so far said its total (see windowTotal)
    Context m_context;
    QString m_filePath;
    std::unique_ptr<EndpointFile> m_file;
    QStringList m_columns;
    PageEncoder m_encoder;
    PagePlan m_plan;
    DuplicateFilter m_duplicates;
    QStringList m_companies;
    bool m_collect = false;
    QStringList m_collectedIds;
    QList<QJsonObject> m_collectedRecords;

    std::map<UnitKey, Unit> m_units;
    QElapsedTimer m_sinceStateSaved;
    std::optional<QJsonObject> m_restoredState;
    qint64 m_restoredOffset = -1;
    QSet<QString> m_unexpectedReported;
    EndpointResult m_result;
    bool m_finished = false;
    bool m_started = false;
};

} // namespace callrail

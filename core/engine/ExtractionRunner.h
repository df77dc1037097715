#pragma once

#include "api/RequestBudget.h"
#include "config/Logging.h"
#include "engine/EndpointTask.h"
#include "engine/ExtractionOptions.h"
#include "engine/ResumeStore.h"
#include "engine/RunTypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace callrail {

class ApiClient;

/// Runs one extraction on the thread it lives in (the job's worker thread): lists the accounts, runs every
/// selected endpoint of each account through one ApiClient (so that all of them share the concurrency and the
/// request budget), persists resumable state, and writes summary.json. It reports only through its RunEvents
/// signals.
class ExtractionRunner : public RunEvents
{
    Q_OBJECT
public:
    explicit ExtractionRunner(const ExtractionOptions &options, QObject *parent = nullptr);
    ~ExtractionRunner() override;

    void run();
    /// Only lists the accounts the key can see (accountsListed, then runFinished).
    void listAccounts();
    void cancel();

private:
    bool prepare();
    void startAccountsPhase();
    void onAccountsListed(EndpointTask *task);
    void onAccountsKnown();
    /// One account's endpoints: all accounts run at once, each on its own budget, under the client's shared
    /// cap on requests in flight.
    struct AccountWork
    {
        QString accountId;
        QList<EndpointTask *> tasks; ///< the endpoint files
        QList<EndpointTask *> waitingForCompanies;
        EndpointTask *companiesProvider = nullptr;
        bool estimateSent = false;
        bool done = false;
    };
    void startAccounts();
    void startAccount(AccountWork &work, int index);
    AccountWork *workOf(const EndpointTask *task);
    void accountDone(AccountWork &work);
    EndpointTask *createTask(const QString &endpoint, const QString &accountId, const QString &filePath);
    EndpointTask::Context taskContext(const QString &accountId, const QString &budgetAccount) const;
    /// Reports an endpoint an interrupted run had already finished (resume).
    void reportFinishedBefore(const QString &accountId, const QString &endpoint, const QJsonObject &state);
    void onTaskFinished(EndpointTask *task);
    void onCompaniesKnown(AccountWork &work, EndpointTask *provider);
    void onKeyRejected(const QString &message);
    void maybeEstimate(AccountWork &work);
    void finishRun();
    QString outputPath(const QString &endpoint, const QString &accountId) const;
    QJsonObject manifest() const;
    QString bucketFor(const QString &accountId) const;
    void log(LogLevel level, const QString &text);

    ExtractionOptions m_options;
    std::unique_ptr<ResumeStore> m_resume;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<RequestBudget> m_budget;
    ApiClient *m_client = nullptr;

    bool m_listOnly = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_stopping = false; ///< cancelled or key rejected: tasks are being stopped, start nothing new
    QDate m_today;
    qint64 m_runStartMs = 0;
    RunSummary m_summary;
    RunPlan m_plan; ///< as announced by runStarted, for the export note

    QList<AccountInfo> m_accounts;           ///< every account the key can see (when listed)
    QList<AccountInfo> m_targets;            ///< the accounts this run extracts
    QHash<QString, QStringList> m_companies; ///< account → company ids, once known
    QList<EndpointResult> m_results;

    QPointer<EndpointTask> m_accountsTask;
    std::vector<std::unique_ptr<AccountWork>> m_work; ///< per target account, in their order
};

} // namespace callrail

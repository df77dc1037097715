#pragma once

#include "engine/ExtractionOptions.h"
#include "imitation/FakeCallRailServer.h"

#include <QThread>
#include <QUrl>

#include <atomic>
#include <functional>

namespace callrail::bench {

/// The imitation CallRail server on a thread of its own, so that its replies (delayed with timers) are
/// served concurrently and never compete with the event loop of the client being measured.
class BenchServer
{
public:
    explicit BenchServer(const DatasetConfig &config);
    ~BenchServer();
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    static QString apiKey() { return QStringLiteral("bench-key-5d1c7e0a9b2f"); }
    QUrl baseUrl() const { return m_baseUrl; }
    QString accountId() const { return m_accountId; }

    /// A run of all 11 endpoints of this server over a date window (UTC) that covers the whole data set.
    ExtractionOptions wholeDataSetOptions() const;

    /// Runs `work` on the server's thread and waits for it (settings, counters).
    void call(const std::function<void(FakeCallRailServer &)> &work);

    /// The fewest requests that can fetch every record of the 11 endpoints at `perPage` records a page:
    /// one request per page, at least one per list, and one list per company for the per-company endpoints.
    int minimumRequests(int perPage);
    /// Records of all 11 endpoints (what a complete run writes).
    qint64 totalRecords();
    /// Mean milliseconds from a request's arrival to its reply written, since the last reset: the configured
    /// latency plus the imitation server's own work (building and encoding the page).
    double meanServedMs() const;
    void resetServedTimes();

private:
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives in m_thread: the target of call()
    FakeCallRailServer *m_server = nullptr;
    std::atomic<qint64> m_servedMs{0};
    std::atomic<qint64> m_served{0};
    QUrl m_baseUrl;
    QString m_accountId;
    int m_spanDays = 0;
};

} // namespace callrail::bench

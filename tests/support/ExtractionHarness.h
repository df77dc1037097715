#pragma once

#include "engine/ExtractionJob.h"
#include "imitation/FakeCallRailServer.h"

#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace callrail::test {

/// A started imitation CallRail with a known key, and helpers to run an extraction against it and read the
/// files back. Network tests never leave 127.0.0.1.
class ExtractionHarness
{
public:
    explicit ExtractionHarness(const DatasetConfig &config = defaultDataset());

    static DatasetConfig defaultDataset();
    static QString apiKey() { return QStringLiteral("test-key-7f3a9c2e5b1d4608"); }

    FakeCallRailServer &server() { return *m_server; }
    QString accountId() const;
    QString outputDir() const { return m_output.path(); }

    /// Options for every endpoint, a window covering the whole data set, fast retries.
    ExtractionOptions options(const QString &outputDir = QString()) const;
    /// Runs a job to its end (bounded wait) and returns its summary.
    RunSummary run(const ExtractionOptions &options, int timeoutMs = 60'000);

    /// The result of one endpoint in a summary (the first account's, unless one is named), or null.
    static const EndpointResult *resultFor(const RunSummary &summary, const QString &endpoint,
                                           const QString &accountId = QString());
    /// The rows of a CSV file (header first).
    static QList<QStringList> readCsv(const QString &path);
    /// The values of the first column ("id") of a CSV file, without the header.
    static QStringList idColumn(const QString &path);
    /// Every id the server holds for an endpoint, in the window options() uses (a report's rows: the ids of
    /// the rows its answers give).
    QStringList serverIds(const QString &endpoint, const QString &accountId = QString()) const;
    /// Every record the server holds for an endpoint, in the window options() uses, with the optional
    /// `fields`, as the compact JSON a JSON Lines file holds (per-company records with their company_id), by
    /// id.
    QHash<QString, QByteArray> serverRecordLines(const QString &endpoint,
                                                 const QStringList &fields = {}) const;
    /// The lines of a JSON Lines file, by id (QMultiHash: a duplicate shows as a second value).
    static QMultiHash<QString, QByteArray> jsonLinesById(const QString &path);
    /// The catalogue's ImitationQuery for the window options() uses.
    ImitationQuery queryFor(const QString &endpoint) const;

private:
    /// The rows a report of the run options() describes holds on the server, in the order they are written.
    QList<QJsonObject> serverReportRows(const EndpointSpec &spec, const QString &account) const;

    std::unique_ptr<FakeCallRailServer> m_server;
    QTemporaryDir m_output;
};

} // namespace callrail::test

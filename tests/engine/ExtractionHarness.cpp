#include "ExtractionHarness.h"

#include "api/EndpointCatalogue.h"
#include "export/CsvReader.h"

#include <QFile>
#include <QTest>

namespace callrail::test {

namespace {
// All data lies within 120 days of "now"; this window covers it with a margin, inside 25 months.
constexpr int kWindowDays = 150;
} // namespace

DatasetConfig ExtractionHarness::defaultDataset()
{
    DatasetConfig config;
    config.calls = 1200;
    config.formSubmissions = 260;
    config.conversations = 90;
    config.companies = 3;
    return config;
}

ExtractionHarness::ExtractionHarness(const DatasetConfig &config)
    : m_server(std::make_unique<FakeCallRailServer>(config))
{
    m_server->setApiKeys({apiKey()});
    if (!m_server->start())
        qFatal("the imitation CallRail server could not start");
}

QString ExtractionHarness::accountId() const
{
    return m_server->dataset().accountIds().first();
}

ExtractionOptions ExtractionHarness::options(const QString &outputDir) const
{
    ExtractionOptions options;
    options.baseUrl = m_server->baseUrl();
    options.apiKey = apiKey();
    options.endpoints = ExtractionOptions::allEndpoints();
    options.dates.preset = DatePreset::Custom;
    options.dates.timeZone = QStringLiteral("UTC");
    const QDate today = DateWindow::todayIn(options.dates.timeZone);
    options.dates.customStart = today.addDays(-kWindowDays);
    options.dates.customEnd = today;
    options.outputDir = outputDir.isEmpty() ? m_output.path() : outputDir;
    options.backoffBaseMs = 20;
    options.timeoutMs = 5000;
    options.budgetStoragePath.clear();
    return options;
}

RunSummary ExtractionHarness::run(const ExtractionOptions &options, int timeoutMs)
{
    ExtractionJob job(options);
    QSignalSpy finished(&job, &ExtractionJob::runFinished);
    job.start();
    if (!finished.wait(timeoutMs)) {
        qWarning("extraction did not finish in time");
        return {};
    }
    return finished.first().first().value<RunSummary>();
}

QList<QStringList> ExtractionHarness::readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return CsvReader::parseAll(file.readAll());
}

QStringList ExtractionHarness::idColumn(const QString &path)
{
    QStringList ids;
    const QList<QStringList> rows = readCsv(path);
    for (qsizetype i = 1; i < rows.size(); ++i)
        ids.append(rows[i].value(0));
    return ids;
}

DemoQuery ExtractionHarness::queryFor(const QString &endpoint) const
{
    DemoQuery query;
    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    if (spec && spec->dateFiltered) {
        const QDate today = DateWindow::todayIn(QStringLiteral("UTC"));
        query.dates.startDate = today.addDays(-kWindowDays).toString(Qt::ISODate);
        query.dates.endDate = today.toString(Qt::ISODate);
        query.dates.timeZone = QStringLiteral("UTC");
    } else {
        query.unbounded = true;
    }
    return query;
}

QStringList ExtractionHarness::serverIds(const QString &endpoint, const QString &account) const
{
    const QString acct = account.isEmpty() ? accountId() : account;
    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    if (spec && spec->scope == EndpointScope::PerCompany) {
        QStringList all;
        for (const QString &company : m_server->dataset().companyIds(acct)) {
            DemoQuery query = queryFor(endpoint);
            query.companyId = company;
            all += m_server->dataset().ids(endpoint, acct, query);
        }
        return all;
    }
    return m_server->dataset().ids(endpoint, acct, queryFor(endpoint));
}

} // namespace callrail::test

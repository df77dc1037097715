#include "ExtractionHarness.h"

#include "ImitationSetup.h"

#include "api/EndpointCatalogue.h"
#include "api/JsonPage.h"
#include "engine/PagePlan.h"
#include "engine/ReportRows.h"
#include "export/CsvReader.h"
#include "imitation/ImitationReports.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace callrail::test {

namespace {
// All data lies within 120 days of "now"; this window covers it with a margin, inside 25 months.
constexpr int kWindowDays = 150;

/// A record's id as text, whether CallRail sent it as a string or a number.
QString idOf(const QJsonObject &record)
{
    const QJsonValue id = record.value(QStringLiteral("id"));
    return id.isString() ? id.toString() : QString::number(id.toInteger());
}
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
    : m_server(startImitation(config, apiKey()))
{}

QString ExtractionHarness::accountId() const
{
    return m_server->dataset().accountIds().first();
}

ExtractionOptions ExtractionHarness::options(const QString &outputDir) const
{
    ExtractionOptions options = wholeWindowOptions(m_server->baseUrl(), apiKey(), kWindowDays);
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

const EndpointResult *ExtractionHarness::resultFor(const RunSummary &summary, const QString &endpoint,
                                                   const QString &accountId)
{
    for (const EndpointResult &r : summary.endpoints) {
        if (r.endpoint == endpoint && (accountId.isEmpty() || r.accountId == accountId))
            return &r;
    }
    return nullptr;
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

ImitationQuery ExtractionHarness::queryFor(const QString &endpoint) const
{
    ImitationQuery query;
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

QList<QJsonObject> ExtractionHarness::serverReportRows(const EndpointSpec &spec, const QString &account) const
{
    // The requests the run makes (its plan, with the catalogue's groupings or interval), answered by the
    // imitation's data set, and turned into rows as the run turns them.
    const ExtractionOptions run = options();
    PagePlan plan(spec, EndpointSelection{spec.name}, QUrl(), run.perPage, run.dates.timeZone);
    plan.build(run.dates, DateWindow::todayIn(run.dates.timeZone), run.sliceDays, {});
    QList<QJsonObject> rows;
    for (int s = 0; s < plan.segmentCount(); ++s) {
        const PagePlan::Segment &segment = plan.segment(s);
        imitation::ReportQuery query;
        query.endpoint = spec.name;
        query.accountId = account;
        (spec.report.kind == ReportKind::Summary ? query.grouping : query.interval) = segment.grouping;
        query.fields = spec.report.measures;
        query.dates.startDate = segment.range->start.toString(Qt::ISODate);
        query.dates.endDate = segment.range->end.toString(Qt::ISODate);
        query.dates.timeZone = run.dates.timeZone;
        int status = 0;
        QString error;
        const auto answer = imitation::reportAnswer(m_server->dataset(), query, &status, &error);
        if (!answer)
            qFatal("no report %s: %s", qPrintable(spec.name), qPrintable(error));
        const auto page = JsonPage::parse(QJsonDocument(*answer).toJson(QJsonDocument::Compact), &error);
        const auto asRows =
            page ? ReportRows::rows(spec, segment.grouping, *segment.range, *page, &error) : nullptr;
        if (!asRows)
            qFatal("report %s has no rows: %s", qPrintable(spec.name), qPrintable(error));
        for (const QJsonValue &row : asRows->toJsonObject().value(ReportRows::recordsKey()).toArray())
            rows.append(row.toObject());
    }
    return rows;
}

QStringList ExtractionHarness::serverIds(const QString &endpoint, const QString &account) const
{
    const QString acct = account.isEmpty() ? accountId() : account;
    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    if (spec && spec->isReport()) {
        QStringList ids;
        for (const QJsonObject &row : serverReportRows(*spec, acct))
            ids.append(idOf(row));
        return ids;
    }
    if (spec && spec->scope == EndpointScope::PerCompany) {
        QStringList all;
        for (const QString &company : m_server->dataset().companyIds(acct)) {
            ImitationQuery query = queryFor(endpoint);
            query.companyId = company;
            all += m_server->dataset().ids(endpoint, acct, query);
        }
        return all;
    }
    return m_server->dataset().ids(endpoint, acct, queryFor(endpoint));
}

QHash<QString, QByteArray> ExtractionHarness::serverRecordLines(const QString &endpoint,
                                                                const QStringList &fields) const
{
    const QString account = accountId();
    const ImitationDataset &dataset = m_server->dataset();
    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    const bool perCompany = spec && spec->scope == EndpointScope::PerCompany;
    const QStringList companies = perCompany ? dataset.companyIds(account) : QStringList{QString()};
    QHash<QString, QByteArray> lines;
    if (spec && spec->isReport()) {
        for (const QJsonObject &row : serverReportRows(*spec, account))
            lines.insert(idOf(row), QJsonDocument(row).toJson(QJsonDocument::Compact));
        return lines;
    }
    for (const QString &company : companies) {
        ImitationQuery query = queryFor(endpoint);
        query.companyId = company;
        QList<qint64> indexes;
        qint64 total = 0;
        QString error;
        if (!dataset.page(endpoint, account, query, false, 0, std::numeric_limits<int>::max(), &indexes,
                          &total, &error))
            qFatal("no records for %s: %s", qPrintable(endpoint), qPrintable(error));
        for (const qint64 index : std::as_const(indexes)) {
            QJsonObject record = dataset.record(endpoint, account, index, fields);
            if (perCompany && !record.contains(QStringLiteral("company_id")))
                record.insert(QStringLiteral("company_id"), company);
            lines.insert(idOf(record), QJsonDocument(record).toJson(QJsonDocument::Compact));
        }
    }
    return lines;
}

QMultiHash<QString, QByteArray> ExtractionHarness::jsonLinesById(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QMultiHash<QString, QByteArray> lines;
    const QList<QByteArray> all = file.readAll().split('\n');
    for (const QByteArray &line : all) {
        if (!line.isEmpty())
            lines.insert(idOf(QJsonDocument::fromJson(line).object()), line);
    }
    return lines;
}

} // namespace callrail::test

#include "BenchServer.h"

#include "api/EndpointCatalogue.h"

namespace callrail::bench {

BenchServer::BenchServer(const DatasetConfig &config)
    : m_spanDays(config.spanDays)
{
    m_thread.setObjectName(QStringLiteral("bench-server"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [this, config] {
            m_server = new FakeCallRailServer(config);
            m_server->setApiKeys({apiKey()});
            if (!m_server->start())
                qFatal("bench: the imitation CallRail server could not start");
            QObject::connect(m_server, &FakeCallRailServer::requestServed, m_server,
                             [this](const RequestRecord &record) {
                                 m_servedMs += record.time.msecsTo(QDateTime::currentDateTimeUtc());
                                 ++m_served;
                             });
            m_baseUrl = m_server->baseUrl();
            m_accountId = m_server->dataset().accountIds().value(0);
        },
        Qt::BlockingQueuedConnection);
}

BenchServer::~BenchServer()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

ExtractionOptions BenchServer::wholeDataSetOptions() const
{
    ExtractionOptions options;
    options.baseUrl = m_baseUrl;
    options.apiKey = apiKey();
    // The lists: the reports are a handful of requests whose cost on the imitation (counting every record of
    // the window once per grouping) is the server's, not the extractor's.
    for (const EndpointSelection &selection : ExtractionOptions::allEndpoints()) {
        if (!EndpointCatalogue::find(selection.name)->isReport())
            options.endpoints.append(selection);
    }
    options.dates.preset = DatePreset::Custom;
    options.dates.timeZone = QStringLiteral("UTC");
    const QDate today = DateWindow::todayIn(options.dates.timeZone);
    options.dates.customStart = today.addDays(-(m_spanDays + 1));
    options.dates.customEnd = today;
    return options;
}

void BenchServer::call(const std::function<void(FakeCallRailServer &)> &work)
{
    QMetaObject::invokeMethod(
        m_context, [this, &work] { work(*m_server); }, Qt::BlockingQueuedConnection);
}

int BenchServer::minimumRequests(int perPage)
{
    int total = 0;
    call([&](FakeCallRailServer &server) {
        const ImitationDataset &data = server.dataset();
        const auto pages = [perPage](qint64 records) {
            return std::max<qint64>(1, (records + perPage - 1) / perPage);
        };
        for (const EndpointSpec &spec : EndpointCatalogue::all()) {
            if (spec.isReport())
                continue; // not extracted by the benchmarks (wholeDataSetOptions)
            if (spec.scope == EndpointScope::Global) {
                total += int(pages(data.count(spec.name, QString(), ImitationQuery{{}, {}, true})));
                continue;
            }
            for (const QString &account : data.accountIds()) {
                if (spec.scope == EndpointScope::PerCompany) {
                    for (const QString &company : data.companyIds(account))
                        total +=
                            int(pages(data.count(spec.name, account, ImitationQuery{company, {}, true})));
                } else {
                    total += int(pages(data.count(spec.name, account, ImitationQuery{{}, {}, true})));
                }
            }
        }
    });
    return total;
}

double BenchServer::meanServedMs() const
{
    const qint64 served = m_served;
    return served > 0 ? double(m_servedMs) / double(served) : 0.0;
}

void BenchServer::resetServedTimes()
{
    m_servedMs = 0;
    m_served = 0;
}

qint64 BenchServer::totalRecords()
{
    qint64 total = 0;
    call([&](FakeCallRailServer &server) {
        const ImitationDataset &data = server.dataset();
        for (const EndpointSpec &spec : EndpointCatalogue::all()) {
            if (spec.isReport())
                continue; // not extracted by the benchmarks (wholeDataSetOptions)
            if (spec.scope == EndpointScope::Global) {
                total += data.count(spec.name, QString(), ImitationQuery{{}, {}, true});
                continue;
            }
            for (const QString &account : data.accountIds()) {
                if (spec.scope == EndpointScope::PerCompany) {
                    for (const QString &company : data.companyIds(account))
                        total += data.count(spec.name, account, ImitationQuery{company, {}, true});
                } else {
                    total += data.count(spec.name, account, ImitationQuery{{}, {}, true});
                }
            }
        }
    });
    return total;
}

} // namespace callrail::bench

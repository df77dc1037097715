#include "ImitationSetup.h"

namespace callrail::test {

std::unique_ptr<FakeCallRailServer> startImitation(const DatasetConfig &config, const QString &apiKey)
{
    auto server = std::make_unique<FakeCallRailServer>(config);
    server->setApiKeys({apiKey});
    if (!server->start())
        qFatal("the imitation CallRail server could not start");
    return server;
}

ExtractionOptions wholeWindowOptions(const QUrl &baseUrl, const QString &apiKey, int days)
{
    ExtractionOptions options;
    options.baseUrl = baseUrl;
    options.apiKey = apiKey;
    options.endpoints = ExtractionOptions::allEndpoints();
    options.dates.preset = DatePreset::Custom;
    options.dates.timeZone = QStringLiteral("UTC");
    const QDate today = DateWindow::todayIn(options.dates.timeZone);
    options.dates.customStart = today.addDays(-days);
    options.dates.customEnd = today;
    return options;
}

} // namespace callrail::test

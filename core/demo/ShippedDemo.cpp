#include "demo/ShippedDemo.h"

namespace callrail::ShippedDemo {

DatasetConfig data()
{
    DatasetConfig config;
    config.spanDays = 28;
    return config;
}

std::unique_ptr<FakeCallRailServer> start()
{
    auto server = std::make_unique<FakeCallRailServer>(data());
    server->setApiKeys({FakeCallRailServer::demoApiKey()});
    if (!server->start())
        return nullptr;
    return server;
}

} // namespace callrail::ShippedDemo

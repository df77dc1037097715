#pragma once

#include "imitation/FakeCallRailServer.h"

#include <memory>

namespace callrail::ShippedDemo {

/// The demo the product ships: what the window's demo data and `callrail-export --demo` serve, so that an
/// analyst without a key sees every screen work. It is the imitation CallRail server (core/imitation) with
/// one data set, on 127.0.0.1, accepting FakeCallRailServer::demoApiKey() only. The tests and the
/// benchmarks start the imitation themselves, with the data, faults and readings they need.

/// The demo's data set: every record inside the default date window (the last 30 days), so that the demo
/// shows everything it has.
DatasetConfig data();

/// The demo server, listening on a free local port; null when no port could be bound.
std::unique_ptr<FakeCallRailServer> start();

} // namespace callrail::ShippedDemo

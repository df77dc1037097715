#pragma once

#include "engine/ExtractionOptions.h"
#include "imitation/FakeCallRailServer.h"

#include <memory>

namespace callrail::test {

/// The imitation CallRail on 127.0.0.1, accepting `apiKey`; the test program stops at once when it cannot
/// listen (nothing could be tested).
std::unique_ptr<FakeCallRailServer> startImitation(const DatasetConfig &config, const QString &apiKey);

/// Options for a run of every endpoint against `baseUrl`, over a window (UTC) of the `days` days up to
/// today, so that it covers a data set spread over fewer days.
ExtractionOptions wholeWindowOptions(const QUrl &baseUrl, const QString &apiKey, int days);

} // namespace callrail::test

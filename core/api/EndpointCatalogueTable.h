#pragma once

#include "api/EndpointCatalogue.h"

#include <QList>

namespace callrail {

/// Every list the product extracts, as shared/callrail-api.md describes it: its path, records key, scope,
/// paging, fields and words. Built once by EndpointCatalogue::all().
QList<EndpointSpec> buildEndpointCatalogue();

} // namespace callrail

#pragma once

#include "api/EndpointCatalogue.h"

#include <QLatin1StringView>

namespace callrail {

/// What each field name holds wherever CallRail uses it (shared/callrail-api.md), stated once for every list;
/// a field not named here is Text. A list where the same name means something else says so where it lists
/// the field (typed()). Sub-fields of objects are looked up by their own name ("company.id" as "id").
ColumnType vocabularyType(QLatin1StringView name);

} // namespace callrail

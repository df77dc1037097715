#pragma once

#include "api/EndpointCatalogue.h"

#include <QByteArray>

#include <string_view>

namespace callrail::postgres {

/// The PostgreSQL type of a catalogue column type: "text" (identifiers, text, JSON), "bigint", "numeric",
/// "boolean" or "timestamptz".
const char *sqlType(ColumnType type);

/// Whether PostgreSQL takes a flattened cell's text, as it is, as a value of the column's type. Deliberately
/// narrower than what PostgreSQL accepts (a JSON number for numeric, a whole 64-bit number for bigint,
/// true/false, an ISO 8601 date-time with an optional offset): a value that fails here never reaches the
/// server as that type, so no row can make the whole load fail on its type. No value holding a NUL byte fits
/// (PostgreSQL's text cannot hold one).
bool fits(std::string_view text, ColumnType type);

/// Appends `text` as one field of COPY's text format (backslash, tab, newline and carriage return escaped).
void appendCopyField(QByteArray &out, std::string_view text);

/// Appends `text` as a JSON string (quotes included), for the values kept aside in `_unfitting`.
void appendJsonString(QByteArray &out, std::string_view text);

} // namespace callrail::postgres

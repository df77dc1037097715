#pragma once

#include <QByteArray>
#include <QString>

#include <xlsxwriter.h>

#include <optional>
#include <string_view>

/// The text rules of a workbook cell and sheet: what Excel reads as a date or a number, how it counts a
/// cell's characters, and which sheet names it accepts. Kept apart from WorkbookWriter so that they can be
/// read (and tested) on their own.
namespace callrail::workbooktext {

/// "2026-03-02T09:14:07.512-05:00" (or …Z, or without fraction) → its local date and time as written: Excel
/// has no time zones, so the offset is dropped and the wall-clock time the record gives is kept. A day alone
/// ("2026-03-02", a report's point) is its midnight.
std::optional<lxw_datetime> parseTimestamp(std::string_view text);

/// "2026-03-02" → that day (at midnight); nothing for any other text.
std::optional<lxw_datetime> parseDate(std::string_view text);

/// The whole text as a number, or nothing when any of it is not part of one.
std::optional<double> parseNumber(std::string_view text);

/// The number of characters (code points) of UTF-8 text, as Excel's cell limit counts them.
qsizetype characterCount(std::string_view text);

/// The byte length of the first `characters` code points of UTF-8 text.
size_t prefixBytes(std::string_view text, qsizetype characters);

/// A sheet name Excel accepts: at most 31 characters, none of []:*?/\.
QByteArray sheetName(QString name);

} // namespace callrail::workbooktext

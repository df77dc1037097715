#pragma once

#include "schedule/RefreshSchedule.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace callrail::launchd {

/// A job's launchd label ("io.github.callrail_extractor.<id>"); the agent's file is `<label>.plist`.
QString label(const QString &id);
QString plistFileName(const QString &id);
/// The id back from a label; empty when the label is not one of this program's.
QString idOfLabel(const QString &label);

/// The launch agent: ProgramArguments as an array (no shell, so no quoting), StartCalendarInterval with
/// Weekday (weekly only; 0 is Sunday), Hour and Minute in local time. launchd runs a calendar job missed
/// while the Mac slept when it wakes (not one missed while it was off). Pure text.
QString plist(const RefreshSchedule &schedule);
/// The schedule a plist this program wrote describes; nothing for anything else.
std::optional<RefreshSchedule> parsePlist(const QByteArray &bytes);

} // namespace callrail::launchd

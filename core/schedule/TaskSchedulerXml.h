#pragma once

#include "schedule/RefreshSchedule.h"

#include <QByteArray>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace callrail::taskscheduler {

/// The Task Scheduler folder the jobs go in, and a job's full name in it ("CallRail Extractor\<id>").
QString taskFolder();
QString taskName(const QString &id);

/// The task definition `schtasks /Create /XML` reads: a calendar trigger (daily, or weekly on the weekday) at
/// the schedule's time, first due at `firstRun` (a start in the past would count as a missed run),
/// StartWhenAvailable so that a run missed while the computer was off happens when it is next on, run only
/// while the user is logged on (the key is in their Credential Manager), never twice at once. Pure text.
QString taskXml(const RefreshSchedule &schedule, const QDateTime &firstRun);
/// The file schtasks reads: UTF-16 little-endian with a byte order mark, as the declaration says.
QByteArray fileBytes(const QString &xml);
/// The schedule a task file (UTF-16 or UTF-8) describes; nothing when it is not a refresh this program wrote.
std::optional<RefreshSchedule> parseTask(const QByteArray &bytes);

/// One argument for Windows' command-line parsing (CommandLineToArgvW, the C runtime's): quoted when it holds
/// a space, a tab or a quote, with backslashes doubled only where they precede a quote.
QString quoteArgument(const QString &argument);
/// The inverse: the arguments of a command line.
QStringList splitArguments(const QString &commandLine);

/// Task Scheduler replaces %NAME% in a task's command and arguments with that environment variable, and has
/// no escape for it: the first %NAME% in `text` that `environment` defines, or empty when none would change.
QString expandedVariable(const QString &text, const QProcessEnvironment &environment);

} // namespace callrail::taskscheduler

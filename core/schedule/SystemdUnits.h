#pragma once

#include "schedule/RefreshSchedule.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace callrail::systemd {

/// The files of a refresh as a systemd user timer: `<id>.service` runs the refresh once (Type=oneshot),
/// `<id>.timer` starts it on the schedule, Persistent=true so that a run missed while the computer was off
/// happens at the next login. Pure text, testable on every system; SystemdJobs writes and enables them.
QString serviceFileName(const QString &id);
QString timerFileName(const QString &id);
QString serviceUnit(const RefreshSchedule &schedule);
QString timerUnit(const RefreshSchedule &schedule);

/// The timer's OnCalendar= value: "*-*-* 06:00:00" or "Mon *-*-* 06:00:00" (local time).
QString onCalendar(const RefreshSchedule &schedule);

/// One argument of ExecStart=: double-quoted, with `\` and `"` escaped C-style, `%` doubled (systemd would
/// read a specifier such as %h) and `$` doubled (it would substitute an environment variable).
QString quoteWord(const QString &word);
/// The executable of ExecStart=: quoted like an argument, but `$` stays single (systemd substitutes no
/// variable there, and reads "$$" as two dollars).
QString quoteProgram(const QString &path);
/// Why systemd would refuse `path` as the executable, or empty: it rejects a quote or a backslash in the
/// executable's path, however they are escaped.
QString programProblem(const QString &path);
/// The words of an ExecStart= line as systemd reads them (the inverse of quoteProgram() and quoteWord(), and
/// plain words). Nothing when the line is not one this program could have written (an unterminated quote,
/// say).
std::optional<QStringList> splitWords(const QString &line);

/// The schedule the two files describe; nothing when they are not a refresh this program wrote.
std::optional<RefreshSchedule> parseUnits(const QString &service, const QString &timer);

} // namespace callrail::systemd

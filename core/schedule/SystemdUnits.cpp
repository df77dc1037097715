#include "schedule/SystemdUnits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace callrail::systemd {

namespace {

// systemd's English day abbreviations, Monday first like Qt::DayOfWeek.
const char *const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/// Description= expands specifiers too, but takes no quotes.
QString escapeSpecifiers(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
}

QString description(const RefreshSchedule &schedule)
{
    // Quoted so that the line never ends in a backslash, which would continue it on the next line.
    return QStringLiteral("Refresh the CallRail export in \"") + escapeSpecifiers(schedule.exportFolder) +
           QLatin1Char('"');
}

/// The value of `key=` in `[section]` of a unit file; empty when absent.
QString valueOf(const QString &unit, const QString &section, const QString &key)
{
    QString current;
    for (const QString &raw : unit.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']')))
            current = line.mid(1, line.size() - 2);
        else if (current == section && line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1);
    }
    return {};
}

QString quote(const QString &word, bool doubleDollars)
{
    QString quoted = QStringLiteral("\"");
    for (const QChar c : word) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            quoted += QLatin1Char('\\');
        else if (c == QLatin1Char('%') || (c == QLatin1Char('$') && doubleDollars))
            quoted += c;
        quoted += c;
    }
    return quoted + QLatin1Char('"');
}

} // namespace

QString serviceFileName(const QString &id)
{
    return id + QStringLiteral(".service");
}

QString timerFileName(const QString &id)
{
    return id + QStringLiteral(".timer");
}

QString quoteWord(const QString &word)
{
    return quote(word, true);
}

QString quoteProgram(const QString &path)
{
    return quote(path, false);
}

QString programProblem(const QString &path)
{
    if (!path.contains(QLatin1Char('"')) && !path.contains(QLatin1Char('\\')))
        return {};
    return QCoreApplication::translate(
               "callrail::systemd", "systemd cannot start a program whose path holds a quote or a backslash "
                                    "(%1); move callrail-export to another folder.")
        .arg(path);
}

std::optional<QStringList> splitWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
        // The executable (the first word) takes no variables: its dollars are literal.
        const bool literalDollar = c == QLatin1Char('$') && words.isEmpty();
        if (!quoted && c.isSpace()) {
            if (inWord)
                words.append(std::exchange(word, QString()));
            inWord = false;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
            inWord = true;
        } else if (c == QLatin1Char('\\') && quoted) {
            if (next != QLatin1Char('\\') && next != QLatin1Char('"'))
                return std::nullopt; // other C escapes are never written here
            word += next;
            ++i;
        } else if ((c == QLatin1Char('%') || c == QLatin1Char('$')) && next == c && !literalDollar) {
            word += c;
            ++i;
            inWord = true;
        } else if ((c == QLatin1Char('%') || c == QLatin1Char('$')) && !literalDollar) {
            return std::nullopt; // a specifier or a variable: not a literal path
        } else {
            word += c;
            inWord = true;
        }
    }
    if (quoted)
        return std::nullopt;
    if (inWord)
        words.append(word);
    return words;
}

QString onCalendar(const RefreshSchedule &schedule)
{
    const QString time = schedule.time.toString(QStringLiteral("HH:mm")) + QStringLiteral(":00");
    const QString everyDay = QStringLiteral("*-*-* ") + time;
    if (schedule.frequency == RefreshSchedule::Frequency::Daily)
        return everyDay;
    return QLatin1String(kDays[schedule.weekday - 1]) + QLatin1Char(' ') + everyDay;
}

QString serviceUnit(const RefreshSchedule &schedule)
{
    QStringList command{quoteProgram(schedule.program)};
    for (const QString &argument : schedule.arguments())
        command.append(quoteWord(argument));
    return QStringLiteral(
               "# Written by CallRail Extractor. Remove it in the window (Refresh automatically…), or:\n"
               "# systemctl --user disable --now %1 and delete this file and %1.\n"
               "[Unit]\n"
               "Description=%2\n"
               "\n"
               "[Service]\n"
               "Type=oneshot\n"
               "ExecStart=%3\n")
        .arg(timerFileName(schedule.id()), description(schedule), command.join(QLatin1Char(' ')));
}

QString timerUnit(const RefreshSchedule &schedule)
{
    return QStringLiteral("# Written by CallRail Extractor; runs %1.\n"
                          "[Unit]\n"
                          "Description=%2\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=%3\n"
                          "Persistent=true\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(serviceFileName(schedule.id()), description(schedule), onCalendar(schedule));
}

std::optional<RefreshSchedule> parseUnits(const QString &service, const QString &timer)
{
    const auto words = splitWords(valueOf(service, QStringLiteral("Service"), QStringLiteral("ExecStart")));
    if (!words || words->size() != 4 || words->at(1) != QLatin1String("--refresh") ||
        words->at(3) != QLatin1String("--scheduled"))
        return std::nullopt;
    static const QRegularExpression calendar(
        QStringLiteral("^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?\\*-\\*-\\* (\\d\\d):(\\d\\d):00$"));
    const auto match = calendar.match(valueOf(timer, QStringLiteral("Timer"), QStringLiteral("OnCalendar")));
    if (!match.hasMatch())
        return std::nullopt;
    RefreshSchedule schedule;
    schedule.program = words->at(0);
    schedule.exportFolder = words->at(2);
    schedule.time = QTime(match.captured(2).toInt(), match.captured(3).toInt());
    if (const QString day = match.captured(1); !day.isEmpty()) {
        schedule.frequency = RefreshSchedule::Frequency::Weekly;
        for (int i = 0; i < 7; ++i) {
            if (day == QLatin1String(kDays[i]))
                schedule.weekday = Qt::DayOfWeek(i + 1);
        }
    }
    if (!schedule.time.isValid())
        return std::nullopt;
    return schedule;
}

} // namespace callrail::systemd

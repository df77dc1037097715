#include "schedule/TaskSchedulerXml.h"

#include "Version.h"

#include <QRegularExpression>
#include <QStringEncoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace callrail::taskscheduler {

namespace {

const QString kNamespace = QStringLiteral("http://schemas.microsoft.com/windows/2004/02/mit/task");

// The element names of Task Scheduler's DaysOfWeek, Monday first like Qt::DayOfWeek.
const char *const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

/// Task Scheduler starts the command as given; backslashes are what Windows' own tools show.
QString windowsPath(const QString &path)
{
    QString native = path;
    return native.replace(QLatin1Char('/'), QLatin1Char('\\'));
}

QString commandArguments(const RefreshSchedule &schedule)
{
    QStringList quoted;
    for (const QString &argument : schedule.arguments())
        quoted.append(quoteArgument(argument == schedule.exportFolder ? windowsPath(argument) : argument));
    return quoted.join(QLatin1Char(' '));
}

} // namespace

QString taskFolder()
{
    return QStringLiteral(CALLRAIL_EXTRACTOR_NAME);
}

QString taskName(const QString &id)
{
    return taskFolder() + QLatin1Char('\\') + id;
}

QString taskXml(const RefreshSchedule &schedule, const QDateTime &firstRun)
{
    // Written by hand: the writer would name no encoding for a QString. Its auto-formatting starts a line.
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?>");
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartElement(QStringLiteral("Task"));
    w.writeDefaultNamespace(kNamespace);
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));

    w.writeStartElement(QStringLiteral("RegistrationInfo"));
    w.writeTextElement(QStringLiteral("Description"), QStringLiteral("Refresh the CallRail export in ") +
                                                          windowsPath(schedule.exportFolder) +
                                                          QStringLiteral(" (written by CallRail Extractor)"));
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("Triggers"));
    w.writeStartElement(QStringLiteral("CalendarTrigger"));
    w.writeTextElement(QStringLiteral("StartBoundary"),
                       firstRun.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    if (schedule.frequency == RefreshSchedule::Frequency::Daily) {
        w.writeStartElement(QStringLiteral("ScheduleByDay"));
        w.writeTextElement(QStringLiteral("DaysInterval"), QStringLiteral("1"));
    } else {
        w.writeStartElement(QStringLiteral("ScheduleByWeek"));
        w.writeTextElement(QStringLiteral("WeeksInterval"), QStringLiteral("1"));
        w.writeStartElement(QStringLiteral("DaysOfWeek"));
        w.writeEmptyElement(QLatin1String(kDays[schedule.weekday - 1]));
        w.writeEndElement();
    }
    w.writeEndElement(); // ScheduleBy…
    w.writeEndElement(); // CalendarTrigger
    w.writeEndElement(); // Triggers

    w.writeStartElement(QStringLiteral("Principals"));
    w.writeStartElement(QStringLiteral("Principal"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("Author"));
    w.writeTextElement(QStringLiteral("LogonType"), QStringLiteral("InteractiveToken"));
    w.writeTextElement(QStringLiteral("RunLevel"), QStringLiteral("LeastPrivilege"));
    w.writeEndElement();
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("Settings"));
    w.writeTextElement(QStringLiteral("MultipleInstancesPolicy"), QStringLiteral("IgnoreNew"));
    w.writeTextElement(QStringLiteral("DisallowStartIfOnBatteries"), QStringLiteral("false"));
    w.writeTextElement(QStringLiteral("StopIfGoingOnBatteries"), QStringLiteral("false"));
    w.writeTextElement(QStringLiteral("StartWhenAvailable"), QStringLiteral("true"));
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("Actions"));
    w.writeAttribute(QStringLiteral("Context"), QStringLiteral("Author"));
    w.writeStartElement(QStringLiteral("Exec"));
    w.writeTextElement(QStringLiteral("Command"), windowsPath(schedule.program));
    w.writeTextElement(QStringLiteral("Arguments"), commandArguments(schedule));
    w.writeEndElement();
    w.writeEndElement();

    w.writeEndElement(); // Task
    return xml + QLatin1Char('\n');
}

QByteArray fileBytes(const QString &xml)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    return encoder.encode(xml);
}

std::optional<RefreshSchedule> parseTask(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    RefreshSchedule schedule;
    QString arguments;
    QString start;
    bool daily = false;
    bool weekly = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("Command")) {
            schedule.program = xml.readElementText();
        } else if (name == QLatin1String("Arguments")) {
            arguments = xml.readElementText();
        } else if (name == QLatin1String("StartBoundary")) {
            start = xml.readElementText();
        } else if (name == QLatin1String("ScheduleByDay")) {
            daily = true;
        } else if (name == QLatin1String("ScheduleByWeek")) {
            weekly = true;
        } else {
            for (int i = 0; i < 7; ++i) {
                if (name == QLatin1String(kDays[i]))
                    schedule.weekday = Qt::DayOfWeek(i + 1);
            }
        }
    }
    const QStringList words = splitArguments(arguments);
    const QDateTime first = QDateTime::fromString(start, Qt::ISODate);
    if (xml.hasError() || daily == weekly || !first.isValid() || words.size() != 3 ||
        words.at(0) != QLatin1String("--refresh") || words.at(2) != QLatin1String("--scheduled"))
        return std::nullopt;
    schedule.exportFolder = words.at(1);
    schedule.frequency = weekly ? RefreshSchedule::Frequency::Weekly : RefreshSchedule::Frequency::Daily;
    schedule.time = QTime(first.time().hour(), first.time().minute());
    return schedule;
}

QString quoteArgument(const QString &argument)
{
    static const QRegularExpression needsQuotes(QStringLiteral("[ \\t\"]"));
    if (!argument.isEmpty() && !argument.contains(needsQuotes))
        return argument;
    QString quoted = QStringLiteral("\"");
    qsizetype backslashes = 0;
    for (const QChar c : argument) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        // Backslashes are literal unless a quote follows: then each is doubled, and the quote escaped.
        const qsizetype count = c == QLatin1Char('"') ? 2 * backslashes + 1 : backslashes;
        quoted += QString(count, QLatin1Char('\\')) + c;
        backslashes = 0;
    }
    return quoted + QString(2 * backslashes, QLatin1Char('\\')) + QLatin1Char('"');
}

QStringList splitArguments(const QString &commandLine)
{
    QStringList arguments;
    QString current;
    bool inArgument = false;
    bool quoted = false;
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine.at(i);
        if (c == QLatin1Char('\\')) {
            qsizetype backslashes = 0;
            while (i < commandLine.size() && commandLine.at(i) == QLatin1Char('\\')) {
                ++backslashes;
                ++i;
            }
            inArgument = true;
            if (i < commandLine.size() && commandLine.at(i) == QLatin1Char('"')) {
                current += QString(backslashes / 2, QLatin1Char('\\'));
                if (backslashes % 2 == 1)
                    current += QLatin1Char('"');
                else
                    quoted = !quoted;
            } else {
                current += QString(backslashes, QLatin1Char('\\'));
                --i; // the character after the backslashes is read by the loop
            }
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
            inArgument = true;
        } else if (!quoted && (c == QLatin1Char(' ') || c == QLatin1Char('\t'))) {
            if (inArgument)
                arguments.append(std::exchange(current, QString()));
            inArgument = false;
        } else {
            current += c;
            inArgument = true;
        }
    }
    if (inArgument)
        arguments.append(current);
    return arguments;
}

QString expandedVariable(const QString &text, const QProcessEnvironment &environment)
{
    // Every %…% pair, overlapping ones too ("%A%B%" holds %A% and %B%): which one Windows picks depends on
    // whether A is defined, and the answer must not.
    static const QRegularExpression variable(QStringLiteral("%(?=([^%]+)%)"));
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (environment.contains(name))
            return QLatin1Char('%') + name + QLatin1Char('%');
    }
    return {};
}

} // namespace callrail::taskscheduler

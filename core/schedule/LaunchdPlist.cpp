#include "schedule/LaunchdPlist.h"

#include <QHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace callrail::launchd {

namespace {

QString labelPrefix()
{
    return QStringLiteral("io.github.callrail_extractor.");
}

void writeInteger(QXmlStreamWriter &w, const QString &key, int value)
{
    w.writeTextElement(QStringLiteral("key"), key);
    w.writeTextElement(QStringLiteral("integer"), QString::number(value));
}

/// What parsePlist() needs of a plist: each key's string or integer, nested dicts flattened into the same map
/// (this program's keys never repeat between levels), and the strings of ProgramArguments.
struct PlistValues
{
    QHash<QString, QString> text;
    QStringList arguments;
};

} // namespace

QString label(const QString &id)
{
    return labelPrefix() + id;
}

QString plistFileName(const QString &id)
{
    return label(id) + QStringLiteral(".plist");
}

QString idOfLabel(const QString &text)
{
    if (!text.startsWith(labelPrefix()) ||
        !text.mid(labelPrefix().size()).startsWith(RefreshSchedule::idPrefix()))
        return {};
    return text.mid(labelPrefix().size());
}

QString plist(const RefreshSchedule &schedule)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                              "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    w.writeStartElement(QStringLiteral("plist"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    w.writeStartElement(QStringLiteral("dict"));
    w.writeComment(
        QStringLiteral(" Written by CallRail Extractor: refreshes the export in the folder below. "));
    w.writeTextElement(QStringLiteral("key"), QStringLiteral("Label"));
    w.writeTextElement(QStringLiteral("string"), label(schedule.id()));

    w.writeTextElement(QStringLiteral("key"), QStringLiteral("ProgramArguments"));
    w.writeStartElement(QStringLiteral("array"));
    w.writeTextElement(QStringLiteral("string"), schedule.program);
    for (const QString &argument : schedule.arguments())
        w.writeTextElement(QStringLiteral("string"), argument);
    w.writeEndElement();

    w.writeTextElement(QStringLiteral("key"), QStringLiteral("StartCalendarInterval"));
    w.writeStartElement(QStringLiteral("dict"));
    if (schedule.frequency == RefreshSchedule::Frequency::Weekly)
        writeInteger(w, QStringLiteral("Weekday"), schedule.weekday % 7);
    writeInteger(w, QStringLiteral("Hour"), schedule.time.hour());
    writeInteger(w, QStringLiteral("Minute"), schedule.time.minute());
    w.writeEndElement();

    // Background: launchd may hold the run back a little for the user's foreground work.
    w.writeTextElement(QStringLiteral("key"), QStringLiteral("ProcessType"));
    w.writeTextElement(QStringLiteral("string"), QStringLiteral("Background"));
    w.writeEndElement(); // dict
    w.writeEndElement(); // plist
    w.writeEndDocument();
    return xml;
}

std::optional<RefreshSchedule> parsePlist(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    PlistValues values;
    QString key;
    bool inArguments = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("array"))
            inArguments = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("key")) {
            key = xml.readElementText();
        } else if (name == QLatin1String("array")) {
            inArguments = key == QLatin1String("ProgramArguments");
        } else if (name == QLatin1String("string") && inArguments) {
            values.arguments.append(xml.readElementText());
        } else if (name == QLatin1String("string") || name == QLatin1String("integer")) {
            values.text.insert(key, xml.readElementText());
        }
    }
    const QStringList &args = values.arguments;
    if (xml.hasError() || idOfLabel(values.text.value(QStringLiteral("Label"))).isEmpty() ||
        args.size() != 4 || args.at(1) != QLatin1String("--refresh") ||
        args.at(3) != QLatin1String("--scheduled"))
        return std::nullopt;
    RefreshSchedule schedule;
    schedule.program = args.at(0);
    schedule.exportFolder = args.at(2);
    schedule.time = QTime(values.text.value(QStringLiteral("Hour"), QStringLiteral("-1")).toInt(),
                          values.text.value(QStringLiteral("Minute"), QStringLiteral("-1")).toInt());
    if (values.text.contains(QStringLiteral("Weekday"))) {
        const int day = values.text.value(QStringLiteral("Weekday")).toInt();
        schedule.frequency = RefreshSchedule::Frequency::Weekly;
        schedule.weekday = Qt::DayOfWeek(day == 0 ? 7 : day);
    }
    if (!schedule.time.isValid() || schedule.weekday < 1 || schedule.weekday > 7)
        return std::nullopt;
    return schedule;
}

} // namespace callrail::launchd

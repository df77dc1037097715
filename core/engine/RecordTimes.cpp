#include "engine/RecordTimes.h"

#include "export/CsvReader.h"
#include "export/StagedJsonLines.h"

#include <QFile>
#include <QStringList>

#include <simdjson.h>

#include <string>

namespace callrail::RecordTimes {

QDateTime parsed(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

void keepNewest(QDateTime &newest, const QString &text)
{
    const QDateTime time = parsed(text);
    if (time.isValid() && (!newest.isValid() || time > newest))
        newest = time;
}

QDateTime newestIn(const QString &path, OutputFormat format, const QString &timestampField)
{
    QDateTime newest;
    QFile file(path);
    if (timestampField.isEmpty() || !file.open(QIODevice::ReadOnly))
        return newest;
    if (format == OutputFormat::Csv) {
        CsvReader reader(&file);
        QStringList cells;
        if (!reader.readRow(&cells))
            return newest;
        const int column = int(cells.indexOf(timestampField));
        while (column >= 0 && reader.readRow(&cells))
            keepNewest(newest, cells.value(column));
        return newest;
    }
    simdjson::dom::parser parser;
    const std::string field = timestampField.toStdString();
    forEachLine(file, [&](QByteArrayView line) {
        simdjson::dom::object record;
        std::string_view time;
        // A line that is not a record (a torn last line) has no time to give; the others still count.
        if (parser.parse(line.data(), size_t(line.size()), true).get(record) == simdjson::SUCCESS &&
            record.at_key(field).get(time) == simdjson::SUCCESS)
            keepNewest(newest, QString::fromUtf8(time.data(), qsizetype(time.size())));
        return true;
    });
    return newest;
}

} // namespace callrail::RecordTimes

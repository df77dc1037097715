#include "export/StagedJsonLines.h"

#include "export/RecordFlattener.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>

#include <simdjson.h>

#include <algorithm>

namespace callrail {

namespace {
/// Read a megabyte at a time: a staged file may be far larger than memory should hold at once.
constexpr qint64 kReadChunk = 1 << 20;
} // namespace

JsonLinesEnd forEachLine(QFile &file, const std::function<bool(QByteArrayView)> &onLine)
{
    QByteArray pending;
    while (true) {
        const QByteArray chunk = file.read(kReadChunk);
        if (chunk.isEmpty() && pending.isEmpty())
            break;
        pending += chunk;
        const bool atEnd = chunk.isEmpty();
        qsizetype start = 0;
        while (true) {
            qsizetype end = pending.indexOf('\n', start);
            if (end < 0) {
                if (!atEnd || start >= pending.size())
                    break;
                end = pending.size(); // the last line without its newline
            }
            const QByteArrayView line(pending.constData() + start, end - start);
            start = end + 1;
            if (!line.trimmed().isEmpty() && !onLine(line))
                return JsonLinesEnd::Stopped;
        }
        pending.remove(0, std::min(start, pending.size()));
        if (atEnd)
            break;
    }
    return file.error() == QFileDevice::NoError ? JsonLinesEnd::Finished : JsonLinesEnd::ReadFailed;
}

JsonLinesEnd readFlattenedRecords(QFile &file, RecordFlattener &flattener, qint64 *notRecords,
                                  const std::function<bool()> &onRecord)
{
    simdjson::dom::parser parser;
    return forEachLine(file, [&](QByteArrayView line) {
        simdjson::dom::object record;
        if (parser.parse(line.data(), size_t(line.size()), true).get(record) != simdjson::SUCCESS) {
            ++*notRecords;
            return true;
        }
        flattener.flatten(record);
        return onRecord();
    });
}

} // namespace callrail

#include "refresh/FileMerge.h"

#include "api/EndpointCatalogue.h"
#include "engine/RecordTimes.h"
#include "export/AddedColumns.h"
#include "export/ByteBuffer.h"
#include "export/CsvAddedColumns.h"
#include "export/CsvReader.h"
#include "export/CsvWriter.h"
#include "export/JsonText.h"
#include "export/RecordFlattener.h"
#include "export/StagedJsonLines.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <simdjson.h>

#include <vector>

namespace callrail {

namespace {

constexpr size_t kFlushBytes = 1 << 20;

/// The id, time and removal mark of a JSON record, read with simdjson.
struct RecordKeys
{
    QByteArray id;
    QString time;
    QString removedAt;
};

bool keysOf(simdjson::dom::parser &parser, QByteArrayView line, const std::string &timestampField,
            RecordKeys *keys)
{
    simdjson::dom::object record;
    if (parser.parse(line.data(), size_t(line.size()), true).get(record) != simdjson::SUCCESS)
        return false;
    simdjson::dom::element value;
    if (record.at_key("id").get(value) != simdjson::SUCCESS || value.is_null())
        return false;
    ByteBuffer text;
    jsontext::appendScalarText(text, value);
    keys->id = QByteArray(text.data(), qsizetype(text.size()));
    std::string_view string;
    keys->time.clear();
    if (!timestampField.empty() && record.at_key(timestampField).get(string) == simdjson::SUCCESS)
        keys->time = QString::fromUtf8(string.data(), qsizetype(string.size()));
    keys->removedAt.clear();
    const std::string removedKey = EndpointCatalogue::removedAtColumn().toStdString();
    if (record.at_key(removedKey).get(string) == simdjson::SUCCESS)
        keys->removedAt = QString::fromUtf8(string.data(), qsizetype(string.size()));
    return true;
}

/// A JSON Lines record without its removal mark (the mark is always written last: see markRemoved()).
QByteArrayView withoutMark(QByteArrayView line)
{
    static const QByteArray key = ",\"" + EndpointCatalogue::removedAtColumn().toUtf8() + "\":\"";
    const qsizetype at = QByteArrayView(line).lastIndexOf(key);
    return at > 0 ? line.first(at) : line.first(line.size() - 1);
}

} // namespace

bool FileMerge::merge(const MergeInput &input, MergeCounts *counts, QString *error)
{
    *counts = MergeCounts();
    const bool csv = input.format == OutputFormat::Csv;
    const std::string timestampField = input.timestampField.toStdString();
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };

    // The re-read records, in the order CallRail sent them, in the export's own form.
    struct Fetched
    {
        QByteArray row;    ///< a JSON line (no newline), or a CSV row (with its CRLF)
        QStringList cells; ///< CSV: the row's cells, to compare with an exported row
        QString time;
        bool matched = false;
    };
    std::vector<Fetched> fetched;
    QHash<QByteArray, size_t> byId;
    {
        QFile file(input.fetchedPath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the re-read records %1: %2")
                            .arg(QDir::toNativeSeparators(input.fetchedPath), file.errorString()));
        simdjson::dom::parser parser;
        RecordFlattener flattener(input.columns);
        flattener.setCsvFields(true, input.csvOptions.excelSafe);
        // Re-read rows get the exported file's added columns; keys new to it are appended after the merge.
        const AddedColumns added(input.columns,
                                 csv ? CsvAddedColumns::ofCsvHeader(input.exportedPath, input.columns)
                                     : QStringList());
        AddedColumns::Row spread;
        std::vector<std::string> decoded(size_t(input.columns.size()));
        const auto plain = [&](int column) {
            decoded[size_t(column)] = CsvAddedColumns::decodeField(flattener.cell(column));
            return std::string_view(decoded[size_t(column)]);
        };
        const auto raw = [&](int column) { return flattener.cell(column); };
        ByteBuffer row;
        const bool read =
            forEachLine(file, [&](QByteArrayView line) {
                RecordKeys keys;
                if (!keysOf(parser, line, timestampField, &keys))
                    return true;
                Fetched f;
                f.time = keys.time;
                if (csv) {
                    simdjson::dom::object record;
                    if (parser.parse(line.data(), size_t(line.size()), true).get(record) != simdjson::SUCCESS)
                        return true;
                    flattener.flatten(record);
                    row.clear();
                    added.spread(plain, spread);
                    CsvAddedColumns::appendRow(row, added, spread, raw, 0, {}, input.csvOptions.excelSafe);
                    f.row = QByteArray(row.data(), qsizetype(row.size()));
                    const QList<QStringList> parsed = CsvReader::parseAll(f.row);
                    f.cells = parsed.value(0);
                } else {
                    f.row = line.toByteArray();
                }
                const auto known = byId.constFind(keys.id);
                if (known != byId.cend()) { // the same record twice: the later copy wins
                    fetched[*known] = std::move(f);
                    return true;
                }
                byId.insert(keys.id, fetched.size());
                fetched.push_back(std::move(f));
                return true;
            }) == JsonLinesEnd::Finished;
        if (!read)
            return fail(tr("Cannot read the re-read records %1: %2")
                            .arg(QDir::toNativeSeparators(input.fetchedPath), file.errorString()));
    }

    QFile exported(input.exportedPath);
    if (!exported.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the exported file %1: %2")
                        .arg(QDir::toNativeSeparators(input.exportedPath), exported.errorString()));
    // A CSV file is merged beside its final name, then spread into it (CsvAddedColumns).
    const QString mergingPath = csv ? input.mergedPath + QStringLiteral(".merging") : input.mergedPath;
    QSaveFile merged(mergingPath);
    if (!merged.open(QIODevice::WriteOnly))
        return fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(input.mergedPath), merged.errorString()));
    QSaveFile changes(input.changesPath);
    const bool writeChanges = !csv && !input.changesPath.isEmpty();
    if (writeChanges && !changes.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(input.changesPath), changes.errorString()));

    ByteBuffer out;
    ByteBuffer changed;
    bool written = true;
    const auto flush = [&](bool force) {
        if (out.size() >= kFlushBytes || (force && out.size() > 0)) {
            written = written && merged.write(out.data(), qint64(out.size())) == qint64(out.size());
            out.clear();
        }
        if (changed.size() >= kFlushBytes || (force && changed.size() > 0)) {
            written =
                written && changes.write(changed.data(), qint64(changed.size())) == qint64(changed.size());
            changed.clear();
        }
    };
    const auto noteTime = [&](const QString &text) { RecordTimes::keepNewest(counts->newest, text); };
    const QByteArray removedStamp = input.removedAt.toUtf8();
    // One record out, in the export's form: `core` without a removal mark, and the mark when it has one.
    const auto writeJson = [&](QByteArrayView core, const QByteArray &removedAt, bool isChange) {
        const auto put = [&](ByteBuffer &to) {
            if (removedAt.isEmpty()) {
                to.append(core.data(), size_t(core.size()));
                to.append("}\n");
            } else {
                to.append(core.data(), size_t(core.size()));
                to.append(",\"");
                to.append(EndpointCatalogue::removedAtColumn().toStdString());
                to.append("\":\"");
                to.append(removedAt.constData(), size_t(removedAt.size()));
                to.append("\"}\n");
            }
        };
        put(out);
        if (isChange && writeChanges)
            put(changed);
    };
    const auto writeCsv = [&](const QStringList &cells, const QByteArray &removedAt) {
        QStringList row = cells;
        row << QString::fromUtf8(removedAt);
        CsvWriter::appendRow(out, row, false); // the cells are as the export wrote them, guards included
    };

    if (csv) {
        // The header, with the removal column after the others (added to an older file).
        CsvReader reader(&exported);
        const bool bom = exported.peek(3) == QByteArray("\xEF\xBB\xBF");
        QStringList header;
        if (!reader.readRow(&header))
            return fail(
                tr("The exported file %1 is empty.").arg(QDir::toNativeSeparators(input.exportedPath)));
        const int idColumn = int(header.indexOf(QStringLiteral("id")));
        const int timeColumn = int(header.indexOf(input.timestampField));
        const int removedColumn = int(header.indexOf(EndpointCatalogue::removedAtColumn()));
        if (idColumn < 0)
            return fail(tr("The exported file %1 has no id column.")
                            .arg(QDir::toNativeSeparators(input.exportedPath)));
        QStringList columns = header;
        if (removedColumn >= 0)
            columns.removeAt(removedColumn);
        if (bom)
            out.append("\xEF\xBB\xBF");
        CsvWriter::appendRow(out, QStringList(columns) << EndpointCatalogue::removedAtColumn(), false);
        QStringList cells;
        while (reader.readRow(&cells)) {
            QString removedAt;
            if (removedColumn >= 0 && removedColumn < cells.size())
                removedAt = cells.takeAt(removedColumn);
            const QByteArray id = cells.value(idColumn).toUtf8();
            const QString time = timeColumn >= 0 ? cells.value(timeColumn) : QString();
            const bool inWindow =
                !input.windowStart.isValid() || RecordTimes::parsed(time) >= input.windowStart;
            const auto found = byId.constFind(id);
            if (found != byId.cend()) {
                Fetched &f = fetched[*found];
                f.matched = true;
                const bool same = removedAt.isEmpty() && f.cells == cells;
                ++(same ? counts->unchanged : counts->updated);
                writeCsv(f.cells, {});
                noteTime(f.time);
            } else if (inWindow && removedAt.isEmpty()) {
                ++counts->removed;
                writeCsv(cells, removedStamp);
                noteTime(time);
            } else {
                ++(inWindow ? counts->unchanged : counts->kept); // already marked removed, or older
                writeCsv(cells, removedAt.toUtf8());
                noteTime(time);
            }
            flush(false);
        }
        for (const Fetched &f : fetched) {
            if (f.matched)
                continue;
            ++counts->added;
            writeCsv(f.cells, {});
            noteTime(f.time);
            flush(false);
        }
    } else {
        simdjson::dom::parser parser;
        bool broken = false;
        const bool read = forEachLine(exported, [&](QByteArrayView line) {
                              RecordKeys keys;
                              if (!keysOf(parser, line, timestampField, &keys)) {
                                  broken = true;
                                  return false; // not this program's file: nothing is merged into it
                              }
                              const QByteArrayView core = withoutMark(line);
                              const bool inWindow = !input.windowStart.isValid() ||
                                                    RecordTimes::parsed(keys.time) >= input.windowStart;
                              const auto found = byId.constFind(keys.id);
                              if (found != byId.cend()) {
                                  Fetched &f = fetched[*found];
                                  f.matched = true;
                                  const bool same = keys.removedAt.isEmpty() && withoutMark(f.row) == core;
                                  ++(same ? counts->unchanged : counts->updated);
                                  writeJson(withoutMark(f.row), {}, !same);
                                  noteTime(f.time);
                              } else if (inWindow && keys.removedAt.isEmpty()) {
                                  ++counts->removed;
                                  writeJson(core, removedStamp, true);
                                  noteTime(keys.time);
                              } else {
                                  ++(inWindow ? counts->unchanged : counts->kept);
                                  writeJson(core, keys.removedAt.toUtf8(), false);
                                  noteTime(keys.time);
                              }
                              flush(false);
                              return true;
                          }) != JsonLinesEnd::ReadFailed;
        if (!read || broken)
            return fail(
                read ? tr("The exported file %1 holds a line that is not a record with an id: it was not "
                          "written by this program, or was edited.")
                           .arg(QDir::toNativeSeparators(input.exportedPath))
                     : tr("Cannot read the exported file %1: %2")
                           .arg(QDir::toNativeSeparators(input.exportedPath), exported.errorString()));
        for (const Fetched &f : fetched) {
            if (f.matched)
                continue;
            ++counts->added;
            writeJson(withoutMark(f.row), {}, true);
            noteTime(f.time);
            flush(false);
        }
    }
    flush(true);
    if (!written || !merged.commit() || (writeChanges && !changes.commit()))
        return fail(
            tr("Could not write %1: %2")
                .arg(QDir::toNativeSeparators(input.mergedPath),
                     merged.error() != QFileDevice::NoError ? merged.errorString() : changes.errorString()));
    if (!csv)
        return true;
    bool rewritten = false;
    QString why;
    const bool spread = CsvAddedColumns::spreadFile(mergingPath, input.mergedPath, input.columns,
                                                    input.csvOptions.excelSafe, &rewritten, nullptr, &why);
    if (spread && !rewritten) {
        QFile::remove(input.mergedPath);
        if (!QFile::rename(mergingPath, input.mergedPath))
            return fail(tr("Could not write %1: %2")
                            .arg(QDir::toNativeSeparators(input.mergedPath), tr("cannot rename the file")));
        return true;
    }
    QFile::remove(mergingPath);
    return spread || fail(why);
}

} // namespace callrail

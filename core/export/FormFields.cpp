#include "export/FormFields.h"

#include "export/ByteBuffer.h"
#include "export/JsonText.h"
#include "export/StagedJsonLines.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <simdjson.h>

namespace callrail {

QStringList FormFields::columns()
{
    return {QStringLiteral("id"), QStringLiteral("form_submission_id"), QStringLiteral("field"),
            QStringLiteral("value")};
}

QList<ColumnType> FormFields::types()
{
    return {ColumnType::Identifier, ColumnType::Identifier, ColumnType::Text, ColumnType::Text};
}

bool FormFields::writeRows(const QString &jsonLinesPath, const QString &outPath, QString *error)
{
    QFile in(jsonLinesPath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(jsonLinesPath), in.errorString());
        return false;
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(outPath), out.errorString());
        return false;
    }
    simdjson::dom::parser parser;
    ByteBuffer lines;
    ByteBuffer text;
    bool written = true;
    const auto member = [&](std::string_view key, std::string_view value, bool first) {
        lines.append(first ? "{" : ",");
        jsontext::appendJsonString(lines, key);
        lines.push_back(':');
        jsontext::appendJsonString(lines, value);
    };
    const JsonLinesEnd end = forEachLine(in, [&](QByteArrayView line) {
        simdjson::dom::object record;
        simdjson::dom::object formData;
        if (parser.parse(line.data(), size_t(line.size()), true).get(record) != simdjson::SUCCESS ||
            record["form_data"].get(formData) != simdjson::SUCCESS)
            return true; // no record, or no fields: no rows
        text.clear();
        simdjson::dom::element id;
        if (record["id"].get(id) != simdjson::SUCCESS || id.is_null())
            return true;
        jsontext::appendScalarText(text, id);
        const std::string submission(text.data(), text.size());
        for (const auto field : formData) {
            text.clear();
            jsontext::appendCellText(text, field.value);
            member("id", submission + '/' + std::string(field.key), true);
            member("form_submission_id", submission, false);
            member("field", field.key, false);
            if (field.value.is_null())
                lines.append(",\"value\":null");
            else
                member("value", text.view(), false);
            lines.append("}\n");
        }
        if (lines.size() >= (1 << 20)) {
            written = out.write(lines.data(), qint64(lines.size())) == qint64(lines.size());
            lines.clear();
        }
        return written;
    });
    if (end == JsonLinesEnd::ReadFailed) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(jsonLinesPath), in.errorString());
        return false;
    }
    written = written && out.write(lines.data(), qint64(lines.size())) == qint64(lines.size());
    if (!written || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(outPath), out.errorString());
        return false;
    }
    return true;
}

} // namespace callrail

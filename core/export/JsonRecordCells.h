#pragma once

#include <QByteArrayView>
#include <QStringList>

#include <memory>
#include <optional>

namespace callrail {

class RecordFlattener;

/// The cells of records given as JSON text, in a fixed column list, by the very rules of the CSV export: what
/// the preview of a JSON Lines file shows. A thin face of the export's RecordFlattener, whose hot-path
/// machinery stays inside core/export.
class JsonRecordCells
{
public:
    explicit JsonRecordCells(const QStringList &columns);
    ~JsonRecordCells();
    JsonRecordCells(const JsonRecordCells &) = delete;
    JsonRecordCells &operator=(const JsonRecordCells &) = delete;

    /// Nothing when the text is not a JSON object.
    std::optional<QStringList> cells(QByteArrayView json);

private:
    std::unique_ptr<RecordFlattener> m_flattener;
};

} // namespace callrail

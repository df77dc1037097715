#include "JsonRecordCells.h"

#include "export/RecordFlattener.h"

namespace callrail {

JsonRecordCells::JsonRecordCells(const QStringList &columns)
    : m_flattener(std::make_unique<RecordFlattener>(columns))
{}

JsonRecordCells::~JsonRecordCells() = default;

std::optional<QStringList> JsonRecordCells::cells(QByteArrayView json)
{
    return m_flattener->flattenJson(json);
}

} // namespace callrail

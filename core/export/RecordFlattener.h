#pragma once

#include "export/HotPath.h"
#include "export/JsonText.h"
#include "export/ScalarText.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace simdjson::dom {
class object;
} // namespace simdjson::dom

namespace callrail {

/// Turns CallRail records into cells for a fixed column list (from EndpointSpec::columns()).
///
/// Rules: a column "a" takes record["a"], a column "a.b" takes record["a"]["b"], a column "a.b.c" takes
/// record["a"]["b"]["c"]. Scalars as scalarToText() gives them; an array of scalars is joined with "; "
/// (empty array → ""); anything deeper is kept as compact JSON. An object spread over dotted columns that is
/// null, or absent, leaves them empty. Fields that no column holds are gathered into the `other_fields`
/// column as one compact JSON object, named by their dotted path ({"brand_new":1,"company.extra":"x",
/// "milestones.first_touch.extra":2}), so no data is lost.
///
/// It runs for every record of an export, so it works on the parsed document (simdjson) and writes UTF-8
/// bytes into one buffer: no QString, no hashing of known keys (each record's keys are expected in the order
/// of the record before, and looked up only when they are not).
class RecordFlattener
{
public:
    explicit RecordFlattener(const QStringList &columns);

    const QStringList &columns() const { return m_columns; }
    /// The index of a plain column, -1 when there is none.
    int plainColumn(std::string_view name) const;
    int columnCount() const { return int(m_columns.size()); }

    /// Flattens one record. companyId, when not empty, is the record's "company_id" if it has none (the
    /// company a per-company list was fetched for). The cells stay valid until the next call.
    void flatten(const simdjson::dom::object &record, std::string_view companyId = {});
    /// Writes every cell as a finished CSV field: text quoted where CsvWriter quotes it (and, with
    /// excelSafe, guarded against formulas), JSON in quotes with its own quotes doubled, numbers as they are.
    /// The CSV encoder then only joins the cells with commas. Off by default (cells as they are, for the
    /// preview).
    void setCsvFields(bool on, bool excelSafe = false)
    {
        m_csv = on;
        m_excelSafe = excelSafe;
        m_jsonForm = on ? jsontext::JsonForm::CsvField : jsontext::JsonForm::Plain;
    }
    /// A cell of the last flattened record (UTF-8).
    std::string_view cell(int column) const
    {
        const CellRange &range = m_cells[size_t(column)];
        return m_text.view().substr(range.begin, range.end - range.begin);
    }
    /// Appends the last flattened record as one CSV row (cells joined with commas, CRLF). Only with
    /// setCsvFields().
    void appendCsvRow(ByteBuffer &out) const;
    /// The fields of the last flattened record that no column holds (they went to other_fields). A dotted
    /// object that arrived as something else than an object (e.g. a string) is named by itself.
    const std::vector<std::string> &unexpectedFields() const { return m_unexpected; }

    /// The cells of one record given as JSON text (the preview of JSON Lines files); nothing when the text
    /// is not a JSON object.
    std::optional<QStringList> flattenJson(QByteArrayView json);

private:
    struct SubColumn
    {
        std::string key;
        int column = -1; ///< the column "name.key"; -1 for an object spread further ("name.key.…")
        int nested = -1; ///< that object's FieldPath in m_nested, -1 for none
    };
    /// One field of the record, or of an object inside one: either a plain column or an object spread over
    /// dotted columns.
    struct FieldPath
    {
        std::string name;                  ///< its dotted name: "company", "milestones.first_touch"
        int column = -1;                   ///< plain column index, -1 for a dotted object
        std::vector<SubColumn> subColumns; ///< the dotted columns "name.key"
        std::vector<int> subAtPosition;    ///< the sub-column the k-th key of the last object matched
    };
    struct CellRange
    {
        size_t begin = 0;
        size_t end = 0;
    };
    struct Extra;

    /// The field of `key`, which probably is the one that followed `previous` (-1: the record's start) in
    /// the record before: a record with one key more or less costs one look-up, not one per key after it.
    int fieldAfter(int previous, std::string_view key);
    /// fieldAfter() when the record before had another field there: a hash look-up.
    CALLRAIL_NOINLINE int lookUpField(int previous, std::string_view key);
    int subColumnAt(FieldPath &path, size_t position, std::string_view key);
    /// Sets the dotted columns of an object (a declared object that is null sets none; one of another shape
    /// goes whole to other_fields, named by its path), objects inside it recursively.
    void spreadObject(FieldPath &path, const simdjson::dom::element &value, std::vector<Extra> &extras);
    /// What a cell's text is: text (a CSV field once CsvWriter's rules are applied), JSON written as a
    /// quoted CSV field, or text that is a CSV field as it is (numbers, bools).
    enum class CellForm
    {
        Text,
        QuotedJson,
        Ready
    };
    void setCell(int column, size_t begin, CellForm form = CellForm::Text);
    /// Appends the cell text of a value and sets the cell.
    void setCellFrom(int column, const simdjson::dom::element &value);
    /// setCellFrom() for numbers, bools, null, arrays and objects.
    CALLRAIL_NOINLINE void setCellFromNonString(int column, const simdjson::dom::element &value);

    QStringList m_columns;
    std::vector<FieldPath> m_fields;
    std::vector<FieldPath> m_nested; ///< objects inside dotted objects ("milestones.first_touch")
    std::unordered_map<std::string_view, int> m_fieldIndex; ///< top-level name → index in m_fields
    std::vector<int> m_successor; ///< per field + 1 (0: the record's start): the field that followed it last
    int m_otherColumn = -1;       ///< index of other_fields, -1 when the list has none
    int m_companyField = -1;      ///< index in m_fields of company_id, -1 when no column holds it

    bool m_csv = false;
    bool m_excelSafe = false;
    jsontext::JsonForm m_jsonForm = jsontext::JsonForm::Plain;
    ByteBuffer m_text;              ///< the cells' bytes, one after the other
    std::vector<CellRange> m_cells; ///< per column, into m_text
    std::vector<std::string> m_unexpected;
};

} // namespace callrail

#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace callrail {

/// The columns a CSV file and a workbook sheet add after the catalogue's: one per key of a form's
/// `form_data` ("form_data.best time to call") and of a call's `custom` ("custom.patient_type"), and one per
/// scalar field that `other_fields` holds ("lead_score", "form_name"). The JSON cells they come from keep
/// only what got no column: what lies past kMaxPerSource keys, and in other_fields the nested values.
///
/// Their order is the order of first appearance, the keys of one cell in its JSON's order (which is
/// QJsonObject's, alphabetical), so that a CSV run, a resumed run and the window's Save give the same columns
/// for the same records. A file written before (`known`, as the manifest or the file's header has them) keeps
/// its order: new keys are appended, none is moved. JSON Lines files are never spread: they stay lossless.
class AddedColumns
{
public:
    /// Past this many keys a JSON cell's further keys stay in it: a sheet of 500 columns helps nobody.
    static constexpr int kMaxPerSource = 60;
    /// The catalogue's columns whose JSON is spread, and the prefix of their added columns (other_fields has
    /// none: its fields are columns of their own name).
    static QStringList sourceColumns();
    static QString prefixOf(const QString &sourceColumn);
    /// The source column an added column comes from: "form_data.email" -> "form_data", "lead_score" ->
    /// "other_fields".
    static QString sourceOf(const QString &addedColumn);

    /// The plain text of the catalogue's column `column` of one row (RecordFlattener's cell, not CSV).
    using Cells = std::function<std::string_view(int column)>;

    explicit AddedColumns(const QStringList &columns, const QStringList &known = {});

    /// True when the columns have a cell to spread at all.
    bool applies() const { return !m_sources.empty(); }
    const QStringList &names() const { return m_names; }
    int baseCount() const { return m_baseCount; }

    /// Adds the new keys of one row, up to kMaxPerSource per source.
    void learn(const Cells &cells);

    /// One row spread over the added columns: cell(c) for c below baseCount() + names().size().
    class Row
    {
    public:
        std::string_view cell(int column) const;
        /// True when the catalogue's column is a source whose JSON lost keys to added columns.
        bool sourceChanged(int column) const;

    private:
        friend class AddedColumns;
        const AddedColumns *m_owner = nullptr;
        Cells m_cells;
        std::vector<std::string> m_sourceText; ///< per source: what stays of its JSON
        std::vector<bool> m_changed;           ///< per source
        std::vector<std::string> m_added;      ///< per added column
    };
    void spread(const Cells &cells, Row &row) const;

    /// The added columns of a staged JSON Lines file, `known` first. Nothing with a message when the file
    /// cannot be read.
    static std::optional<QStringList> ofJsonLines(const QString &path, const QStringList &columns,
                                                  const QStringList &known, QString *error);
    /// The sources among `names` that reached kMaxPerSource columns, whose further keys (if any) stay JSON.
    static QStringList fullSources(const QStringList &names);

private:
    struct Source
    {
        int column = -1;
        std::string prefix; ///< "form_data.", "custom.", "" (other_fields)
        bool scalarsOnly = false;
        int count = 0; ///< its added columns
    };
    /// The added column of `name`, -1 when none.
    int indexOf(std::string_view name) const;
    /// Calls visit(source, key, value element) for each member of the source's JSON cell.
    template <typename Visit>
    static bool forEachMember(std::string_view json, Visit &&visit);

    int m_baseCount = 0;
    QStringList m_base;
    QStringList m_names;
    std::unordered_map<std::string, int> m_index; ///< added column name -> its index in m_names
    std::vector<Source> m_sources;
    std::vector<int> m_sourceOfColumn; ///< per catalogue column: its index in m_sources, -1
};

} // namespace callrail

#pragma once

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace callrail {

class StagedRows;

/// Set by the preview when a newer request makes a running one pointless; the worker looks at it between
/// chunks of rows and gives up.
using CancelFlag = std::shared_ptr<std::atomic<bool>>;

/// The order of one column's cells, found once and kept by the preview: the rank of every file row's cell
/// (equal cells share a rank). With it, any sort of that column, ascending or descending, filtered or not,
/// is a counting sort of row numbers, in linear time. 4 bytes a row.
struct ColumnOrder
{
    std::vector<quint32> rank; ///< by file row
    quint32 distinct = 0;      ///< ranks are 0 … distinct - 1
    bool numeric = false;      ///< every non-empty cell is a number, compared as one
};

/// What the preview asks of a worker: the rows matching `filter`, in the order of `sortColumn`.
struct PreviewRequest
{
    QString filter;      ///< trimmed; empty keeps every row
    int sortColumn = -1; ///< -1: file order
    Qt::SortOrder order = Qt::AscendingOrder;
    /// Kept from earlier requests, so that changing only the sort does not search again, and changing only
    /// the filter does not order the column again. Null when not known yet.
    std::shared_ptr<const std::vector<int>> matches; ///< file rows matching `filter`, ascending
    std::shared_ptr<const ColumnOrder> columnOrder;  ///< of sortColumn
};

struct PreviewResult
{
    bool complete = false; ///< false when cancelled or the file could not be read
    /// File rows in view order; nothing when the view is every row in file order.
    std::optional<std::vector<int>> view;
    std::shared_ptr<const std::vector<int>> matches;
    std::shared_ptr<const ColumnOrder> columnOrder;
};

enum class Threads
{
    Pool,         ///< the rows are split among a thread pool's threads (and the caller waits)
    CallingThread ///< for a small file, where starting threads would cost more than the work
};

/// Runs a request (on a worker thread, or at once for a small file).
PreviewResult runPreviewRequest(const std::shared_ptr<const StagedRows> &rows, PreviewRequest request,
                                const CancelFlag &cancel, Threads threads);

/// Pieces of runPreviewRequest(), public for the tests.
namespace previewquery {
/// The key under which text sorts: compared byte by byte, it orders cells case- and accent-insensitively
/// ("Zürich" with "Zurich", "atlanta" with "Atlanta"), otherwise by code point: ids such as
/// "CAL0be0…" and "CAL0211…" (hexadecimal) keep the order of their characters. Limited to the first
/// kTextKeyBytes bytes.
/// Not QCollator: comparing a million distinct cells with QCollator::compare() took 13 s on the project's
/// machine, and QCollatorSortKey (Qt 6.4, ICU) ran out of memory at a million keys; these keys are built in
/// one pass and sorted in a fraction of a second, in an order a reader of English or of any Latin script
/// expects (it is not the full rules of one language, such as Swedish "ö" after "z").
void appendTextSortKey(std::string_view cell, std::string &key);
constexpr size_t kTextKeyBytes = 128;
/// True when the UTF-8 text contains the needle, ignoring case (QString::contains(…, CaseInsensitive)).
class CellMatcher
{
public:
    explicit CellMatcher(const QString &needle);
    bool matches(std::string_view cell) const;
    /// The longest part of the needle that a matching row must hold in its raw bytes, lower-case; empty
    /// when the file has to be read cell by cell. jsonLines: the needle must survive JSON's escapes and the
    /// "; " that joins lists.
    std::string rawProbe(bool jsonLines) const;

private:
    QString m_needle;
    std::string m_asciiLower; ///< the needle, when it is ASCII
};
} // namespace previewquery

} // namespace callrail

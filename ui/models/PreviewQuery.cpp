#include "PreviewQuery.h"

#include "api/Utf8Text.h"
#include "export/CsvWriter.h"
#include "models/StagedRows.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <iterator>
#include <limits>
#include <mutex>
#include <unordered_map>

namespace callrail {

namespace {

/// Rows a worker reads and handles in one go: about 2.5 MB of a calls file, small enough that a cancelled
/// request stops within a few milliseconds, large enough that the threads do not wait on each other.
constexpr qint64 kChunkRows = 8192;

struct RowRange
{
    qint64 first = 0;
    qint64 count = 0;
};

std::vector<RowRange> chunksOf(qint64 rows)
{
    std::vector<RowRange> chunks;
    for (qint64 first = 0; first < rows; first += kChunkRows)
        chunks.push_back({first, qMin(kChunkRows, rows - first)});
    return chunks;
}

/// The threads that read the chunks of a request. Not the global pool, where the requests themselves run:
/// a request waits for its chunks, and chunks queued behind waiting requests would never start.
Q_GLOBAL_STATIC(QThreadPool, chunkThreads)

/// The readers of one request, each used for one chunk at a time and then for the next. Reusing their
/// buffers matters on a virtual machine: the first touch of fresh memory costs a host page fault, and
/// reading every chunk into a new buffer made reading the file three times slower (see performance.md).
class ReaderPool
{
public:
    explicit ReaderPool(std::shared_ptr<const StagedRows> rows)
        : m_rows(std::move(rows))
    {}
    std::unique_ptr<RowReader> take()
    {
        const std::lock_guard lock(m_mutex);
        if (m_free.empty())
            return std::make_unique<RowReader>(m_rows);
        std::unique_ptr<RowReader> reader = std::move(m_free.back());
        m_free.pop_back();
        return reader;
    }
    void giveBack(std::unique_ptr<RowReader> reader)
    {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(reader));
    }

private:
    std::shared_ptr<const StagedRows> m_rows;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<RowReader>> m_free;
};

/// Runs work(chunk, reader) for every chunk, on chunkThreads or on this thread. False when the request was
/// cancelled or a chunk could not be read.
template <typename Chunk, typename Work>
bool forEachChunk(const std::shared_ptr<const StagedRows> &rows, std::vector<Chunk> &chunks,
                  const CancelFlag &cancel, Threads threads, Work work)
{
    std::atomic<bool> failed = false;
    ReaderPool readers(rows);
    const auto readChunk = [&](Chunk &chunk) {
        if (cancel->load() || failed.load())
            return;
        std::unique_ptr<RowReader> reader = readers.take();
        if (reader->load(chunk.range.first, chunk.range.count))
            work(chunk, *reader);
        else
            failed = true;
        readers.giveBack(std::move(reader));
    };
    if (threads == Threads::Pool)
        QtConcurrent::blockingMap(chunkThreads(), chunks, readChunk);
    else
        std::for_each(chunks.begin(), chunks.end(), readChunk);
    return !cancel->load() && !failed.load();
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

bool equalsIgnoringAsciiCase(std::string_view text, std::string_view lower)
{
    for (size_t i = 0; i < lower.size(); ++i) {
        if (asciiLower(text[i]) != lower[i])
            return false;
    }
    return true;
}

/// Finds a lower-case ASCII probe in raw bytes, ignoring ASCII case: memchr jumps to the next candidate
/// first byte (in either case), so most bytes are never looked at one by one. Searches only move forward.
class ProbeFinder
{
public:
    ProbeFinder(std::string_view bytes, std::string_view probe)
        : m_bytes(bytes)
        , m_probe(probe)
        , m_lower{probe.front()}
        , m_upper{m_lower.byte >= 'a' && m_lower.byte <= 'z' ? char(m_lower.byte - ('a' - 'A'))
                                                             : m_lower.byte}
    {}

    /// The first match at or after `from`, or npos.
    size_t next(size_t from)
    {
        while (true) {
            const size_t lower = nextOf(m_lower, from);
            const size_t candidate =
                m_upper.byte == m_lower.byte ? lower : std::min(lower, nextOf(m_upper, from));
            if (candidate == kNone || candidate + m_probe.size() > m_bytes.size())
                return kNone;
            if (equalsIgnoringAsciiCase(m_bytes.substr(candidate + 1), m_probe.substr(1)))
                return candidate;
            from = candidate + 1;
        }
    }

private:
    static constexpr size_t kNone = std::string_view::npos;
    static constexpr size_t kNotSearched = kNone - 1;
    struct NextByte
    {
        char byte;
        size_t at = kNotSearched; ///< remembered, so that a frequent byte of one case does not make the
                                  ///< other case be searched for again from every candidate
    };
    size_t nextOf(NextByte &next, size_t from) const
    {
        if (next.at == kNone || (next.at != kNotSearched && next.at >= from))
            return next.at;
        const void *hit = from < m_bytes.size()
                              ? std::memchr(m_bytes.data() + from, next.byte, m_bytes.size() - from)
                              : nullptr;
        next.at = hit ? size_t(static_cast<const char *>(hit) - m_bytes.data()) : kNone;
        return next.at;
    }

    std::string_view m_bytes;
    std::string_view m_probe;
    NextByte m_lower;
    NextByte m_upper;
};

struct MatchChunk
{
    RowRange range;
    std::vector<int> rows;
};

std::optional<std::vector<int>> matchingRows(const std::shared_ptr<const StagedRows> &rows,
                                             const QString &filter, const CancelFlag &cancel, Threads threads)
{
    const previewquery::CellMatcher matcher(filter);
    const std::string probe = matcher.rawProbe(rows->format() == StagedRows::Format::JsonLines);
    std::vector<MatchChunk> chunks;
    for (const RowRange &range : chunksOf(rows->rowCount()))
        chunks.push_back({range, {}});
    const bool done = forEachChunk(rows, chunks, cancel, threads, [&](MatchChunk &chunk, RowReader &reader) {
        std::vector<std::string> cells;
        const auto confirm = [&](qint64 row) {
            reader.cells(reader.rowBytes(row), cells);
            if (std::any_of(cells.begin(), cells.end(),
                            [&](const std::string &c) { return matcher.matches(c); }))
                chunk.rows.push_back(int(row));
        };
        const qint64 end = chunk.range.first + chunk.range.count;
        if (probe.empty()) {
            for (qint64 row = chunk.range.first; row < end; ++row)
                confirm(row);
            return;
        }
        // Only rows whose raw bytes hold the probe can match: find those, then read just their cells.
        ProbeFinder finder(reader.loadedBytes(), probe);
        qint64 row = chunk.range.first;
        size_t from = 0;
        for (size_t hit = finder.next(from); hit != std::string_view::npos; hit = finder.next(from)) {
            while (row + 1 < end && size_t(reader.loadedOffset(row + 1)) <= hit)
                ++row;
            confirm(row);
            if (++row >= end)
                break;
            from = size_t(reader.loadedOffset(row));
        }
    });
    if (!done)
        return std::nullopt;
    std::vector<int> all;
    for (MatchChunk &chunk : chunks)
        all.insert(all.end(), chunk.rows.begin(), chunk.rows.end());
    return all;
}

struct KeyChunk
{
    RowRange range;
    bool allNumeric = true;
    std::vector<double> numbers;
    std::string keys;
    std::vector<quint32> keyEnds; ///< where each row's text key ends in `keys`
    /// The chunk's distinct text keys (a column often holds few: cities, states, yes and no) and, for each
    /// row, the index of its key among them: only distinct keys are sorted.
    std::vector<std::string_view> distinct;
    std::vector<quint32> keyOf;

    void findDistinctKeys()
    {
        std::unordered_map<std::string_view, quint32> index;
        keyOf.reserve(keyEnds.size());
        quint32 start = 0;
        for (const quint32 end : keyEnds) {
            const std::string_view key(keys.data() + start, end - start);
            const auto [it, added] = index.try_emplace(key, quint32(distinct.size()));
            if (added)
                distinct.push_back(key);
            keyOf.push_back(it->second);
            start = end;
        }
    }
};

double numberOf(std::string_view cell)
{
    if (cell.front() == '+')
        cell.remove_prefix(1);
    double value = 0;
    std::from_chars(cell.data(), cell.data() + cell.size(), value);
    return value;
}

std::shared_ptr<const ColumnOrder> buildColumnOrder(const std::shared_ptr<const StagedRows> &rows, int column,
                                                    const CancelFlag &cancel, Threads threads)
{
    std::vector<KeyChunk> chunks;
    for (const RowRange &range : chunksOf(rows->rowCount()))
        chunks.push_back({range, true, {}, {}, {}, {}, {}});
    const bool done = forEachChunk(rows, chunks, cancel, threads, [&](KeyChunk &chunk, RowReader &reader) {
        std::string cell;
        chunk.numbers.reserve(size_t(chunk.range.count));
        chunk.keyEnds.reserve(size_t(chunk.range.count));
        for (qint64 row = chunk.range.first; row < chunk.range.first + chunk.range.count; ++row) {
            reader.cell(reader.rowBytes(row), column, cell);
            // Empty cells first, as the lowest number or the lowest text.
            if (cell.empty())
                chunk.numbers.push_back(-std::numeric_limits<double>::infinity());
            else if (chunk.allNumeric && CsvWriter::isPlainNumber(cell))
                chunk.numbers.push_back(numberOf(cell));
            else
                chunk.allNumeric = false;
            previewquery::appendTextSortKey(cell, chunk.keys);
            chunk.keyEnds.push_back(quint32(chunk.keys.size()));
        }
        if (!chunk.allNumeric)
            chunk.findDistinctKeys();
    });
    if (!done)
        return nullptr;

    auto order = std::make_shared<ColumnOrder>();
    order->rank.resize(size_t(rows->rowCount()));
    order->numeric =
        std::all_of(chunks.begin(), chunks.end(), [](const KeyChunk &c) { return c.allNumeric; });
    // Sort the keys once; equal keys share a rank.
    if (order->numeric) {
        struct Entry
        {
            double value;
            quint32 row;
        };
        std::vector<Entry> entries;
        entries.reserve(order->rank.size());
        for (const KeyChunk &chunk : chunks) {
            for (size_t i = 0; i < chunk.numbers.size(); ++i)
                entries.push_back({chunk.numbers[i], quint32(chunk.range.first + qint64(i))});
        }
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.value < b.value; });
        quint32 rank = 0;
        for (size_t i = 0; i < entries.size(); ++i) {
            if (i > 0 && entries[i].value != entries[i - 1].value)
                ++rank;
            order->rank[entries[i].row] = rank;
        }
        order->distinct = entries.empty() ? 0 : rank + 1;
        return order;
    }
    // A chunk of numbers in a column of text has not gathered its keys yet.
    for (KeyChunk &chunk : chunks) {
        if (chunk.keyOf.size() != chunk.keyEnds.size())
            chunk.findDistinctKeys();
    }
    // Text: the distinct keys of all chunks sorted once; the first 8 key bytes as a number decide most
    // comparisons without touching the key bytes.
    struct Entry
    {
        quint64 prefix;
        std::string_view key;
        quint32 chunk;
        quint32 keyIndex; ///< in the chunk's distinct keys
    };
    std::vector<Entry> entries;
    for (quint32 c = 0; c < chunks.size(); ++c) {
        for (quint32 i = 0; i < chunks[c].distinct.size(); ++i) {
            const std::string_view key = chunks[c].distinct[i];
            quint64 prefix = 0;
            for (size_t b = 0; b < 8; ++b)
                prefix = (prefix << 8) | (b < key.size() ? quint8(key[b]) : 0);
            entries.push_back({prefix, key, c, i});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.prefix != b.prefix ? a.prefix < b.prefix : a.key < b.key;
    });
    std::vector<std::vector<quint32>> rankOfKey(chunks.size());
    for (size_t c = 0; c < chunks.size(); ++c)
        rankOfKey[c].resize(chunks[c].distinct.size());
    quint32 rank = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (i > 0 && (entries[i].prefix != entries[i - 1].prefix || entries[i].key != entries[i - 1].key))
            ++rank;
        rankOfKey[entries[i].chunk][entries[i].keyIndex] = rank;
    }
    order->distinct = entries.empty() ? 0 : rank + 1;
    for (size_t c = 0; c < chunks.size(); ++c) {
        for (size_t i = 0; i < chunks[c].keyOf.size(); ++i)
            order->rank[size_t(chunks[c].range.first) + i] = rankOfKey[c][chunks[c].keyOf[i]];
    }
    return order;
}

/// The rows in the column's order; rows of equal cells keep their file order, in both directions.
std::vector<int> sortedRows(const std::vector<int> *subset, qint64 rowCount, const ColumnOrder &order,
                            Qt::SortOrder direction)
{
    const auto bucket = [&](int row) {
        const quint32 rank = order.rank[size_t(row)];
        return direction == Qt::AscendingOrder ? rank : order.distinct - 1 - rank;
    };
    // A counting sort: one pass to count each rank, one to place every row.
    std::vector<quint32> starts(size_t(order.distinct) + 1, 0);
    const size_t n = subset ? subset->size() : size_t(rowCount);
    const auto rowAt = [&](size_t i) { return subset ? (*subset)[i] : int(i); };
    for (size_t i = 0; i < n; ++i)
        ++starts[bucket(rowAt(i)) + 1];
    for (size_t b = 1; b < starts.size(); ++b)
        starts[b] += starts[b - 1];
    std::vector<int> sorted(n);
    for (size_t i = 0; i < n; ++i) {
        const int row = rowAt(i);
        sorted[starts[bucket(row)]++] = row;
    }
    return sorted;
}

} // namespace

PreviewResult runPreviewRequest(const std::shared_ptr<const StagedRows> &rows, PreviewRequest request,
                                const CancelFlag &cancel, Threads threads)
{
    PreviewResult result;
    result.matches = std::move(request.matches);
    result.columnOrder = std::move(request.columnOrder);
    if (!request.filter.isEmpty() && !result.matches) {
        std::optional<std::vector<int>> matches = matchingRows(rows, request.filter, cancel, threads);
        if (!matches)
            return result;
        result.matches = std::make_shared<const std::vector<int>>(std::move(*matches));
    }
    const bool sorting = request.sortColumn >= 0 && request.sortColumn < rows->columns().size();
    if (sorting && !result.columnOrder) {
        result.columnOrder = buildColumnOrder(rows, request.sortColumn, cancel, threads);
        if (!result.columnOrder)
            return result;
    }
    const std::vector<int> *subset = request.filter.isEmpty() ? nullptr : result.matches.get();
    if (sorting)
        result.view = sortedRows(subset, rows->rowCount(), *result.columnOrder, request.order);
    else if (subset)
        result.view = *subset;
    result.complete = !cancel->load();
    return result;
}

namespace previewquery {

void appendTextSortKey(std::string_view cell, std::string &key)
{
    std::string folded;
    if (std::any_of(cell.begin(), cell.end(), [](char c) { return quint8(c) >= 0x80; })) {
        // Accents apart (é as e), then case folded: "Zürich" sorts with "Zurich", not after "z".
        QString text = textFromUtf8(QByteArrayView(cell.data(), qsizetype(cell.size())))
                           .normalized(QString::NormalizationForm_D);
        text.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        folded = text.toCaseFolded().toStdString();
        cell = folded;
    }
    const size_t length = std::min(cell.size(), kTextKeyBytes);
    std::transform(cell.begin(), cell.begin() + qsizetype(length), std::back_inserter(key), asciiLower);
}

CellMatcher::CellMatcher(const QString &needle)
    : m_needle(needle)
{
    const bool ascii = std::all_of(needle.begin(), needle.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        for (QChar c : needle)
            m_asciiLower.push_back(asciiLower(char(c.unicode())));
    }
}

bool CellMatcher::matches(std::string_view cell) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_asciiLower.empty())
        return textFromUtf8(QByteArrayView(cell.data(), qsizetype(cell.size())))
            .contains(m_needle, Qt::CaseInsensitive);
    if (cell.size() < m_asciiLower.size())
        return false;
    for (size_t i = 0; i + m_asciiLower.size() <= cell.size(); ++i) {
        if (asciiLower(cell[i]) == m_asciiLower.front() &&
            equalsIgnoringAsciiCase(cell.substr(i + 1), std::string_view(m_asciiLower).substr(1)))
            return true;
    }
    return false;
}

std::string CellMatcher::rawProbe(bool jsonLines) const
{
    // A shown cell is its raw bytes except where CSV doubles a quote, where JSON escapes a quote, a
    // backslash or a control character, and where a JSON list is joined with "; "; the guard the CSV export
    // adds is only a prefix. A run of the needle without those characters (and ASCII, so that ignoring case
    // is byte by byte) is in the raw bytes of every row that matches.
    const auto rawAsShown = [jsonLines](QChar c) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == '"')
            return false;
        return !jsonLines || (u != '\\' && u != ';' && u != ' ');
    };
    std::string best;
    std::string current;
    for (QChar c : m_needle) {
        if (rawAsShown(c)) {
            current.push_back(asciiLower(char(c.unicode())));
            if (current.size() > best.size())
                best = current;
        } else {
            current.clear();
        }
    }
    return best;
}

} // namespace previewquery

} // namespace callrail

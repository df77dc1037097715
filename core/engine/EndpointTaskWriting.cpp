#include "EndpointTask.h"

// Writing the pages in order (duplicates dropped, the record limit applied) and how an endpoint ends:
// complete, incomplete, failed or cancelled. Asking for the pages and reading the answers is in
// EndpointTask.cpp.

#include "engine/EndpointState.h"
#include "export/EndpointFile.h"

#include <QJsonDocument>
#include <QLocale>

namespace callrail {

namespace {

/// The resumable state is saved at most this often (and always at the end).
constexpr qint64 kStateSaveIntervalMs = 1000;

} // namespace

void EndpointTask::writeReadyPages()
{
    while (!m_finished) {
        auto it = m_units.find({m_plan.writeSegment(), m_plan.writePage()});
        if (it == m_units.end() || !it->second.received || m_plan.awaitingCount(m_plan.writeSegment()))
            return;
        Unit unit = std::move(it->second);
        m_units.erase(it);
        const int segment = unit.request.segment;
        const bool catchUp = m_plan.isCatchUpPage(segment, unit.request.page);

        const EncodedPage &encoded = unit.encoded;
        // The rows kept, as runs of consecutive rows of the page: usually one run, the whole page.
        QList<std::pair<qsizetype, qsizetype>> keptRuns;
        QStringList pageIds;
        bool foundRecent = false;
        for (qsizetype i = 0; i < encoded.rows.size(); ++i) {
            const EncodedPage::Row &row = encoded.rows.at(i);
            if (catchUp && !row.timestamp.isEmpty()) {
                const QDateTime at = QDateTime::fromString(row.timestamp, Qt::ISODateWithMs);
                if (at.isValid() && at.toMSecsSinceEpoch() >= m_context.runStartMs)
                    foundRecent = true;
            }
            if (m_duplicates.isDuplicate(row.id)) {
                // A catch-up page re-reads the top on purpose: its repeats are expected, not duplicates the
                // server sent.
                if (!catchUp)
                    ++m_result.duplicatesDropped;
                continue;
            }
            if (limitReached() ||
                (m_selection.limit > 0 && m_result.records + pageIds.size() >= m_selection.limit))
                break;
            m_duplicates.accept(row.id); // at once, so that a repeat on the same page is caught too
            pageIds.append(row.id);
            if (!keptRuns.isEmpty() && keptRuns.last().second == i)
                keptRuns.last().second = i + 1;
            else
                keptRuns.append({i, i + 1});
            if (m_collect) {
                m_collectedIds.append(row.id);
                m_collectedRecords.append(QJsonDocument::fromJson(row.json).object());
            }
        }
        if (m_file && !writeRows(unit, keptRuns, pageIds.size()))
            return;
        m_result.records += pageIds.size();
        m_duplicates.pageWritten(pageIds);

        const PagePlan::Advance advance =
            m_plan.advance({segment, unit.request.page, encoded.rows.size(), unit.hasNext, unit.nextUrl,
                            unit.reportedTotal, foundRecent});
        if (!advance.note.isEmpty())
            m_result.notes.append(advance.note);
        if (advance.segmentEnded)
            dropUnitsOf(segment);
        emitProgress();
        // The resumable state is saved at most every second (and always at the end): a resumed run truncates
        // the file to the saved offset, so re-reading the last second's pages is all an interruption costs.
        if (!m_sinceStateSaved.isValid() || m_sinceStateSaved.elapsed() >= kStateSaveIntervalMs) {
            m_sinceStateSaved.start();
            emit stateChanged(saveState());
        }
        if (limitReached()) {
            m_result.limitReached = true;
            completeAll();
            return;
        }
        if (!advance.more) {
            completeAll();
            return;
        }
    }
}

bool EndpointTask::writeRows(const Unit &unit, const QList<std::pair<qsizetype, qsizetype>> &keptRuns,
                             qsizetype rows)
{
    const EncodedPage &encoded = unit.encoded;
    QString error;
    bool written = true;
    if (keptRuns.size() == 1 && keptRuns.first().first == 0 &&
        keptRuns.first().second == encoded.rows.size()) {
        written = m_file->writeRows(encoded.rowBytes(0, encoded.rows.size()), rows, &error);
    } else if (!keptRuns.isEmpty()) {
        QByteArray bytes;
        for (const auto &[first, last] : keptRuns)
            bytes.append(encoded.rowBytes(first, last));
        written = m_file->writeRows(bytes, rows, &error);
    }
    if (!written) {
        fail(EndpointOutcome::Failed, error);
        return false;
    }
    for (const QString &field : encoded.unexpectedFields) {
        if (!m_unexpectedReported.contains(field)) {
            m_unexpectedReported.insert(field);
            // A documented optional field sent unasked (CallRail's own examples show agent_email so) is no
            // cause for alarm; a field nobody documented may be new in the API.
            if (m_spec.hasOptionalField(field))
                log(LogLevel::Info,
                    tr("%1: CallRail sent \"%2\" without being asked for it; it is kept in the "
                       "other_fields column.")
                        .arg(m_spec.name, field));
            else
                log(LogLevel::Warning, tr("%1: CallRail sent a field this version does not know, \"%2\"; "
                                          "it is kept in the other_fields column.")
                                           .arg(m_spec.name, field));
        }
    }
    return true;
}

void EndpointTask::dropUnitsOf(int segmentIndex)
{
    for (auto it = m_units.begin(); it != m_units.end();) {
        if (it->first.first != segmentIndex) {
            ++it;
            continue;
        }
        if (ApiCall *call = it->second.call) {
            call->disconnect(this);
            call->abort();
            call->deleteLater();
        }
        it = m_units.erase(it);
    }
}

void EndpointTask::completeAll()
{
    if (m_finished)
        return;
    m_result.reported = m_plan.reportedTotal();
    EndpointOutcome outcome = EndpointOutcome::Complete;
    const QLocale locale;
    if (!m_result.limitReached && m_result.reported >= 0 && m_result.records < m_result.reported) {
        outcome = EndpointOutcome::Incomplete;
        m_result.message = tr("%1 rows written, but CallRail reported %2: %3 missing.")
                               .arg(locale.toString(m_result.records), locale.toString(m_result.reported),
                                    locale.toString(m_result.reported - m_result.records));
    } else if (!m_result.limitReached && m_result.reported >= 0 && m_result.records > m_result.reported) {
        m_result.notes.append(
            tr("%1 more rows than CallRail first reported: records were added during the run.")
                .arg(locale.toString(m_result.records - m_result.reported)));
    }
    if (m_file) {
        QString error;
        if (!m_file->commit(&error)) {
            fail(EndpointOutcome::Failed, error);
            return;
        }
        m_result.file.path = m_file->finalPath();
        m_result.file.complete = true;
        m_file.reset();
    }
    finish(outcome);
}

void EndpointTask::fail(EndpointOutcome outcome, const QString &message)
{
    if (m_finished)
        return;
    m_result.message = message;
    m_result.reported = m_plan.reportedTotal();
    log(outcome == EndpointOutcome::NotAvailable ? LogLevel::Warning : LogLevel::Error, message);
    finish(outcome);
}

void EndpointTask::finish(EndpointOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.outcome = outcome;
    for (auto &[key, unit] : m_units) {
        if (unit.call) {
            ApiCall *call = unit.call;
            unit.call = nullptr;
            call->disconnect(this);
            call->abort();
            call->deleteLater();
        }
    }
    m_units.clear();
    // The state is taken while the partial file is still open: its offset is where a resumed run continues.
    const QJsonObject state = saveState();
    if (m_file) {
        m_file->close(); // the rows fetched so far stay in the partial file
        m_result.file.path = m_file->partialPath();
        m_file.reset();
    }
    emit stateChanged(state);
    emitProgress();
    emit finished();
}

void EndpointTask::cancel()
{
    if (m_finished)
        return;
    finish(EndpointOutcome::Cancelled);
}

void EndpointTask::abort(const QString &message)
{
    if (m_finished)
        return;
    m_result.message = message;
    finish(EndpointOutcome::Failed);
}

} // namespace callrail

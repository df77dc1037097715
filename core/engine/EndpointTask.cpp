#include "EndpointTask.h"

#include "config/LogCategories.h"
#include "export/EndpointFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

namespace callrail {

namespace {

/// More pages than this is not a real account: a broken or hostile server. 200,000 pages of 250 records is
/// 50 million records, far beyond any CallRail account within its 25-month retention.
constexpr int kMaxPagesPerSegment = 200'000;
/// Pages kept for duplicate detection on endpoints with a stable order.
constexpr int kRecentPagesForDuplicates = 32;
/// Of those, the pages saved for a resumed run.
constexpr size_t kRecentPagesInState = 4;
constexpr qint64 kStateSaveIntervalMs = 1000;

} // namespace

EndpointTask::EndpointTask(const EndpointSpec &spec, const EndpointSelection &selection,
                           const Context &context, const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_selection(selection)
    , m_context(context)
    , m_filePath(filePath)
    , m_columns(spec.columns(selection.fields))
    , m_encoder(m_columns, context.options->exportOptions)
{
    m_keepAllIds = spec.sortField.isEmpty();
    if (m_keepAllIds)
        m_encoder.setTimestampField(spec.timestampField); // for the catch-up pages (see advanceCursor)
    m_result.accountId = context.accountId;
    m_result.endpoint = spec.name;
    m_result.outcome = EndpointOutcome::Pending;
}

EndpointTask::~EndpointTask() = default;

void EndpointTask::setCollectRecords(bool collect)
{
    m_collect = collect;
    m_encoder.setKeepRecordJson(collect);
}

int EndpointTask::effectivePerPage() const
{
    int perPage = m_context.options->perPage;
    if (m_selection.limit > 0 && m_selection.limit < perPage)
        perPage = int(m_selection.limit);
    return perPage;
}

bool EndpointTask::limitReached() const
{
    return m_selection.limit > 0 && m_result.records >= m_selection.limit;
}

void EndpointTask::log(LogLevel level, const QString &text)
{
    emit logMessage(level, text);
}

void EndpointTask::buildSegments()
{
    m_segments.clear();
    QList<std::optional<DateRange>> ranges;
    if (m_spec.dateFiltered) {
        const DateWindow &window = m_context.options->dates;
        const int maxDays =
            window.preset == DatePreset::AllAvailable ? m_context.options->sliceDays : 100'000;
        for (const DateRange &range : window.slices(m_context.today, maxDays))
            ranges.append(range);
    } else {
        ranges.append(std::nullopt);
    }
    const QStringList companies =
        m_spec.scope == EndpointScope::PerCompany ? m_companies : QStringList{QString()};
    for (const QString &company : companies) {
        for (const auto &range : ranges) {
            Segment segment;
            segment.companyId = company;
            segment.range = range;
            m_segments.push_back(segment);
        }
    }
}

QUrl EndpointTask::pageUrl(const Segment &segment, int page) const
{
    QUrl url = m_context.client->listUrl(
        m_spec.path, m_spec.scope == EndpointScope::Global ? QString() : m_context.accountId);
    QUrlQuery query;
    const int perPage = effectivePerPage();
    if (m_spec.paging == PagingStyle::Relative) {
        query.addQueryItem(QStringLiteral("relative_pagination"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("offset"), QString::number(page - 1)); // a 0-based page index
    } else {
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
    }
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    if (!m_spec.sortField.isEmpty()) {
        // Ascending on a time or name: records that arrive during the run go to the end and cannot shift the
        // pages being read.
        query.addQueryItem(QStringLiteral("sort"), m_spec.sortField);
        query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    }
    if (!m_selection.fields.isEmpty()) {
        QStringList ordered;
        for (const QString &field : m_spec.optionalFieldNames()) {
            if (m_selection.fields.contains(field))
                ordered.append(field);
        }
        query.addQueryItem(QStringLiteral("fields"), ordered.join(QLatin1Char(',')));
    }
    if (!segment.companyId.isEmpty())
        query.addQueryItem(QStringLiteral("company_id"), segment.companyId);
    if (segment.range) {
        // Sent explicitly: without them CallRail silently returns only the last 7 days.
        query.addQueryItem(QStringLiteral("start_date"), segment.range->start.toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("end_date"), segment.range->end.toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("time_zone"), m_context.options->dates.timeZone);
    }
    url.setQuery(query);
    return url;
}

void EndpointTask::restoreState(const QJsonObject &state)
{
    m_restoredState = state;
}

void EndpointTask::start()
{
    if (m_started)
        return;
    m_started = true;
    m_result.outcome = EndpointOutcome::Running;
    buildSegments();

    if (m_restoredState) {
        const QJsonObject &state = *m_restoredState;
        const QJsonArray segments = state.value(QStringLiteral("segments")).toArray();
        if (segments.size() != qsizetype(m_segments.size())) {
            fail(EndpointOutcome::Failed,
                 tr("%1: the interrupted run cannot be continued (its plan differs).").arg(m_spec.name));
            return;
        }
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QJsonObject s = segments.at(i).toObject();
            Segment &segment = m_segments[size_t(i)];
            segment.totalPages = s.value(QStringLiteral("totalPages")).toInt(-1);
            segment.totalRecords = qint64(s.value(QStringLiteral("totalRecords")).toDouble(-1));
            segment.follow = s.value(QStringLiteral("follow")).toBool();
            segment.followNext = QUrl(s.value(QStringLiteral("followNext")).toString());
            segment.catchUpPages = s.value(QStringLiteral("catchUpPages")).toInt();
        }
        m_writeSegment = state.value(QStringLiteral("segment")).toInt();
        m_writePage = state.value(QStringLiteral("page")).toInt(1);
        m_cursorUrl = QUrl(state.value(QStringLiteral("cursorUrl")).toString());
        m_result.records = qint64(state.value(QStringLiteral("rows")).toDouble());
        m_result.duplicatesDropped = qint64(state.value(QStringLiteral("duplicates")).toDouble());
        m_result.requests = state.value(QStringLiteral("requests")).toInt();
        m_restoredOffset = qint64(state.value(QStringLiteral("offset")).toDouble(-1));
        for (const QJsonValue &page : state.value(QStringLiteral("recentIds")).toArray()) {
            QStringList ids;
            for (const QJsonValue &id : page.toArray())
                ids.append(id.toString());
            rememberPageIds(ids);
        }
        // Pages before the cursor are written: mark them issued so that only the rest is requested.
        for (int i = 0; i < int(m_segments.size()); ++i) {
            Segment &segment = m_segments[size_t(i)];
            if (i < m_writeSegment) {
                segment.firstIssued = true;
                segment.lastIssuedPage = std::max(segment.totalPages, 0);
                segment.followNextIssued = true;
            } else if (i == m_writeSegment && m_writePage > 1) {
                segment.firstIssued = true;
                segment.lastIssuedPage = m_writePage - 1;
                if (segment.follow) {
                    // Continue exactly where the written pages end: the link the last written page gave.
                    segment.followNext = m_cursorUrl;
                    segment.followNextIssued = false;
                }
            }
        }
    }

    if (!m_filePath.isEmpty()) {
        m_file = std::make_unique<EndpointFile>(m_filePath, m_columns, m_context.options->exportOptions);
        QString error;
        if (!m_file->open(&error, m_restoredOffset)) {
            if (m_restoredOffset < 0 || !m_file->open(&error, -1)) {
                fail(EndpointOutcome::Failed, error);
                return;
            }
            // The partial file of the interrupted run is gone or changed: start this endpoint afresh.
            log(LogLevel::Warning,
                tr("%1: the interrupted run's rows cannot be continued (%2); starting this "
                   "endpoint again.")
                    .arg(m_spec.name, error));
            m_restoredOffset = -1;
            m_writeSegment = 0;
            m_writePage = 1;
            m_cursorUrl.clear();
            m_result.records = 0;
            m_result.duplicatesDropped = 0;
            m_seenIds.clear();
            m_recentPages.clear();
            buildSegments();
        }
        if (m_restoredOffset >= 0)
            m_file->setRowsWritten(m_result.records);
        m_result.filePath = m_file->partialPath();
    }
    if (m_segments.empty() || m_writeSegment >= int(m_segments.size())) {
        // Nothing to ask (a fan-out over no companies, or a resumed endpoint whose pages were all written).
        completeAll();
        return;
    }
    emitProgress();
    issueMore();
}

void EndpointTask::issueMore()
{
    if (m_finished)
        return;
    const int maxAhead = m_context.options->concurrency * 2 + 2;
    const int perPage = effectivePerPage();
    const auto roomForMore = [&] {
        if (int(m_units.size()) >= maxAhead)
            return false;
        // Do not ask for pages the record limit will not use.
        if (m_selection.limit > 0 && m_result.records + qint64(m_units.size()) * perPage >= m_selection.limit)
            return false;
        return true;
    };
    for (int s = m_writeSegment; s < int(m_segments.size()) && roomForMore(); ++s) {
        Segment &segment = m_segments[size_t(s)];
        if (!segment.firstIssued) {
            const int first = s == m_writeSegment ? m_writePage : 1;
            const QUrl url =
                segment.follow && segment.followNext.isValid() ? segment.followNext : pageUrl(segment, first);
            segment.firstIssued = true;
            segment.lastIssuedPage = first;
            if (segment.follow)
                segment.followNextIssued = true;
            issue(s, first, url, first);
            continue;
        }
        if (segment.follow) {
            if (segment.followNext.isValid() && !segment.followNextIssued) {
                segment.followNextIssued = true;
                ++segment.lastIssuedPage;
                issue(s, segment.lastIssuedPage, segment.followNext, segment.lastIssuedPage);
            }
            continue;
        }
        if (segment.totalPages < 0)
            continue;
        if (s == m_writeSegment && segment.catchUpPages > 0 && m_writePage > segment.totalPages) {
            if (m_units.count({s, m_writePage}) == 0) {
                segment.lastIssuedPage = m_writePage;
                const int topPage = m_writePage - segment.totalPages;
                issue(s, m_writePage, pageUrl(segment, topPage), topPage);
            }
            continue;
        }
        while (segment.lastIssuedPage < segment.totalPages && roomForMore()) {
            ++segment.lastIssuedPage;
            issue(s, segment.lastIssuedPage, pageUrl(segment, segment.lastIssuedPage),
                  segment.lastIssuedPage);
        }
    }
}

void EndpointTask::issue(int segmentIndex, int page, const QUrl &url, int urlPage)
{
    const UnitKey key{segmentIndex, page};
    Unit &unit = m_units[key];
    unit.segment = segmentIndex;
    unit.page = page;
    unit.urlPage = urlPage;
    unit.url = url;
    const Segment &segment = m_segments[size_t(segmentIndex)];
    ApiRequest request;
    request.url = url;
    request.endpoint = m_spec.name;
    request.budgetBucket = m_context.budgetBucket;
    request.pageLabel = segment.companyId.isEmpty()
                            ? tr("page %1").arg(page)
                            : tr("page %1 for company %2").arg(page).arg(segment.companyId);
    request.listPage = {m_spec.recordsKey, effectivePerPage()};
    unit.label = request.pageLabel;
    unit.call = m_context.client->get(request);
    connect(unit.call, &ApiCall::finished, this,
            [this, key](const ApiResult &result) { onAnswer(key, result); });
}

void EndpointTask::askAgain(UnitKey key)
{
    const Unit old = std::move(m_units.at(key));
    m_units.erase(key);
    issue(key.first, key.second, old.url, old.urlPage);
    m_units.at(key).countRetries = old.countRetries + 1;
}

qint64 EndpointTask::recordsDue(const Unit &unit, const QJsonObject &envelope) const
{
    const QJsonValue total = envelope.value(QStringLiteral("total_records"));
    if (!total.isDouble())
        return -1;
    const QJsonValue perPageValue = envelope.value(QStringLiteral("per_page"));
    const qint64 perPage = perPageValue.toDouble() > 0 ? qint64(perPageValue.toDouble()) : effectivePerPage();
    const QJsonValue pageValue = envelope.value(QStringLiteral("page"));
    const qint64 page = pageValue.toDouble() > 0 ? qint64(pageValue.toDouble()) : unit.urlPage;
    return std::clamp<qint64>(qint64(total.toDouble()) - (page - 1) * perPage, 0, perPage);
}

void EndpointTask::onAnswer(UnitKey key, const ApiResult &result)
{
    auto it = m_units.find(key);
    if (it == m_units.end())
        return;
    Unit &unit = it->second;
    if (unit.call) {
        unit.call->deleteLater();
        unit.call = nullptr;
    }
    if (m_finished)
        return;
    m_result.requests += result.attempts;
    m_result.errors += result.attempts - 1 + (result.ok() ? 0 : 1);
    Segment &segment = m_segments[size_t(unit.segment)];

    if (!result.ok()) {
        switch (result.error.kind) {
        case ApiErrorKind::Cancelled:
            return;
        case ApiErrorKind::KeyRejected:
            emit keyRejected(result.error.message);
            return;
        case ApiErrorKind::Forbidden:
            fail(EndpointOutcome::NotAvailable, result.error.message);
            return;
        case ApiErrorKind::NotFound:
            // Nothing there (e.g. a company removed since it was listed): an empty page, with a note.
            m_result.notes.append(result.error.message);
            log(LogLevel::Warning, result.error.message);
            unit.received = true;
            unit.hasNext = false;
            if (segment.totalPages < 0)
                segment.totalPages = unit.page;
            segment.totalRecords = std::max<qint64>(segment.totalRecords, 0);
            writeReadyPages();
            issueMore();
            return;
        default:
            fail(EndpointOutcome::Failed, result.error.message);
            return;
        }
    }

    const JsonPage &page = *result.page;
    const QJsonObject &envelope = page.envelope();
    if (page.repairs().any()) {
        const JsonRepairs &repairs = page.repairs();
        if (repairs.loneSurrogates > 0)
            log(LogLevel::Warning,
                tr("%1, %2: %n text character(s) arrived as half of a UTF-16 pair (valid JSON, but no "
                   "character); each is kept as U+FFFD.",
                   nullptr, repairs.loneSurrogates)
                    .arg(m_spec.name, unit.label));
        if (repairs.wideIntegers > 0)
            log(LogLevel::Warning,
                tr("%1, %2: %n number(s) beyond 64 bits; each is kept as the nearest floating-point value.",
                   nullptr, repairs.wideIntegers)
                    .arg(m_spec.name, unit.label));
    }
    // The ApiClient has checked that the records list is there (ListPageCheck).
    m_encoder.encode(page, m_spec.recordsKey,
                     m_spec.scope == EndpointScope::PerCompany ? segment.companyId : QString(),
                     &unit.encoded);
    if (const QJsonValue total = envelope.value(QStringLiteral("total_records")); total.isDouble())
        unit.reportedTotal = qint64(total.toDouble());
    const bool beyondKnownPages = segment.totalPages >= 0 && unit.page > segment.totalPages;
    if (!beyondKnownPages || (!segment.follow && segment.catchUpPages == 0))
        updateTotals(segment, envelope);
    if (m_finished)
        return;

    // A page whose records do not add up to its own totals was probably cut on the way (records taken out
    // of the list leave valid JSON): ask again. A server that keeps saying so is believed, and the count
    // check at the end reports what is missing.
    const qint64 due = recordsDue(unit, envelope);
    if (due >= 0 && unit.encoded.rows.size() != due) {
        const QString message = tr("%1, %2: the page holds %3 records where its own totals say %4.")
                                    .arg(m_spec.name, unit.label)
                                    .arg(unit.encoded.rows.size())
                                    .arg(due);
        if (unit.countRetries < m_context.options->maxRetries) {
            ++m_result.errors;
            log(LogLevel::Warning, message + QLatin1Char(' ') + tr("Asking again."));
            askAgain(key);
            return;
        }
        log(LogLevel::Warning, message + QLatin1Char(' ') + tr("Kept as it is."));
    }
    unit.received = true;

    if (m_spec.paging == PagingStyle::Relative) {
        unit.hasNext = envelope.value(QStringLiteral("has_next_page")).toBool();
        const QJsonValue next = envelope.value(QStringLiteral("next_page"));
        if (unit.hasNext && next.isString())
            unit.nextUrl = QUrl(next.toString());
        else
            unit.hasNext = false;
        const bool lastKnownPage = segment.totalPages >= 0 && unit.page >= segment.totalPages;
        if (unit.hasNext && (segment.totalPages < 0 || lastKnownPage || segment.follow)) {
            // No totals (or past them): follow the next_page links one by one, unmodified.
            if (segment.visitedNext.contains(unit.nextUrl.toString())) {
                log(LogLevel::Warning,
                    tr("%1: CallRail's next-page link repeats itself; stopping this list here.")
                        .arg(m_spec.name));
                unit.hasNext = false;
            } else if (unit.page >= kMaxPagesPerSegment) {
                unit.hasNext = false;
            } else if (segment.lastIssuedPage == unit.page) {
                segment.visitedNext.insert(unit.nextUrl.toString());
                segment.follow = true;
                segment.followNext = unit.nextUrl;
                segment.followNextIssued = false;
            }
        }
    }
    writeReadyPages();
    issueMore();
}

void EndpointTask::updateTotals(Segment &segment, const QJsonObject &envelope)
{
    const QJsonValue totalRecords = envelope.value(QStringLiteral("total_records"));
    const QJsonValue totalPages = envelope.value(QStringLiteral("total_pages"));
    const int perPage = effectivePerPage();
    qint64 records = totalRecords.isDouble() ? qint64(totalRecords.toDouble()) : -1;
    qint64 pages = totalPages.isDouble() ? qint64(totalPages.toDouble()) : -1;
    if (records >= 0) {
        // Trust the record count over the page count: the pages follow from it and per_page.
        const qint64 fromRecords = (records + perPage - 1) / perPage;
        if (pages < 0 || pages != fromRecords)
            pages = fromRecords;
    }
    if (pages < 0 && m_spec.paging == PagingStyle::Relative)
        return; // relative pagination without totals: follow next_page
    if (pages < 0) {
        // Some endpoints reportedly omit total_pages: read on until a page comes back short.
        pages = std::max(segment.totalPages, segment.lastIssuedPage) + 1;
    }
    if (pages > kMaxPagesPerSegment) {
        fail(EndpointOutcome::Failed,
             tr("%1: CallRail reported an implausible number of pages (%2); stopped to be "
                "safe.")
                 .arg(m_spec.name)
                 .arg(pages));
        return;
    }
    // Totals only grow during a run (new records at the end of an ascending order).
    segment.totalPages = std::max(segment.totalPages, int(pages));
    if (records >= 0)
        segment.totalRecords = std::max(segment.totalRecords, records);
}

bool EndpointTask::isDuplicate(const QString &id)
{
    if (id.isEmpty())
        return false;
    return m_seenIds.contains(id);
}

void EndpointTask::rememberPageIds(QStringList ids)
{
    // Ids written from a page are in m_seenIds already; restored ones (resume) arrive only here.
    for (const QString &id : ids)
        m_seenIds.insert(id);
    if (m_keepAllIds)
        return;
    m_recentPages.push_back(std::move(ids));
    while (m_recentPages.size() > size_t(kRecentPagesForDuplicates)) {
        for (const QString &id : m_recentPages.front())
            m_seenIds.remove(id);
        m_recentPages.pop_front();
    }
}

void EndpointTask::writeReadyPages()
{
    while (!m_finished) {
        auto it = m_units.find({m_writeSegment, m_writePage});
        if (it == m_units.end() || !it->second.received)
            return;
        Unit unit = std::move(it->second);
        m_units.erase(it);
        Segment &segment = m_segments[size_t(unit.segment)];

        const EncodedPage &encoded = unit.encoded;
        // The rows kept, as runs of consecutive rows of the page: usually one run, the whole page.
        QList<std::pair<qsizetype, qsizetype>> keptRuns;
        QStringList pageIds;
        bool foundRecent = false;
        for (qsizetype i = 0; i < encoded.rows.size(); ++i) {
            const EncodedPage::Row &row = encoded.rows.at(i);
            if (segment.catchUpPages > 0 && unit.page > segment.totalPages && !row.timestamp.isEmpty()) {
                const QDateTime at = QDateTime::fromString(row.timestamp, Qt::ISODateWithMs);
                if (at.isValid() && at.toMSecsSinceEpoch() >= m_context.runStartMs)
                    foundRecent = true;
            }
            if (isDuplicate(row.id)) {
                ++m_result.duplicatesDropped;
                continue;
            }
            if (limitReached() ||
                (m_selection.limit > 0 && m_result.records + pageIds.size() >= m_selection.limit))
                break;
            if (!row.id.isEmpty())
                m_seenIds.insert(row.id); // at once, so that a repeat on the same page is caught too
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
        if (m_file) {
            QString error;
            bool written = true;
            if (keptRuns.size() == 1 && keptRuns.first().first == 0 &&
                keptRuns.first().second == encoded.rows.size()) {
                written = m_file->writeRows(encoded.rowBytes(0, encoded.rows.size()), pageIds.size(), &error);
            } else if (!keptRuns.isEmpty()) {
                QByteArray bytes;
                for (const auto &[first, last] : std::as_const(keptRuns))
                    bytes.append(encoded.rowBytes(first, last));
                written = m_file->writeRows(bytes, pageIds.size(), &error);
            }
            if (!written) {
                fail(EndpointOutcome::Failed, error);
                return;
            }
            for (const QString &field : encoded.unexpectedFields) {
                if (!m_unexpectedReported.contains(field)) {
                    m_unexpectedReported.insert(field);
                    log(LogLevel::Warning,
                        tr("%1: CallRail sent a field this version does not know, \"%2\"; it "
                           "is kept in the other_fields column.")
                            .arg(m_spec.name, field));
                }
            }
        }
        m_result.records += pageIds.size();
        rememberPageIds(pageIds);

        const bool more = advanceCursor(unit, foundRecent);
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
        if (!more) {
            completeAll();
            return;
        }
    }
}

bool EndpointTask::advanceCursor(const Unit &written, bool catchUpFoundRecent)
{
    Segment &segment = m_segments[size_t(written.segment)];
    bool segmentHasMore = false;
    if (segment.follow && written.page >= std::max(segment.totalPages, 0)) {
        segmentHasMore = written.hasNext;
        m_cursorUrl = written.nextUrl;
    } else if (written.page < segment.totalPages) {
        segmentHasMore = true;
        if (written.encoded.rows.isEmpty() && segment.catchUpPages == 0) {
            // An empty page before the reported end: the list shrank while it was read.
            m_result.notes.append(tr("page %1 came back empty before the reported end (page %2)")
                                      .arg(written.page)
                                      .arg(segment.totalPages));
            segmentHasMore = false;
        }
    } else if (segment.catchUpPages > 0) {
        // A catch-up page: read on while it still shows records changed since the run began.
        const int catchUpIndex = written.page - segment.totalPages;
        segmentHasMore = catchUpFoundRecent && catchUpIndex < segment.totalPages;
        if (segmentHasMore)
            ++segment.catchUpPages;
    } else if (m_spec.sortField.isEmpty() && m_spec.dateFiltered && segment.totalPages > 0 &&
               !m_spec.timestampField.isEmpty()) {
        // Without a stable order (text messages, newest activity first) a conversation that gets a new
        // message during the run jumps to the top, past pages already read. Re-read the top to catch it;
        // issueMore() asks for the page.
        segment.catchUpPages = 1;
        segmentHasMore = true;
    }

    if (segmentHasMore) {
        ++m_writePage;
        return true;
    }
    // The rows are checked against what CallRail reported when the end of the list was read: records created
    // after that (reported by pages answered later) are not part of this run, not a gap.
    if (written.reportedTotal >= 0)
        segment.totalRecords = written.reportedTotal;
    dropUnitsOf(written.segment);
    ++m_writeSegment;
    m_writePage = 1;
    m_cursorUrl.clear();
    return m_writeSegment < int(m_segments.size());
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

qint64 EndpointTask::reportedTotal() const
{
    qint64 total = -1;
    for (const Segment &segment : m_segments) {
        if (segment.totalRecords >= 0)
            total = std::max<qint64>(total, 0) + segment.totalRecords;
    }
    return total;
}

int EndpointTask::estimatedRemainingRequests() const
{
    if (m_finished)
        return 0;
    int remaining = 0;
    for (int s = m_writeSegment; s < int(m_segments.size()); ++s) {
        const Segment &segment = m_segments[size_t(s)];
        const int written = s == m_writeSegment ? m_writePage - 1 : 0;
        if (segment.totalPages < 0)
            remaining += 1;
        else
            remaining += std::max(0, segment.totalPages - written);
    }
    if (m_selection.limit > 0) {
        const qint64 pagesForLimit =
            (m_selection.limit - m_result.records + effectivePerPage() - 1) / effectivePerPage();
        remaining = int(std::min<qint64>(remaining, pagesForLimit));
    }
    return remaining;
}

bool EndpointTask::sizesKnown() const
{
    if (m_finished)
        return true;
    for (const Segment &segment : m_segments) {
        if (segment.totalPages < 0 && !segment.follow)
            return false;
    }
    return true;
}

void EndpointTask::emitProgress()
{
    EndpointProgress p;
    p.accountId = m_context.accountId;
    p.endpoint = m_spec.name;
    p.records = m_result.records;
    const qint64 reported = reportedTotal();
    p.expected = reported;
    if (m_selection.limit > 0 && reported >= 0)
        p.expected = std::min(reported, m_selection.limit);
    p.requests = m_result.requests;
    if (m_context.budget) {
        p.budgetLeftHour = m_context.budget->remainingInWindow(m_context.budgetBucket);
        p.budgetLeftDay = m_context.budget->remainingInDay(m_context.budgetBucket);
    }
    emit progress(p);
}

QJsonObject EndpointTask::saveState() const
{
    QJsonArray segments;
    for (const Segment &segment : m_segments) {
        segments.append(QJsonObject{{QStringLiteral("totalPages"), segment.totalPages},
                                    {QStringLiteral("totalRecords"), double(segment.totalRecords)},
                                    {QStringLiteral("follow"), segment.follow},
                                    {QStringLiteral("followNext"), segment.followNext.toString()},
                                    {QStringLiteral("catchUpPages"), segment.catchUpPages}});
    }
    QJsonArray recent;
    if (m_keepAllIds) {
        recent.append(QJsonArray::fromStringList(QStringList(m_seenIds.begin(), m_seenIds.end())));
    } else {
        // A shift at a page boundary repeats a record on a neighbouring page: the last few pages are enough.
        const size_t keep = std::min<size_t>(m_recentPages.size(), kRecentPagesInState);
        for (auto it = m_recentPages.end() - qsizetype(keep); it != m_recentPages.end(); ++it)
            recent.append(QJsonArray::fromStringList(*it));
    }
    return QJsonObject{{QStringLiteral("endpoint"), m_spec.name},
                       {QStringLiteral("account"), m_context.accountId},
                       {QStringLiteral("segment"), m_writeSegment},
                       {QStringLiteral("page"), m_writePage},
                       {QStringLiteral("cursorUrl"), m_cursorUrl.toString()},
                       {QStringLiteral("rows"), double(m_result.records)},
                       {QStringLiteral("duplicates"), double(m_result.duplicatesDropped)},
                       {QStringLiteral("requests"), m_result.requests},
                       {QStringLiteral("offset"), double(m_file ? m_file->committedOffset() : -1)},
                       {QStringLiteral("segments"), segments},
                       {QStringLiteral("recentIds"), recent},
                       {QStringLiteral("done"), m_finished},
                       {QStringLiteral("outcome"), outcomeName(m_result.outcome)}};
}

void EndpointTask::completeAll()
{
    if (m_finished)
        return;
    m_result.reported = reportedTotal();
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
        m_result.filePath = m_file->finalPath();
        m_file.reset();
    }
    finish(outcome);
}

void EndpointTask::fail(EndpointOutcome outcome, const QString &message)
{
    if (m_finished)
        return;
    m_result.message = message;
    m_result.reported = reportedTotal();
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
        m_result.filePath = m_file->partialPath();
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
    m_result.message = tr("Cancelled; the rows fetched so far are kept.");
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

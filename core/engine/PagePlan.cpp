#include "PagePlan.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

namespace callrail {

PagePlan::PagePlan(const EndpointSpec &spec, const EndpointSelection &selection, const QUrl &listUrl,
                   int perPage, const QString &timeZone)
    : m_spec(spec)
    , m_selection(selection)
    , m_listUrl(listUrl)
    , m_perPage(selection.limit > 0 && selection.limit < perPage ? int(selection.limit) : perPage)
    , m_timeZone(timeZone)
{}

void PagePlan::build(const DateWindow &window, const QDate &today, int sliceDays,
                     const QStringList &companies)
{
    m_segments.clear();
    if (m_spec.isReport()) {
        buildReport(window, today);
        return;
    }
    QList<std::optional<DateRange>> ranges;
    if (m_spec.dateFiltered) {
        const int maxDays = window.preset == DatePreset::AllAvailable ? sliceDays : 100'000;
        for (const DateRange &range : window.slices(today, maxDays))
            ranges.append(range);
    } else {
        ranges.append(std::nullopt);
    }
    const QStringList segmentCompanies =
        m_spec.scope == EndpointScope::PerCompany ? companies : QStringList{QString()};
    for (const QString &company : segmentCompanies) {
        for (const auto &range : std::as_const(ranges)) {
            Segment segment;
            segment.companyId = company;
            segment.range = range;
            m_segments.push_back(segment);
        }
    }
}

void PagePlan::restart(const DateWindow &window, const QDate &today, int sliceDays,
                       const QStringList &companies)
{
    m_writeSegment = 0;
    m_writePage = 1;
    m_cursorUrl.clear();
    build(window, today, sliceDays, companies);
}

int PagePlan::answerSize() const
{
    switch (m_spec.report.kind) {
    case ReportKind::None:
        return m_perPage;
    case ReportKind::Summary:
        return 0; // a row per key: as many as there are sources, campaigns, …
    case ReportKind::TimeSeries:
        return kMaxTimeSeriesPoints;
    }
    return m_perPage;
}

int PagePlan::timeSeriesSliceDays(const QString &interval)
{
    // Slices end on whole days, so that consecutive ones join without a gap or an overlap. A week or a month
    // is never cut: 200 of them reach past CallRail's 25-month retention, so no window needs a second slice.
    if (interval == QLatin1String("hour"))
        return kMaxTimeSeriesPoints / 25; // 25: a day that ends daylight saving time has 25 hours
    if (interval == QLatin1String("week"))
        return kMaxTimeSeriesPoints * 7;
    if (interval == QLatin1String("month"))
        return kMaxTimeSeriesPoints * 28;
    return kMaxTimeSeriesPoints;
}

QStringList PagePlan::reportGroupings(const EndpointSpec &spec, const EndpointSelection &selection)
{
    if (spec.report.kind == ReportKind::TimeSeries) {
        const QString interval = spec.report.intervals.contains(selection.interval)
                                     ? selection.interval
                                     : spec.report.intervals.value(0);
        return {interval};
    }
    QStringList chosen;
    for (const QString &grouping : spec.report.groupings) {
        if (selection.groupings.contains(grouping))
            chosen.append(grouping);
    }
    return chosen.isEmpty() ? spec.report.defaultGroupings : chosen;
}

void PagePlan::buildReport(const DateWindow &window, const QDate &today)
{
    const QStringList groupings = reportGroupings(m_spec, m_selection);
    if (m_spec.report.kind == ReportKind::Summary) {
        // One window for the whole choice, as the lists read it (even where they read it in slices): the
        // summary then counts exactly what the lists hold.
        const QList<DateRange> slices = window.slices(today, 100'000);
        if (slices.isEmpty())
            return;
        DateRange whole{slices.first().start, slices.last().end};
        if (m_summariesFrom.isValid() && m_summariesFrom <= whole.end)
            whole.start = m_summariesFrom;
        for (const QString &grouping : groupings) {
            Segment segment;
            segment.range = whole;
            segment.grouping = grouping;
            m_segments.push_back(segment);
        }
        return;
    }
    DateWindow series = window;
    if (m_timeSeriesFrom.isValid()) {
        series.preset = DatePreset::Custom;
        series.customEnd = window.resolve(today).end;
        series.customStart = std::min(m_timeSeriesFrom, series.customEnd);
    }
    for (const DateRange &range : series.slices(today, timeSeriesSliceDays(groupings.value(0)))) {
        Segment segment;
        segment.range = range;
        segment.grouping = groupings.value(0);
        m_segments.push_back(segment);
    }
}

QUrl PagePlan::reportUrl(const Segment &segment) const
{
    QUrl url = m_listUrl;
    QUrlQuery query;
    query.addQueryItem(m_spec.report.kind == ReportKind::Summary ? QStringLiteral("group_by")
                                                                 : QStringLiteral("interval"),
                       segment.grouping);
    query.addQueryItem(QStringLiteral("fields"), m_spec.report.measures.join(QLatin1Char(',')));
    addWindow(query, segment);
    url.setQuery(query);
    return url;
}

void PagePlan::addWindow(QUrlQuery &query, const Segment &segment) const
{
    if (!segment.range)
        return;
    // Sent explicitly: without them CallRail silently returns only the last 7 days.
    query.addQueryItem(QStringLiteral("start_date"), segment.range->start.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("end_date"), segment.range->end.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("time_zone"), m_timeZone);
}

QUrl PagePlan::pageUrl(const Segment &segment, int page) const
{
    if (m_spec.isReport())
        return reportUrl(segment);
    QUrl url = m_listUrl;
    QUrlQuery query;
    if (m_spec.paging == PagingStyle::Relative) {
        query.addQueryItem(QStringLiteral("relative_pagination"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("offset"), QString::number(page - 1)); // a 0-based page index
    } else {
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
    }
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_perPage));
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
        query.addQueryItem(QString::fromLatin1(kCompanyIdField), segment.companyId);
    addWindow(query, segment);
    url.setQuery(query);
    return url;
}

void PagePlan::startFollowing(Segment &segment, const QUrl &next)
{
    segment.visitedNext.insert(next.toString());
    segment.follow = true;
    segment.followNext = next;
    segment.followNextIssued = false;
}

qint64 PagePlan::recordsOnPage(qint64 total, qint64 page, qint64 perPage)
{
    return std::clamp<qint64>(total - (page - 1) * perPage, 0, perPage);
}

QUrl PagePlan::countUrl(const Segment &segment) const
{
    QUrl url = m_listUrl;
    QUrlQuery query(pageUrl(segment, 1));
    query.removeQueryItem(QStringLiteral("relative_pagination"));
    query.removeQueryItem(QStringLiteral("offset"));
    query.removeQueryItem(QStringLiteral("fields"));
    query.removeQueryItem(QStringLiteral("per_page"));
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    url.setQuery(query);
    return url;
}

void PagePlan::countFailed(int segmentIndex)
{
    Segment &segment = m_segments[size_t(segmentIndex)];
    segment.countFailed = true;
    if (segment.totalPages < 0 && segment.heldNext.isValid() && !segment.follow)
        startFollowing(segment, segment.heldNext);
}

void PagePlan::countTaken(int segmentIndex)
{
    Segment &segment = m_segments[size_t(segmentIndex)];
    if (segment.heldNext.isValid() && segment.totalPages <= 1 && !segment.follow)
        startFollowing(segment, segment.heldNext);
}

bool PagePlan::awaitingCount(int segmentIndex) const
{
    const Segment &segment = m_segments[size_t(segmentIndex)];
    return segment.countAsked && !segment.countFailed && segment.totalPages < 0;
}

qint64 PagePlan::recordsAtLeast(int segmentIndex, int urlPage) const
{
    const Segment &segment = m_segments[size_t(segmentIndex)];
    if (m_spec.paging != PagingStyle::Relative || segment.totalRecords < 0 || segment.follow || urlPage < 1)
        return -1;
    return recordsOnPage(segment.totalRecords, urlPage, m_perPage);
}

bool PagePlan::takeTotals(int segmentIndex, int page, const QJsonObject &envelope, QString *error)
{
    Segment &segment = m_segments[size_t(segmentIndex)];
    if (m_spec.isReport()) {
        segment.totalPages = 1; // a report is one answer, whatever its envelope says
        return true;
    }
    // Past the known pages (following links, or re-reading the top) the totals say nothing new.
    const bool beyondKnownPages = segment.totalPages >= 0 && page > segment.totalPages;
    if (beyondKnownPages && (segment.follow || segment.catchUpPages > 0))
        return true;
    const QJsonValue totalRecords = envelope.value(QStringLiteral("total_records"));
    const QJsonValue totalPages = envelope.value(QStringLiteral("total_pages"));
    const qint64 records = totalRecords.isDouble() ? qint64(totalRecords.toDouble()) : -1;
    qint64 pages = totalPages.isDouble() ? qint64(totalPages.toDouble()) : -1;
    if (records >= 0) {
        // Trust the record count over the page count: the pages follow from it and per_page.
        pages = (records + m_perPage - 1) / m_perPage;
    }
    if (pages < 0 && m_spec.paging == PagingStyle::Relative)
        return true; // relative pagination without totals: follow next_page
    if (pages < 0) {
        // Some endpoints reportedly omit total_pages: read on until a page comes back short.
        pages = std::max(segment.totalPages, segment.lastIssuedPage) + 1;
    }
    if (pages > kMaxPagesPerSegment) {
        *error = tr("%1: CallRail reported an implausible number of pages (%2); stopped to be safe.")
                     .arg(m_spec.name)
                     .arg(pages);
        return false;
    }
    // Totals only grow during a run (new records at the end of an ascending order).
    segment.totalPages = std::max(segment.totalPages, int(pages));
    if (records >= 0)
        segment.totalRecords = std::max(segment.totalRecords, records);
    return true;
}

void PagePlan::takeNotFound(int segmentIndex, int page)
{
    Segment &segment = m_segments[size_t(segmentIndex)];
    if (segment.totalPages < 0)
        segment.totalPages = page;
    segment.totalRecords = std::max<qint64>(segment.totalRecords, 0);
}

qint64 PagePlan::recordsDue(const QJsonObject &envelope, int urlPage) const
{
    const QJsonValue total = envelope.value(QStringLiteral("total_records"));
    if (!total.isDouble())
        return -1;
    const double perPageValue = envelope.value(QStringLiteral("per_page")).toDouble();
    const qint64 perPage = perPageValue > 0 ? qint64(perPageValue) : m_perPage;
    const double pageValue = envelope.value(QStringLiteral("page")).toDouble();
    const qint64 page = pageValue > 0 ? qint64(pageValue) : urlPage;
    return recordsOnPage(qint64(total.toDouble()), page, perPage);
}

PagePlan::Link PagePlan::noteNextLink(int segmentIndex, int page, bool hasNext, const QUrl &nextUrl)
{
    Segment &segment = m_segments[size_t(segmentIndex)];
    const bool lastKnownPage = segment.totalPages >= 0 && page >= segment.totalPages;
    if (!hasNext || !(segment.totalPages < 0 || lastKnownPage || segment.follow))
        return Link::Ignored;
    // No totals (or past them): follow the next_page links one by one, unmodified.
    if (segment.visitedNext.contains(nextUrl.toString()))
        return Link::Loop;
    if (page >= kMaxPagesPerSegment)
        return Link::TooDeep;
    if (segment.lastIssuedPage != page)
        return Link::Ignored;
    if (segment.totalPages < 0 && segment.countAsked && !segment.countFailed) {
        segment.heldNext = nextUrl; // the count will tell the pages; the link is the way on if it fails
        return Link::Held;
    }
    startFollowing(segment, nextUrl);
    return Link::Followed;
}

bool PagePlan::isCatchUpPage(int segmentIndex, int page) const
{
    const Segment &segment = m_segments[size_t(segmentIndex)];
    return segment.catchUpPages > 0 && page > segment.totalPages;
}

PagePlan::Advance PagePlan::advance(const WrittenPage &written)
{
    Segment &segment = m_segments[size_t(written.segment)];
    Advance result;
    bool segmentHasMore = false;
    if (segment.follow && written.page >= std::max(segment.totalPages, 0)) {
        segmentHasMore = written.hasNext;
        m_cursorUrl = written.nextUrl;
    } else if (written.page < segment.totalPages) {
        segmentHasMore = true;
        if (written.rows == 0 && segment.catchUpPages == 0) {
            // An empty page before the reported end: the list shrank while it was read.
            result.note = tr("page %1 came back empty before the reported end (page %2)")
                              .arg(written.page)
                              .arg(segment.totalPages);
            segmentHasMore = false;
        }
    } else if (segment.catchUpPages > 0) {
        // A catch-up page: read on while it still shows records changed since the run began.
        const int catchUpIndex = written.page - segment.totalPages;
        segmentHasMore = written.catchUpFoundRecent && catchUpIndex < segment.totalPages;
        if (segmentHasMore)
            ++segment.catchUpPages;
    } else if (m_spec.sortField.isEmpty() && m_spec.dateFiltered && segment.totalPages > 0 &&
               !m_spec.timestampField.isEmpty() && !m_spec.isReport()) {
        // Without a stable order (text messages, newest activity first) a conversation that gets a new
        // message during the run jumps to the top, past pages already read. Re-read the top to catch it.
        segment.catchUpPages = 1;
        segmentHasMore = true;
    }

    if (segmentHasMore) {
        ++m_writePage;
        result.more = true;
        return result;
    }
    // The rows are checked against what CallRail reported when the end of the list was read: records created
    // after that (reported by pages answered later) are not part of this run, not a gap.
    if (written.reportedTotal >= 0)
        segment.totalRecords = written.reportedTotal;
    result.segmentEnded = true;
    ++m_writeSegment;
    m_writePage = 1;
    m_cursorUrl.clear();
    result.more = m_writeSegment < int(m_segments.size());
    return result;
}

qint64 PagePlan::reportedTotal() const
{
    qint64 total = -1;
    for (const Segment &segment : m_segments) {
        if (segment.totalRecords >= 0)
            total = std::max<qint64>(total, 0) + segment.totalRecords;
    }
    return total;
}

int PagePlan::estimatedRemainingRequests(qint64 recordsWritten, qint64 limit) const
{
    int remaining = 0;
    for (int s = m_writeSegment; s < int(m_segments.size()); ++s) {
        const Segment &segment = m_segments[size_t(s)];
        const int written = s == m_writeSegment ? m_writePage - 1 : 0;
        if (segment.totalPages < 0)
            remaining += 1;
        else
            remaining += std::max(0, segment.totalPages - written);
    }
    if (limit > 0) {
        const qint64 pagesForLimit = (limit - recordsWritten + m_perPage - 1) / m_perPage;
        remaining = int(std::min<qint64>(remaining, pagesForLimit));
    }
    return remaining;
}

bool PagePlan::sizesKnown() const
{
    return std::all_of(m_segments.begin(), m_segments.end(),
                       [](const Segment &segment) { return segment.totalPages >= 0 || segment.follow; });
}

QJsonObject PagePlan::saveState() const
{
    QJsonArray segments;
    for (const Segment &segment : m_segments) {
        segments.append(QJsonObject{{QStringLiteral("totalPages"), segment.totalPages},
                                    {QStringLiteral("totalRecords"), double(segment.totalRecords)},
                                    {QStringLiteral("follow"), segment.follow},
                                    {QStringLiteral("followNext"), segment.followNext.toString()},
                                    {QStringLiteral("catchUpPages"), segment.catchUpPages}});
    }
    return QJsonObject{{QStringLiteral("segment"), m_writeSegment},
                       {QStringLiteral("page"), m_writePage},
                       {QStringLiteral("cursorUrl"), m_cursorUrl.toString()},
                       {QStringLiteral("segments"), segments}};
}

bool PagePlan::restoreState(const QJsonObject &state)
{
    const QJsonArray segments = state.value(QStringLiteral("segments")).toArray();
    if (segments.size() != qsizetype(m_segments.size()))
        return false;
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
    return true;
}

} // namespace callrail

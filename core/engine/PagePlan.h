#pragma once

#include "api/EndpointCatalogue.h"
#include "config/DateWindow.h"
#include "engine/ExtractionOptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>
#include <vector>

namespace callrail {

/// The requests one endpoint of one account needs, and where the ordered writing stands: the pure part of
/// EndpointTask, with no network and no file, so that paging is tested directly.
///
/// A plan is a list of segments (companies × date slices), each a list of pages. A segment's size is known
/// from the totals of its first answer; a relative (cursor) list without totals is walked by following each
/// page's next_page link, unmodified. Pages are written strictly in order; the cursor is the next page to
/// write. Endpoints without a stable order (text messages) re-read their top pages at the end ("catch-up")
/// while those still show records changed since the run began.
class PagePlan
{
    Q_DECLARE_TR_FUNCTIONS(callrail::PagePlan)

public:
    /// More pages than this is not a real account: a broken or hostile server. 200,000 pages of 250 records
    /// is 50 million records, far beyond any CallRail account within its 25-month retention.
    static constexpr int kMaxPagesPerSegment = 200'000;

    struct Segment
    {
        QString companyId;
        std::optional<DateRange> range;
        QString grouping;    ///< a report's group_by (summary) or interval (time series); empty for a list
        int totalPages = -1; ///< -1: not known yet
        qint64 totalRecords = -1;
        bool firstIssued = false;
        int lastIssuedPage = 0;
        bool follow = false; ///< following next_page links one by one
        QUrl followNext;     ///< next_page to request, when following
        bool followNextIssued = false;
        QSet<QString> visitedNext; ///< guards against a next_page loop
        int catchUpPages = 0;      ///< extra pages re-read from the top (endpoints without a stable order)
        bool countAsked = false;   ///< a relative list's size is being counted (PageRequest::isCount)
        bool countFailed = false;  ///< it could not be: its pages are followed link by link
        QUrl heldNext;             ///< the first page's link, held while the count is on its way
    };

    /// One request to send: the page's place in its segment, and the page number its URL asks for. Page 0
    /// is the count of a relative list: an offset-style request of one record, whose total_records sizes the
    /// list so that its pages can be asked for in parallel by their documented offset index.
    struct PageRequest
    {
        int segment = 0;
        int page = 0;
        int urlPage = 0;
        QUrl url;
        bool isCount() const { return page == 0; }
    };

    /// A page as it is written, for moving the cursor on.
    struct WrittenPage
    {
        int segment = 0;
        int page = 0;
        qsizetype rows = 0;              ///< records the page held
        bool hasNext = false;            ///< a relative page's has_next_page (with a link)
        QUrl nextUrl;                    ///< and its link
        qint64 reportedTotal = -1;       ///< total_records in the page's envelope
        bool catchUpFoundRecent = false; ///< a catch-up page showed a record changed since the run began
    };

    struct Advance
    {
        bool more = false;         ///< another page is to be written
        bool segmentEnded = false; ///< the segment just written is finished (its other pages are not needed)
        QString note;              ///< for the result's notes (an empty page before the reported end)
    };

    /// listUrl: the endpoint's URL without a query; perPage: the run's page size (the record limit, when
    /// smaller, replaces it).
    PagePlan(const EndpointSpec &spec, const EndpointSelection &selection, const QUrl &listUrl, int perPage,
             const QString &timeZone);

    /// Cuts the work into segments: one per company (per-company endpoints) and date slice (date-filtered
    /// endpoints; a whole window is one slice unless it is "all available", requested in sliceDays slices).
    void build(const DateWindow &window, const QDate &today, int sliceDays, const QStringList &companies);
    /// A summary's window starts here rather than where the run's does (ExtractionOptions::summariesFrom).
    void setSummariesFrom(const QDate &from) { m_summariesFrom = from; }
    /// A time series' window starts here (ExtractionOptions::timeSeriesFrom).
    void setTimeSeriesFrom(const QDate &from) { m_timeSeriesFrom = from; }

    int perPage() const { return m_perPage; }
    /// The most records one answer may hold (ListPageShape): a page, or a report's limit (0: none).
    int answerSize() const;
    qsizetype segmentCount() const { return qsizetype(m_segments.size()); }
    const Segment &segment(int index) const { return m_segments[size_t(index)]; }
    /// The next page to write.
    int writeSegment() const { return m_writeSegment; }
    int writePage() const { return m_writePage; }
    bool finished() const { return m_writeSegment >= int(m_segments.size()); }

    /// The URL of page `page` of a segment, with every query parameter CallRail needs.
    QUrl pageUrl(const Segment &segment, int page) const;
    /// The URL that counts a relative segment's records: the same list and filters, offset style, one record.
    QUrl countUrl(const Segment &segment) const;
    /// The count of a relative segment could not be taken: its pages are followed link by link.
    void countFailed(int segment);
    /// After the count sized the segment: when the first page is also the last and says more follow (records
    /// arrived since the count), its link is followed.
    void countTaken(int segment);
    /// Whether the segment's pages must wait for the count before the cursor can move past them.
    bool awaitingCount(int segment) const;
    /// The fewest records a relative page must hold by the segment's count (-1 when not counted): more may
    /// have arrived since, fewer means records were taken out of the page on the way.
    qint64 recordsAtLeast(int segment, int urlPage) const;

    /// The requests to send now, at most `room`, first pages of unknown segments first. `isPending` tells
    /// whether a page (segment, page) is already asked for or waiting to be written.
    template <typename IsPending>
    QList<PageRequest> nextRequests(int room, IsPending isPending);

    /// Takes the totals of a page's envelope. False, with a translated reason, when they are implausible.
    bool takeTotals(int segment, int page, const QJsonObject &envelope, QString *error);
    /// A page CallRail found nothing at (404, a company removed since it was listed): the segment ends there.
    void takeNotFound(int segment, int page);
    /// How many records a page should hold by its own envelope's totals; -1 when it does not say.
    qint64 recordsDue(const QJsonObject &envelope, int urlPage) const;

    enum class Link
    {
        Ignored,  ///< nothing to follow (or the totals say where the list ends)
        Followed, ///< the segment now follows next_page links
        Held,     ///< kept until the count says whether the pages can be asked for by index
        Loop,     ///< the link repeats an earlier one: the page must count as the last
        TooDeep   ///< more pages than any real list: the page must count as the last
    };
    /// After a relative page: follow its next_page link when the totals do not say where the list ends.
    Link noteNextLink(int segment, int page, bool hasNext, const QUrl &nextUrl);

    /// Whether rows of this page belong to a catch-up re-read of the top pages.
    bool isCatchUpPage(int segment, int page) const;
    /// Moves the cursor past a written page.
    Advance advance(const WrittenPage &written);

    /// The records CallRail reported, summed over the segments; -1 while none is known.
    qint64 reportedTotal() const;
    /// Requests still needed as far as is known now (1 per segment whose size is still unknown).
    int estimatedRemainingRequests(qint64 recordsWritten, qint64 limit) const;
    bool sizesKnown() const;

    /// The plan's part of the resumable state: the segments' sizes and links, and the cursor.
    QJsonObject saveState() const;
    /// Continues from saveState(); false when the saved plan has other segments.
    bool restoreState(const QJsonObject &state);
    /// Back to the first page (when an interrupted run's rows cannot be continued).
    void restart(const DateWindow &window, const QDate &today, int sliceDays, const QStringList &companies);

    /// The days one time-series request may cover at `interval` and stay within CallRail's point limit.
    static int timeSeriesSliceDays(const QString &interval);
    /// The groupings (summary) or the one interval (time series) a report is asked with: the selection's,
    /// else the catalogue's default.
    static QStringList reportGroupings(const EndpointSpec &spec, const EndpointSelection &selection);

private:
    /// A report's segments: one per grouping over the whole window (summary), or the window cut into slices
    /// of at most kMaxTimeSeriesPoints points (time series).
    void buildReport(const DateWindow &window, const QDate &today);
    QUrl reportUrl(const Segment &segment) const;
    /// The segment's start_date, end_date and time_zone, when it has a window.
    void addWindow(QUrlQuery &query, const Segment &segment) const;
    /// From now on the segment is read by following its next_page links, starting at `next`.
    static void startFollowing(Segment &segment, const QUrl &next);
    /// The records page `page` holds in a list of `total` records, `perPage` a page.
    static qint64 recordsOnPage(qint64 total, qint64 page, qint64 perPage);

    EndpointSpec m_spec;
    EndpointSelection m_selection;
    QUrl m_listUrl;
    int m_perPage = 0;
    QString m_timeZone;
    QDate m_summariesFrom;
    QDate m_timeSeriesFrom;
    std::vector<Segment> m_segments;
    int m_writeSegment = 0;
    int m_writePage = 1;
    QUrl m_cursorUrl; ///< when following next_page links: the link to the next page to write
};

template <typename IsPending>
QList<PagePlan::PageRequest> PagePlan::nextRequests(int room, IsPending isPending)
{
    QList<PageRequest> requests;
    for (int s = m_writeSegment; s < int(m_segments.size()) && requests.size() < room; ++s) {
        Segment &segment = m_segments[size_t(s)];
        if (!segment.firstIssued) {
            const int first = s == m_writeSegment ? m_writePage : 1;
            const QUrl url =
                segment.follow && segment.followNext.isValid() ? segment.followNext : pageUrl(segment, first);
            segment.firstIssued = true;
            segment.lastIssuedPage = first;
            if (segment.follow)
                segment.followNextIssued = true;
            requests.append({s, first, first, url});
            const bool limitInFirstPage = m_selection.limit > 0 && m_selection.limit <= m_perPage;
            if (m_spec.paging == PagingStyle::Relative && segment.totalPages < 0 && !segment.follow &&
                !segment.countAsked && !limitInFirstPage) {
                // Relative answers need not say how many records there are: count them, beside the first
                // page, so that the other pages can be asked for at once and the progress knows its end.
                segment.countAsked = true;
                requests.append({s, 0, 0, countUrl(segment)});
            }
            continue; // its size is not known yet
        }
        if (segment.follow) {
            if (segment.followNext.isValid() && !segment.followNextIssued) {
                segment.followNextIssued = true;
                ++segment.lastIssuedPage;
                requests.append({s, segment.lastIssuedPage, segment.lastIssuedPage, segment.followNext});
            }
            continue;
        }
        if (segment.totalPages < 0)
            continue;
        if (s == m_writeSegment && segment.catchUpPages > 0 && m_writePage > segment.totalPages) {
            if (!isPending(s, m_writePage)) {
                segment.lastIssuedPage = m_writePage;
                const int topPage = m_writePage - segment.totalPages;
                requests.append({s, m_writePage, topPage, pageUrl(segment, topPage)});
            }
            continue;
        }
        while (segment.lastIssuedPage < segment.totalPages && requests.size() < room) {
            ++segment.lastIssuedPage;
            requests.append({s, segment.lastIssuedPage, segment.lastIssuedPage,
                             pageUrl(segment, segment.lastIssuedPage)});
        }
    }
    return requests;
}

} // namespace callrail

#include "EndpointTask.h"

#include "config/LogCategories.h"
#include "engine/EndpointState.h"
#include "engine/ReportRows.h"
#include "export/EndpointFile.h"

#include <QFileInfo>

namespace callrail {

EndpointTask::EndpointTask(const EndpointSpec &spec, const EndpointSelection &selection,
                           const Context &context, const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_selection(selection)
    , m_context(context)
    , m_filePath(filePath)
    , m_columns(spec.columns(selection.fields))
    , m_encoder(m_columns, context.options->exportOptions)
    , m_plan(spec, selection,
             context.client->listUrl(spec.path,
                                     spec.scope == EndpointScope::Global ? QString() : context.accountId),
             context.options->perPage, context.options->dates.timeZone)
    , m_duplicates(spec.sortField.isEmpty() && !spec.isReport())
{
    // A report is counts, not records: a record limit would keep some groupings and not others.
    if (spec.isReport())
        m_selection.limit = 0;
    if (spec.sortField.isEmpty())
        m_encoder.setTimestampField(spec.timestampField); // for the catch-up pages (see PagePlan::advance)
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

bool EndpointTask::limitReached() const
{
    return m_selection.limit > 0 && m_result.records >= m_selection.limit;
}

void EndpointTask::log(LogLevel level, const QString &text)
{
    emit logMessage(level, text);
}

void EndpointTask::restoreState(const QJsonObject &state)
{
    m_restoredState = state;
}

bool EndpointTask::restore(const QJsonObject &saved)
{
    const EndpointState state = EndpointState::fromJson(saved);
    if (!m_plan.restoreState(state.plan))
        return false;
    m_result.records = state.rows;
    m_result.duplicatesDropped = state.duplicates;
    m_result.requests = state.requests;
    m_restoredOffset = state.offset;
    m_duplicates.restoreState(state.recentIds);
    // What the written answers of a report said of the window was not kept: no total to compare now.
    m_windowTotalKnown = m_plan.writeSegment() == 0 && m_plan.writePage() == 1;
    return true;
}

void EndpointTask::start()
{
    if (m_started)
        return;
    m_started = true;
    m_result.outcome = EndpointOutcome::Running;
    const ExtractionOptions &options = *m_context.options;
    m_plan.setSummariesFrom(options.summariesFrom);
    m_plan.setTimeSeriesFrom(options.timeSeriesFrom);
    m_plan.build(options.dates, m_context.today, options.sliceDays, m_companies);

    if (m_restoredState && !restore(*m_restoredState)) {
        fail(EndpointOutcome::Failed,
             tr("%1: the interrupted run cannot be continued (its plan differs).").arg(m_spec.name));
        return;
    }

    if (!m_filePath.isEmpty()) {
        m_file = std::make_unique<EndpointFile>(m_filePath, m_columns, options.exportOptions);
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
            m_result.records = 0;
            m_result.duplicatesDropped = 0;
            m_duplicates.clear();
            m_plan.restart(options.dates, m_context.today, options.sliceDays, m_companies);
        }
        if (m_restoredOffset >= 0)
            m_file->setRowsWritten(m_result.records);
        m_result.file.path = m_file->partialPath();
        m_result.file.format = options.exportOptions.format;
        m_result.file.columns = m_columns;
        m_result.file.finalName = QFileInfo(m_file->finalPath()).fileName();
    }
    if (m_plan.finished()) {
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
    qint64 room = maxAhead - qint64(m_units.size());
    if (m_selection.limit > 0) {
        // Do not ask for pages the record limit will not use.
        const int perPage = m_plan.perPage();
        const qint64 pagesForLimit = (m_selection.limit - m_result.records + perPage - 1) / perPage;
        room = std::min(room, pagesForLimit - qint64(m_units.size()));
    }
    if (room <= 0)
        return;
    const auto pending = [this](int segment, int page) { return m_units.count({segment, page}) > 0; };
    for (const PagePlan::PageRequest &request : m_plan.nextRequests(int(room), pending))
        issue(request);
}

void EndpointTask::issue(const PagePlan::PageRequest &request, int countRetries, qint64 previousRowsSum)
{
    const UnitKey key{request.segment, request.page};
    Unit &unit = m_units[key];
    unit.request = request;
    unit.countRetries = countRetries;
    unit.previousRowsSum = previousRowsSum;
    const QString &companyId = m_plan.segment(request.segment).companyId;
    ApiRequest apiRequest;
    apiRequest.url = request.url;
    apiRequest.endpoint = m_spec.name;
    apiRequest.accountId = m_context.accountId;
    apiRequest.budgetBucket = m_context.budgetBucket;
    const PagePlan::Segment &segment = m_plan.segment(request.segment);
    if (m_spec.report.kind == ReportKind::Summary)
        apiRequest.pageLabel = tr("grouped by %1").arg(segment.grouping);
    else if (m_spec.report.kind == ReportKind::TimeSeries)
        apiRequest.pageLabel =
            tr("%1 to %2")
                .arg(segment.range->start.toString(Qt::ISODate), segment.range->end.toString(Qt::ISODate));
    else if (request.isCount())
        apiRequest.pageLabel =
            companyId.isEmpty() ? tr("record count") : tr("record count for company %1").arg(companyId);
    else
        apiRequest.pageLabel = companyId.isEmpty()
                                   ? tr("page %1").arg(request.page)
                                   : tr("page %1 for company %2").arg(request.page).arg(companyId);
    apiRequest.listPage = {m_spec.recordsKey, request.isCount() ? 1 : m_plan.answerSize()};
    unit.label = apiRequest.pageLabel;
    unit.call = m_context.client->get(apiRequest);
    connect(unit.call, &ApiCall::finished, this,
            [this, key](const ApiResult &result) { onAnswer(key, result); });
    // Counted as it happens, as the window's progress row counts it: a request still retrying when the list
    // stops (another one failed for good) has failed attempts too.
    connect(unit.call, &ApiCall::attemptFailed, this, [this] { ++m_result.errors; });
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
    // A request the user's Cancel aborted is no error: the run stopped because they asked.
    const bool aborted = !result.ok() && result.error.kind == ApiErrorKind::Cancelled;
    // The attempts before the last one were counted as they failed (attemptFailed); the last one counts when
    // it failed too.
    m_result.errors += result.ok() || aborted ? 0 : 1;

    if (unit.request.isCount() && (result.ok() || (result.error.kind != ApiErrorKind::Cancelled &&
                                                   result.error.kind != ApiErrorKind::KeyRejected))) {
        takeCount(it, result);
        return;
    }
    if (!result.ok()) {
        switch (result.error.kind) {
        case ApiErrorKind::Cancelled:
            return;
        case ApiErrorKind::KeyRejected:
            m_result.errorKind = result.error.kind;
            emit keyRejected(result.error.message);
            return;
        case ApiErrorKind::Forbidden:
            m_result.errorKind = result.error.kind;
            fail(EndpointOutcome::NotAvailable, result.error.message);
            return;
        case ApiErrorKind::NotFound: {
            // Nothing there (e.g. a company removed since it was listed): an empty page, with a note.
            m_result.notes.append(result.error.message);
            log(LogLevel::Warning, result.error.message);
            unit.received = true;
            unit.hasNext = false;
            m_plan.takeNotFound(key.first, key.second);
            writeReadyPages();
            issueMore();
            return;
        }
        default:
            m_result.errorKind = result.error.kind;
            fail(EndpointOutcome::Failed, result.error.message);
            return;
        }
    }

    const JsonPage &page = *result.page;
    const QJsonObject &envelope = page.envelope();
    logRepairs(unit, page.repairs());
    // The ApiClient has checked that the records list is there (ListPageCheck).
    const PagePlan::Segment &segment = m_plan.segment(key.first);
    if (m_spec.isReport()) {
        QString notRows;
        const auto rows = ReportRows::rows(m_spec, segment.grouping, *segment.range, page, &notRows);
        if (!rows) {
            fail(EndpointOutcome::Failed, notRows);
            return;
        }
        m_encoder.encode(*rows, ReportRows::recordsKey(), QString(), &unit.encoded);
        unit.reportedTotal = qsizetype(unit.encoded.rows.size()); // the rows are the whole answer
        unit.reportTotal = ReportRows::reportedTotal(m_spec, page);
        unit.reportRowsSum = ReportRows::rowsTotal(m_spec, page);
    } else {
        m_encoder.encode(page, m_spec.recordsKey,
                         m_spec.scope == EndpointScope::PerCompany ? segment.companyId : QString(),
                         &unit.encoded);
    }
    if (const QJsonValue total = envelope.value(QStringLiteral("total_records"));
        total.isDouble() && !m_spec.isReport())
        unit.reportedTotal = qint64(total.toDouble());
    QString implausible;
    if (!m_plan.takeTotals(key.first, key.second, envelope, &implausible)) {
        fail(EndpointOutcome::Failed, implausible);
        return;
    }

    if (const QString problem = countProblem(unit, envelope); !problem.isEmpty()) {
        if (unit.countRetries < m_context.options->maxRetries) {
            ++m_result.errors;
            log(LogLevel::Warning, problem + QLatin1Char(' ') + tr("Asking again."));
            const PagePlan::PageRequest request = unit.request;
            const int retries = unit.countRetries + 1;
            const qint64 rowsSum = unit.reportRowsSum;
            m_units.erase(it);
            issue(request, retries, rowsSum);
            return;
        }
        log(LogLevel::Warning, problem + QLatin1Char(' ') + tr("Kept as it is."));
    }
    unit.received = true;
    if (m_spec.isReport()) {
        // Each grouping of a summary counts the whole window; a time series' slices count their part of it,
        // and one slice that does not say (or a run resumed after some were written) leaves the whole
        // unknown.
        m_windowTotalKnown = m_windowTotalKnown && unit.reportTotal >= 0;
        const bool part = m_spec.report.kind == ReportKind::TimeSeries && m_result.windowTotal >= 0;
        m_result.windowTotal =
            m_windowTotalKnown ? unit.reportTotal + (part ? m_result.windowTotal : 0) : qint64(-1);
    }
    if (m_spec.paging == PagingStyle::Relative)
        noteNextLink(unit, envelope);
    writeReadyPages();
    issueMore();
}

QString EndpointTask::countProblem(const Unit &unit, const QJsonObject &envelope) const
{
    // A page whose records do not add up was probably cut on the way (records taken out of the list leave
    // valid JSON): it is asked again. A server that keeps saying so is believed, and the count check at the
    // end reports what is missing.
    if (m_spec.isReport()) {
        // Where every record falls in one group or period the rows add up to the total; rows taken out on the
        // way leave valid JSON that only this shows.
        // Elsewhere CallRail may leave records without a value out: two answers that agree are believed.
        const bool everyRecord =
            ReportRows::groupsEveryRecord(m_spec, m_plan.segment(unit.request.segment).grouping);
        const bool confirmed = !everyRecord && unit.previousRowsSum == unit.reportRowsSum;
        if (!confirmed && unit.reportTotal >= 0 && unit.reportRowsSum >= 0 &&
            unit.reportRowsSum != unit.reportTotal)
            return tr("%1, %2: the report's rows add up to %3 where its total says %4.")
                .arg(m_spec.name, unit.label)
                .arg(unit.reportRowsSum)
                .arg(unit.reportTotal);
        return {};
    }
    const qsizetype rows = unit.encoded.rows.size();
    const qint64 due = m_plan.recordsDue(envelope, unit.request.urlPage);
    if (due >= 0 && rows != due)
        return tr("%1, %2: the page holds %3 records where its own totals say %4.")
            .arg(m_spec.name, unit.label)
            .arg(rows)
            .arg(due);
    // A relative page says no totals, but the count taken up front does: more may have arrived since, not
    // fewer.
    const qint64 least = m_plan.recordsAtLeast(unit.request.segment, unit.request.urlPage);
    if (due < 0 && rows < least)
        return tr("%1, %2: the page holds %3 records where the count says at least %4.")
            .arg(m_spec.name, unit.label)
            .arg(rows)
            .arg(least);
    return {};
}

void EndpointTask::takeCount(std::map<UnitKey, Unit>::iterator unit, const ApiResult &result)
{
    const int segment = unit->first.first;
    const QString label = unit->second.label;
    m_units.erase(unit);
    QString implausible;
    if (!result.ok()) {
        // Not a reason to stop: the pages can still be followed one by one.
        log(LogLevel::Warning,
            tr("%1 The pages are read one after another instead.").arg(result.error.message));
        m_plan.countFailed(segment);
    } else if (!m_plan.takeTotals(segment, 0, result.page->envelope(), &implausible)) {
        fail(EndpointOutcome::Failed, implausible);
        return;
    } else if (m_plan.segment(segment).totalRecords < 0) {
        log(LogLevel::Warning, tr("%1, %2: the answer does not say how many records there are. The pages are "
                                  "read one after another instead.")
                                   .arg(m_spec.name, label));
        m_plan.countFailed(segment);
    } else {
        m_plan.countTaken(segment);
    }
    emitProgress();
    writeReadyPages();
    issueMore();
}

void EndpointTask::logRepairs(const Unit &unit, const JsonRepairs &repairs)
{
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

void EndpointTask::noteNextLink(Unit &unit, const QJsonObject &envelope)
{
    unit.hasNext = envelope.value(QStringLiteral("has_next_page")).toBool();
    const QJsonValue next = envelope.value(QStringLiteral("next_page"));
    if (unit.hasNext && next.isString())
        unit.nextUrl = QUrl(next.toString());
    else
        unit.hasNext = false;
    switch (m_plan.noteNextLink(unit.request.segment, unit.request.page, unit.hasNext, unit.nextUrl)) {
    case PagePlan::Link::Loop:
        log(LogLevel::Warning,
            tr("%1: CallRail's next-page link repeats itself; stopping this list here.").arg(m_spec.name));
        unit.hasNext = false;
        break;
    case PagePlan::Link::TooDeep:
        unit.hasNext = false;
        break;
    case PagePlan::Link::Ignored:
    case PagePlan::Link::Followed:
    case PagePlan::Link::Held:
        break;
    }
}

int EndpointTask::estimatedRemainingRequests() const
{
    return m_finished ? 0 : m_plan.estimatedRemainingRequests(m_result.records, m_selection.limit);
}

bool EndpointTask::sizesKnown() const
{
    return m_finished || m_plan.sizesKnown();
}

void EndpointTask::emitProgress()
{
    EndpointProgress p;
    p.accountId = m_context.accountId;
    p.endpoint = m_spec.name;
    p.records = m_result.records;
    const qint64 reported = m_plan.reportedTotal();
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
    EndpointState state;
    state.endpoint = m_spec.name;
    state.account = m_context.accountId;
    state.plan = m_plan.saveState();
    state.rows = m_result.records;
    state.duplicates = m_result.duplicatesDropped;
    state.requests = m_result.requests;
    state.offset = m_file ? m_file->committedOffset() : -1;
    state.recentIds = m_duplicates.saveState();
    state.done = m_finished;
    state.outcome = outcomeName(m_result.outcome);
    if (m_finished) {
        state.reported = m_result.reported;
        state.limitReached = m_result.limitReached;
        state.message = m_result.message;
    }
    return state.toJson();
}

} // namespace callrail

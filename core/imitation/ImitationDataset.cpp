#include "ImitationDataset.h"

#include "api/EndpointCatalogue.h"
#include "imitation/ImitationAccount.h"
#include "imitation/ImitationValues.h"

#include <algorithm>
#include <limits>
#include <numeric>

// The index and paging arithmetic of the imitation data set: which records a query selects, in which
// order, and where a page of them starts. The records themselves are built by ImitationSmallEndpoints.cpp and
// ImitationStreams.cpp.

namespace callrail {

using namespace imitation;

namespace imitation {

int streamKind(const QString &endpoint)
{
    if (endpoint == QLatin1String("calls"))
        return Calls;
    if (endpoint == QLatin1String("form_submissions"))
        return Forms;
    if (endpoint == QLatin1String("text_messages"))
        return Texts;
    return -1;
}

} // namespace imitation

namespace {

const char *streamTag(int kind)
{
    switch (kind) {
    case Calls:
        return "call";
    case Forms:
        return "form";
    default:
        return "text";
    }
}

} // namespace

ImitationDataset::ImitationDataset(const DatasetConfig &config)
    : m_config(config)
{
    m_config.accounts = std::max(1, m_config.accounts);
    m_config.companies = std::max(1, m_config.companies);
    m_config.spanDays = std::clamp(m_config.spanDays, 1, 25 * 30);
    m_now = m_config.now.isValid() ? m_config.now.toUTC() : QDateTime::currentDateTimeUtc();
    if (!m_config.now.isValid()) {
        const QTime t = m_now.time();
        m_now.setTime(QTime(t.hour(), t.minute()));
    }
    for (int a = 0; a < m_config.accounts; ++a) {
        auto acct = std::make_shared<Account>();
        buildAccount(*acct, a, m_config, m_now.toMSecsSinceEpoch());
        addLeads(
            *acct, m_config, [this, &acct](int kind, qint64 index) { return streamTime(*acct, kind, index); },
            m_readings);
        m_accountIndex.insert(acct->id, a);
        m_accounts.append(acct);
    }
}

ImitationDataset::~ImitationDataset() = default;

bool ImitationDataset::isStreamEndpoint(const QString &endpoint)
{
    return streamKind(endpoint) >= 0;
}

const ImitationDataset::Account *ImitationDataset::account(const QString &accountId) const
{
    const auto it = m_accountIndex.constFind(accountId);
    return it == m_accountIndex.cend() ? nullptr : m_accounts.at(it.value()).get();
}

ImitationDataset::Account *ImitationDataset::account(const QString &accountId)
{
    const auto it = m_accountIndex.constFind(accountId);
    return it == m_accountIndex.cend() ? nullptr : m_accounts.at(it.value()).get();
}

QStringList ImitationDataset::accountIds() const
{
    QStringList ids;
    for (const auto &acct : m_accounts)
        ids.append(acct->id);
    return ids;
}

bool ImitationDataset::hasAccount(const QString &accountId) const
{
    return account(accountId) != nullptr;
}

QStringList ImitationDataset::companyIds(const QString &accountId) const
{
    QStringList ids;
    if (const Account *acct = account(accountId)) {
        for (const auto &co : acct->companies)
            ids.append(co.id);
    }
    return ids;
}

bool ImitationDataset::hasCompany(const QString &accountId, const QString &companyId) const
{
    const Account *acct = account(accountId);
    return acct && acct->companyIndex.contains(companyId);
}

qint64 ImitationDataset::streamSize(const Account &acct, int kind) const
{
    switch (kind) {
    case Calls:
        return m_config.calls + acct.insertedCalls.size();
    case Forms:
        return m_config.formSubmissions;
    default:
        return m_config.conversations;
    }
}

qint64 ImitationDataset::streamTime(const Account &acct, int kind, qint64 index) const
{
    const qint64 generated = kind == Calls ? m_config.calls : streamSize(acct, kind);
    if (index >= generated)
        return acct.insertedCalls.at(index - generated);
    // Evenly spread over the span, oldest first; the jitter stays below half a step so that the
    // time still grows strictly with the index (needed for binary search).
    const qint64 span = qint64(m_config.spanDays) * kDay;
    const qint64 nowMs = m_now.toMSecsSinceEpoch();
    const qint64 step = span / std::max<qint64>(1, generated);
    const qint64 base = nowMs - span + ((index + 1) * span) / generated;
    const qint64 jitter =
        step >= 2
            ? qint64(hashOf({acct.salt, tagHash(streamTag(kind)), quint64(index), 7}) % quint64(step / 2))
            : 0;
    return base - jitter;
}

qint64 ImitationDataset::lowerBound(const Account &acct, int kind, qint64 msecs) const
{
    qint64 lo = 0;
    qint64 hi = streamSize(acct, kind);
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (streamTime(acct, kind, mid) < msecs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool ImitationDataset::streamRange(const Account &acct, int kind, const Query &query, Range *range,
                                   QString *error) const
{
    Range r;
    r.first = 0;
    r.last = streamSize(acct, kind);
    if (!query.unbounded) {
        DateQuery::Window window;
        if (!query.dates.resolve(m_now, &window, error))
            return false;
        r.first = lowerBound(acct, kind, window.fromMsecs);
        r.last = lowerBound(acct, kind, window.toMsecs);
    }
    if (!query.companyId.isEmpty()) {
        const int c = acct.companyIndex.value(query.companyId, -1);
        if (c < 0) {
            r.last = r.first;
        } else {
            const int n = int(acct.companies.size());
            r.stride = n;
            // First index >= r.first with index % n == c.
            r.first += ((c - r.first % n) % n + n) % n;
        }
    }
    *range = r;
    return true;
}

QList<qint64> ImitationDataset::smallIndexes(const Account &acct, const QString &endpoint,
                                             const Query &query) const
{
    QList<qint64> result;
    const QList<int> order = acct.sorted.value(endpoint);
    const QList<QList<int>> owners = acct.recordCompanies.value(endpoint);
    const int c = query.companyId.isEmpty() ? -1 : acct.companyIndex.value(query.companyId, -2);
    for (int i : order) {
        if (c == -1 || owners.value(i).contains(c))
            result.append(i);
    }
    return result;
}

bool ImitationDataset::page(const QString &endpoint, const QString &accountId, const Query &query,
                            bool descending, qint64 offset, qint64 limit, QList<qint64> *indexes,
                            qint64 *total, QString *error) const
{
    indexes->clear();
    if (endpoint == QLatin1String("accounts")) {
        QList<int> order(m_accounts.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int l, int r) {
            return record(QStringLiteral("accounts"), {}, l).value(QStringLiteral("name")).toString() <
                   record(QStringLiteral("accounts"), {}, r).value(QStringLiteral("name")).toString();
        });
        if (descending)
            std::reverse(order.begin(), order.end());
        *total = order.size();
        for (qint64 p = offset; p < std::min<qint64>(order.size(), offset + limit); ++p)
            indexes->append(order.at(p));
        return true;
    }
    const Account *acct = account(accountId);
    if (!acct) {
        *total = 0;
        return true;
    }
    const int kind = streamKind(endpoint);
    if (kind >= 0) {
        Range range;
        if (!streamRange(*acct, kind, query, &range, error))
            return false;
        // Deleted calls leave the range: the positions of the others close up (a handful, in tests).
        QList<qint64> gone; // positions in the range, ascending
        if (kind == Calls) {
            for (const qint64 index : acct->removedCalls) {
                if (index >= range.first && index < range.last && (index - range.first) % range.stride == 0)
                    gone.append((index - range.first) / range.stride);
            }
        }
        const qint64 size = range.size() - gone.size();
        const auto kept = [&gone](qint64 position) { // the position-th call that is still there
            for (const qint64 g : gone) {
                if (g <= position)
                    ++position;
            }
            return position;
        };
        *total = size;
        for (qint64 p = offset; p < std::min(size, offset + limit); ++p) {
            const qint64 position = kept(descending ? size - 1 - p : p);
            indexes->append(range.at(position));
        }
        return true;
    }
    QList<qint64> all = smallIndexes(*acct, endpoint, query);
    if (descending)
        std::reverse(all.begin(), all.end());
    *total = all.size();
    for (qint64 p = offset; p < std::min<qint64>(all.size(), offset + limit); ++p)
        indexes->append(all.at(p));
    return true;
}

qint64 ImitationDataset::count(const QString &endpoint, const QString &accountId, const Query &query) const
{
    QList<qint64> none;
    qint64 total = 0;
    QString error;
    if (!page(endpoint, accountId, query, false, 0, 0, &none, &total, &error))
        return -1;
    return total;
}

QStringList ImitationDataset::ids(const QString &endpoint, const QString &accountId, const Query &query) const
{
    QList<qint64> indexes;
    qint64 total = 0;
    QString error;
    QStringList result;
    if (!page(endpoint, accountId, query, false, 0, std::numeric_limits<qint64>::max() / 2, &indexes, &total,
              &error))
        return result;
    result.reserve(indexes.size());
    for (qint64 i : indexes) {
        const QJsonValue id = record(endpoint, accountId, i).value(QStringLiteral("id"));
        result.append(id.isString() ? id.toString() : QString::number(id.toInteger()));
    }
    return result;
}

void ImitationDataset::insertCalls(const QString &accountId, int n)
{
    Account *acct = account(accountId);
    if (!acct)
        return;
    const qint64 nowMs = m_now.toMSecsSinceEpoch();
    for (int k = 0; k < n; ++k) {
        const qint64 size = streamSize(*acct, Calls);
        const qint64 last = size > 0 ? streamTime(*acct, Calls, size - 1) : nowMs - 1;
        acct->insertedCalls.append(std::max(nowMs, last + 1));
    }
}

qint64 ImitationDataset::insertedCallCount(const QString &accountId) const
{
    const Account *acct = account(accountId);
    return acct ? acct->insertedCalls.size() : 0;
}

void ImitationDataset::editCall(const QString &accountId, qint64 index, const QJsonObject &changes)
{
    if (Account *acct = account(accountId)) {
        QJsonObject &edited = acct->editedCalls[index];
        for (auto it = changes.begin(); it != changes.end(); ++it)
            edited.insert(it.key(), it.value());
    }
}

void ImitationDataset::removeCall(const QString &accountId, qint64 index)
{
    Account *acct = account(accountId);
    if (!acct || acct->removedCalls.contains(index))
        return;
    acct->removedCalls.insert(std::lower_bound(acct->removedCalls.begin(), acct->removedCalls.end(), index),
                              index);
}

QJsonObject ImitationDataset::record(const QString &endpoint, const QString &accountId, qint64 index,
                                     const QStringList &fields) const
{
    if (index < 0)
        return {};
    const EndpointSpec *spec = EndpointCatalogue::find(endpoint);
    if (!spec)
        return {};
    if (endpoint == QLatin1String("accounts"))
        return index < m_accounts.size() ? accountRecord(*m_accounts.at(index), fields) : QJsonObject();
    const Account *acct = account(accountId);
    if (!acct)
        return {};
    if (const int kind = streamKind(endpoint); kind >= 0) {
        if (index >= streamSize(*acct, kind))
            return {};
        const qint64 time = streamTime(*acct, kind, index);
        switch (kind) {
        case Calls: {
            QJsonObject call = callRecord(*acct, index, time, fields, m_readings);
            const QJsonObject edited = acct->editedCalls.value(index);
            for (auto it = edited.begin(); it != edited.end(); ++it) {
                if (call.contains(it.key())) // only the fields the record is asked with
                    call.insert(it.key(), it.value());
            }
            return call;
        }
        case Forms:
            return formRecord(*acct, index, time, fields, m_readings);
        default:
            return conversationRecord(*acct, index, time, fields);
        }
    }
    const QList<QJsonObject> recs = acct->records.value(endpoint);
    if (index >= recs.size())
        return {};
    QJsonObject o = recs.at(index);
    for (const QString &optional : spec->optionalFieldNames()) {
        if (!fields.contains(optional))
            o.remove(optional);
    }
    return shapedSmallRecord(endpoint, o, m_readings);
}

} // namespace callrail

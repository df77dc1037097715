#include "RequestBudget.h"

#include "config/AppFolders.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace callrail {

namespace {
constexpr int kFormatVersion = 1;
}

RequestBudget::RequestBudget(const BudgetLimits &limits, const QString &storagePath)
    : m_limits(limits)
    , m_storagePath(storagePath)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void RequestBudget::prune(Bucket &bucket, qint64 now) const
{
    const qint64 oldest = now - m_limits.dayMs();
    while (!bucket.sent.empty() && bucket.sent.front() <= oldest)
        bucket.sent.pop_front();
}

int RequestBudget::countSince(const Bucket &bucket, qint64 since) const
{
    // Times are sorted: find the first one inside the window.
    const auto first = std::upper_bound(bucket.sent.begin(), bucket.sent.end(), since);
    return int(std::distance(first, bucket.sent.end()));
}

qint64 RequestBudget::delayBeforeNext(const QString &bucketName) const
{
    const qint64 t = now();
    Bucket &bucket = m_buckets[bucketName];
    prune(bucket, t);
    qint64 ready = std::max<qint64>(t, bucket.pausedUntil);

    // In a rolling window the next request may go when the oldest request that keeps the window full
    // drops out of it.
    const auto readyFor = [&](int limit, qint64 windowMs) {
        const int used = countSince(bucket, t - windowMs);
        if (used < limit)
            return t;
        const auto firstInWindow = bucket.sent.end() - used;
        return *(firstInWindow + (used - limit)) + windowMs;
    };
    if (m_limits.hourly > 0)
        ready = std::max(ready, readyFor(m_limits.hourly, m_limits.windowMs));
    if (m_limits.daily > 0)
        ready = std::max(ready, readyFor(m_limits.daily, m_limits.dayMs()));
    return std::max<qint64>(0, ready - t);
}

qint64 RequestBudget::recordRequest(const QString &bucketName)
{
    const qint64 t = now();
    Bucket &bucket = m_buckets[bucketName];
    prune(bucket, t);
    // Keep the list sorted even if the clock stepped back.
    const qint64 at = bucket.sent.empty() ? t : std::max(t, bucket.sent.back());
    bucket.sent.push_back(at);
    return at;
}

void RequestBudget::settleRequest(const QString &bucketName, qint64 sentAt)
{
    Bucket &bucket = m_buckets[bucketName];
    const auto it = std::lower_bound(bucket.sent.begin(), bucket.sent.end(), sentAt);
    if (it == bucket.sent.end() || *it != sentAt)
        return;
    bucket.sent.erase(it);
    const qint64 t = std::max(now(), sentAt);
    bucket.sent.insert(std::upper_bound(bucket.sent.begin(), bucket.sent.end(), t), t);
}

void RequestBudget::chargeAlso(const QString &from, const QString &to)
{
    if (from == to)
        return;
    const Bucket source = m_buckets.value(from);
    Bucket &target = m_buckets[to];
    std::deque<qint64> merged;
    std::merge(source.sent.begin(), source.sent.end(), target.sent.begin(), target.sent.end(),
               std::back_inserter(merged));
    target.sent = std::move(merged);
    prune(target, now());
}

void RequestBudget::pauseUntil(const QString &bucketName, qint64 untilMs)
{
    Bucket &bucket = m_buckets[bucketName];
    bucket.pausedUntil = std::max(bucket.pausedUntil, untilMs);
}

int RequestBudget::usedInWindow(const QString &bucketName) const
{
    const Bucket &bucket = m_buckets[bucketName];
    return countSince(bucket, now() - m_limits.windowMs);
}

int RequestBudget::usedInDay(const QString &bucketName) const
{
    const Bucket &bucket = m_buckets[bucketName];
    return countSince(bucket, now() - m_limits.dayMs());
}

int RequestBudget::remainingInWindow(const QString &bucketName) const
{
    return std::max(0, m_limits.hourly - usedInWindow(bucketName));
}

int RequestBudget::remainingInDay(const QString &bucketName) const
{
    return std::max(0, m_limits.daily - usedInDay(bucketName));
}

qint64 RequestBudget::earliestCompletion(const QString &bucketName, int requests) const
{
    // Simulate on a copy: cheap (at most `daily` entries) and exactly what the dispatcher will do.
    RequestBudget copy(m_limits);
    const qint64 start = now();
    qint64 simulated = start;
    copy.setClock([&simulated] { return simulated; });
    copy.m_buckets.insert(bucketName, m_buckets.value(bucketName));
    for (int i = 0; i < requests; ++i) {
        simulated += copy.delayBeforeNext(bucketName);
        copy.recordRequest(bucketName);
    }
    return simulated;
}

QString RequestBudget::defaultStoragePath()
{
    return QDir(appDataFolder()).filePath(QStringLiteral("request-budget.json"));
}

QString RequestBudget::bucketName(const QUrl &baseUrl, const QString &accountId)
{
    const QString server = baseUrl.port() >= 0
                               ? baseUrl.host() + QLatin1Char(':') + QString::number(baseUrl.port())
                               : baseUrl.host();
    return server + QLatin1Char('/') + (accountId.isEmpty() ? QStringLiteral("key") : accountId);
}

bool RequestBudget::load(QString *errorMessage)
{
    if (m_storagePath.isEmpty())
        return true;
    QFile file(m_storagePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject() || doc.object().value(QStringLiteral("version")).toInt() != kFormatVersion) {
        // A damaged budget file must not stop extraction: start counting afresh.
        if (errorMessage)
            *errorMessage = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                         : QStringLiteral("unknown format");
        return false;
    }
    const qint64 t = now();
    const QJsonObject buckets = doc.object().value(QStringLiteral("buckets")).toObject();
    for (auto it = buckets.begin(); it != buckets.end(); ++it) {
        Bucket bucket;
        const QJsonObject stored = it.value().toObject();
        for (const QJsonValue &v : stored.value(QStringLiteral("sent")).toArray())
            bucket.sent.push_back(qint64(v.toDouble()));
        std::sort(bucket.sent.begin(), bucket.sent.end());
        bucket.pausedUntil = qint64(stored.value(QStringLiteral("pausedUntil")).toDouble());
        prune(bucket, t);
        if (!bucket.sent.empty() || bucket.pausedUntil > t)
            m_buckets.insert(it.key(), bucket);
    }
    return true;
}

bool RequestBudget::save(QString *errorMessage) const
{
    if (m_storagePath.isEmpty())
        return true;
    const qint64 t = now();
    QJsonObject buckets;
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        prune(it.value(), t);
        if (it.value().sent.empty() && it.value().pausedUntil <= t)
            continue;
        QJsonArray sent;
        for (qint64 time : it.value().sent)
            sent.append(double(time));
        buckets.insert(it.key(),
                       QJsonObject{{QStringLiteral("sent"), sent},
                                   {QStringLiteral("pausedUntil"), double(it.value().pausedUntil)}});
    }
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("windowMs"), double(m_limits.windowMs)},
                           {QStringLiteral("buckets"), buckets}};
    QDir().mkpath(QFileInfo(m_storagePath).absolutePath());
    QSaveFile file(m_storagePath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    return true;
}

} // namespace callrail

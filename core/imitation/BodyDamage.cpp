#include "BodyDamage.h"

#include <QList>

namespace callrail {

namespace {

const QByteArray kJson = "application/json; charset=utf-8";
/// What a flaky proxy splices in: a raw NUL (which JSON forbids inside a string) and structure characters.
const QByteArray kGarbage = QByteArray("\0}{,]", 5);

/// One string of the body: where its text starts (after the quote) and ends (at the closing quote).
struct StringSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool isKey = false;
};

/// Where the records list's '[' is, or -1.
qsizetype listStart(const QByteArray &body, const QString &recordsKey)
{
    const QByteArray marker = '"' + recordsKey.toUtf8() + "\":[";
    const qsizetype at = body.indexOf(marker);
    return at < 0 ? -1 : at + marker.size() - 1;
}

/// The strings after `from`, found with escapes taken into account.
QList<StringSpan> stringsAfter(const QByteArray &body, qsizetype from)
{
    QList<StringSpan> spans;
    for (qsizetype i = from; i < body.size(); ++i) {
        if (body.at(i) != '"')
            continue;
        StringSpan span;
        span.begin = i + 1;
        qsizetype j = span.begin;
        while (j < body.size() && body.at(j) != '"')
            j += body.at(j) == '\\' ? 2 : 1;
        span.end = std::min(j, body.size());
        span.isKey = span.end + 1 < body.size() && body.at(span.end + 1) == ':';
        spans.append(span);
        i = span.end;
    }
    return spans;
}

/// The records of the list starting at `open` ('['), as [begin, end) byte ranges, and the list's ']'.
QList<std::pair<qsizetype, qsizetype>> recordSpans(const QByteArray &body, qsizetype open, qsizetype *close)
{
    QList<std::pair<qsizetype, qsizetype>> records;
    int depth = 0;
    bool inString = false;
    qsizetype begin = -1;
    for (qsizetype i = open; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth == 2)
                begin = i;
        } else if (c == ']' || c == '}') {
            if (--depth == 1 && begin >= 0) {
                records.append({begin, i + 1});
                begin = -1;
            } else if (depth == 0) {
                *close = i;
                return records;
            }
        }
    }
    *close = -1;
    return records;
}

QByteArray spliceIntoString(const QByteArray &body, const QList<StringSpan> &spans, bool keys, quint64 where)
{
    QList<StringSpan> chosen;
    for (const StringSpan &span : spans) {
        if (span.isKey == keys && span.end > span.begin)
            chosen.append(span);
    }
    if (chosen.isEmpty())
        return {};
    const StringSpan &span = chosen.at(qsizetype(where % quint64(chosen.size())));
    qsizetype at = span.begin + qsizetype((where >> 20) % quint64(span.end - span.begin + 1));
    if (at > span.begin && body.at(at - 1) == '\\')
        --at; // never between a backslash and what it escapes
    return QByteArray(body).insert(at, kGarbage);
}

QByteArray cutRecords(const QByteArray &body, qsizetype open, quint64 where)
{
    qsizetype close = -1;
    const auto records = recordSpans(body, open, &close);
    if (records.isEmpty() || close < 0)
        return {};
    const qsizetype n = records.size();
    const qsizetype first = qsizetype(where % quint64(n));
    const qsizetype count = 1 + qsizetype((where >> 20) % quint64(std::min<qsizetype>(3, n - first)));
    const qsizetype last = first + count - 1;
    // Take the records out with one of the commas around them, so that the list stays valid JSON.
    qsizetype from = records.at(first).first;
    qsizetype to = records.at(last).second;
    if (last + 1 < n)
        to = records.at(last + 1).first;
    else if (first > 0)
        from = records.at(first - 1).second;
    return QByteArray(body).remove(from, to - from);
}

QByteArray listNotAList(const QByteArray &body, qsizetype open)
{
    qsizetype close = -1;
    recordSpans(body, open, &close);
    if (close < 0)
        return {};
    return QByteArray(body).insert(close + 1, '}').insert(open, "{\"items\":");
}

QByteArray countAsText(const QByteArray &body)
{
    for (const char *key : {"\"total_records\":", "\"per_page\":", "\"has_next_page\":"}) {
        const qsizetype at = body.indexOf(key);
        if (at < 0)
            continue;
        const qsizetype begin = at + qsizetype(qstrlen(key));
        qsizetype end = begin;
        while (end < body.size() && body.at(end) != ',' && body.at(end) != '}')
            ++end;
        return QByteArray(body).insert(end, '"').insert(begin, '"');
    }
    return {};
}

} // namespace

DamagedBody damageBody(const QByteArray &body, ServerFaults::Damage damage, const QString &recordsKey,
                       quint64 where)
{
    using Damage = ServerFaults::Damage;
    const qsizetype open = listStart(body, recordsKey);
    QByteArray damaged;
    switch (damage) {
    case Damage::Truncated:
        break;
    case Damage::HtmlPage:
        return {QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad "
                                  "Gateway</h1></body></html>\n"),
                QByteArrayLiteral("text/html")};
    case Damage::GarbageInValue:
    case Damage::GarbageInKey:
        if (open >= 0)
            damaged = spliceIntoString(body, stringsAfter(body, open), damage == Damage::GarbageInKey, where);
        break;
    case Damage::RecordsCut:
        if (open >= 0)
            damaged = cutRecords(body, open, where);
        break;
    case Damage::NotAnObject:
        damaged = '[' + body + ']';
        break;
    case Damage::NoRecordsList:
        if (open >= 0)
            damaged = QByteArray(body).insert(open - 2, "_gone");
        break;
    case Damage::RecordsNotAList:
        if (open >= 0)
            damaged = listNotAList(body, open);
        break;
    case Damage::TotalNotANumber:
        damaged = countAsText(body);
        break;
    }
    if (damaged.isEmpty())
        damaged = body.left(std::max<qsizetype>(1, body.size() / 2));
    return {damaged, kJson};
}

} // namespace callrail

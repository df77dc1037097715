#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <initializer_list>

/// Value generators for the imitation CallRail server: ids, names, phones, timestamps and the
/// awkward text that export tests rely on. Every value is a pure function of its inputs, so a
/// record can be rebuilt from (account, index) at any time instead of being stored.
namespace callrail::imitation {

/// Mixes several numbers into one well-spread 64-bit hash (splitmix64 finaliser).
quint64 hashOf(std::initializer_list<quint64> parts);
/// A stable 64-bit hash of a short tag such as "call", for use inside hashOf().
quint64 tagHash(const char *tag);

/// A small deterministic generator seeded from a hash, for drawing several values per record.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next();
    /// Uniform in [0, n); 0 when n <= 0.
    int below(int n);
    /// True with the given probability in percent.
    bool percent(int p) { return below(100) < p; }

private:
    quint64 m_state;
};

/// "CAL" + 32 lower-case hex digits, as CallRail's masked ids.
QString maskedId(const char *prefix, quint64 hash);
/// A unique short alphanumeric id (conversations, e.g. "Kq7Rt") for index < 62^5.
QString shortId(quint64 salt, qint64 index);
/// "+1" + area code + 555 + four digits.
QString phoneNumber(int areaCode, int line);
/// "404-555-0142" from an E.164 North American number (as CallRail's formatted_* fields).
QString formattedPhone(const QString &e164);

/// A US place with its area code and time zone.
struct Place
{
    const char *city;
    const char *state;
    int areaCode;
    const char *timeZone;
};
const Place &place(int index);
int placeCount();

QString firstName(int index);
QString lastName(int index);
/// Awkward person names: commas, quotes, newlines, non-ASCII, emoji and formula-like prefixes.
QString awkwardName(int index);
/// Awkward free text for notes and form messages (same ingredients as awkwardName()).
QString awkwardText(int index);
int awkwardCount();

/// Timestamp styles of the API: "2026-03-01T18:05:12.000Z", "2011-07-05T19:06:10Z",
/// "2017-01-24T11:27:48.119-05:00" (the latter in the given zone).
QString utcMillis(qint64 msecs);
QString utcSeconds(qint64 msecs);
QString withOffset(qint64 msecs, const QTimeZone &zone);

/// A call/form `milestones` object (first_touch, lead_created, qualified, last_touch).
QJsonObject milestones(Rng &rng, qint64 eventMsecs, const QTimeZone &zone);

/// Picks one of the C strings.
QString pick(Rng &rng, std::initializer_list<const char *> values);

} // namespace callrail::imitation

#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <optional>

namespace callrail {

/// Faults queued for the imitation server. Each one applies to the next `count` requests for an
/// endpoint (catalogue name, or "" for any endpoint) and is used up request by request. Random faults, when
/// set, strike the requests that no queued fault claims.
class ServerFaults
{
public:
    enum class Kind
    {
        None,
        Status,        ///< reply with an HTTP error status and a JSON error body
        MalformedJson, ///< 200 with a damaged body (see Damage)
        Drop,          ///< close the connection without replying
        Delay          ///< reply normally, but only after `delayMs`
    };

    /// How a 200's body is damaged: the ways a misbehaving proxy, a flaky connection or a broken server
    /// damage an answer. The first four leave text that is not JSON; the others leave valid JSON that is
    /// not the page it should be.
    enum class Damage
    {
        Truncated,       ///< cut in half
        HtmlPage,        ///< replaced by an HTML error page
        GarbageInValue,  ///< a raw NUL and "}{,]" spliced into a string value of a record
        GarbageInKey,    ///< the same, spliced into a key of a record
        RecordsCut,      ///< some records taken out of the list: still valid JSON
        NotAnObject,     ///< the answer wrapped in a JSON array
        NoRecordsList,   ///< the records key renamed
        RecordsNotAList, ///< the records list wrapped in an object
        TotalNotANumber  ///< total_records (else per_page, else has_next_page) sent as a string
    };
    static constexpr int kDamageKinds = int(Damage::TotalNotANumber) + 1;

    struct Fault
    {
        Kind kind = Kind::None;
        QString endpoint;
        int status = 0;
        int delayMs = 0;
        int remaining = 0;
        Damage damage = Damage::Truncated;
        quint64 where = 0; ///< picks the spot a damage strikes
    };

    /// Shares of requests (in percent) that fail at random, from a seed, so that a run is repeatable.
    struct Random
    {
        quint64 seed = 1;
        int malformedPercent = 0; ///< a damaged body, of any Damage kind
        int serverErrorPercent = 0;
        int dropPercent = 0;
    };

    void add(const Fault &fault);
    /// Takes one use of the first queued fault matching `endpoint`, else a random one (Kind::None when
    /// neither strikes).
    Fault take(const QString &endpoint);
    void setRandom(const Random &random);
    void setForbidden(const QString &endpoint, bool forbidden);
    bool isForbidden(const QString &endpoint) const;
    void clear();

private:
    Fault takeRandom();

    QList<Fault> m_faults;
    QSet<QString> m_forbidden;
    std::optional<Random> m_random;
    QRandomGenerator m_generator;
};

} // namespace callrail

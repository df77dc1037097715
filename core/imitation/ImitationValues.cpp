#include "ImitationValues.h"

#include <QDateTime>

#include <array>
#include <string_view>

namespace callrail::imitation {

namespace {

quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

constexpr std::array<Place, 16> kPlaces{{
    {"Atlanta", "GA", 404, "America/New_York"},
    {"Marietta", "GA", 678, "America/New_York"},
    {"Chicago", "IL", 312, "America/Chicago"},
    {"Austin", "TX", 512, "America/Chicago"},
    {"Denver", "CO", 303, "America/Denver"},
    {"Phoenix", "AZ", 602, "America/Phoenix"},
    {"Seattle", "WA", 206, "America/Los_Angeles"},
    {"San Diego", "CA", 619, "America/Los_Angeles"},
    {"Boston", "MA", 617, "America/New_York"},
    {"Miami", "FL", 305, "America/New_York"},
    {"Nashville", "TN", 615, "America/Chicago"},
    {"Portland", "OR", 503, "America/Los_Angeles"},
    {"Salt Lake City", "UT", 801, "America/Denver"},
    {"Columbus", "OH", 614, "America/New_York"},
    {"Minneapolis", "MN", 612, "America/Chicago"},
    {"Raleigh", "NC", 919, "America/New_York"},
}};

constexpr std::array<const char *, 20> kFirst{"Dana", "Lee",   "Kim",  "Jordan", "Maria", "James", "Priya",
                                              "Omar", "Sofia", "Chen", "Grace",  "Luis",  "Aisha", "Tom",
                                              "Nina", "Ravi",  "Ella", "Marcus", "Hana",  "Owen"};
constexpr std::array<const char *, 20> kLast{
    "Pruitt", "Ortiz",    "Ng",    "Smith",  "Garcia", "Johnson", "Patel",  "Haddad", "Rossi", "Wang",
    "Kelly",  "Martinez", "Bello", "Nguyen", "Berg",   "Kumar",   "Fisher", "Brown",  "Sato",  "Walsh"};

// Each one breaks a naive CSV writer or spreadsheet in its own way.
const char *const kAwkwardNames[] = {
    "O'Connor, Siobhan",
    "\"Big\" Tony Russo",
    "Zoë Müller-Lüdenscheid",
    "王小明 (中文)",
    "Ana 😀 Souza",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+Plus Caller",
    "-Minus Caller",
    "@Mention Caller",
    "Line One\nLine Two",
    "Renée \"Ré\" Dupont, Jr.",
};

using namespace std::string_view_literals;

// UTF-16, so that a NUL and a leading U+FEFF (which QString::fromUtf8() would drop) are data like the rest.
constexpr std::u16string_view kAwkwardTexts[] = {
    u"Called about pricing, wants a quote; follow up \"Tuesday\"",
    u"Multi-line note:\nline 2, with comma\nline 3",
    u"Caller spoke French: très bien, à bientôt",
    u"客户要求回电 (customer asked for a callback) 📞",
    u"=1+1",
    u"+SUM(A1:A9)",
    u"-2+3",
    u"@cmd|' /C calc'!A0",
    u"Plain note without surprises",
    u"Tab\tseparated\tvalues and a backslash \\ here",
    u"Emoji 🎉🚀 and umlauts äöü",
    u"\uFEFFPasted from a spreadsheet (starts with U+FEFF)",
    u"Line\u2028separator and paragraph\u2029separator",
    u"NUL\0inside"sv,
    u"Combining: Rene\u0301e, n\u0303, a\u0308 and 👩\u200D💻",
};

} // namespace

quint64 hashOf(std::initializer_list<quint64> parts)
{
    quint64 h = 0x243F6A8885A308D3ULL;
    for (quint64 p : parts)
        h = splitmix(h ^ splitmix(p));
    return h;
}

quint64 tagHash(const char *tag)
{
    // FNV-1a: stable across platforms and runs, unlike qHash's per-process seed.
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char *c = tag; *c; ++c) {
        h ^= quint64(uchar(*c));
        h *= 0x100000001b3ULL;
    }
    return h;
}

quint64 Rng::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    return splitmix(m_state);
}

int Rng::below(int n)
{
    if (n <= 0)
        return 0;
    return int(next() % quint64(n));
}

QString maskedId(const char *prefix, quint64 hash)
{
    const quint64 second = splitmix(hash);
    return QString::fromLatin1(prefix) +
           QStringLiteral("%1%2").arg(hash, 16, 16, QLatin1Char('0')).arg(second, 16, 16, QLatin1Char('0'));
}

QString shortId(quint64 salt, qint64 index)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    constexpr quint64 modulus = 62ULL * 62 * 62 * 62 * 62;
    // x -> (x * m + c) mod 62^5 is a bijection when m shares no factor with 62 (2 and 31),
    // so different indexes never collide.
    constexpr quint64 multiplier = 387420489ULL; // 3^18
    const quint64 value = (quint64(index) * multiplier + salt % modulus) % modulus;
    QString id(5, QLatin1Char('0'));
    quint64 v = value;
    for (int i = 4; i >= 0; --i) {
        id[i] = QLatin1Char(alphabet[v % 62]);
        v /= 62;
    }
    return id;
}

QString phoneNumber(int areaCode, int line)
{
    // Built by concatenation: "%1555%2" would be read as placeholder %15.
    return QStringLiteral("+1") + QString::number(areaCode) + QStringLiteral("555") +
           QStringLiteral("%1").arg(line % 10000, 4, 10, QLatin1Char('0'));
}

QString formattedPhone(const QString &e164)
{
    if (e164.size() != 12 || !e164.startsWith(QLatin1String("+1")))
        return e164;
    return e164.mid(2, 3) + QLatin1Char('-') + e164.mid(5, 3) + QLatin1Char('-') + e164.mid(8, 4);
}

const Place &place(int index)
{
    return kPlaces[size_t(index) % kPlaces.size()];
}

int placeCount()
{
    return int(kPlaces.size());
}

QString firstName(int index)
{
    return QString::fromLatin1(kFirst[size_t(index) % kFirst.size()]);
}

QString lastName(int index)
{
    return QString::fromLatin1(kLast[size_t(index) % kLast.size()]);
}

int awkwardCount()
{
    return int(std::size(kAwkwardNames));
}

QString awkwardName(int index)
{
    return QString::fromUtf8(kAwkwardNames[size_t(index) % std::size(kAwkwardNames)]);
}

QString awkwardText(int index)
{
    const std::u16string_view text = kAwkwardTexts[size_t(index) % std::size(kAwkwardTexts)];
    return QString(reinterpret_cast<const QChar *>(text.data()), qsizetype(text.size()));
}

namespace {
QString zulu(QString text)
{
    // A QTimeZone-based UTC time prints "+00:00"; CallRail writes "Z" for these fields.
    if (text.endsWith(QLatin1String("+00:00")))
        text.replace(text.size() - 6, 6, QStringLiteral("Z"));
    return text;
}
} // namespace

QString utcMillis(qint64 msecs)
{
    return zulu(QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()).toString(Qt::ISODateWithMs));
}

QString utcSeconds(qint64 msecs)
{
    return zulu(QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()).toString(Qt::ISODate));
}

QString withOffset(qint64 msecs, const QTimeZone &zone)
{
    QString text = QDateTime::fromMSecsSinceEpoch(msecs, zone).toString(Qt::ISODateWithMs);
    // Qt writes "Z" for a zero offset; CallRail always writes the numeric offset here.
    if (text.endsWith(QLatin1Char('Z')))
        text.replace(text.size() - 1, 1, QStringLiteral("+00:00"));
    return text;
}

QString pick(Rng &rng, std::initializer_list<const char *> values)
{
    const int i = rng.below(int(values.size()));
    return QString::fromUtf8(*(values.begin() + i));
}

QJsonObject milestones(Rng &rng, qint64 eventMsecs, const QTimeZone &zone)
{
    auto milestone = [&](qint64 at, bool present) -> QJsonValue {
        QJsonObject m;
        const bool paid = rng.percent(50);
        m.insert(QStringLiteral("event_date"), present ? QJsonValue(withOffset(at, zone)) : QJsonValue());
        m.insert(QStringLiteral("ad_position"), paid ? QJsonValue(QStringLiteral("1t1")) : QJsonValue());
        m.insert(QStringLiteral("campaign"),
                 paid ? QJsonValue(QStringLiteral("spring_promo")) : QJsonValue());
        m.insert(QStringLiteral("device"), pick(rng, {"desktop", "mobile", "tablet"}));
        m.insert(QStringLiteral("keywords"),
                 paid ? QJsonValue(QStringLiteral("dentist near me")) : QJsonValue());
        m.insert(QStringLiteral("landing"), QStringLiteral("https://www.example.com/landing"));
        m.insert(QStringLiteral("landing_page_url_params"),
                 paid ? QJsonObject{{QStringLiteral("gclid"), QStringLiteral("abc123")}} : QJsonObject{});
        m.insert(QStringLiteral("match_type"), paid ? QJsonValue(QStringLiteral("e")) : QJsonValue());
        m.insert(QStringLiteral("medium"), paid ? QStringLiteral("CPC") : QStringLiteral("organic"));
        m.insert(QStringLiteral("referrer"),
                 paid ? QStringLiteral("google_paid") : QStringLiteral("google_organic"));
        m.insert(QStringLiteral("referrer_url_params"), QJsonObject{});
        m.insert(QStringLiteral("session_browser"), pick(rng, {"Chrome", "Safari", "Firefox", "Edge"}));
        m.insert(QStringLiteral("url_utm_params"),
                 paid ? QJsonObject{{QStringLiteral("utm_source"), QStringLiteral("google")},
                                    {QStringLiteral("utm_medium"), QStringLiteral("cpc")}}
                      : QJsonObject{});
        m.insert(QStringLiteral("source"),
                 paid ? QStringLiteral("Google Ads") : QStringLiteral("Google Organic"));
        return m;
    };
    constexpr qint64 day = 86400000;
    QJsonObject result;
    result.insert(QStringLiteral("first_touch"), milestone(eventMsecs - 3 * day, true));
    result.insert(QStringLiteral("lead_created"), milestone(eventMsecs, true));
    const bool qualified = rng.percent(40);
    result.insert(QStringLiteral("qualified"), qualified ? milestone(eventMsecs, true) : QJsonValue());
    result.insert(QStringLiteral("last_touch"), milestone(eventMsecs - day / 24, true));
    return result;
}

} // namespace callrail::imitation

// A page is read strictly: what is not JSON (RFC 8259) fails the attempt, and only the two things that are
// valid JSON but refused by simdjson (a lone surrogate escape, an integer beyond 64 bits) are rewritten,
// counted so that the log can say so. A page that parses but is not the list page it should be (records
// taken out of the list, an envelope of the wrong types) is caught by ListPageCheck.

#include "api/JsonPage.h"
#include "api/ListPageCheck.h"

#include <QTest>

#include <simdjson.h>

using namespace callrail;

namespace {

/// A literal with its NUL bytes (QByteArray(const char *) would stop at the first).
template <qsizetype N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

std::shared_ptr<const JsonPage> parsed(const QByteArray &body, QString *error = nullptr)
{
    QString ignored;
    return JsonPage::parse(JsonPage::padded(body), error ? error : &ignored);
}

QString problemOf(const QByteArray &body, int perPage = 3)
{
    QString error;
    const auto page = parsed(body, &error);
    if (!page)
        return QStringLiteral("parse: ") + error;
    return ListPageCheck::problem(*page, {QStringLiteral("calls"), perPage});
}

/// Answers to a calls request with per_page=3, and what ListPageCheck says of each (empty: sound). A table
/// outside the test class, because moc loses its way in raw strings like these inside a class.
struct EnvelopeCase
{
    const char *name;
    const char *body;
    const char *reason;
};
const EnvelopeCase kEnvelopeCases[] = {
    {"offset page", R"({"calls":[{"id":"A"},{"id":"B"},{"id":"C"}],"page":1,"per_page":3,"total_records":5})",
     ""},
    {"relative page",
     R"({"calls":[{"id":"A"},{"id":"B"},{"id":"C"}],"has_next_page":true,"next_page":"https://x/y?offset=1"})",
     ""},
    {"last relative page", R"({"calls":[{"id":"A"}],"has_next_page":false,"next_page":null})", ""},
    {"totals reported as null", R"({"calls":[],"total_records":null})", ""},
    {"no records list", R"({"page":1,"per_page":3})", "no \"calls\""},
    {"records not a list", R"({"calls":{"items":[]},"page":1})", "not a list"},
    {"an entry that is not a record", R"({"calls":[{"id":"A"},"B"]})", "entry 2"},
    {"total_records a string", R"({"calls":[{"id":"A"}],"total_records":"5"})", "\"total_records\""},
    {"total_pages a fraction", R"({"calls":[{"id":"A"}],"total_pages":1.5})", "\"total_pages\""},
    {"page negative", R"({"calls":[{"id":"A"}],"page":-1})", "\"page\""},
    {"has_next_page a string", R"({"calls":[{"id":"A"}],"has_next_page":"yes"})", "has_next_page"},
    {"next_page a number",
     R"({"calls":[{"id":"A"},{"id":"B"},{"id":"C"}],"has_next_page":true,"next_page":4})", "next_page"},
    {"next page without a link",
     R"({"calls":[{"id":"A"},{"id":"B"},{"id":"C"}],"has_next_page":true,"next_page":null})", "no link"},
    {"more records than a page", R"({"calls":[{"id":"A"},{"id":"B"},{"id":"C"},{"id":"D"}]})", "more than"},
    // Records taken out of the list leave valid JSON; a page that says another follows must be full.
    {"records cut from a page that is not the last",
     R"({"calls":[{"id":"A"},{"id":"C"}],"has_next_page":true,"next_page":"https://x/y"})",
     "2 records where 3"},
    {"page size from the envelope",
     R"({"calls":[{"id":"A"},{"id":"B"}],"per_page":2,"has_next_page":true,"next_page":"https://x/y"})", ""},
};

} // namespace

class TestJsonPage : public QObject
{
    Q_OBJECT

private slots:
    void textThatIsNotJsonFailsThePage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("raw NUL and garbage in a value")
            << bytes("{\"users\":[{\"first_name\":\"Carlos\0}{,]\"}]}") << QStringLiteral("control");
        QTest::newRow("garbage in a key")
            << bytes("{\"calls\":[{\"dura\0}{,]tion\":12}]}") << QStringLiteral("control");
        QTest::newRow("raw tab in a value") << QByteArray("{\"a\":\"x\ty\"}") << QStringLiteral("control");
        QTest::newRow("garbage between members")
            << QByteArray("{\"calls\":[{\"id\":\"A\"}]}{,]") << QStringLiteral("broken");
        QTest::newRow("cut short") << QByteArray("{\"calls\":[{\"id\":\"A\"},{\"id\"")
                                   << QStringLiteral("broken");
        QTest::newRow("an HTML error page")
            << QByteArray("<html><h1>502 Bad Gateway</h1></html>") << QStringLiteral("broken");
        QTest::newRow("not UTF-8") << QByteArray("{\"a\":\"\xff\"}") << QStringLiteral("UTF-8");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("a JSON array")
            << QByteArray("[{\"calls\":[]}]") << QStringLiteral("not a JSON object");
        QTest::newRow("a lone surrogate beside a raw control character")
            << QByteArray("{\"a\":\"\\ud800\",\"b\":\"x\x01\"}") << QStringLiteral("control");
        QTest::newRow("a bad escape") << QByteArray("{\"a\":\"\\x41\"}") << QStringLiteral("escape");
    }

    void textThatIsNotJsonFailsThePage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!parsed(body, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void loneSurrogateEscapeIsKeptAndCounted()
    {
        // Valid JSON that simdjson refuses: half of a UTF-16 pair. The page stays; the half becomes U+FFFD, a
        // whole pair and an escaped backslash before "ud800" are untouched.
        const auto page = parsed(R"({"calls":[{"id":"A","note":"x\ud800y \\ud800 \ud83d\ude00 \udc00"}]})");
        QVERIFY(page);
        QCOMPARE(page->repairs().loneSurrogates, 2);
        QCOMPARE(page->repairs().wideIntegers, 0);
        simdjson::dom::element calls;
        QVERIFY(page->member("calls", &calls));
        const std::string_view note = calls.at(0)["note"].get_string().value();
        QCOMPARE(QByteArray(note.data(), qsizetype(note.size())),
                 QByteArray("x\xEF\xBF\xBDy \\ud800 \xF0\x9F\x98\x80 \xEF\xBF\xBD"));
    }

    void integerBeyond64BitsIsKeptAndCounted()
    {
        const auto page = parsed(R"({"n":123456789012345678901234567890,"m":-18446744073709551616,"k":7})");
        QVERIFY(page);
        QCOMPARE(page->repairs().wideIntegers, 2);
        QCOMPARE(page->envelope().value(QStringLiteral("n")).toDouble(), 1.2345678901234568e29);
        QCOMPARE(page->envelope().value(QStringLiteral("k")).toInteger(), 7);
    }

    void soundPageNeedsNoRepair()
    {
        const auto page = parsed(R"({"calls":[{"id":"A"}],"page":1,"per_page":3,"total_records":1})");
        QVERIFY(page);
        QVERIFY(!page->repairs().any());
        QCOMPARE(ListPageCheck::problem(*page, {QStringLiteral("calls"), 3}), QString());
    }

    void envelopeMustBeAListPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason"); // empty: the page is sound
        for (const EnvelopeCase &c : kEnvelopeCases)
            QTest::newRow(c.name) << QByteArray(c.body) << QString::fromUtf8(c.reason);
    }

    void envelopeMustBeAListPage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const QString problem = problemOf(body);
        if (reason.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(reason), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestJsonPage)
#include "tst_jsonpage.moc"

// Settings from the environment and a .env file, as the seed design read them.
#include "config/Environment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace callrail;

using Map = QHash<QString, QString>;
Q_DECLARE_METATYPE(Map)

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

} // namespace

class TestDotEnv : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        for (const char *name :
             {"CALLRAIL_API_KEY", "CALLRAIL_BASE_URL", "LOG_LEVEL", "DATA_DIR", "BATCH_SIZE", "MAX_RETRIES"})
            qunsetenv(name);
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<Map>("expected");
        const auto s = [](const char *t) { return QString::fromUtf8(t); };
        QTest::newRow("plain") << QByteArray("A=1\nB=two words\n")
                               << Map{{s("A"), s("1")}, {s("B"), s("two words")}};
        QTest::newRow("spaces around =") << QByteArray("  A =  x  \n") << Map{{s("A"), s("x")}};
        QTest::newRow("export") << QByteArray("export CALLRAIL_API_KEY=abc\n")
                                << Map{{s("CALLRAIL_API_KEY"), s("abc")}};
        QTest::newRow("comments and blanks")
            << QByteArray("# comment\n\n   # indented\nA=1\n") << Map{{s("A"), s("1")}};
        QTest::newRow("inline comment")
            << QByteArray("LOG_LEVEL=DEBUG # verbose\n") << Map{{s("LOG_LEVEL"), s("DEBUG")}};
        QTest::newRow("hash inside value") << QByteArray("A=abc#123\n") << Map{{s("A"), s("abc#123")}};
        QTest::newRow("double quoted")
            << QByteArray("A=\"x # not a comment\" # comment\n") << Map{{s("A"), s("x # not a comment")}};
        QTest::newRow("double quoted escapes")
            << QByteArray("A=\"line1\\nline2\\t\\\"q\\\"\\\\\"") << Map{{s("A"), s("line1\nline2\t\"q\"\\")}};
        QTest::newRow("single quoted is literal")
            << QByteArray("A='a\\nb # c'") << Map{{s("A"), s("a\\nb # c")}};
        QTest::newRow("multi-line double quoted")
            << QByteArray("A=\"one\ntwo\"\nB=3\n") << Map{{s("A"), s("one\ntwo")}, {s("B"), s("3")}};
        QTest::newRow("empty value") << QByteArray("A=\nB=\"\"\n")
                                     << Map{{s("A"), QString()}, {s("B"), QString()}};
        QTest::newRow("value with =")
            << QByteArray("URL=http://h/x?a=b\n") << Map{{s("URL"), s("http://h/x?a=b")}};
        QTest::newRow("CRLF") << QByteArray("A=1\r\nB=\"2\"\r\n") << Map{{s("A"), s("1")}, {s("B"), s("2")}};
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "A=1\n")
                             << Map{{s("A"), s("1")}};
        QTest::newRow("UTF-8") << QByteArray("DATA_DIR=/home/j\xC3\xBCrgen/data\n")
                               << Map{{s("DATA_DIR"), s("/home/jürgen/data")}};
        QTest::newRow("no equals sign skipped") << QByteArray("garbage line\nA=1\n") << Map{{s("A"), s("1")}};
        QTest::newRow("later wins") << QByteArray("A=1\nA=2\n") << Map{{s("A"), s("2")}};
        QTest::newRow("unterminated quote")
            << QByteArray("A=\"abc\nB=2\n") << Map{{s("A"), s("\"abc")}, {s("B"), s("2")}};
        QTest::newRow("no trailing newline") << QByteArray("A=1") << Map{{s("A"), s("1")}};
        QTest::newRow("empty file") << QByteArray() << Map{};
    }

    void parse()
    {
        QFETCH(QByteArray, content);
        QFETCH(Map, expected);
        QCOMPARE(Environment::parseDotEnv(content), expected);
    }

    void environmentWinsOverDotEnv()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral(".env")), "CALLRAIL_API_KEY=from-file-key\n"
                                                        "LOG_LEVEL=DEBUG\n"
                                                        "CALLRAIL_BASE_URL=http://127.0.0.1:9/v3\n"
                                                        "DATA_DIR=   \n");
        qputenv("LOG_LEVEL", "WARNING");
        qputenv("CALLRAIL_BASE_URL", ""); // empty: counts as absent, so the .env entry is used
        qputenv("MAX_RETRIES", "  5 ");
        const Environment env(dir.path());

        QCOMPARE(env.value(QStringLiteral("LOG_LEVEL")), std::optional<QString>(QStringLiteral("WARNING")));
        QCOMPARE(env.source(QStringLiteral("LOG_LEVEL")), QStringLiteral("environment"));
        QCOMPARE(env.value(QStringLiteral("CALLRAIL_API_KEY")),
                 std::optional<QString>(QStringLiteral("from-file-key")));
        QCOMPARE(env.source(QStringLiteral("CALLRAIL_API_KEY")), QStringLiteral(".env"));
        QCOMPARE(env.value(QStringLiteral("CALLRAIL_BASE_URL")),
                 std::optional<QString>(QStringLiteral("http://127.0.0.1:9/v3")));
        QCOMPARE(env.source(QStringLiteral("CALLRAIL_BASE_URL")), QStringLiteral(".env"));
        QCOMPARE(env.value(QStringLiteral("MAX_RETRIES")), std::optional<QString>(QStringLiteral("5")));
        QCOMPARE(env.value(QStringLiteral("DATA_DIR")), std::nullopt);
        QCOMPARE(env.source(QStringLiteral("DATA_DIR")), QString());
        QCOMPARE(env.value(QStringLiteral("BATCH_SIZE")), std::nullopt);
        QCOMPARE(env.source(QStringLiteral("BATCH_SIZE")), QString());
        QCOMPARE(QFileInfo(env.dotEnvPath()), QFileInfo(dir.filePath(QStringLiteral(".env"))));
    }

    void snapshotAtConstruction()
    {
        QTemporaryDir dir;
        qputenv("BATCH_SIZE", "100");
        const Environment env(dir.path());
        qputenv("BATCH_SIZE", "200");
        QCOMPARE(env.value(QStringLiteral("BATCH_SIZE")), std::optional<QString>(QStringLiteral("100")));
    }

    void noDotEnvFile()
    {
        QTemporaryDir dir;
        qputenv("CALLRAIL_API_KEY", "env-key");
        const Environment env(dir.path());
        QCOMPARE(env.value(QStringLiteral("CALLRAIL_API_KEY")),
                 std::optional<QString>(QStringLiteral("env-key")));
        QVERIFY(env.dotEnvPath().isEmpty());
    }

    void defaultDirectoryIsCurrentDirectory()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral(".env")), "DATA_DIR=./exports\n");
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const Environment env;
        QVERIFY(QDir::setCurrent(previous));
        QCOMPARE(env.value(QStringLiteral("DATA_DIR")), std::optional<QString>(QStringLiteral("./exports")));
    }
};

QTEST_GUILESS_MAIN(TestDotEnv)
#include "tst_environment.moc"

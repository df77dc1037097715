// The log: level names, the seed's line format, the file, level filtering, category rules and redaction.
#include "config/LogCategories.h"
#include "config/Logging.h"

#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <memory>
#include <vector>

using namespace callrail;

class TestLogging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList fileLines(const QString &path) const
    {
        QStringList lines = QString::fromUtf8(test::readAll(path)).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private slots:
    void cleanup()
    {
        Logging::uninstall();
        Logging::clearRedactions();
    }

    void parseLevels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level"); // -1 = rejected
        QTest::newRow("DEBUG") << QStringLiteral("DEBUG") << int(LogLevel::Debug);
        QTest::newRow("info lower") << QStringLiteral("info") << int(LogLevel::Info);
        QTest::newRow("Warning mixed") << QStringLiteral("Warning") << int(LogLevel::Warning);
        QTest::newRow("WARN") << QStringLiteral("WARN") << int(LogLevel::Warning);
        QTest::newRow("ERROR spaced") << QStringLiteral("  ERROR ") << int(LogLevel::Error);
        QTest::newRow("CRITICAL") << QStringLiteral("critical") << int(LogLevel::Error);
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("verbose") << QStringLiteral("VERBOSE") << -1;
        QTest::newRow("number") << QStringLiteral("10") << -1;
    }

    void parseLevels()
    {
        QFETCH(QString, text);
        QFETCH(int, level);
        const std::optional<LogLevel> parsed = parseLogLevel(text);
        if (level < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(int(*parsed), level);
        }
    }

    void levelNamesRoundTrip()
    {
        for (LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error})
            QCOMPARE(parseLogLevel(logLevelName(level)), std::optional<LogLevel>(level));
        QCOMPARE(logLevelName(LogLevel::Warning), QStringLiteral("WARNING"));
    }

    void lineFormatMatchesSeed()
    {
        const QDateTime local(QDate(2025, 7, 23), QTime(10, 5, 13, 47), QTimeZone::systemTimeZone());
        QCOMPARE(formatLogLine(local, LogLevel::Info, QStringLiteral("message")),
                 QStringLiteral("2025-07-23 10:05:13,047 - callrail_extractor - INFO - message"));
        // An instant given in UTC is written in local time, like Python's logging.
        const QDateTime utc = local.toUTC();
        QCOMPARE(formatLogLine(utc, LogLevel::Error, QStringLiteral("x")),
                 QStringLiteral("2025-07-23 10:05:13,047 - callrail_extractor - ERROR - x"));
    }

    void fileGetsLinesAtOrAboveLevel()
    {
        const QString path = m_dir.filePath(QStringLiteral("nested/folder/run.log"));
        Logging::install(LogLevel::Info, path, false);
        QCOMPARE(Logging::logFilePath(), QFileInfo(path).absoluteFilePath());
        qCDebug(lcEngine) << "hidden debug";
        qDebug("plain hidden debug");
        qCInfo(lcEngine).noquote() << "Extracting calls";
        qCWarning(lcApi).noquote() << "Retrying page 2";
        qCCritical(lcExport).noquote() << "Disk full";
        Logging::uninstall();

        const QStringList lines = fileLines(path);
        QCOMPARE(lines.size(), 3);
        const QRegularExpression format(QStringLiteral(
            R"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} - callrail_extractor - (DEBUG|INFO|WARNING|ERROR) - .*$)"));
        for (const QString &line : lines)
            QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
        QVERIFY(lines.at(0).endsWith(QLatin1String(" - INFO - Extracting calls")));
        QVERIFY(lines.at(1).endsWith(QLatin1String(" - WARNING - Retrying page 2")));
        QVERIFY(lines.at(2).endsWith(QLatin1String(" - ERROR - Disk full")));
    }

    void fileIsAppendedNotTruncated()
    {
        const QString path = m_dir.filePath(QStringLiteral("append.log"));
        Logging::install(LogLevel::Info, path, false);
        qCInfo(lcConfig) << "first run";
        Logging::install(LogLevel::Info, path, false);
        qCInfo(lcConfig) << "second run";
        Logging::uninstall();
        QCOMPARE(fileLines(path).size(), 2);
    }

    void debugLevelShowsDebugAndCategoryRulesFollow()
    {
        const QString path = m_dir.filePath(QStringLiteral("debug.log"));
        Logging::install(LogLevel::Warning, path, false);
        QVERIFY(!lcApi().isDebugEnabled());
        QVERIFY(lcApi().isWarningEnabled());
        qCInfo(lcApi) << "below warning";
        Logging::setLevel(LogLevel::Debug);
        QCOMPARE(Logging::level(), LogLevel::Debug);
        QVERIFY(lcApi().isDebugEnabled());
        QVERIFY(lcBudget().isDebugEnabled());
        qCDebug(lcBudget).noquote() << "budget 3/1000";
        Logging::setLevel(LogLevel::Info);
        QVERIFY(!lcBudget().isDebugEnabled());
        Logging::uninstall();
        const QStringList lines = fileLines(path);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().endsWith(QLatin1String(" - DEBUG - budget 3/1000")));
    }

    void redactionHidesSecretsEverywhere()
    {
        const QString key = QStringLiteral("0123456789abcdef0123456789abcdef");
        Logging::addRedaction(QStringLiteral("  ")); // ignored: must not blank out every space
        Logging::addRedaction(key);
        Logging::addRedaction(key); // twice is harmless
        QCOMPARE(Logging::redact(QStringLiteral("a b")), QStringLiteral("a b"));
        QCOMPARE(
            Logging::redact(QStringLiteral("Authorization: Token token=\"") + key + QStringLiteral("\"")),
            QStringLiteral("Authorization: Token token=\"[redacted]\""));

        const QString path = m_dir.filePath(QStringLiteral("redact.log"));
        Logging::install(LogLevel::Debug, path, false);
        qCWarning(lcApi).noquote() << "Request with" << key << "failed; key" << key;
        qWarning("%s", qPrintable(key));
        Logging::uninstall();
        const QString text = QString::fromUtf8(test::readAll(path));
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(key));
        QCOMPARE(text.count(QStringLiteral("[redacted]")), 3);
    }

    void longerSecretIsRedactedWhole()
    {
        Logging::addRedaction(QStringLiteral("abcd"));
        Logging::addRedaction(QStringLiteral("abcd-efgh"));
        QCOMPARE(Logging::redact(QStringLiteral("x abcd-efgh y abcd")),
                 QStringLiteral("x [redacted] y [redacted]"));
    }

    void threadsWriteWholeLines()
    {
        const QString path = m_dir.filePath(QStringLiteral("threads.log"));
        Logging::install(LogLevel::Info, path, false);
        constexpr int kThreads = 4;
        constexpr int kLines = 250;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back(QThread::create([t] {
                for (int i = 0; i < kLines; ++i)
                    qCInfo(lcEngine).noquote() << QStringLiteral("thread %1 line %2 end").arg(t).arg(i);
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        Logging::uninstall();
        const QStringList lines = fileLines(path);
        QCOMPARE(lines.size(), kThreads * kLines);
        const QRegularExpression whole(QStringLiteral(R"( - INFO - thread \d line \d+ end$)"));
        for (const QString &line : lines)
            QVERIFY2(whole.match(line).hasMatch(), qPrintable(line));
    }

    void unwritableFileDoesNotBreakLogging()
    {
        // A folder where the file should be: the log file cannot be opened, logging still works.
        const QString path = m_dir.filePath(QStringLiteral("isadir"));
        QVERIFY(QDir().mkpath(path));
        Logging::install(LogLevel::Info, path, false);
        QVERIFY(Logging::logFilePath().isEmpty());
        qCInfo(lcConfig) << "still fine";
    }

    void defaultPathIsInAppData()
    {
        // As the README says: <data folder>/CallRail Extractor/logs/, the application's name once.
        QCoreApplication::setOrganizationName(QStringLiteral("CallRail Extractor"));
        QCoreApplication::setApplicationName(QStringLiteral("CallRail Extractor"));
        const QString path = Logging::defaultLogFilePath();
        QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/CallRail Extractor/logs/callrail_extractor.log"));
        QVERIFY(QFileInfo(path).isAbsolute());
        QVERIFY(!path.contains(QStringLiteral("CallRail Extractor/CallRail Extractor")));
    }
};

// Not QTEST_GUILESS_MAIN: the suites run with QT_LOGGING_RULES=callrail.*.debug=false (quiet output), and
// environment rules outrank QLoggingCategory::setFilterRules(). They are read when the application is
// constructed, so they are removed before that to test what Logging::setLevel() does to the categories.
int main(int argc, char **argv)
{
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestLogging test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_logging.moc"

// The job files of each operating system, generated and read back on every system: systemd's unit pair
// (checked by `systemd-analyze verify` where it exists), Task Scheduler's XML and launchd's plist, both
// parsed with QXmlStreamReader; paths with spaces, per cent and dollar signs, quotes and non-ASCII letters.

#include "schedule/LaunchdPlist.h"
#include "schedule/RefreshSchedule.h"
#include "schedule/SystemdUnits.h"
#include "schedule/TaskSchedulerXml.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

Q_DECLARE_METATYPE(callrail::RefreshSchedule)

using namespace callrail;

namespace {

using Frequency = RefreshSchedule::Frequency;

const QString kAwkwardUnixFolder =
    QStringLiteral("/home/ana/My Exports/100% done $HOME \"q\" back\\slash Españá 日本");
const QString kAwkwardWindowsFolder = QStringLiteral("C:\\Users\\Ana\\My Exports\\100% done \"q\" Españá\\");

RefreshSchedule schedule(const QString &folder, Frequency frequency = Frequency::Daily,
                         Qt::DayOfWeek weekday = Qt::Monday, QTime time = QTime(6, 0),
                         const QString &program = QStringLiteral("/usr/bin/callrail-export"))
{
    RefreshSchedule s;
    s.exportFolder = folder;
    s.frequency = frequency;
    s.weekday = weekday;
    s.time = time;
    s.program = program;
    return s;
}

/// A unit file's `Key=` line in its section, as written.
QString lineOf(const QString &unit, const QString &key)
{
    const auto match = QRegularExpression(QStringLiteral("^") + key + QStringLiteral("=(.*)$"),
                                          QRegularExpression::MultilineOption)
                           .match(unit);
    return match.captured(1);
}

/// Every element's text by name (the last one wins), and the strings of the first array, from an XML file.
struct XmlText
{
    QHash<QString, QString> text;
    QStringList elements;
    QStringList arrayStrings;
    QString encoding;
    bool ok = false;
};

XmlText readXml(const QByteArray &bytes)
{
    XmlText result;
    QXmlStreamReader xml(bytes);
    QStringList open;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartDocument:
            result.encoding = xml.documentEncoding().toString();
            break;
        case QXmlStreamReader::StartElement:
            open.append(xml.name().toString());
            result.elements.append(open.last());
            break;
        case QXmlStreamReader::EndElement:
            open.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (xml.isWhitespace() || open.isEmpty())
                break;
            if (open.size() >= 2 && open.at(open.size() - 2) == QLatin1String("array"))
                result.arrayStrings.append(xml.text().toString());
            else
                result.text[open.last()] += xml.text().toString();
            break;
        default:
            break;
        }
    }
    result.ok = !xml.hasError();
    return result;
}

} // namespace

class TestScheduleFiles : public QObject
{
    Q_OBJECT

private slots:
    void idIsStableAndDerivedFromTheFolder();
    void nextRunFollowsTheSchedule();
    void unusablePathsAreRefusedInWords();

    void systemdUnitsSayWhenAndWhat();
    void systemdQuotingKeepsEveryCharacter_data();
    void systemdQuotingKeepsEveryCharacter();
    void systemdProgramPathKeepsItsDollars();
    void systemdAnalyzeAcceptsTheUnits_data();
    void systemdAnalyzeAcceptsTheUnits();
    void systemdAnalyzeWouldCatchAMissingProgram();

    void taskXmlIsUtf16AndSaysWhenAndWhat();
    void taskXmlWeeklyAndAwkwardFolderReadBack();
    void windowsQuotingRoundTrips_data();
    void windowsQuotingRoundTrips();
    void taskSchedulerVariablesAreFound();

    void plistHasCalendarIntervalAndArgumentArray();
    void plistReadsBack_data();
    void plistReadsBack();
};

void TestScheduleFiles::idIsStableAndDerivedFromTheFolder()
{
    const QString id = RefreshSchedule::idFor(QStringLiteral("/data/exports/weekly"));
    QVERIFY2(QRegularExpression(QStringLiteral("^callrail-refresh-[0-9a-f]{12}$")).match(id).hasMatch(),
             qPrintable(id));
    QVERIFY(id.startsWith(RefreshSchedule::idPrefix()));
    QCOMPARE(RefreshSchedule::idFor(QStringLiteral("/data/exports/weekly/")), id);
    QCOMPARE(RefreshSchedule::idFor(QStringLiteral("/data/exports/./weekly")), id);
    QVERIFY(RefreshSchedule::idFor(QStringLiteral("/data/exports/daily")) != id);
    // The time and frequency are not part of it: scheduling a folder again replaces its job.
    QCOMPARE(schedule(QStringLiteral("/data/exports/weekly"), Frequency::Weekly).id(), id);
}

void TestScheduleFiles::nextRunFollowsTheSchedule()
{
    const QDateTime monday(QDate(2026, 11, 30), QTime(7, 0)); // a Monday
    QCOMPARE(schedule(QStringLiteral("/x")).nextRunAfter(monday), QDateTime(QDate(2026, 12, 1), QTime(6, 0)));
    QCOMPARE(schedule(QStringLiteral("/x"), Frequency::Daily, Qt::Monday, QTime(8, 15)).nextRunAfter(monday),
             QDateTime(QDate(2026, 11, 30), QTime(8, 15)));
    QCOMPARE(schedule(QStringLiteral("/x"), Frequency::Weekly, Qt::Monday).nextRunAfter(monday),
             QDateTime(QDate(2026, 12, 7), QTime(6, 0)));
    QCOMPARE(schedule(QStringLiteral("/x"), Frequency::Weekly, Qt::Sunday).nextRunAfter(monday),
             QDateTime(QDate(2026, 12, 6), QTime(6, 0)));
    QVERIFY(schedule(QStringLiteral("/x")).whenText().startsWith(QStringLiteral("Every day at ")));
    QVERIFY(schedule(QStringLiteral("/x"), Frequency::Weekly, Qt::Friday)
                .whenText()
                .startsWith(QStringLiteral("Every Friday at ")));
}

void TestScheduleFiles::unusablePathsAreRefusedInWords()
{
    QVERIFY(schedule(kAwkwardUnixFolder).isValid());
    QVERIFY(schedule(kAwkwardWindowsFolder, Frequency::Daily, Qt::Monday, QTime(6, 0),
                     QStringLiteral("C:\\Program Files\\CallRail Extractor\\callrail-export.exe"))
                .isValid());
    QVERIFY(schedule(QStringLiteral("exports")).problem().contains(QStringLiteral("full path")));
    QVERIFY(schedule(QStringLiteral("/x"), Frequency::Daily, Qt::Monday, QTime(6, 0),
                     QStringLiteral("callrail-export"))
                .problem()
                .contains(QStringLiteral("callrail-export")));
    QVERIFY(schedule(QStringLiteral("/two\nlines")).problem().contains(QStringLiteral("control character")));
}

void TestScheduleFiles::systemdUnitsSayWhenAndWhat()
{
    const RefreshSchedule daily = schedule(QStringLiteral("/data/exports"));
    const QString timer = systemd::timerUnit(daily);
    QCOMPARE(lineOf(timer, QStringLiteral("OnCalendar")), QStringLiteral("*-*-* 06:00:00"));
    QCOMPARE(lineOf(timer, QStringLiteral("Persistent")), QStringLiteral("true"));
    QCOMPARE(lineOf(timer, QStringLiteral("WantedBy")), QStringLiteral("timers.target"));
    const QString service = systemd::serviceUnit(daily);
    QCOMPARE(lineOf(service, QStringLiteral("Type")), QStringLiteral("oneshot"));
    QCOMPARE(lineOf(service, QStringLiteral("ExecStart")),
             QStringLiteral("\"/usr/bin/callrail-export\" \"--refresh\" \"/data/exports\" \"--scheduled\""));
    QCOMPARE(systemd::serviceFileName(daily.id()), daily.id() + QStringLiteral(".service"));

    const RefreshSchedule weekly =
        schedule(QStringLiteral("/data/exports"), Frequency::Weekly, Qt::Sunday, QTime(18, 30));
    QCOMPARE(lineOf(systemd::timerUnit(weekly), QStringLiteral("OnCalendar")),
             QStringLiteral("Sun *-*-* 18:30:00"));
    QVERIFY(systemd::parseUnits(systemd::serviceUnit(weekly), systemd::timerUnit(weekly)) == weekly);
    QVERIFY(systemd::parseUnits(service, systemd::timerUnit(daily)) == daily);
    QVERIFY(!systemd::parseUnits(service, QString()));
}

void TestScheduleFiles::systemdQuotingKeepsEveryCharacter_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("/data") << QStringLiteral("\"/data\"");
    QTest::newRow("space") << QStringLiteral("/My Exports") << QStringLiteral("\"/My Exports\"");
    QTest::newRow("percent, a specifier otherwise")
        << QStringLiteral("/100%h") << QStringLiteral("\"/100%%h\"");
    QTest::newRow("dollar, a variable otherwise")
        << QStringLiteral("/$HOME") << QStringLiteral("\"/$$HOME\"");
    QTest::newRow("quote and backslash")
        << QStringLiteral("/a \"b\" c\\d") << QStringLiteral("\"/a \\\"b\\\" c\\\\d\"");
    QTest::newRow("non-ASCII") << QStringLiteral("/Españá/日本") << QStringLiteral("\"/Españá/日本\"");
}

void TestScheduleFiles::systemdQuotingKeepsEveryCharacter()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(systemd::quoteWord(word), quoted);
    QCOMPARE(systemd::splitWords(QStringLiteral("\"/bin/x\" ") + quoted + QStringLiteral(" plain ") + quoted),
             QStringList({QStringLiteral("/bin/x"), word, QStringLiteral("plain"), word}));
}

void TestScheduleFiles::systemdProgramPathKeepsItsDollars()
{
    // systemd substitutes no variable in the executable's path, so "$$" there would be two dollars.
    const QString program = QStringLiteral("/opt/$x 100%/callrail-export");
    QCOMPARE(systemd::quoteProgram(program), QStringLiteral("\"/opt/$x 100%%/callrail-export\""));
    QCOMPARE(
        systemd::splitWords(systemd::quoteProgram(program) + QLatin1Char(' ') + systemd::quoteWord(program)),
        QStringList({program, program}));
    QVERIFY(systemd::programProblem(program).isEmpty());
    QVERIFY(systemd::programProblem(QStringLiteral("/opt/a\"b/callrail-export"))
                .contains(QStringLiteral("quote")));
    QVERIFY(!systemd::programProblem(QStringLiteral("/opt/a\\b/callrail-export")).isEmpty());
}

void TestScheduleFiles::systemdAnalyzeAcceptsTheUnits_data()
{
    QTest::addColumn<RefreshSchedule>("schedule");
    QTest::addColumn<bool>("programInAwkwardFolder");
    QTest::newRow("daily") << schedule(QStringLiteral("/data/exports")) << false;
    QTest::newRow("weekly") << schedule(QStringLiteral("/data/exports"), Frequency::Weekly, Qt::Friday,
                                        QTime(23, 59))
                            << false;
    QTest::newRow("awkward folder and program path")
        << schedule(kAwkwardUnixFolder, Frequency::Weekly, Qt::Saturday, QTime(0, 5)) << true;
}

void TestScheduleFiles::systemdAnalyzeAcceptsTheUnits()
{
    QFETCH(RefreshSchedule, schedule);
    QFETCH(bool, programInAwkwardFolder);
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
        QSKIP("systemd-analyze is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // ExecStart must name an executable that exists: the built callrail-export, or a link to it in a folder
    // whose name needs quoting (systemd refuses quotes and backslashes there: programProblem()).
    schedule.program = QStringLiteral(CALLRAIL_EXPORT_PATH);
    if (programInAwkwardFolder) {
        const QString bin = dir.filePath(QStringLiteral("bin 100% $x é"));
        QVERIFY(QDir().mkpath(bin));
        schedule.program = bin + QStringLiteral("/callrail-export");
        QVERIFY(QFile::link(QStringLiteral(CALLRAIL_EXPORT_PATH), schedule.program));
    }
    const QString units = dir.filePath(QStringLiteral("units"));
    QVERIFY(QDir().mkpath(units));
    const QString service = units + QLatin1Char('/') + systemd::serviceFileName(schedule.id());
    const QString timer = units + QLatin1Char('/') + systemd::timerFileName(schedule.id());
    for (const auto &[path, text] : {std::pair{service, systemd::serviceUnit(schedule)},
                                     std::pair{timer, systemd::timerUnit(schedule)}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    QVERIFY(systemd::parseUnits(systemd::serviceUnit(schedule), systemd::timerUnit(schedule)) == schedule);

    // --user, as the units are installed; it needs a runtime folder of its own, not a running manager.
    const QString runtime = dir.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess verify;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    verify.setProcessEnvironment(env);
    verify.setProcessChannelMode(QProcess::MergedChannels);
    verify.start(analyze, {QStringLiteral("--user"), QStringLiteral("verify"), timer, service});
    QVERIFY(verify.waitForFinished(60'000));
    const QString said = QString::fromUtf8(verify.readAll());
    QVERIFY2(verify.exitStatus() == QProcess::NormalExit && verify.exitCode() == 0, qPrintable(said));
    QVERIFY2(!said.contains(schedule.id()), qPrintable(said)); // no warning about either unit
}

void TestScheduleFiles::systemdAnalyzeWouldCatchAMissingProgram()
{
    // The check above is worth something only if verify looks at ExecStart.
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
        QSKIP("systemd-analyze is not installed");
    QTemporaryDir dir;
    const RefreshSchedule s = schedule(QStringLiteral("/data"), Frequency::Daily, Qt::Monday, QTime(6, 0),
                                       dir.filePath(QStringLiteral("no such program")));
    const QString service = dir.filePath(systemd::serviceFileName(s.id()));
    QFile file(service);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(systemd::serviceUnit(s).toUtf8());
    file.close();
    QProcess verify;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    verify.setProcessEnvironment(env);
    verify.setProcessChannelMode(QProcess::MergedChannels);
    verify.start(analyze, {QStringLiteral("--user"), QStringLiteral("verify"), service});
    QVERIFY(verify.waitForFinished(60'000));
    const QString said = QString::fromUtf8(verify.readAll());
    QVERIFY2(verify.exitCode() != 0 && said.contains(QStringLiteral("no such program")), qPrintable(said));
}

void TestScheduleFiles::taskXmlIsUtf16AndSaysWhenAndWhat()
{
    const RefreshSchedule daily =
        schedule(QStringLiteral("C:/Users/Ana/Exports"), Frequency::Daily, Qt::Monday, QTime(6, 0),
                 QStringLiteral("C:\\Program Files\\CallRail Extractor\\callrail-export.exe"));
    const QDateTime first(QDate(2026, 12, 1), QTime(6, 0));
    const QByteArray bytes = taskscheduler::fileBytes(taskscheduler::taskXml(daily, first));
    QVERIFY(bytes.startsWith("\xFF\xFE<\0?\0x\0m\0l\0"));
    const XmlText xml = readXml(bytes);
    QVERIFY(xml.ok);
    QCOMPARE(xml.encoding, QStringLiteral("UTF-16"));
    QCOMPARE(xml.text.value(QStringLiteral("Command")),
             QStringLiteral("C:\\Program Files\\CallRail Extractor\\callrail-export.exe"));
    QCOMPARE(xml.text.value(QStringLiteral("Arguments")),
             QStringLiteral("--refresh C:\\Users\\Ana\\Exports --scheduled"));
    QCOMPARE(xml.text.value(QStringLiteral("StartBoundary")), QStringLiteral("2026-12-01T06:00:00"));
    QCOMPARE(xml.text.value(QStringLiteral("DaysInterval")), QStringLiteral("1"));
    QCOMPARE(xml.text.value(QStringLiteral("StartWhenAvailable")), QStringLiteral("true"));
    QCOMPARE(xml.text.value(QStringLiteral("LogonType")), QStringLiteral("InteractiveToken"));
    QVERIFY(xml.elements.contains(QStringLiteral("CalendarTrigger")));
    QVERIFY(!xml.elements.contains(QStringLiteral("ScheduleByWeek")));
    QCOMPARE(taskscheduler::taskName(daily.id()), QStringLiteral("CallRail Extractor\\") + daily.id());
}

void TestScheduleFiles::taskXmlWeeklyAndAwkwardFolderReadBack()
{
    const RefreshSchedule weekly =
        schedule(kAwkwardWindowsFolder, Frequency::Weekly, Qt::Friday, QTime(18, 30),
                 QStringLiteral("C:\\Program Files\\CallRail Extractor\\callrail-export.exe"));
    const QByteArray bytes = taskscheduler::fileBytes(
        taskscheduler::taskXml(weekly, QDateTime(QDate(2026, 12, 4), QTime(18, 30))));
    const XmlText xml = readXml(bytes);
    QVERIFY(xml.ok);
    QVERIFY(xml.elements.contains(QStringLiteral("ScheduleByWeek")));
    QVERIFY(xml.elements.contains(QStringLiteral("Friday")));
    QCOMPARE(xml.text.value(QStringLiteral("WeeksInterval")), QStringLiteral("1"));
    // The folder is one argument: quoted, its quote escaped, its trailing backslash doubled before the quote.
    QCOMPARE(xml.text.value(QStringLiteral("Arguments")),
             QStringLiteral(
                 "--refresh \"C:\\Users\\Ana\\My Exports\\100% done \\\"q\\\" Españá\\\\\" --scheduled"));
    QCOMPARE(taskscheduler::splitArguments(xml.text.value(QStringLiteral("Arguments"))), weekly.arguments());
    QVERIFY(taskscheduler::parseTask(bytes) == weekly);
    QVERIFY(!taskscheduler::parseTask("<Task/>"));
}

void TestScheduleFiles::windowsQuotingRoundTrips_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("C:\\data") << QStringLiteral("C:\\data");
    QTest::newRow("space") << QStringLiteral("C:\\My data") << QStringLiteral("\"C:\\My data\"");
    QTest::newRow("trailing backslash")
        << QStringLiteral("C:\\My data\\") << QStringLiteral("\"C:\\My data\\\\\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\\\"b\"");
    QTest::newRow("backslashes before a quote")
        << QStringLiteral("a\\\\\"b") << QStringLiteral("\"a\\\\\\\\\\\"b\"");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    QTest::newRow("non-ASCII") << QStringLiteral("D:\\日本 Españá") << QStringLiteral("\"D:\\日本 Españá\"");
}

void TestScheduleFiles::windowsQuotingRoundTrips()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(taskscheduler::quoteArgument(argument), quoted);
    QCOMPARE(taskscheduler::splitArguments(QStringLiteral("x ") + quoted + QStringLiteral(" y")),
             QStringList({QStringLiteral("x"), argument, QStringLiteral("y")}));
}

void TestScheduleFiles::taskSchedulerVariablesAreFound()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("USERPROFILE"), QStringLiteral("C:\\Users\\Ana"));
    env.insert(QStringLiteral("B"), QStringLiteral("b"));
    QCOMPARE(taskscheduler::expandedVariable(QStringLiteral("C:\\%USERPROFILE%\\x"), env),
             QStringLiteral("%USERPROFILE%"));
    QCOMPARE(taskscheduler::expandedVariable(QStringLiteral("C:\\100% done"), env), QString());
    QCOMPARE(taskscheduler::expandedVariable(QStringLiteral("C:\\%NOTSET%"), env), QString());
    QCOMPARE(taskscheduler::expandedVariable(QStringLiteral("C:\\%A%B%"), env), QStringLiteral("%B%"));
}

void TestScheduleFiles::plistHasCalendarIntervalAndArgumentArray()
{
    const RefreshSchedule weekly =
        schedule(QStringLiteral("/Users/ana/My Exports"), Frequency::Weekly, Qt::Sunday, QTime(7, 45),
                 QStringLiteral("/Applications/CallRail Extractor.app/Contents/MacOS/"
                                "callrail-export"));
    const XmlText xml = readXml(launchd::plist(weekly).toUtf8());
    QVERIFY(xml.ok);
    QCOMPARE(xml.elements.first(), QStringLiteral("plist"));
    QCOMPARE(xml.arrayStrings,
             QStringList({weekly.program, QStringLiteral("--refresh"),
                          QStringLiteral("/Users/ana/My Exports"), QStringLiteral("--scheduled")}));
    const QString text = launchd::plist(weekly);
    QVERIFY(text.contains(QStringLiteral("<key>Label</key>\n        <string>io.github.callrail_extractor.") +
                          weekly.id() + QStringLiteral("</string>")));
    QVERIFY(text.contains(QStringLiteral("<key>Weekday</key>\n            <integer>0</integer>"))); // Sunday
    QVERIFY(text.contains(QStringLiteral("<key>Hour</key>\n            <integer>7</integer>")));
    QVERIFY(text.contains(QStringLiteral("<key>Minute</key>\n            <integer>45</integer>")));
    QVERIFY(text.contains(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\"")));
    QCOMPARE(launchd::plistFileName(weekly.id()), launchd::label(weekly.id()) + QStringLiteral(".plist"));

    const RefreshSchedule daily = schedule(QStringLiteral("/Users/ana/x"));
    QVERIFY(!launchd::plist(daily).contains(QStringLiteral("Weekday")));
}

void TestScheduleFiles::plistReadsBack_data()
{
    QTest::addColumn<RefreshSchedule>("schedule");
    QTest::newRow("daily") << schedule(QStringLiteral("/Users/ana/Exports"));
    QTest::newRow("weekly, Sunday") << schedule(QStringLiteral("/x"), Frequency::Weekly, Qt::Sunday);
    QTest::newRow("weekly, Monday") << schedule(QStringLiteral("/x"), Frequency::Weekly, Qt::Monday,
                                                QTime(0, 0));
    QTest::newRow("awkward folder") << schedule(kAwkwardUnixFolder + QStringLiteral(" <&> ]]>"));
}

void TestScheduleFiles::plistReadsBack()
{
    QFETCH(RefreshSchedule, schedule);
    QVERIFY(launchd::parsePlist(launchd::plist(schedule).toUtf8()) == schedule);
    QCOMPARE(launchd::idOfLabel(launchd::label(schedule.id())), schedule.id());
    QCOMPARE(launchd::idOfLabel(QStringLiteral("com.apple.something")), QString());
}

QTEST_GUILESS_MAIN(TestScheduleFiles)
#include "tst_schedulefiles.moc"

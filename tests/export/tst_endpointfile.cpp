// The output files: what lands on disk, when the user's older complete file is replaced, and what
// survives a crash or a full disk.
#include "TestEnvironment.h"
#include "api/EndpointCatalogue.h"
#include "export/CsvReader.h"
#include "export/EndpointFile.h"
#include "export/RecordFlattener.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace callrail;
using callrail::test::readAll;

namespace {

QStringList trackerColumns()
{
    return EndpointCatalogue::find(QStringLiteral("trackers"))->columns({});
}

/// A page of tracker records with awkward content: commas, quotes, line breaks, Unicode, formulas,
/// big numeric ids, nested objects and (unless told not to) an unknown field, which gets a column of its own.
QList<QJsonObject> page(int number, int size = 5, bool unknownField = true)
{
    QList<QJsonObject> records;
    for (int i = 0; i < size; ++i) {
        const int n = number * 100 + i;
        QJsonObject company;
        company.insert(QStringLiteral("id"), QStringLiteral("COM%1").arg(n));
        company.insert(QStringLiteral("name"), QStringLiteral("Café \"Smith, Jones\" 中文 😀 #%1").arg(n));
        QJsonObject record;
        record.insert(QStringLiteral("id"), qint64(4294967296LL + n)); // a legacy numeric id above 2^32
        record.insert(QStringLiteral("name"), QStringLiteral("=HYPERLINK(\"http://x\")\r\nline %1").arg(n));
        record.insert(QStringLiteral("destination_number"), QStringLiteral("+14045550123"));
        record.insert(QStringLiteral("tracking_numbers"),
                      QJsonArray({QStringLiteral("+14045550177"), QStringLiteral("+14045550178")}));
        record.insert(QStringLiteral("company"), company);
        record.insert(QStringLiteral("whisper_message"), QJsonValue::Null);
        record.insert(QStringLiteral("created_at"), QStringLiteral("2024-05-14T13:30:02Z"));
        if (unknownField)
            record.insert(QStringLiteral("brand_new"), -12.5);
        records.append(record);
    }
    return records;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestEndpointFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void csvContent();
    void byteOrderMark();
    void excelSafeInFile();
    void jsonLinesRoundTrip();
    void commitReplacesOldFileAtomically();
    void closeKeepsPartialAndOldFile();
    void newOpenReplacesOldPartial();
    void resumeAfterCrash_data();
    void resumeAfterCrash();
    void resumeRejectsShortFile();
    void resumeRejectsOtherColumns();
    void openErrorNamesFile();
    void unwritableDirectory();
    void failedWriteKeepsWholePages();
    void commitErrorKeepsPartial();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromUtf8(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEndpointFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEndpointFile::csvContent()
{
    const QStringList columns = trackerColumns();
    EndpointFile file(path("trackers.csv"), columns, ExportOptions{});
    QCOMPARE(file.finalPath(), path("trackers.csv"));
    QCOMPARE(file.partialPath(), path("trackers.csv.partial"));
    QString error;
    QVERIFY2(file.open(&error), qPrintable(error));
    QVERIFY(file.writePage(page(1), &error));
    QVERIFY(file.writePage({}, &error)); // an empty last page is fine
    QVERIFY(file.writePage(page(2, 3), &error));
    QCOMPARE(file.rowsWritten(), 8);
    QCOMPARE(file.committedOffset(), QFileInfo(file.partialPath()).size());
    QVERIFY(!QFile::exists(file.finalPath())); // nothing final before commit
    QVERIFY2(file.commit(&error), qPrintable(error));
    QVERIFY(!QFile::exists(file.partialPath()));

    const QByteArray bytes = readAll(file.finalPath());
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.startsWith("id,name,type,"));
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QStringList> rows = CsvReader::parseAll(bytes);
    QCOMPARE(rows.size(), 1 + 8);
    // The unknown scalar field has its own column after the catalogue's; other_fields keeps nothing.
    QCOMPARE(rows.first(), QStringList(columns) << QStringLiteral("brand_new"));
    const QList<QJsonObject> first = page(1);
    const QStringList row = rows.at(1);
    QCOMPARE(row.at(0), QStringLiteral("4294967396"));
    QCOMPARE(row.at(columns.indexOf(QStringLiteral("company.name"))),
             QStringLiteral("Café \"Smith, Jones\" 中文 😀 #100"));
    // A list of phone numbers starts with "+" but is no number: Excel would read it as a formula.
    QCOMPARE(row.at(columns.indexOf(QStringLiteral("tracking_numbers"))),
             QStringLiteral("'+14045550177; +14045550178"));
    QCOMPARE(row.at(columns.indexOf(QStringLiteral("destination_number"))), QStringLiteral("+14045550123"));
    QCOMPARE(row.at(columns.indexOf(QStringLiteral("created_at"))), QStringLiteral("2024-05-14T13:30:02Z"));
    QCOMPARE(row.last(), QStringLiteral("-12.5"));
    QCOMPARE(row.at(columns.indexOf(QStringLiteral("other_fields"))), QString());
    // Excel-safe is on by default: the formula is neutralised, nothing else changes.
    QCOMPARE(row.at(1), QLatin1Char('\'') + first.at(0).value(columns.at(1)).toString());
}

void TestEndpointFile::byteOrderMark()
{
    for (const OutputFormat format : {OutputFormat::Csv, OutputFormat::JsonLines}) {
        ExportOptions options;
        options.format = format;
        options.byteOrderMark = true;
        EndpointFile file(path("bom.out"), trackerColumns(), options);
        QString error;
        QVERIFY(file.open(&error));
        QVERIFY(file.writePage(page(1, 1), &error));
        QVERIFY(file.commit(&error));
        const QByteArray bytes = readAll(file.finalPath());
        // Only CSV gets one: a BOM would break JSON Lines readers.
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), format == OutputFormat::Csv);
        if (format == OutputFormat::Csv) {
            const QList<QStringList> rows = CsvReader::parseAll(bytes);
            QCOMPARE(rows.size(), 2);
            // The BOM did not end up in the first header cell, and stays at the start of a spread file.
            QCOMPARE(rows.first(), QStringList(trackerColumns()) << QStringLiteral("brand_new"));
        }
    }
}

void TestEndpointFile::excelSafeInFile()
{
    const QStringList columns = {QStringLiteral("id"), QStringLiteral("note"),
                                 QStringLiteral("other_fields")};
    const QJsonObject record = QJsonDocument::fromJson(R"json({"id":"=1+1","note":"@SUM(A1)"})json").object();
    for (const bool safe : {true, false}) {
        ExportOptions options;
        options.excelSafe = safe;
        EndpointFile file(path("safe.csv"), columns, options);
        QString error;
        QVERIFY(file.open(&error));
        QVERIFY(file.writePage({record}, &error));
        QVERIFY(file.commit(&error));
        const QList<QStringList> rows = CsvReader::parseAll(readAll(file.finalPath()));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1),
                 safe ? QStringList({QStringLiteral("'=1+1"), QStringLiteral("'@SUM(A1)"), QString()})
                      : QStringList({QStringLiteral("=1+1"), QStringLiteral("@SUM(A1)"), QString()}));
    }
}

void TestEndpointFile::jsonLinesRoundTrip()
{
    ExportOptions options;
    options.format = OutputFormat::JsonLines;
    EndpointFile file(path("calls.jsonl"), trackerColumns(), options);
    QString error;
    QVERIFY(file.open(&error));
    QCOMPARE(file.committedOffset(), 0); // no header
    QList<QJsonObject> records = page(1);
    records.append(
        QJsonDocument::fromJson(
            R"({"id":9007199254740993,"x":{"deep":[1,{"y":null}]},"t":"2017-01-24T11:27:48.119-05:00",)"
            R"("u":"é 中文 😀 \"q\"\n","f":0.1,"unknown_field":true})")
            .object());
    QVERIFY(file.writePage(records, &error));
    QVERIFY(file.commit(&error));
    const QByteArray bytes = readAll(file.finalPath());
    QVERIFY(!bytes.contains('\r'));
    QVERIFY(bytes.endsWith('\n'));
    const QList<QByteArray> lines = bytes.chopped(1).split('\n');
    QCOMPARE(lines.size(), records.size());
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(doc.object(), records.at(i));
    }
    // Integers beyond double precision are written exactly.
    QVERIFY(lines.last().contains("\"id\":9007199254740993"));
    QCOMPARE(file.rowsWritten(), records.size());
}

void TestEndpointFile::commitReplacesOldFileAtomically()
{
    const QString finalPath = path("trackers.csv");
    QVERIFY(writeFile(finalPath, "old complete export\r\n"));
    // A second name for the old file: if commit() truncated or rewrote the old file in place instead of
    // renaming over it, this link would show the new content.
    const QString link = path("old-link.csv");
    std::filesystem::create_hard_link(QFile::encodeName(finalPath).toStdString(),
                                      QFile::encodeName(link).toStdString());

    EndpointFile file(finalPath, trackerColumns(), ExportOptions{});
    QString error;
    QVERIFY(file.open(&error));
    QVERIFY(file.writePage(page(1, 5, false), &error)); // nothing to spread: the partial file is renamed
    QCOMPARE(readAll(finalPath), QByteArray("old complete export\r\n")); // untouched while writing
    const QByteArray written = readAll(file.partialPath());
#ifdef Q_OS_LINUX
    // Watch the folder: an atomic replace is one rename onto the final name, with no deletion of the old
    // file first (which would leave a moment with no complete file at all).
    const int watch = ::inotify_init1(IN_NONBLOCK);
    QVERIFY(watch >= 0);
    QVERIFY(::inotify_add_watch(watch, QFile::encodeName(m_dir->path()).constData(),
                                IN_DELETE | IN_MOVED_TO | IN_CREATE) >= 0);
#endif
    QVERIFY2(file.commit(&error), qPrintable(error));
#ifdef Q_OS_LINUX
    QStringList events;
    alignas(struct inotify_event) char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(watch, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (ssize_t at = 0; at < n;) {
            const auto *event = reinterpret_cast<const struct inotify_event *>(buffer + at);
            const QString name = event->len ? QString::fromUtf8(event->name) : QString();
            if (event->mask & IN_DELETE)
                events.append(QLatin1String("delete ") + name);
            if (event->mask & IN_CREATE)
                events.append(QLatin1String("create ") + name);
            if (event->mask & IN_MOVED_TO)
                events.append(QLatin1String("moved_to ") + name);
            at += ssize_t(sizeof(struct inotify_event)) + ssize_t(event->len);
        }
    }
    ::close(watch);
    QCOMPARE(events, QStringList({QStringLiteral("moved_to trackers.csv")}));
#endif
    QCOMPARE(readAll(finalPath), written);
    QVERIFY(!QFile::exists(file.partialPath()));
    QCOMPARE(readAll(link), QByteArray("old complete export\r\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             QStringList({QStringLiteral("old-link.csv"), QStringLiteral("trackers.csv")}));
}

void TestEndpointFile::closeKeepsPartialAndOldFile()
{
    const QString finalPath = path("trackers.csv");
    QVERIFY(writeFile(finalPath, "old complete export\r\n"));
    QByteArray partial;
    {
        EndpointFile file(finalPath, trackerColumns(), ExportOptions{});
        QString error;
        QVERIFY(file.open(&error));
        QVERIFY(file.writePage(page(1), &error));
        file.close();
        QVERIFY(!file.isOpen());
        QVERIFY(!file.writePage(page(2), &error)); // closed: nothing more goes in
        QVERIFY(error.contains(file.partialPath()));
        partial = readAll(file.partialPath());
    }
    QCOMPARE(readAll(finalPath), QByteArray("old complete export\r\n"));
    QCOMPARE(readAll(finalPath + QLatin1String(".partial")), partial);
    QCOMPARE(CsvReader::parseAll(partial).size(), 1 + 5);

    // Destroyed without close() or commit() (e.g. cancelled): the same.
    {
        EndpointFile file(path("users.csv"), trackerColumns(), ExportOptions{});
        QString error;
        QVERIFY(file.open(&error));
        QVERIFY(file.writePage(page(1), &error));
    }
    QVERIFY(!QFile::exists(path("users.csv")));
    QCOMPARE(CsvReader::parseAll(readAll(path("users.csv.partial"))).size(), 1 + 5);
}

void TestEndpointFile::newOpenReplacesOldPartial()
{
    QVERIFY(writeFile(path("trackers.csv.partial"), "stale rows from an abandoned run\r\n"));
    EndpointFile file(path("trackers.csv"), trackerColumns(), ExportOptions{});
    QString error;
    QVERIFY(file.open(&error));
    QVERIFY(file.writePage(page(1), &error));
    QVERIFY(file.commit(&error));
    const QByteArray bytes = readAll(path("trackers.csv"));
    QVERIFY(!bytes.contains("stale"));
    QVERIFY(bytes.startsWith("id,"));
}

void TestEndpointFile::resumeAfterCrash_data()
{
    QTest::addColumn<OutputFormat>("format");
    QTest::addColumn<bool>("bom");
    QTest::newRow("csv") << OutputFormat::Csv << false;
    QTest::newRow("csv with BOM") << OutputFormat::Csv << true;
    QTest::newRow("jsonl") << OutputFormat::JsonLines << false;
}

void TestEndpointFile::resumeAfterCrash()
{
    QFETCH(OutputFormat, format);
    QFETCH(bool, bom);
    ExportOptions options;
    options.format = format;
    options.byteOrderMark = bom;
    const QString ext = fileExtension(format);
    QString error;

    // The reference: one uninterrupted run.
    EndpointFile reference(path("reference.") + ext, trackerColumns(), options);
    QVERIFY(reference.open(&error));
    for (int p = 1; p <= 4; ++p)
        QVERIFY(reference.writePage(page(p), &error));
    QVERIFY(reference.commit(&error));
    const QByteArray expected = readAll(reference.finalPath());

    // A run that dies in the middle of page 3.
    const QString finalPath = path("trackers.") + ext;
    qint64 offset = 0;
    qint64 rows = 0;
    {
        EndpointFile file(finalPath, trackerColumns(), options);
        QVERIFY(file.open(&error));
        QVERIFY(file.writePage(page(1), &error));
        QVERIFY(file.writePage(page(2), &error));
        offset = file.committedOffset();
        rows = file.rowsWritten();
    }
    QCOMPARE(QFileInfo(finalPath + QLatin1String(".partial")).size(), offset);
    {
        QFile partial(finalPath + QLatin1String(".partial"));
        QVERIFY(partial.open(QIODevice::Append));
        // Longer than the pages still to come, so that leftovers would show if it were not cut off.
        partial.write(
            QByteArray(200000, 'x').prepend("4294967596,\"half a row of page 3, cut off by the cr"));
    }

    // The next run resumes from the recorded offset.
    EndpointFile file(finalPath, trackerColumns(), options);
    QVERIFY2(file.open(&error, offset), qPrintable(error));
    file.setRowsWritten(rows);
    QCOMPARE(file.committedOffset(), offset);
    QVERIFY(file.writePage(page(3), &error));
    QVERIFY(file.writePage(page(4), &error));
    QCOMPARE(file.rowsWritten(), 20);
    QVERIFY(file.commit(&error));
    QCOMPARE(readAll(finalPath), expected);
}

void TestEndpointFile::resumeRejectsShortFile()
{
    QVERIFY(writeFile(path("trackers.csv.partial"), "id\r\n"));
    EndpointFile file(path("trackers.csv"), trackerColumns(), ExportOptions{});
    QString error;
    QVERIFY(!file.open(&error, 1000));
    QVERIFY(error.contains(file.partialPath()));
    QCOMPARE(readAll(file.partialPath()), QByteArray("id\r\n")); // not damaged

    EndpointFile missing(path("users.csv"), trackerColumns(), ExportOptions{});
    QVERIFY(!missing.open(&error, 10));
    QVERIFY(error.contains(missing.partialPath()));
}

void TestEndpointFile::resumeRejectsOtherColumns()
{
    qint64 offset = 0;
    {
        EndpointFile file(path("trackers.csv"), trackerColumns(), ExportOptions{});
        QString error;
        QVERIFY(file.open(&error));
        QVERIFY(file.writePage(page(1), &error));
        offset = file.committedOffset();
    }
    const QByteArray before = readAll(path("trackers.csv.partial"));
    // The user picked other fields before resuming: appending would put rows under the wrong header.
    QStringList other = trackerColumns();
    other.insert(other.size() - 1, QStringLiteral("campaign_name"));
    EndpointFile file(path("trackers.csv"), other, ExportOptions{});
    QString error;
    QVERIFY(!file.open(&error, offset));
    QVERIFY2(error.contains(file.partialPath()), qPrintable(error));
    QCOMPARE(readAll(file.partialPath()), before);
    // The same columns resume fine.
    EndpointFile same(path("trackers.csv"), trackerColumns(), ExportOptions{});
    QVERIFY2(same.open(&error, offset), qPrintable(error));
}

void TestEndpointFile::openErrorNamesFile()
{
    const QString finalPath = path("no-such-folder/calls.csv");
    EndpointFile file(finalPath, trackerColumns(), ExportOptions{});
    QString error;
    QVERIFY(!file.open(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file.partialPath())), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("No such file or directory")), qPrintable(error));
    QVERIFY(!file.writePage(page(1), &error));
    QVERIFY(!file.commit(&error));
    QVERIFY(!QFileInfo::exists(path("no-such-folder")));
}

void TestEndpointFile::unwritableDirectory()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("root ignores directory permissions");
#endif
    const QString dir = path("locked");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    EndpointFile file(dir + QLatin1String("/calls.csv"), trackerColumns(), ExportOptions{});
    QString error;
    const bool opened = file.open(&error);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!opened);
    QVERIFY2(error.contains(QDir::toNativeSeparators(file.partialPath())), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Permission denied")), qPrintable(error));
}

void TestEndpointFile::failedWriteKeepsWholePages()
{
#ifdef Q_OS_LINUX
    // A disk that fills up in the middle of a page, imitated with a file size limit (the process
    // gets EFBIG where a full disk gives ENOSPC; SIGXFSZ would kill it, so it is ignored).
    EndpointFile file(path("trackers.csv"), trackerColumns(), ExportOptions{});
    QString error;
    QVERIFY(file.open(&error));
    QVERIFY(file.writePage(page(1), &error));
    const qint64 committed = file.committedOffset();
    const QByteArray before = readAll(file.partialPath());

    struct rlimit saved
    {
    };
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = saved;
    limited.rlim_cur = rlim_t(committed + 100); // room for a part of the next page only
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    const bool written = file.writePage(page(2), &error);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!written);
    QVERIFY2(error.contains(file.partialPath()), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("File too large")), qPrintable(error));
    QCOMPARE(file.committedOffset(), committed);
    QCOMPARE(file.rowsWritten(), 5);
    QCOMPARE(readAll(file.partialPath()), before); // the half page is gone

    // Once there is room again the same page goes in and the file is as if nothing had happened.
    QVERIFY(file.writePage(page(2), &error));
    QVERIFY(file.commit(&error));
    EndpointFile reference(path("reference.csv"), trackerColumns(), ExportOptions{});
    QVERIFY(reference.open(&error));
    QVERIFY(reference.writePage(page(1), &error));
    QVERIFY(reference.writePage(page(2), &error));
    QVERIFY(reference.commit(&error));
    QCOMPARE(readAll(file.finalPath()), readAll(reference.finalPath()));
#else
    QSKIP("needs RLIMIT_FSIZE (Linux)");
#endif
}

void TestEndpointFile::commitErrorKeepsPartial()
{
    // The final name is taken by a non-empty folder: the rename fails, nothing is lost.
    const QString finalPath = path("calls.csv");
    QVERIFY(QDir().mkpath(finalPath + QLatin1String("/inside")));
    EndpointFile file(finalPath, trackerColumns(), ExportOptions{});
    QString error;
    QVERIFY(file.open(&error));
    QVERIFY(file.writePage(page(1), &error));
    const QByteArray partial = readAll(file.partialPath());
    QVERIFY(!file.commit(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(finalPath)), qPrintable(error));
    QCOMPARE(readAll(file.partialPath()), partial);
    QVERIFY(QFileInfo(finalPath).isDir());
}

QTEST_GUILESS_MAIN(TestEndpointFile)
#include "tst_endpointfile.moc"

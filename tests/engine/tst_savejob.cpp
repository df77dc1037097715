// The one Save path (SaveJob, ResultSaver), as the window, a command-line run and a refresh use it: what
// lands in the folder, in what order the steps are told, what a cancel leaves, and what each kind of save
// does when its workbook cannot be written.

#include "TestEnvironment.h"

#include "engine/ExportNote.h"
#include "engine/SaveJob.h"
#include "engine/WorkbookExport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace callrail;
using namespace callrail::test;

namespace {

const QStringList kColumns{QStringLiteral("id"), QStringLiteral("customer_name"),
                           QStringLiteral("start_time")};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray callRecords(int count)
{
    QByteArray lines;
    for (int i = 1; i <= count; ++i)
        lines += "{\"id\":\"CAL" + QByteArray::number(i) + "\",\"customer_name\":\"Zoë " +
                 QByteArray::number(i) + "\",\"start_time\":\"2026-11-" + QByteArray::number(10 + i % 10) +
                 "T09:00:00.000-05:00\"}\n";
    return lines;
}

/// Every file in `folder`, including QSaveFile's temporary ones (which a save must never leave behind).
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

/// A finished run of calls for one account, staged as JSON Lines in `staging`, and a Save of it.
struct StagedRun
{
    QString stagedCalls;
    SaveRequest request;
};

StagedRun stagedRun(const QString &staging, const QString &folder, int records = 3)
{
    StagedRun run;
    run.stagedCalls = QDir(staging).filePath(QStringLiteral("calls.jsonl"));
    writeFile(run.stagedCalls, callRecords(records));
    SaveRequest &request = run.request;
    request.folder = folder;
    request.plan.accounts = {AccountInfo{QStringLiteral("ACC1"), QStringLiteral("Acme")}};
    request.plan.endpoints = {QStringLiteral("calls")};
    EndpointResult calls;
    calls.accountId = QStringLiteral("ACC1");
    calls.endpoint = QStringLiteral("calls");
    calls.outcome = EndpointOutcome::Complete;
    calls.records = records;
    calls.reported = records;
    calls.file =
        StagedFile{run.stagedCalls, OutputFormat::JsonLines, kColumns, true, QStringLiteral("calls.jsonl")};
    request.summary.startedAt = QDateTime::currentDateTimeUtc();
    request.summary.finishedAt = request.summary.startedAt;
    request.summary.endpoints = {calls};
    request.options.exportOptions.format = OutputFormat::JsonLines;
    ExportManifest manifest;
    manifest.format = QStringLiteral("jsonl");
    ExportedFile file;
    file.accountId = QStringLiteral("ACC1");
    file.endpoint = QStringLiteral("calls");
    file.fileName = QStringLiteral("calls.jsonl");
    file.columns = kColumns;
    manifest.files = {file};
    request.manifest = manifest;
    return run;
}

/// The window's Save of that run as CSV, under dated names.
SaveRequest csvSave(const StagedRun &run)
{
    SaveRequest request = run.request;
    request.kind = SaveKind::CopyStaged;
    request.format = SaveFormat::Csv;
    request.dated = [](const QString &name) -> QString { return QStringLiteral("2026-12-07_") + name; };
    SaveItem item{run.stagedCalls, QStringLiteral("2026-12-07_calls.csv")};
    item.csv = request.options.exportOptions;
    item.columns = kColumns;
    request.files = {item};
    return request;
}

/// Makes the workbook impossible to write: a folder stands where the file must go.
void blockWorkbook(const QString &folder)
{
    QDir(folder).mkpath(WorkbookExport::fileName(QStringLiteral("ACC1"), false));
}

} // namespace

class TestSaveJob : public QObject
{
    Q_OBJECT

private slots:
    void copiesStagedFilesWhole();
    void windowSaveWritesCsvRecordAndManifest();
    void stepsAreToldInOrder();
    void cancelBetweenFilesKeepsWhatWasSaved();
    void cancelInsideAFileLeavesNothingOfIt();
    void windowSaveStopsWhenTheWorkbookFails();
    void runFolderRecordsAWorkbookThatFailed();
    void refreshKeepsTheOldManifestWhenTheWorkbookFails();
};

void TestSaveJob::copiesStagedFilesWhole()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("big.csv"));
    QByteArray bytes;
    for (int i = 0; i < 300'000; ++i)
        bytes += "row," + QByteArray::number(i) + "\r\n"; // several copy blocks
    QVERIFY(writeFile(source, bytes));
    const QString target = dir.filePath(QStringLiteral("out/deeper"));
    QString error;
    QVERIFY2(ResultSaver::save(target, {SaveItem{source, QStringLiteral("big.csv")}}, &error),
             qPrintable(error));
    QCOMPARE(readAll(QDir(target).filePath(QStringLiteral("big.csv"))), bytes);
    QCOMPARE(ResultSaver::existing(target, {SaveItem{source, QStringLiteral("big.csv")}}),
             QStringList{QStringLiteral("big.csv")});
    // A missing source fails with a message and leaves no file of the final name.
    QVERIFY(!ResultSaver::save(
        target, {SaveItem{dir.filePath(QStringLiteral("gone.csv")), QStringLiteral("gone.csv")}}, &error));
    QVERIFY(error.contains(QStringLiteral("gone.csv")));
    QCOMPARE(filesIn(target), QStringList{QStringLiteral("big.csv")});
}

void TestSaveJob::windowSaveWritesCsvRecordAndManifest()
{
    QTemporaryDir staging, folder;
    const StagedRun run = stagedRun(staging.path(), folder.path());
    const SaveResult result = SaveJob::run(csvSave(run));
    QVERIFY2(result.ok, qPrintable(result.error));
    const QStringList expected{
        QStringLiteral("2026-12-07_calls.csv"), QStringLiteral("2026-12-07_summary.json"),
        QStringLiteral("2026-12-07_") + ExportNote::fileName(), ExportManifest::fileName()};
    QCOMPARE(result.names, expected);
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(filesIn(folder.path()), sorted);
    const QByteArray csv = readAll(folder.filePath(QStringLiteral("2026-12-07_calls.csv")));
    QVERIFY(csv.startsWith("id,customer_name,start_time"));
    QVERIFY(csv.contains("CAL3,Zoë 3,"));
    // The note names the file as saved; the manifest finds it under that name, in the format saved.
    QVERIFY(readAll(folder.filePath(QStringLiteral("2026-12-07_") + ExportNote::fileName()))
                .contains("2026-12-07_calls.csv"));
    const auto manifest = ExportManifest::load(folder.path(), nullptr);
    QVERIFY(manifest);
    QCOMPARE(manifest->format, QStringLiteral("csv"));
    QCOMPARE(manifest->files.size(), 1);
    QCOMPARE(manifest->files.first().fileName, QStringLiteral("2026-12-07_calls.csv"));
}

void TestSaveJob::stepsAreToldInOrder()
{
    QTemporaryDir staging, folder;
    const StagedRun run = stagedRun(staging.path(), folder.path());
    QStringList told;
    SaveHooks hooks;
    hooks.progress = [&](const QString &what, int done, int total) {
        told << QStringLiteral("%1 %2/%3").arg(what).arg(done).arg(total);
    };
    QVERIFY(SaveJob::run(csvSave(run), hooks).ok);
    QCOMPARE(told, (QStringList{QStringLiteral("2026-12-07_calls.csv 0/4"),
                                QStringLiteral("2026-12-07_summary.json 1/4"),
                                QStringLiteral("2026-12-07_export-note.txt 2/4"),
                                QStringLiteral("callrail-export.json 3/4"), QStringLiteral(" 4/4")}));
}

void TestSaveJob::cancelBetweenFilesKeepsWhatWasSaved()
{
    QTemporaryDir staging, folder;
    const StagedRun run = stagedRun(staging.path(), folder.path());
    bool stop = false;
    SaveHooks hooks;
    hooks.cancelled = [&] { return stop; };
    hooks.progress = [&](const QString &what, int, int) {
        stop = what.endsWith(QStringLiteral("summary.json"));
    };
    const SaveResult result = SaveJob::run(csvSave(run), hooks);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    // The file being written when the cancel came is finished; nothing after it is written.
    QVERIFY2(result.error.contains(ExportNote::fileName()), qPrintable(result.error));
    QCOMPARE(filesIn(folder.path()), (QStringList{QStringLiteral("2026-12-07_calls.csv"),
                                                  QStringLiteral("2026-12-07_summary.json")}));
    QVERIFY(readAll(folder.filePath(QStringLiteral("2026-12-07_calls.csv"))).contains("CAL3,"));
}

void TestSaveJob::cancelInsideAFileLeavesNothingOfIt()
{
    QTemporaryDir staging, folder;
    // Far more than the megabyte of CSV after which a cancel is heard.
    const StagedRun run = stagedRun(staging.path(), folder.path(), 60'000);
    for (const bool asCsv : {true, false}) {
        SaveRequest request = csvSave(run);
        if (!asCsv) { // copied byte for byte, a block at a time
            request.format = SaveFormat::JsonLines;
            request.files.first().csv.reset();
            request.files.first().targetName = QStringLiteral("calls.jsonl");
        }
        int asked = 0;
        SaveHooks hooks;
        hooks.cancelled = [&] { return ++asked > 1; }; // not before the file, but in it
        const SaveResult result = SaveJob::run(request, hooks);
        QVERIFY(result.cancelled);
        QVERIFY(asked > 1);
        QCOMPARE(filesIn(folder.path()), QStringList{});
    }
}

void TestSaveJob::windowSaveStopsWhenTheWorkbookFails()
{
    QTemporaryDir staging, folder;
    const StagedRun run = stagedRun(staging.path(), folder.path());
    blockWorkbook(folder.path());
    SaveRequest request = run.request;
    request.kind = SaveKind::CopyStaged;
    request.format = SaveFormat::ExcelWorkbook;
    request.files = {SaveItem{run.stagedCalls, QStringLiteral("calls.jsonl")}};
    const SaveResult result = SaveJob::run(request);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.error, result.summary.outputNotes.join(QLatin1Char(' ')));
    // Nothing else is written, so another folder can be tried. (The workbook, whole but not renamed, stays
    // under the name the message gives.)
    const QString kept = WorkbookExport::fileName(QStringLiteral("ACC1"), false) + QStringLiteral(".partial");
    QVERIFY2(result.error.contains(kept), qPrintable(result.error));
    QCOMPARE(filesIn(folder.path()), QStringList{kept});
}

void TestSaveJob::runFolderRecordsAWorkbookThatFailed()
{
    QTemporaryDir folder;
    // A command-line run stages its files in the folder itself.
    StagedRun run = stagedRun(folder.path(), folder.path());
    blockWorkbook(folder.path());
    run.request.kind = SaveKind::RunFolder;
    run.request.format = SaveFormat::ExcelWorkbook;
    const SaveResult result = SaveJob::run(run.request);
    QVERIFY(result.ok);
    QVERIFY(!result.summary.outputNotes.isEmpty());
    QCOMPARE(result.summary.summaryPath, folder.filePath(QStringLiteral("summary.json")));
    QCOMPARE(result.summary.notePath, folder.filePath(ExportNote::fileName()));
    const QJsonObject summary =
        QJsonDocument::fromJson(readAll(folder.filePath(QStringLiteral("summary.json")))).object();
    QVERIFY2(!summary.value(QStringLiteral("output_notes")).toArray().isEmpty(),
             "summary.json says the workbook was not written");
    QVERIFY(QFile::exists(folder.filePath(ExportManifest::fileName())));
    QVERIFY(QFile::exists(run.stagedCalls)); // the fetched data stays
}

void TestSaveJob::refreshKeepsTheOldManifestWhenTheWorkbookFails()
{
    QTemporaryDir folder;
    StagedRun run = stagedRun(folder.path(), folder.path());
    const QByteArray before = "{\"old\":true}";
    QVERIFY(writeFile(folder.filePath(ExportManifest::fileName()), before));
    blockWorkbook(folder.path());
    run.request.kind = SaveKind::RefreshedFolder;
    run.request.format = SaveFormat::ExcelWorkbook;
    const SaveResult result = SaveJob::run(run.request);
    QVERIFY(!result.ok);
    QCOMPARE(readAll(folder.filePath(ExportManifest::fileName())), before);
    QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("summary.json")))); // a refresh writes no record
}

QTEST_GUILESS_MAIN(TestSaveJob)
#include "tst_savejob.moc"

// Text in the Excel workbook that looks like an OOXML escape or holds a carriage return: Excel decodes
// "_xHHHH_" in cell text, so a value holding those characters literally must come back as it was, and a CR
// must be a CR for readers that do not decode (openpyxl, and pandas through it), not "_x000D_". Cells,
// header row and Summary, read back with an XML parser and with openpyxl.

#include "TestEnvironment.h"
#include "XlsxReadBack.h"

#include "export/WorkbookWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace callrail;
using namespace callrail::test;

namespace {

/// Values that an escape-unaware writer would change: what Excel decodes, CRs alone, before a LF, at either
/// end, XML 1.0's forbidden control characters, and underscores that are no escape.
const QStringList &values()
{
    static const QStringList list{QStringLiteral("_x0041_"),
                                  QStringLiteral("a\rb"),
                                  QStringLiteral("a\r\nb"),
                                  QStringLiteral("vertical\vtab"),
                                  QStringLiteral("_x005F_"),
                                  QStringLiteral("_x0041_x0042_ and _x00e9_"),
                                  QStringLiteral("\rstarts and ends\r"),
                                  QStringLiteral("bell\a and form\f feed"),
                                  QStringLiteral("not_xescapes_x12_ _xZZZZ_ _x00411"),
                                  QStringLiteral("snake_case_value")};
    return list;
}

/// Excel's reading of cell text: every "_xHHHH_" is the character HHHH ("_x005F_" an underscore), left to
/// right.
QString excelDecoded(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        bool hex = false;
        const uint code = i + 7 <= text.size() && text.at(i) == QLatin1Char('_') &&
                                  text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_')
                              ? text.mid(i + 2, 4).toUInt(&hex, 16)
                              : 0;
        if (hex) {
            out += QChar(char16_t(code));
            i += 6;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

/// Debian's python3 has python3-openpyxl; another python3 found first in PATH (pyenv's, a venv's) may not.
QString pythonWithOpenpyxl()
{
    QStringList candidates{
        QStandardPaths::findExecutable(QStringLiteral("python3")),
        QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")})};
    for (const QString &python : candidates) {
        if (python.isEmpty())
            continue;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (probe.waitForFinished(60'000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return python;
    }
    return {};
}

/// Every sheet as openpyxl reads it: its title → rows → cells (text as it is, anything else as str()).
QJsonObject readWithOpenpyxl(const QString &python, const QString &path, QString *error)
{
    static const char script[] = R"(
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sys.stdout.write(json.dumps({sheet.title: [[c.value if c.value is None or isinstance(c.value, str)
                                            else str(c.value) for c in row] for row in sheet.iter_rows()]
                             for sheet in book.worksheets}))
)";
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QString::fromLatin1(script), path});
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestXlsxText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textComesBackAsItWas();

private:
    QString m_path;
    QTemporaryDir m_dir;
};

void TestXlsxText::initTestCase()
{
    // A sheet whose header row and cells hold every value, and a Summary whose lines do.
    const QStringList columns = QStringList{QStringLiteral("id"), QStringLiteral("name")} + values();
    QList<ColumnType> types(columns.size(), ColumnType::Text);
    types[0] = ColumnType::Identifier;
    QList<QByteArray> lines;
    for (qsizetype i = 0; i < values().size(); ++i)
        lines << QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("R%1").arg(i)},
                                           {QStringLiteral("name"), values().at(i)}})
                     .toJson(QJsonDocument::Compact);
    const QString source = writeLines(m_dir.filePath(QStringLiteral("calls.jsonl")), lines);
    m_path = m_dir.filePath(QStringLiteral("text.xlsx"));
    WorkbookWriter writer(m_path);
    QString error;
    QVERIFY2(writer.open(&error), qPrintable(error));
    writer.addSheet(QStringLiteral("calls"), source, columns, types, {}, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    writer.setSummary(values(), QStringLiteral("Date"), QStringLiteral("Calls"),
                      QStringLiteral("Calls per day"), {});
    QVERIFY2(writer.close(&error), qPrintable(error));
}

void TestXlsxText::textComesBackAsItWas()
{
    // The XML as an XML parser gives it, decoded as Excel decodes it: every value as it was written.
    QString error;
    const XlsxReadBack book = XlsxReadBack::read(m_path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto &rows = book.sheets.value(QStringLiteral("calls"));
    const auto &summary = book.sheets.value(QStringLiteral("Summary"));
    QCOMPARE(rows.size(), values().size() + 1);
    for (qsizetype i = 0; i < values().size(); ++i) {
        const QString &value = values().at(i);
        QCOMPARE(excelDecoded(rows.value(0).value(int(i + 2)).value), value); // the header row
        QCOMPARE(excelDecoded(rows.value(i + 1).value(1).value), value);
        QCOMPARE(excelDecoded(summary.value(i).value(0).value), value);
    }

    // openpyxl does not decode "_xHHHH_" (it shows what the XML says), so a CR must be a CR there and the
    // rest must decode as in Excel.
    const QString python = pythonWithOpenpyxl();
    if (python.isEmpty()) {
        const QString why =
            QStringLiteral("no python3 with openpyxl (Debian: python3-openpyxl, in scripts/bootstrap)");
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    const QJsonObject read = readWithOpenpyxl(python, m_path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray sheet = read.value(QStringLiteral("calls")).toArray();
    const QJsonArray summaryRows = read.value(QStringLiteral("Summary")).toArray();
    QCOMPARE(sheet.size(), values().size() + 1);
    for (qsizetype i = 0; i < values().size(); ++i) {
        const QString &value = values().at(i);
        const QString cells[] = {sheet.at(0).toArray().at(i + 2).toString(),
                                 sheet.at(i + 1).toArray().at(1).toString(),
                                 summaryRows.at(i).toArray().at(0).toString()};
        for (const QString &cell : cells) {
            QCOMPARE(excelDecoded(cell), value);
            if (value.contains(QLatin1Char('\r')) && !value.contains(QLatin1Char('_')))
                QCOMPARE(cell, value); // a CR, not "_x000D_"
        }
    }
}

QTEST_GUILESS_MAIN(TestXlsxText)
#include "tst_xlsxtext.moc"

// CSV as a spreadsheet user receives it: quoting, Unicode, formula neutralisation, reading back.
#include "export/CsvReader.h"
#include "export/CsvWriter.h"
#include "export/ExportOptions.h"

#include <QBuffer>
#include <QTest>

using namespace callrail;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void formats();
    void quoting_data();
    void quoting();
    void roundTripExactly();
    void formulaGuard_data();
    void formulaGuard();
    void plainNumbers_data();
    void plainNumbers();
    void readerLineEndingsAndBom();
    void readerRowByRowAcrossChunks();
    void readerLenientInput();
};

void TestCsv::formats()
{
    QCOMPARE(fileExtension(OutputFormat::Csv), QStringLiteral("csv"));
    QCOMPARE(fileExtension(OutputFormat::JsonLines), QStringLiteral("jsonl"));
    QCOMPARE(parseOutputFormat(QStringLiteral("csv")), std::optional<OutputFormat>(OutputFormat::Csv));
    QCOMPARE(parseOutputFormat(QStringLiteral(" CSV ")), std::optional<OutputFormat>(OutputFormat::Csv));
    for (const char *name : {"jsonl", "json-lines", "jsonlines", "JSONL"})
        QCOMPARE(parseOutputFormat(QString::fromLatin1(name)),
                 std::optional<OutputFormat>(OutputFormat::JsonLines));
    QVERIFY(!parseOutputFormat(QStringLiteral("xlsx")));
    QVERIFY(!parseOutputFormat(QString()));
}

void TestCsv::quoting_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain") << QStringLiteral("Atlanta") << QStringLiteral("Atlanta");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Smith, Jo") << QStringLiteral("\"Smith, Jo\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("only quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("trailing space") << QStringLiteral("a ") << QStringLiteral("\"a \"");
    QTest::newRow("inner space") << QStringLiteral("a b") << QStringLiteral("a b");
    QTest::newRow("unicode") << QStringLiteral("é 中文 😀") << QStringLiteral("é 中文 😀");
    QTest::newRow("json") << QStringLiteral(R"({"a":1,"b":"x"})")
                          << QStringLiteral(R"("{""a"":1,""b"":""x""}")");
}

void TestCsv::quoting()
{
    QFETCH(QString, cell);
    QFETCH(QString, encoded);
    QString out;
    CsvWriter::appendCell(out, cell, true);
    QCOMPARE(out, encoded);
}

void TestCsv::roundTripExactly()
{
    const QList<QStringList> rows = {
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note"),
         QStringLiteral("other_fields")},
        {QStringLiteral("CAL1"), QStringLiteral("Smith, Jo"), QStringLiteral("line1\r\nline2\nline3\rline4"),
         QStringLiteral(R"({"brand_new":"a \"b\", c"})")},
        {QStringLiteral("CAL2"), QStringLiteral("Café é"), QStringLiteral("中文 текст"),
         QStringLiteral("😀👍🏽")},
        {QString(), QString(), QStringLiteral(" spaced "), QStringLiteral("\"")},
        {QStringLiteral(","), QStringLiteral(",,"), QStringLiteral("\"\""), QStringLiteral("\r\n")},
    };
    for (const bool bom : {false, true}) {
        QString text;
        for (const QStringList &row : rows)
            CsvWriter::appendRow(text, row, false);
        QByteArray bytes = text.toUtf8();
        if (bom)
            bytes.prepend("\xEF\xBB\xBF");
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(CsvReader::parseAll(bytes), rows);
    }
}

void TestCsv::formulaGuard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("safe");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("dde") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
    QTest::newRow("minus expr") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("equals with comma") << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
                                       << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::newRow("lone minus") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("phone") << QStringLiteral("+14045550123") << QStringLiteral("+14045550123");
    QTest::newRow("negative") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
    QTest::newRow("negative int") << QStringLiteral("-7") << QStringLiteral("-7");
    QTest::newRow("exponent") << QStringLiteral("-1.5E-3") << QStringLiteral("-1.5E-3");
    QTest::newRow("not first") << QStringLiteral("a=1") << QStringLiteral("a=1");
    QTest::newRow("dashes in phone") << QStringLiteral("404-555-0177") << QStringLiteral("404-555-0177");
}

void TestCsv::formulaGuard()
{
    QFETCH(QString, cell);
    QFETCH(QString, safe);
    QString out;
    CsvWriter::appendCell(out, cell, true);
    QCOMPARE(out, safe);

    // Excel-safe off: the cell is only quoted as CSV needs, and reads back unchanged.
    QString raw;
    CsvWriter::appendRow(raw, {cell, QStringLiteral("x")}, false);
    QVERIFY(!raw.startsWith(QLatin1Char('\'')) && !raw.startsWith(QLatin1String("\"'")));
    QCOMPARE(CsvReader::parseAll(raw.toUtf8()), QList<QStringList>({{cell, QStringLiteral("x")}}));
}

void TestCsv::plainNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("number");
    QTest::newRow("int") << QStringLiteral("123") << true;
    QTest::newRow("plus") << QStringLiteral("+1") << true;
    QTest::newRow("decimals") << QStringLiteral("-0.5") << true;
    QTest::newRow("leading dot") << QStringLiteral("-.5") << true;
    QTest::newRow("trailing dot") << QStringLiteral("5.") << true;
    QTest::newRow("exponent") << QStringLiteral("1e10") << true;
    QTest::newRow("signed exponent") << QStringLiteral("+2.5e+3") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("sign only") << QStringLiteral("+") << false;
    QTest::newRow("dot only") << QStringLiteral("-.") << false;
    QTest::newRow("bare exponent") << QStringLiteral("1e") << false;
    QTest::newRow("two signs") << QStringLiteral("+-1") << false;
    QTest::newRow("expression") << QStringLiteral("1+1") << false;
    QTest::newRow("space") << QStringLiteral("1 ") << false;
    QTest::newRow("hex") << QStringLiteral("0x1F") << false;
}

void TestCsv::plainNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, number);
    QCOMPARE(CsvWriter::isPlainNumber(text.toStdString()), number);
}

void TestCsv::readerLineEndingsAndBom()
{
    QCOMPARE(CsvReader::parseAll("\xEF\xBB\xBF"
                                 "a,b\r\nc,d\r\n"),
             QList<QStringList>(
                 {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}}));
    // LF only, lone CR, no final line break, an empty line in the middle.
    QCOMPARE(CsvReader::parseAll("a\nb\rc\n\nd"), QList<QStringList>({{QStringLiteral("a")},
                                                                      {QStringLiteral("b")},
                                                                      {QStringLiteral("c")},
                                                                      {QString()},
                                                                      {QStringLiteral("d")}}));
    QCOMPARE(CsvReader::parseAll(QByteArray()), QList<QStringList>());
    QCOMPARE(CsvReader::parseAll("\xEF\xBB\xBF"), QList<QStringList>());
    // A BOM only counts at the very start.
    QCOMPARE(CsvReader::parseAll("a\n\xEF\xBB\xBF"
                                 "b\n"),
             QList<QStringList>({{QStringLiteral("a")}, {QStringLiteral("\uFEFFb")}}));
    QCOMPARE(CsvReader::parseAll("a,\n,\n"),
             QList<QStringList>({{QStringLiteral("a"), QString()}, {QString(), QString()}}));
}

void TestCsv::readerRowByRowAcrossChunks()
{
    // Fields larger than the reader's read size, with quotes and line breaks on the boundaries.
    QString big;
    for (int i = 0; i < 30000; ++i)
        big += QStringLiteral("x\"\r\n,");
    QString text;
    CsvWriter::appendRow(text, {big, QStringLiteral("é")}, false);
    CsvWriter::appendRow(text, {QStringLiteral("second"), big}, false);
    QByteArray bytes = text.toUtf8();
    QVERIFY(bytes.size() > 3 * 64 * 1024);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QStringList row;
    QVERIFY(reader.readRow(&row));
    QCOMPARE(row, QStringList({big, QStringLiteral("é")}));
    QVERIFY(reader.readRow(&row));
    QCOMPARE(row, QStringList({QStringLiteral("second"), big}));
    QVERIFY(!reader.readRow(&row));
    QVERIFY(row.isEmpty());
    QVERIFY(!reader.readRow(&row));
}

void TestCsv::readerLenientInput()
{
    // Stray quote inside an unquoted field is text; text after a closing quote is kept;
    // an unterminated quote runs to the end.
    QCOMPARE(CsvReader::parseAll("ab\"c,\"d\"e\n\"open,\nrest"),
             QList<QStringList>(
                 {{QStringLiteral("ab\"c"), QStringLiteral("de")}, {QStringLiteral("open,\nrest")}}));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"

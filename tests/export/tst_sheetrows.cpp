// The workbook's own writing of sheet rows (export/SheetRowsXml, export/XlsxPackage): the same XML as
// libxlsxwriter writes for the same cells, so that cells read back exactly as before, and the CRC of a zip
// entry put together from parts.

#include "export/DeflatedFile.h"
#include "export/SheetRowsXml.h"
#include "export/XlsxPackage.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <xlsxwriter.h>
#include <zlib.h>

#include <utility>

using namespace callrail;

class TestSheetRows : public QObject
{
    Q_OBJECT

private slots:
    void sameXmlAsLibxlsxwriter();
    void textLibxlsxwriterGetsWrong();
    void crcOfPartsIsTheCrcOfTheWhole();
    void deflatedFileInflatesToItsText();
};

void TestSheetRows::sameXmlAsLibxlsxwriter()
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("lxw.xlsx")));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *workbook = workbook_new_opt(path.constData(), &options);
    QVERIFY(workbook);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *dateTime = workbook_add_format(workbook);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm:ss");
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    const int boldStyle = lxw_format_get_xf_index(bold);
    const int style = lxw_format_get_xf_index(dateTime);

    SheetRowsXml rows(30);
    // Not "_xHHHH_" nor a CR: there SheetRowsXml writes what libxlsxwriter gets wrong
    // (textLibxlsxwriterGetsWrong()).
    const std::string texts[] = {"plain",
                                 " leading",
                                 "trailing ",
                                 "\ttab",
                                 "new\nline",
                                 "a&b<c>d \"q\" 'a'",
                                 "ctl\x01\x1f\x0b\x7f end",
                                 "\x0b",
                                 "Zo\xC3\xAB \xE6\x97\xA5",
                                 "\xEF\xBB\xBF"
                                 "bom",
                                 "snake_case _x12_ _xZZZZ_ x0041_",
                                 "=1+1",
                                 "+14045550123",
                                 " "};
    const double numbers[] = {0,
                              42,
                              -7,
                              0.1,
                              12.5,
                              1e15,
                              1e16,
                              123456789012345678.0,
                              1e-7,
                              -0.5,
                              46023.38943287037,
                              999999999999999.0,
                              1.0 / 3,
                              2.5e-300};
    // A header row: styled text.
    worksheet_write_string(sheet, 0, 0, "id", bold);
    worksheet_write_string(sheet, 0, 1, " start_time", bold);
    rows.startRow(0);
    rows.text(0, "id", boldStyle);
    rows.text(1, " start_time", boldStyle);
    rows.endRow();
    lxw_row_t row = 1;
    lxw_col_t column = 0;
    for (const std::string &text : texts) {
        worksheet_write_string(sheet, row, column, text.c_str(), nullptr);
        rows.startRow(row);
        rows.text(column, text);
        rows.endRow();
        ++row;
        column = lxw_col_t((column + 3) % 30);
    }
    for (const double number : numbers) {
        worksheet_write_number(sheet, row, column, number, nullptr);
        worksheet_write_boolean(sheet, row, column + 1, number > 1, nullptr);
        rows.startRow(row);
        rows.number(column, number);
        rows.boolean(column + 1, number > 1);
        rows.endRow();
        ++row;
        column = lxw_col_t((column + 7) % 28);
    }
    lxw_datetime time{2026, 3, 2, 9, 14, 7.512};
    worksheet_write_datetime(sheet, row, 26, &time, dateTime);
    rows.startRow(row);
    rows.number(26, lxw_datetime_to_excel_datetime(&time), style);
    rows.endRow();
    rows.startRow(++row); // a row without cells: no element
    rows.endRow();
    ++row;
    worksheet_write_string(sheet, row, 0, "last", nullptr);
    rows.startRow(row);
    rows.text(0, "last");
    rows.endRow();
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), QString::fromLocal8Bit(path),
                                          QStringLiteral("xl/worksheets/sheet1.xml")});
    QVERIFY(unzip.waitForFinished(60'000));
    const QByteArray xml = unzip.readAllStandardOutput();
    const qsizetype start = xml.indexOf("<sheetData>") + qsizetype(sizeof("<sheetData>") - 1);
    const qsizetype end = xml.indexOf("</sheetData>");
    QVERIFY2(start > 10 && end > start, xml.constData());
    QCOMPARE(QByteArray(rows.xml().data(), qsizetype(rows.xml().size())), xml.mid(start, end - start));
}

void TestSheetRows::textLibxlsxwriterGetsWrong()
{
    // libxlsxwriter (1.1.4 and its newest) writes a literal "_xHHHH_" as it is, which Excel decodes, and a CR
    // as "_x000D_", which readers other than Excel (openpyxl, pandas) show as it is: these are the only cells
    // where SheetRowsXml differs from it, on purpose (tst_xlsxtext reads them back with openpyxl).
    const std::pair<std::string, std::string> cells[] = {
        {"_x0041_", "<t>_x005F_x0041_</t>"},
        {"_x005F_", "<t>_x005F_x005F_</t>"},
        {"a_x00e9_b_x0041_x0042_", "<t>a_x005F_x00e9_b_x005F_x0041_x005F_x0042_</t>"},
        {"a\rb", "<t>a&#13;b</t>"},
        {"a\r\nb", "<t>a&#13;\nb</t>"},
        {"\r", "<t xml:space=\"preserve\">&#13;</t>"},
        {"ctl\x01\r\x0b&_x0041_ end", "<t>ctl_x0001_&#13;_x000B_&amp;_x005F_x0041_ end</t>"},
    };
    for (const auto &[text, xml] : cells) {
        SheetRowsXml rows(1);
        rows.startRow(0);
        rows.text(0, text);
        rows.endRow();
        QCOMPARE(QByteArray(rows.xml().data(), qsizetype(rows.xml().size())),
                 QByteArray::fromStdString("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>" + xml +
                                           "</is></c></row>"));
    }
}

void TestSheetRows::crcOfPartsIsTheCrcOfTheWhole()
{
    QByteArray a(1000, Qt::Uninitialized);
    QByteArray b(70'000, Qt::Uninitialized);
    for (char &c : a)
        c = char(QRandomGenerator::global()->bounded(256));
    for (char &c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    const auto crc = [](quint32 start, const QByteArray &bytes) {
        return quint32(crc32(start, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
    };
    QCOMPARE(crc32Combine(crc(0, a), crc(0, b), quint64(b.size())), crc(crc(0, a), b));
    QCOMPARE(crc32Combine(crc(0, a), crc(0, {}), 0), crc(0, a));
    QCOMPARE(crc32Combine(0, crc(0, b), quint64(b.size())), crc(0, b));
    // Lengths past 4 GB (a large sheet), against zlib's own where its length is 64 bits.
    if constexpr (sizeof(z_off_t) == 8) {
        for (const quint64 length : {quint64(0xFFFFFFFFu), quint64(5'000'000'123), quint64(1) << 40})
            QCOMPARE(crc32Combine(crc(0, a), crc(0, b), length),
                     quint32(crc32_combine(crc(0, a), crc(0, b), z_off_t(length))));
    }
}

void TestSheetRows::deflatedFileInflatesToItsText()
{
    QTemporaryDir dir;
    // Chunks handed over at once or while the thread is still busy, none (an empty sheet) or several.
    for (int round = 0; round < 24; ++round) {
        DeflatedFile file;
        QString error;
        QVERIFY(file.open(dir.filePath(QStringLiteral("rows.deflate")), &error));
        QByteArray text;
        ByteBuffer chunk;
        for (int c = 0; c < round % 4; ++c) {
            const QByteArray part = QByteArray::number(round) + QByteArray(100'000 * c + 1, char('a' + c));
            chunk.append(part.constData(), size_t(part.size()));
            text += part;
            QVERIFY(file.write(chunk));
            QVERIFY(chunk.empty());
            if (round % 2)
                QThread::msleep(2);
        }
        QVERIFY2(file.finish(&error), qPrintable(error));
        QCOMPARE(file.size(), quint64(text.size()));
        QCOMPARE(file.crc(),
                 quint32(crc32(0, reinterpret_cast<const Bytef *>(text.constData()), uInt(text.size()))));
        QFile deflated(file.path());
        QVERIFY(deflated.open(QIODevice::ReadOnly));
        QByteArray compressed = deflated.readAll();
        QCOMPARE(quint64(compressed.size()), file.compressedSize());
        // No final block: the stream ends with a sync flush, so inflate() wants more and has given it all.
        QByteArray inflated(text.size() + 16, Qt::Uninitialized);
        z_stream stream{};
        QCOMPARE(inflateInit2(&stream, -MAX_WBITS), Z_OK);
        stream.next_in = reinterpret_cast<Bytef *>(compressed.data());
        stream.avail_in = uInt(compressed.size());
        stream.next_out = reinterpret_cast<Bytef *>(inflated.data());
        stream.avail_out = uInt(inflated.size());
        QCOMPARE(inflate(&stream, Z_SYNC_FLUSH), Z_OK);
        QCOMPARE(stream.avail_in, 0u);
        inflated.resize(qsizetype(stream.total_out));
        inflateEnd(&stream);
        QCOMPARE(inflated, text);
    }
}

QTEST_GUILESS_MAIN(TestSheetRows)
#include "tst_sheetrows.moc"

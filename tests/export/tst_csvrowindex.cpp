// The row index the preview opens files with: where each row of a CSV (or JSON Lines) file starts, found
// from the raw bytes alone, however awkward the cells and however the file is cut into pieces.
#include "export/CsvReader.h"
#include "export/CsvRowIndex.h"

#include <QBuffer>
#include <QTest>

using namespace callrail;

namespace {

using Format = CsvRowIndex::Format;

/// The index of whole bytes read through a device, one row per block so that every start is listed.
CsvRowIndex indexOf(const QByteArray &bytes, Format format, int blockRows = 1)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvRowIndex index(format, blockRows);
    if (!index.read(&buffer))
        qFatal("reading a buffer failed");
    return index;
}

QList<qint64> startsOf(const CsvRowIndex &index)
{
    return QList<qint64>(index.blockStarts().begin(), index.blockStarts().end());
}

} // namespace

class TestCsvRowIndex : public QObject
{
    Q_OBJECT

private slots:
    void rowStarts_data();
    void rowStarts();
    void anyChunkingGivesTheSameIndex_data();
    void anyChunkingGivesTheSameIndex();
    void largeFileEveryBlockStartsOnItsRow();
};

void TestCsvRowIndex::rowStarts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QList<qint64>>("starts");

    QTest::newRow("empty file") << QByteArray() << true << QList<qint64>{};
    QTest::newRow("header only") << QByteArray("id,name\n") << true << QList<qint64>{};
    QTest::newRow("header without newline") << QByteArray("id,name") << true << QList<qint64>{};
    QTest::newRow("LF") << QByteArray("id\n1\n22\n") << true << QList<qint64>{3, 5};
    QTest::newRow("last line without newline") << QByteArray("id\n1\n22") << true << QList<qint64>{3, 5};
    QTest::newRow("CRLF") << QByteArray("id\r\n1\r\n22\r\n") << true << QList<qint64>{4, 7};
    QTest::newRow("lone CR") << QByteArray("id\r1\r22\r") << true << QList<qint64>{3, 5};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFid\n1\n") << true << QList<qint64>{6};
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << true << QList<qint64>{};
    QTest::newRow("quoted LF") << QByteArray("id,note\n1,\"a\nb\"\n2,c\n") << true << QList<qint64>{8, 16};
    QTest::newRow("quoted CRLF") << QByteArray("id,note\r\n1,\"a\r\nb\"\r\n2,c\r\n") << true
                                 << QList<qint64>{9, 19};
    QTest::newRow("quoted header") << QByteArray("\"i\nd\"\n1\n") << true << QList<qint64>{6};
    // A doubled quote closes and reopens the field: the line break after it is still inside the cell.
    QTest::newRow("doubled quotes") << QByteArray("id,note\n1,\"say \"\"hi\"\"\nnow\"\n2,\"\"\"\"\n3\n")
                                    << true << QList<qint64>{8, 27, 34};
    QTest::newRow("empty lines are rows") << QByteArray("id\n\n1\n") << true << QList<qint64>{3, 4};
    QTest::newRow("JSON Lines") << QByteArray("{\"a\":1}\n{\"b\":2}\n") << false << QList<qint64>{0, 8};
    // A quote inside a JSON string is escaped, not doubled: it must not hide the line break after it.
    QTest::newRow("JSON Lines quotes")
        << QByteArray("{\"a\":\"x\\\"\"}\r\n{\"b\":2}") << false << QList<qint64>{0, 13};
    QTest::newRow("JSON Lines BOM") << QByteArray("\xEF\xBB\xBF{}\n{}\n") << false << QList<qint64>{3, 6};
}

void TestCsvRowIndex::rowStarts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, csv);
    QFETCH(QList<qint64>, starts);
    const CsvRowIndex index = indexOf(bytes, csv ? Format::Csv : Format::JsonLines);
    QCOMPARE(startsOf(index), starts);
    QCOMPARE(index.rows(), qint64(starts.size()));
}

void TestCsvRowIndex::anyChunkingGivesTheSameIndex_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("CRLF and quotes") << QByteArray(
        "id,note\r\n1,\"a\r\nb\"\r\n2,\"say \"\"x\"\"\r\"\r3,c\n4,\"\"\n\r\n5");
    QTest::newRow("empty cells and lines") << QByteArray("id,n\n,\n\n\r\n\"\"\n\"\n\"\n");
}

void TestCsvRowIndex::anyChunkingGivesTheSameIndex()
{
    QFETCH(QByteArray, bytes);
    const CsvRowIndex whole = indexOf(bytes, Format::Csv);
    // Two pieces cut at every position (a CRLF or a doubled quote split in two among them), then one byte
    // at a time.
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        CsvRowIndex pieces(Format::Csv, 1);
        pieces.feed(bytes.constData(), cut, 0);
        pieces.feed(bytes.constData() + cut, bytes.size() - cut, cut);
        QCOMPARE(startsOf(pieces), startsOf(whole));
        QCOMPARE(pieces.rows(), whole.rows());
    }
    CsvRowIndex bytewise(Format::Csv, 1);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytewise.feed(bytes.constData() + i, 1, i);
    QCOMPARE(startsOf(bytewise), startsOf(whole));
}

void TestCsvRowIndex::largeFileEveryBlockStartsOnItsRow()
{
    // Several read chunks' worth (the index reads 1 MiB at a time) of rows with quoted line breaks, doubled
    // quotes and both line endings, so that chunk boundaries fall in every kind of place.
    constexpr int kBlockRows = 256;
    QByteArray bytes("\xEF\xBB\xBFid,note,value\r\n");
    QList<qint64> rowStarts;
    for (int row = 0; bytes.size() < 3 * (1 << 20) + 1234; ++row) {
        rowStarts.append(bytes.size());
        bytes += QByteArray::number(row);
        switch (row % 4) {
        case 0:
            bytes += ",\"line one\nline two, \"\"quoted\"\"\",";
            break;
        case 1:
            bytes += ",\"crlf\r\ninside\",";
            break;
        case 2:
            bytes += ",plain text without quotes,";
            break;
        default:
            bytes += ",\"\",";
            break;
        }
        bytes += QByteArray(row % 37, 'x');
        bytes += row % 3 == 0 ? "\r\n" : "\n";
    }
    const CsvRowIndex index = indexOf(bytes, Format::Csv, kBlockRows);
    QCOMPARE(index.rows(), qint64(rowStarts.size()));
    QCOMPARE(qsizetype(index.blockStarts().size()), (rowStarts.size() + kBlockRows - 1) / kBlockRows);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    for (size_t block = 0; block < index.blockStarts().size(); ++block) {
        const int row = int(block) * kBlockRows;
        QCOMPARE(index.blockStarts()[block], rowStarts.at(row));
        // The offset is a place CsvReader can start from: the row read there is the row expected.
        buffer.seek(index.blockStarts()[block]);
        CsvReader reader(&buffer);
        QStringList cells;
        QVERIFY(reader.readRow(&cells));
        QCOMPARE(cells.value(0), QString::number(row));
    }
}

QTEST_GUILESS_MAIN(TestCsvRowIndex)
#include "tst_csvrowindex.moc"

// The byte scanner decides which strings are escaped in JSON and which cells are quoted in CSV: a byte it
// misses is a broken file. It reads short texts as overlapping halves and long ones sixteen bytes at a time,
// so every length around those sizes is checked, with the byte at every position, against a plain loop.
#include "export/ByteScan.h"

#include <QTest>

#include <cstring>
#include <memory>
#include <string>

using namespace callrail;

namespace {

template <typename Set>
size_t firstByByte(const std::string &text)
{
    for (size_t i = 0; i < text.size(); ++i) {
        if (Set::contains(static_cast<unsigned char>(text[i])))
            return i;
    }
    return text.size();
}

/// Every length up to 70 and every position of one special byte (and of two), in text that sits at the
/// end of its allocation so that a read past it would show under the address sanitizer.
template <typename Set>
void checkEveryPosition(const std::string &fill, const std::string &specials)
{
    for (size_t length = 0; length <= 70; ++length) {
        const std::string clean = [&] {
            std::string text;
            for (size_t i = 0; i < length; ++i)
                text += fill[i % fill.size()];
            return text;
        }();
        {
            const std::unique_ptr<char[]> exact(new char[length + 1]);
            std::memcpy(exact.get(), clean.data(), length);
            QCOMPARE(bytescan::findFirst<Set>(exact.get(), length), length);
        }
        for (const char special : specials) {
            for (size_t at = 0; at < length; ++at) {
                std::string text = clean;
                text[at] = special;
                const std::unique_ptr<char[]> exact(new char[length]);
                std::memcpy(exact.get(), text.data(), length);
                QCOMPARE(bytescan::findFirst<Set>(exact.get(), length), at);
                // A second one later does not change the answer; one earlier does.
                if (at + 3 < length) {
                    exact[at + 3] = special;
                    QCOMPARE(bytescan::findFirst<Set>(exact.get(), length), at);
                }
                if (at >= 2) {
                    exact[at - 2] = special;
                    QCOMPARE(bytescan::findFirst<Set>(exact.get(), length), at - 2);
                }
            }
        }
    }
}

} // namespace

class TestByteScan : public QObject
{
    Q_OBJECT

private slots:
    void jsonEscapesAtEveryPosition()
    {
        checkEveryPosition<bytescan::JsonEscapes>(
            "abcXYZ 09,~/\x7f\xc3\xa9", std::string("\"\\\x01\x1f\n\r\t", 7) + std::string(1, '\0'));
    }

    void csvSpecialsAtEveryPosition()
    {
        checkEveryPosition<bytescan::CsvSpecials>("abc XYZ 09;~\\/\x7f\x01\x0c\x0b\xc3\xa9", ",\"\r\n");
    }

    void everyByteValueIsClassifiedLikeAPlainLoop()
    {
        // Each byte value alone and inside texts of 5, 12 and 40 bytes (the three ways of reading).
        for (int value = 0; value < 256; ++value) {
            for (const size_t length : {size_t(1), size_t(5), size_t(12), size_t(40)}) {
                std::string text(length, 'a');
                text[length / 2] = char(value);
                QCOMPARE(bytescan::findFirst<bytescan::JsonEscapes>(text.data(), text.size()),
                         firstByByte<bytescan::JsonEscapes>(text));
                QCOMPARE(bytescan::findFirst<bytescan::CsvSpecials>(text.data(), text.size()),
                         firstByByte<bytescan::CsvSpecials>(text));
            }
        }
    }

    void sameBytesComparesEveryByte()
    {
        for (size_t length = 0; length <= 40; ++length) {
            const std::string a(length, 'k');
            QVERIFY(bytescan::sameBytes(a.data(), a.data(), length));
            for (size_t at = 0; at < length; ++at) {
                std::string b = a;
                b[at] = 'x';
                QVERIFY(!bytescan::sameBytes(a.data(), b.data(), length));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestByteScan)
#include "tst_bytescan.moc"

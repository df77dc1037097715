#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace callrail::test {

/// One cell of a worksheet as the file stores it.
struct XlsxCell
{
    enum class Kind
    {
        Text,    ///< an inline or shared string (never a formula)
        Number,  ///< a plain number
        Boolean, ///< "1" or "0"
        DateTime ///< a number with a date format: `value` is the Excel serial
    };
    Kind kind = Kind::Text;
    QString value;
    bool formula = false; ///< the cell holds <f>: must never happen for data
};

/// A workbook read back from its XML parts (an .xlsx is a zip of XML; `unzip -p` extracts one part), for
/// tests: sheets by name, each a list of rows of cells by column index (a blank cell is absent).
class XlsxReadBack
{
public:
    /// Empty (with `error` set) when the file cannot be read.
    static XlsxReadBack read(const QString &path, QString *error);

    QStringList sheetNames; ///< in workbook order
    QHash<QString, QList<QHash<int, XlsxCell>>> sheets;
    QStringList parts;    ///< the zip's member names ("xl/charts/chart1.xml", …)
    QStringList frozen;   ///< sheets whose top row is frozen
    QStringList filtered; ///< sheets with an autofilter

    /// The Excel serial of a local date-time (days since 1899-12-30, fraction of a day).
    static double serial(int year, int month, int day, int hour, int minute, double second);
};

} // namespace callrail::test

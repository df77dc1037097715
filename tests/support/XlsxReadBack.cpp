#include "XlsxReadBack.h"

#include <QDate>
#include <QProcess>
#include <QXmlStreamReader>

namespace callrail::test {

namespace {

QByteArray unzipPart(const QString &path, const QString &part, QString *error)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, part});
    if (!unzip.waitForFinished(120'000) || unzip.exitCode() != 0) {
        *error = QStringLiteral("unzip -p %1 %2 failed: %3")
                     .arg(path, part, QString::fromLocal8Bit(unzip.readAllStandardError()));
        return {};
    }
    return unzip.readAllStandardOutput();
}

/// "AB12" → 27 (zero-based column of a cell reference).
int columnOf(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        if (!c.isLetter())
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
    }
    return column - 1;
}

/// The style indexes (cellXfs order) whose number format is a date or a time.
QList<bool> dateStyles(const QByteArray &stylesXml)
{
    QXmlStreamReader xml(stylesXml);
    QHash<int, bool> formatIsDate;
    QList<bool> styles;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
            const QString code = xml.attributes().value(QLatin1String("formatCode")).toString();
            formatIsDate.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                code.contains(QLatin1String("yy")) || code.contains(QLatin1String("hh")));
        } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            styles.append(formatIsDate.value(id, id >= 14 && id <= 22));
        }
    }
    return styles;
}

QStringList sharedStrings(const QByteArray &xmlText)
{
    QStringList strings;
    QXmlStreamReader xml(xmlText);
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            current.clear();
        else if (xml.isStartElement() && xml.name() == QLatin1String("t"))
            current += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == QLatin1String("si"))
            strings.append(current);
    }
    return strings;
}

} // namespace

double XlsxReadBack::serial(int year, int month, int day, int hour, int minute, double second)
{
    const qint64 days = QDate(1899, 12, 30).daysTo(QDate(year, month, day));
    return double(days) + (hour * 3600.0 + minute * 60.0 + second) / 86400.0;
}

XlsxReadBack XlsxReadBack::read(const QString &path, QString *error)
{
    XlsxReadBack book;
    QProcess list;
    list.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
    if (!list.waitForFinished(60'000) || list.exitCode() != 0) {
        *error = QStringLiteral("unzip -Z1 %1 failed").arg(path);
        return {};
    }
    book.parts = QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    const QList<bool> dates = dateStyles(unzipPart(path, QStringLiteral("xl/styles.xml"), error));
    const QStringList shared =
        book.parts.contains(QStringLiteral("xl/sharedStrings.xml"))
            ? sharedStrings(unzipPart(path, QStringLiteral("xl/sharedStrings.xml"), error))
            : QStringList();
    QXmlStreamReader workbook(unzipPart(path, QStringLiteral("xl/workbook.xml"), error));
    while (!workbook.atEnd()) {
        workbook.readNext();
        if (workbook.isStartElement() && workbook.name() == QLatin1String("sheet"))
            book.sheetNames.append(workbook.attributes().value(QLatin1String("name")).toString());
    }
    // libxlsxwriter names the parts sheet1.xml, sheet2.xml, … in workbook order.
    for (qsizetype i = 0; i < book.sheetNames.size(); ++i) {
        const QString name = book.sheetNames.at(i);
        QList<QHash<int, XlsxCell>> &rows = book.sheets[name];
        QXmlStreamReader xml(unzipPart(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), error));
        XlsxCell cell;
        int column = -1;
        QString type;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                if (xml.isEndElement() && xml.name() == QLatin1String("c") && column >= 0) {
                    rows.last().insert(column, cell);
                    column = -1;
                }
                continue;
            }
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("pane") &&
                attributes.value(QLatin1String("state")) == QLatin1String("frozen")) {
                book.frozen.append(name);
            } else if (xml.name() == QLatin1String("autoFilter")) {
                book.filtered.append(name);
            } else if (xml.name() == QLatin1String("row")) {
                const int number = attributes.value(QLatin1String("r")).toInt();
                while (rows.size() < number)
                    rows.append(QHash<int, XlsxCell>());
            } else if (xml.name() == QLatin1String("c")) {
                column = columnOf(attributes.value(QLatin1String("r")));
                type = attributes.value(QLatin1String("t")).toString();
                const int style = attributes.value(QLatin1String("s")).toInt();
                cell = XlsxCell{};
                if (type == QLatin1String("b"))
                    cell.kind = XlsxCell::Kind::Boolean;
                else if (type.isEmpty() || type == QLatin1String("n"))
                    cell.kind = dates.value(style) ? XlsxCell::Kind::DateTime : XlsxCell::Kind::Number;
            } else if (xml.name() == QLatin1String("f")) {
                cell.formula = true;
            } else if (xml.name() == QLatin1String("v")) {
                const QString v = xml.readElementText();
                cell.value = type == QLatin1String("s") ? shared.value(v.toInt()) : v;
            } else if (xml.name() == QLatin1String("t")) {
                cell.value += xml.readElementText(); // an inline string
            }
        }
    }
    return book;
}

} // namespace callrail::test

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace callrail {

/// The rows of one worksheet, compressed apart (DeflatedFile): where they go and what they are.
struct SheetRowsPart
{
    QString entry;    ///< the sheet's zip entry, "xl/worksheets/sheet2.xml"
    QString path;     ///< the raw DEFLATE file, ended by a sync flush
    quint32 crc = 0;  ///< CRC-32 of the rows' XML
    quint64 size = 0; ///< bytes of the rows' XML
    quint64 compressedSize = 0;
    QByteArray range; ///< the cells the rows span, "A1:P1201": the sheet's <dimension>
};

/// Writes the workbook `to` from libxlsxwriter's workbook `from`, whose sheets in `rows` have no cells of
/// their own: every other entry is copied as it is (no new compression), and each of those sheets gets its
/// rows as its <sheetData> and their range as its <dimension>. The rows are not compressed again either: the
/// sheet's entry is its head, compressed here, the rows' DEFLATE as it is (it ends on a byte boundary), and
/// its tail; only the CRC is combined. Zip64 where an entry or the file passes 4 GB. False with a message
/// when it cannot.
bool assembleWorkbook(const QString &from, const QString &to, const QList<SheetRowsPart> &rows,
                      QString *error);

/// CRC-32 of A followed by B from the CRCs of both and B's length (zlib's crc32_combine, whose length is a
/// 32-bit long on Windows).
quint32 crc32Combine(quint32 crcA, quint32 crcB, quint64 lengthB);

} // namespace callrail

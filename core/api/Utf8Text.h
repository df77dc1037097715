#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace callrail {

/// UTF-8 bytes of one value as a QString, every character kept. QString::fromUtf8() takes a leading U+FEFF
/// for a byte order mark and drops it; inside CallRail's data it is a character of the value and must stay.
inline QString textFromUtf8(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom)(bytes);
    return QString::fromUtf8(bytes);
}

} // namespace callrail

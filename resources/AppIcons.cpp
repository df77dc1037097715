#include "AppIcons.h"

#include <QFile>

namespace callrail {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/app/callrail-extractor-%1.png").arg(size), QSize(size, size));
    return icon;
}

QIcon actionIcon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/actions/%1.png").arg(name);
    // QIcon would accept a missing file and paint nothing; a null icon lets the caller notice.
    if (!QFile::exists(path))
        return {};
    return QIcon(path); // QIcon finds the @2x twin next to it by itself
}

} // namespace callrail

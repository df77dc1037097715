#include "config/AppFolders.h"

#include "Version.h"

#include <QStandardPaths>

namespace callrail {

QString appDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') +
           QStringLiteral(CALLRAIL_EXTRACTOR_NAME);
}

} // namespace callrail

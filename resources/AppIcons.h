#pragma once

#include <QIcon>
#include <QString>

namespace callrail {

/// The application icon in every size that was drawn (16–512 px), for QApplication::setWindowIcon().
/// Needs the callrail_resources library, which embeds the PNGs at :/icons/app/.
QIcon applicationIcon();

/// One of the window's action icons: "start", "cancel", "save", "demo", "show-key" or "hide-key" (24 px, with
/// a 48 px twin for high-DPI screens). An unknown name gives a null icon.
QIcon actionIcon(const QString &name);

} // namespace callrail

#pragma once

#include <QLocale>

namespace callrail {

/// Installs the translators for @p locale on the running QCoreApplication: the project's own catalogue
/// (embedded at :/i18n/callrail_<lang>.qm by the callrail_translations library) and Qt's qtbase catalogue
/// from Qt's translations folder when one is installed there. English has a catalogue of plural forms only
/// ("1 file", "2 files": the source strings say "file(s)"), which is also installed for languages without a
/// catalogue of their own. Call it once in main(), right after constructing the application object and
/// before any text is built.
/// Returns true when the project's catalogue for that locale's language was found and installed.
/// When the language shown differs from the locale's own (LANGUAGE=fr with LANG=en_US), the default QLocale
/// becomes numberLocale()'s, so that numbers and dates are written the way the language shown writes them.
bool installTranslations(const QLocale &locale = QLocale());

/// The locale numbers and dates are written in when the window's text is in `shownLanguage`: `system` when
/// it speaks that language (keeping its territory: fr_CA stays fr_CA), else the shown language's own.
QLocale numberLocale(const QLocale &system, QLocale::Language shownLanguage);

} // namespace callrail

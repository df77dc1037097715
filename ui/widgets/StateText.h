#pragma once

#include <QLabel>
#include <QString>

namespace callrail {

/// Shows `text` in a label that tells a state (the key's test, the budget, a problem): on screen, and to a
/// screen reader as the label's accessible description. Such a label's accessible name is fixed and says what
/// it is about ("Key status"), so without the description a screen-reader user would never hear the verdict.
inline void setStateText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleDescription(text);
}

} // namespace callrail

#pragma once

#include "controller/KeyController.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace callrail {

class MainController;

/// Asks for the API key (password field), tests it against CallRail, stores it in the keychain or keeps it
/// for this session only, and offers the demo data. Shown when there is no key, or CallRail rejected it.
class KeyPage : public QWidget
{
    Q_OBJECT
public:
    explicit KeyPage(MainController *controller, QWidget *parent = nullptr);

    /// Shows a message above the field (e.g. why the prompt reopened).
    void showMessage(const QString &message, bool offerSessionOnly);
    /// Clears the field (the key must not linger in a widget once stored).
    void clearKey();
    /// Whether "Back" is offered (a key or demo is in use, the user only came to change it).
    void setBackVisible(bool visible);

signals:
    void backRequested();

private:
    void updateState();

    MainController *m_controller;
    QLineEdit *m_keyEdit = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_storeButton = nullptr;
    QPushButton *m_sessionButton = nullptr;
    QPushButton *m_anywayButton = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_waiting = nullptr;
};

} // namespace callrail

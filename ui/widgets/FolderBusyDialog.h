#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace callrail {

/// Asked when another run (a scheduled refresh, the command line, a second window) is updating the export
/// folder the analyst wants to save into or refresh: who holds it, in words, and an offer to wait. Waiting
/// tries the folder again every second and closes, accepted, as soon as it is free; Cancel gives up.
class FolderBusyDialog : public QDialog
{
    Q_OBJECT

public:
    /// `holder` says who holds the folder; `tryAgain` takes it when it is free (true), and must not block.
    FolderBusyDialog(const QString &holder, std::function<bool()> tryAgain, QWidget *parent = nullptr);

    /// The window's question (UiHooks::waitForFolder): modal; true once the folder was taken.
    static bool askToWait(QWidget *parent, const QString &holder, const std::function<bool()> &tryAgain);

    bool isWaiting() const;

private:
    void startWaiting();

    QString m_holder;
    std::function<bool()> m_tryAgain;
    QLabel *m_message = nullptr;
    QProgressBar *m_waiting = nullptr;
    QPushButton *m_wait = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace callrail

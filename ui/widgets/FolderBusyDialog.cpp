#include "widgets/FolderBusyDialog.h"

#include "widgets/StateText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace callrail {

namespace {
constexpr int kPollMs = 1000; // a lock file checked once a second costs nothing and feels immediate
}

FolderBusyDialog::FolderBusyDialog(const QString &holder, std::function<bool()> tryAgain, QWidget *parent)
    : QDialog(parent)
    , m_holder(holder)
    , m_tryAgain(std::move(tryAgain))
{
    setWindowTitle(tr("Export folder in use"));
    setObjectName(QStringLiteral("folderBusyDialog"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("folderBusyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Who is using the folder"));
    const QString text = tr("%1.\n\nWait for it to end? This goes ahead by itself as soon as the folder is "
                            "free; nothing is lost by waiting.")
                             .arg(holder);
    setStateText(m_message, text);

    m_waiting = new QProgressBar(this);
    m_waiting->setObjectName(QStringLiteral("folderBusyWaiting"));
    m_waiting->setRange(0, 0); // no end known: the other run's own progress is not ours to see
    m_waiting->setTextVisible(false);
    m_waiting->setAccessibleName(tr("Waiting for the other run to end"));
    m_waiting->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_wait = buttons->addButton(tr("&Wait"), QDialogButtonBox::ActionRole);
    m_wait->setObjectName(QStringLiteral("folderBusyWait"));
    m_wait->setAccessibleDescription(tr("Wait for the other run, then go ahead"));
    m_wait->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("folderBusyCancel"));
    cancel->setAccessibleDescription(tr("Give up; nothing is saved or refreshed"));
    connect(m_wait, &QPushButton::clicked, this, &FolderBusyDialog::startWaiting);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_tryAgain())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_waiting);
    layout->addWidget(buttons);
}

bool FolderBusyDialog::askToWait(QWidget *parent, const QString &holder,
                                 const std::function<bool()> &tryAgain)
{
    FolderBusyDialog dialog(holder, tryAgain, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool FolderBusyDialog::isWaiting() const
{
    return m_poll->isActive();
}

void FolderBusyDialog::startWaiting()
{
    m_wait->setEnabled(false);
    m_waiting->show();
    const QString text = tr("%1.\n\nWaiting for it to end…").arg(m_holder);
    setStateText(m_message, text);
    if (m_tryAgain()) {
        accept();
        return;
    }
    m_poll->start();
}

} // namespace callrail

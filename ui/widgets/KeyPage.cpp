#include "KeyPage.h"

#include "AppIcons.h"
#include "controller/MainController.h"
#include "widgets/StateText.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace callrail {

KeyPage::KeyPage(MainController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("keyPage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *box = new QGroupBox(tr("Connect to CallRail"), this);
    box->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(box);
    auto *intro =
        new QLabel(tr("Paste your CallRail API v3 key. You find it in CallRail under Settings → API Keys. "
                      "It is kept in your system keychain and never written to a file."),
                   box);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_keyEdit = new QLineEdit(box);
    m_keyEdit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setAccessibleName(tr("API key"));
    m_keyEdit->setPlaceholderText(tr("API key"));
    // Copying a password field is blocked by Qt; also keep the key out of undo history and drags.
    m_keyEdit->setDragEnabled(false);
    m_keyEdit->setContextMenuPolicy(Qt::NoContextMenu);
    // The eye is shipped with the application: a theme icon would be missing on Windows, macOS and desktops
    // without an icon theme, leaving an invisible toggle.
    auto *reveal = m_keyEdit->addAction(actionIcon(QStringLiteral("show-key")), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealKeyAction"));
    reveal->setCheckable(true);
    reveal->setText(tr("Show the key"));
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool on) {
        m_keyEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setIcon(actionIcon(on ? QStringLiteral("hide-key") : QStringLiteral("show-key")));
        reveal->setText(on ? tr("Hide the key") : tr("Show the key"));
        reveal->setToolTip(reveal->text());
    });
    form->addRow(tr("&API key:"), m_keyEdit);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test"), box);
    m_testButton->setObjectName(QStringLiteral("testKeyButton"));
    m_testButton->setToolTip(tr("Ask CallRail which accounts this key can see."));
    m_storeButton = new QPushButton(tr("&Save key"), box);
    m_storeButton->setObjectName(QStringLiteral("storeKeyButton"));
    m_storeButton->setDefault(true);
    m_storeButton->setToolTip(tr("Store the key in the system keychain and continue."));
    m_sessionButton = new QPushButton(tr("Use for this session &only"), box);
    m_sessionButton->setObjectName(QStringLiteral("sessionKeyButton"));
    m_sessionButton->setToolTip(tr("Keep the key in memory until you quit; nothing is stored."));
    m_sessionButton->setVisible(false);
    // Only offered after Save key refused a key that failed its test: replacing a working key with it must
    // be a deliberate second click, never Enter.
    m_anywayButton = new QPushButton(tr("Save &anyway"), box);
    m_anywayButton->setObjectName(QStringLiteral("storeAnywayButton"));
    m_anywayButton->setToolTip(tr("Store this key although its test failed; it replaces the stored key."));
    m_anywayButton->setAutoDefault(false);
    m_anywayButton->setVisible(false);
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_storeButton);
    buttons->addWidget(m_anywayButton);
    buttons->addWidget(m_sessionButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_waiting = new QLabel(tr("Waiting for the keychain…"), box);
    m_waiting->setObjectName(QStringLiteral("keychainWaitingLabel"));
    m_waiting->setVisible(false);
    layout->addWidget(m_waiting);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("keyStatusLabel"));
    m_status->setAccessibleName(tr("Key status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *demoBox = new QGroupBox(tr("No key at hand?"), this);
    demoBox->setMaximumWidth(640);
    auto *demoLayout = new QHBoxLayout(demoBox);
    auto *demoText = new QLabel(
        tr("Try everything on a built-in demo account first. Nothing is sent to CallRail."), demoBox);
    demoText->setWordWrap(true);
    m_demoButton = new QPushButton(tr("Try with &demo data"), demoBox);
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    demoLayout->addWidget(demoText, 1);
    demoLayout->addWidget(m_demoButton);

    m_backButton = new QPushButton(tr("&Back"), this);
    m_backButton->setObjectName(QStringLiteral("keyBackButton"));
    m_backButton->setVisible(false);

    auto *center = new QHBoxLayout;
    center->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addWidget(box);
    column->addWidget(demoBox);
    column->addWidget(m_backButton, 0, Qt::AlignLeft);
    center->addLayout(column, 4);
    center->addStretch(1);
    outer->addLayout(center);
    outer->addStretch(2);

    KeyController *keys = m_controller->keys();
    connect(m_testButton, &QPushButton::clicked, this, [this, keys] {
        setStateText(m_status, tr("Asking CallRail…"));
        // A real key is always tested against CallRail (the remembered base URL), even during the demo.
        keys->test(m_keyEdit->text(), m_controller->preferences().get<QUrl>(Pref::BaseUrl));
        updateState();
    });
    connect(m_storeButton, &QPushButton::clicked, this, [this, keys] {
        keys->store(m_keyEdit->text(), m_controller->preferences().get<QUrl>(Pref::BaseUrl));
        updateState();
    });
    connect(m_anywayButton, &QPushButton::clicked, this, [this, keys] {
        m_anywayButton->setVisible(false);
        keys->storeAnyway(m_keyEdit->text());
    });
    connect(keys, &KeyController::storeRefused, this, [this](const QString &message) {
        setStateText(m_status,
                     message + QLatin1Char(' ') +
                         tr("It was not saved; the key you had stays as it was. Correct the key, or choose "
                            "Save anyway."));
        m_anywayButton->setVisible(true);
        updateState();
    });
    connect(m_keyEdit, &QLineEdit::returnPressed, m_storeButton, &QPushButton::click);
    connect(m_sessionButton, &QPushButton::clicked, this,
            [this, keys] { keys->useForSession(m_keyEdit->text()); });
    connect(m_demoButton, &QPushButton::clicked, this, [this] { m_controller->startDemo(); });
    connect(m_backButton, &QPushButton::clicked, this, &KeyPage::backRequested);
    connect(m_keyEdit, &QLineEdit::textChanged, this, [this] {
        m_anywayButton->setVisible(false);
        updateState();
    });
    connect(keys, &KeyController::stateChanged, this, [this](KeyController::State state) {
        if (state == KeyController::State::Ready)
            clearKey();
        updateState();
    });
    connect(keys, &KeyController::problem, this, &KeyPage::showMessage);
    connect(keys, &KeyController::notice, this,
            [this](const QString &message) { setStateText(m_status, message); });
    connect(keys, &KeyController::testFinished, this, [this](bool, const QString &message) {
        setStateText(m_status, message);
        updateState();
    });
    setTabOrder(m_keyEdit, m_testButton);
    setTabOrder(m_testButton, m_storeButton);
    setTabOrder(m_storeButton, m_anywayButton);
    setTabOrder(m_anywayButton, m_sessionButton);
    setTabOrder(m_sessionButton, m_demoButton);
    updateState();
}

void KeyPage::showMessage(const QString &message, bool offerSessionOnly)
{
    setStateText(m_status, message);
    m_sessionButton->setVisible(offerSessionOnly || m_controller->keys()->keychainUnavailable());
    updateState();
}

void KeyPage::clearKey()
{
    m_keyEdit->clear();
}

void KeyPage::setBackVisible(bool visible)
{
    m_backButton->setVisible(visible);
}

void KeyPage::updateState()
{
    KeyController *keys = m_controller->keys();
    const bool waiting = keys->state() == KeyController::State::Waiting;
    const bool hasText = !m_keyEdit->text().trimmed().isEmpty();
    m_waiting->setVisible(waiting);
    // Typing and the demo stay available while the keychain answers: only storing waits for it.
    m_testButton->setEnabled(hasText && !keys->isTesting());
    m_storeButton->setEnabled(hasText && !waiting && !keys->isTesting());
    m_anywayButton->setEnabled(hasText && !waiting && !keys->isTesting());
    m_sessionButton->setEnabled(hasText && !waiting);
    if (keys->keychainUnavailable())
        m_sessionButton->setVisible(true);
}

} // namespace callrail

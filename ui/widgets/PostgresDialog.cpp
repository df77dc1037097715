#include "PostgresDialog.h"

#include "support/Background.h"
#include "export/PostgresConnection.h"
#include "widgets/StateText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace callrail {

PostgresDialog::PostgresDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("postgresDialog"));
    setWindowTitle(tr("Save as a PostgreSQL database"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The lists go into tables of this schema, merged by id with what is there "
                                "already. The password is kept in the system's keychain."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const auto field = [this](const char *name, const QString &accessible) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        connect(edit, &QLineEdit::textChanged, this, &PostgresDialog::updateEnabled);
        return edit;
    };
    m_host = field("postgresHost", tr("Server"));
    m_host->setPlaceholderText(tr("localhost, or a server's name"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("postgresPort"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = field("postgresDatabase", tr("Database"));
    m_user = field("postgresUser", tr("User"));
    m_password = field("postgresPassword", tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_schema = field("postgresSchema", tr("Schema"));
    m_schema->setText(PostgresConnection::defaultSchema());
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("S&chema:"), m_schema);
    layout->addLayout(form);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("postgresResultLabel"));
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("postgresTestButton"));
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("postgresSaveButton"));
    layout->addWidget(buttons);
    connect(m_test, &QPushButton::clicked, this, &PostgresDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

PostgresDialog::~PostgresDialog()
{
    m_check.waitForFinished(); // a test in flight holds only copies; let it end before the dialog goes
}

void PostgresDialog::setLogin(const QString &host, int port, const QString &database, const QString &user,
                              const QString &schema, const QString &password)
{
    m_host->setText(host);
    m_port->setValue(port);
    m_database->setText(database);
    m_user->setText(user);
    m_schema->setText(schema);
    m_password->setText(password);
}

QString PostgresDialog::host() const
{
    return m_host->text().trimmed();
}

int PostgresDialog::port() const
{
    return m_port->value();
}

QString PostgresDialog::database() const
{
    return m_database->text().trimmed();
}

QString PostgresDialog::user() const
{
    return m_user->text().trimmed();
}

QString PostgresDialog::schema() const
{
    const QString schema = m_schema->text().trimmed();
    return schema.isEmpty() ? PostgresConnection::defaultSchema() : schema;
}

QString PostgresDialog::password() const
{
    return m_password->text();
}

QString PostgresDialog::connInfo() const
{
    return PostgresConnection::connInfo(host(), port(), database(), user());
}

void PostgresDialog::testConnection()
{
    if (m_check.isRunning())
        return;
    setStateText(m_result, tr("Connecting…"));
    // A connection attempt can take seconds: on the thread pool, with copies of the values.
    m_check = runThenCallBack(
        this,
        [connInfo = connInfo(), password = password()] {
            return PostgresConnection::check(connInfo, password);
        },
        [this](const QString &problem) {
            const QString text = problem.isEmpty() ? tr("Connected: the database is ready.") : problem;
            setStateText(m_result, text);
            updateEnabled();
            emit tested(problem.isEmpty(), text);
        });
    updateEnabled();
}

void PostgresDialog::updateEnabled()
{
    if (!m_test)
        return; // a field filled while the dialog is being built
    const bool named = !database().isEmpty();
    m_test->setEnabled(named && !m_check.isRunning());
    m_save->setEnabled(named);
}

} // namespace callrail

#pragma once

#include <QDialog>
#include <QFuture>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace callrail {

/// Save as a PostgreSQL database: where the server is, who connects (the password goes to the keychain, never
/// to a file), the schema the tables go in, and Test connection, which tries it without blocking the window.
class PostgresDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PostgresDialog(QWidget *parent = nullptr);
    ~PostgresDialog() override;

    void setLogin(const QString &host, int port, const QString &database, const QString &user,
                  const QString &schema, const QString &password);
    QString host() const;
    int port() const;
    QString database() const;
    QString user() const;
    QString schema() const;
    QString password() const;
    /// The libpq connection string of the fields (no password).
    QString connInfo() const;

    /// Tries the connection now (Test connection); the result label says how it went.
    void testConnection();

signals:
    void tested(bool ok, const QString &message);

private:
    void updateEnabled();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_schema = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_result = nullptr;
    QFuture<void> m_check; ///< the connection test under way
};

} // namespace callrail

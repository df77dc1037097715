#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace callrail {

/// The seed design's settings from environment variables and from a `.env` file in the working directory:
/// CALLRAIL_API_KEY, CALLRAIL_BASE_URL, LOG_LEVEL, DATA_DIR, BATCH_SIZE, MAX_RETRIES. A snapshot taken at
/// construction: later changes to the environment or the file are not seen.
class Environment
{
public:
    /// Reads the process environment and, if present, the .env file in `directory` (default: current dir).
    /// Real environment variables win over .env entries.
    explicit Environment(const QString &dotEnvDirectory = QString());

    /// The value, trimmed; empty values count as absent (an empty environment variable lets a .env entry
    /// through).
    std::optional<QString> value(const QString &name) const;

    /// "environment", ".env" or "" — for messages, never the value.
    QString source(const QString &name) const;

    /// The .env file that was read, empty when there was none.
    QString dotEnvPath() const { return m_dotEnvPath; }

    /// KEY=VALUE, export KEY=…, # comments, single/double-quoted values (with \n escapes in double quotes,
    /// which may also span lines), inline " # comment" after unquoted values, CRLF, BOM. Later duplicates
    /// win.
    static QHash<QString, QString> parseDotEnv(const QByteArray &content);

private:
    QProcessEnvironment m_environment;
    QHash<QString, QString> m_dotEnv;
    QString m_dotEnvPath;
};

} // namespace callrail

#include "config/Environment.h"

#include "config/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

namespace callrail {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

} // namespace

Environment::Environment(const QString &dotEnvDirectory)
{
    // QProcessEnvironment rather than a QHash: variable names are case-insensitive on Windows.
    m_environment = QProcessEnvironment::systemEnvironment();

    const QString directory = dotEnvDirectory.isEmpty() ? QDir::currentPath() : dotEnvDirectory;
    QFile file(QDir(directory).filePath(QStringLiteral(".env")));
    if (file.exists()) {
        if (file.open(QIODevice::ReadOnly)) {
            m_dotEnv = parseDotEnv(file.readAll());
            m_dotEnvPath = file.fileName();
            qCDebug(lcConfig) << "Read" << m_dotEnv.size() << "entries from" << m_dotEnvPath;
        } else {
            qCWarning(lcConfig).noquote()
                << QStringLiteral("Cannot read %1: %2")
                       .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        }
    }
}

std::optional<QString> Environment::value(const QString &name) const
{
    QString v = m_environment.value(name).trimmed();
    if (v.isEmpty())
        v = m_dotEnv.value(name).trimmed();
    if (v.isEmpty())
        return std::nullopt;
    return v;
}

QString Environment::source(const QString &name) const
{
    if (!m_environment.value(name).trimmed().isEmpty())
        return QStringLiteral("environment");
    if (!m_dotEnv.value(name).trimmed().isEmpty())
        return QStringLiteral(".env");
    return QString();
}

QHash<QString, QString> Environment::parseDotEnv(const QByteArray &content)
{
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    QHash<QString, QString> result;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto skipToNextLine = [&] {
        while (i < n && text.at(i) != QLatin1Char('\n'))
            ++i;
        if (i < n)
            ++i;
    };
    while (i < n) {
        while (i < n && (isSpace(text.at(i)) || text.at(i) == QLatin1Char('\n')))
            ++i;
        if (i >= n)
            break;
        if (text.at(i) == QLatin1Char('#')) {
            skipToNextLine();
            continue;
        }
        // The key runs to '=' on the same line; "export " before it is the shell form and is dropped.
        const qsizetype lineEnd = [&] {
            const qsizetype e = text.indexOf(QLatin1Char('\n'), i);
            return e < 0 ? n : e;
        }();
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0 || eq > lineEnd) {
            skipToNextLine();
            continue;
        }
        QString key = text.mid(i, eq - i).trimmed();
        if (key.startsWith(QLatin1String("export")) && key.size() > 6 && isSpace(key.at(6)))
            key = key.mid(7).trimmed();
        i = eq + 1;
        while (i < n && isSpace(text.at(i)))
            ++i;

        QString value;
        const QChar quote = i < n ? text.at(i) : QChar();
        if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i);
                if (c == quote) {
                    closed = true;
                    ++i;
                    break;
                }
                if (quote == QLatin1Char('"') && c == QLatin1Char('\\') && i + 1 < n) {
                    const QChar e = text.at(i + 1);
                    if (e == QLatin1Char('n'))
                        value += QLatin1Char('\n');
                    else if (e == QLatin1Char('r'))
                        value += QLatin1Char('\r');
                    else if (e == QLatin1Char('t'))
                        value += QLatin1Char('\t');
                    else if (e == QLatin1Char('"') || e == QLatin1Char('\\'))
                        value += e;
                    else
                        value += c + e;
                    i += 2;
                    continue;
                }
                value += c;
                ++i;
            }
            if (!closed) {
                // An unterminated quote: keep the rest of its first line, as written, rather than swallowing
                // every later line of the file into one value.
                i = eq + 1;
                while (i < n && isSpace(text.at(i)))
                    ++i;
                value = text.mid(i, lineEnd - i).trimmed();
                i = lineEnd;
            }
            skipToNextLine(); // anything after the closing quote (a comment) is ignored
        } else {
            QString raw = text.mid(i, lineEnd - i);
            // An unquoted value ends at " #" (a comment); a '#' inside a word ("abc#1") is part of the value.
            for (qsizetype k = 1; k < raw.size(); ++k) {
                if (raw.at(k) == QLatin1Char('#') && isSpace(raw.at(k - 1))) {
                    raw.truncate(k);
                    break;
                }
            }
            if (raw.startsWith(QLatin1Char('#')))
                raw.clear();
            value = raw.trimmed();
            i = lineEnd;
            skipToNextLine();
        }
        if (!key.isEmpty() && !key.contains(QLatin1Char(' ')))
            result.insert(key, value);
    }
    return result;
}

} // namespace callrail

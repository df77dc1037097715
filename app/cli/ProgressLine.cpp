#include "ProgressLine.h"

#include <QLocale>
#include <QStringList>

#ifdef Q_OS_WIN
#include <io.h>
#define CALLRAIL_ISATTY _isatty
#define CALLRAIL_FILENO _fileno
#else
#include <unistd.h>
#define CALLRAIL_ISATTY isatty
#define CALLRAIL_FILENO fileno
#endif

namespace callrail::cli {

ProgressLine::ProgressLine(FILE *stream)
    : m_stream(stream)
{}

bool ProgressLine::isTerminal(FILE *stream)
{
    return CALLRAIL_ISATTY(CALLRAIL_FILENO(stream)) != 0;
}

void ProgressLine::update(const EndpointProgress &progress)
{
    const QString key = progress.accountId + QLatin1Char('/') + progress.endpoint;
    const int previous = m_running.value(key).requests;
    m_requests += progress.requests - previous;
    m_running.insert(key, progress);
    if (progress.budgetLeftHour >= 0)
        m_budgetLeftHour = progress.budgetLeftHour;
    draw(false);
}

void ProgressLine::finished(const EndpointResult &result, int total)
{
    m_running.remove(result.accountId + QLatin1Char('/') + result.endpoint);
    ++m_done;
    m_total = total;
    draw(true);
}

void ProgressLine::clear()
{
    if (m_visible) {
        std::fputs("\r\033[K", m_stream);
        std::fflush(m_stream);
        m_visible = false;
    }
}

void ProgressLine::printLine(const QString &text)
{
    clear();
    std::fputs(text.toLocal8Bit().constData(), m_stream);
    std::fputc('\n', m_stream);
    std::fflush(m_stream);
    draw(true);
}

void ProgressLine::draw(bool force)
{
    if (!m_enabled)
        return;
    // A terminal redrawn more than ten times a second only flickers.
    if (!force && m_sinceDraw.isValid() && m_sinceDraw.elapsed() < 100)
        return;
    m_sinceDraw.start();
    const QLocale locale;
    QStringList parts;
    for (const EndpointProgress &p : std::as_const(m_running)) {
        if (parts.size() == 3) {
            parts.append(QStringLiteral("…"));
            break;
        }
        parts.append(p.expected >= 0
                         ? QStringLiteral("%1 %2/%3")
                               .arg(p.endpoint, locale.toString(p.records), locale.toString(p.expected))
                         : QStringLiteral("%1 %2").arg(p.endpoint, locale.toString(p.records)));
    }
    QString line = parts.join(QStringLiteral(" · "));
    if (m_total > 0)
        line += QStringLiteral("  [%1/%2 done]").arg(m_done).arg(m_total);
    line += QStringLiteral("  %1 requests").arg(m_requests);
    if (m_budgetLeftHour >= 0)
        line += QStringLiteral(", %1 left this hour").arg(m_budgetLeftHour);
    std::fputs("\r\033[K", m_stream);
    std::fputs(line.toLocal8Bit().constData(), m_stream);
    std::fflush(m_stream);
    m_visible = true;
}

} // namespace callrail::cli

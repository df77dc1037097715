#pragma once

#include "engine/RunTypes.h"

#include <QElapsedTimer>
#include <QMap>
#include <QString>

#include <cstdio>

namespace callrail::cli {

/// The live progress line on stderr: endpoints running with their counts, requests and budget. Only used when
/// stderr is a terminal; other output clears it first so that lines never interleave.
class ProgressLine
{
public:
    explicit ProgressLine(FILE *stream);

    static bool isTerminal(FILE *stream);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    void update(const EndpointProgress &progress);
    void finished(const EndpointResult &result, int total);
    /// Erases the line (before printing something else, and at the end).
    void clear();
    /// Prints a line of text above the progress line.
    void printLine(const QString &text);

private:
    void draw(bool force);

    FILE *m_stream;
    bool m_enabled = false;
    bool m_visible = false;
    QMap<QString, EndpointProgress> m_running;
    int m_done = 0;
    int m_total = 0;
    int m_requests = 0;
    int m_budgetLeftHour = -1;
    QElapsedTimer m_sinceDraw;
};

} // namespace callrail::cli

#pragma once

// The staged JSON Lines file of calls that benchmarks 7 (the Excel workbook) and 8 (the SQLite database)
// read.

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QTimeZone>

namespace callrail::bench {

/// Calls with CallRail's default fields, shaped like shared/callrail-api.md's example, varied per row.
inline bool writeStagedCalls(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    static const char *const names[] = {"DANA PRUITT", "Lee Ortiz", "Sam O'Neil", "Zoë Adler", nullptr};
    static const char *const cities[] = {"Atlanta", "Decatur", "Marietta", "Athens"};
    QByteArray buffer;
    buffer.reserve(1 << 20);
    const qint64 startSeconds = 1'767'225'600; // 2026-01-01
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 at = startSeconds + i * 31;
        const QDateTime time = QDateTime::fromSecsSinceEpoch(at, QTimeZone(-5 * 3600));
        const char *name = names[i % 5];
        const QByteArray id = QByteArray::number(i, 16).rightJustified(32, '0');
        buffer +=
            "{\"id\":\"CAL" + id + "\",\"answered\":" + (i % 4 ? "true" : "false") +
            ",\"business_phone_number\":\"+14045550123\",\"customer_city\":\"" + cities[i % 4] +
            "\",\"customer_country\":\"US\",\"customer_name\":" +
            (name ? QByteArray("\"") + name + '"' : QByteArray("null")) +
            ",\"customer_phone_number\":\"+1678555" + QByteArray::number(i % 10000).rightJustified(4, '0') +
            "\",\"customer_state\":\"GA\",\"direction\":\"inbound\",\"duration\":" +
            QByteArray::number(i % 900) + ",\"recording\":\"https://api.callrail.com/v3/a/ACC1/calls/CAL" +
            id + "/recording.json\",\"recording_duration\":\"" + QByteArray::number(i % 880) +
            "\",\"recording_player\":\"https://app.callrail.com/calls/CAL" + id +
            "/recording?access_key=3f9a\",\"start_time\":\"" + time.toString(Qt::ISODateWithMs).toLatin1() +
            "\",\"tracking_phone_number\":\"+14045550177\",\"voicemail\":" + (i % 7 ? "false" : "true") +
            "}\n";
        if (buffer.size() > (1 << 20) - 2048) {
            if (file.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return file.write(buffer) == buffer.size();
}

} // namespace callrail::bench

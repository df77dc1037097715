#pragma once

#include <QString>
#include <QUrl>

namespace callrail {

/// What CallRail API v3 itself fixes (see shared/callrail-api.md), stated once: the client, the option limits
/// and the imitation server all read these instead of repeating the numbers.
namespace ApiFacts {

/// The API root every path is relative to.
inline constexpr const char *kBaseUrl = "https://api.callrail.com/v3";
/// The most records one list request may ask for (per_page).
inline constexpr int kMaxPerPage = 250;
/// Requests allowed per account in one rate-limit window (an hour) and in a day (24 windows).
inline constexpr int kRequestsPerHour = 1000;
inline constexpr int kRequestsPerDay = 10000;
/// Length of CallRail's rate-limit window.
inline constexpr qint64 kRateWindowMs = 3'600'000;

inline QUrl defaultBaseUrl()
{
    return QUrl(QString::fromLatin1(kBaseUrl));
}

} // namespace ApiFacts

} // namespace callrail

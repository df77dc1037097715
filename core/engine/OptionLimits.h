#pragma once

#include "api/ApiFacts.h"

#include <QCoreApplication>
#include <QString>

#include <limits>

namespace callrail {

/// A whole-number option: the values it may take and the one it has when nobody chose.
struct IntLimit
{
    qint64 minimum = 0;
    qint64 maximum = 0;
    qint64 defaultValue = 0;
    /// Names the option in validate()'s message ("Records per page"); marked with QT_TRANSLATE_NOOP in the
    /// context callrail::OptionLimits and translated when the message is built.
    const char *subject = "";

    constexpr bool contains(qint64 value) const { return value >= minimum && value <= maximum; }
};

/// The limits and defaults of the extraction's numeric options, stated once. ExtractionOptions (its defaults
/// and validate()), the window's settings (ui/settings/Preferences: what it accepts back from the file) and
/// the command line (its parsing and its --help text) all read this table, so that the window and the command
/// line cannot drift apart.
class OptionLimits
{
    Q_DECLARE_TR_FUNCTIONS(callrail::OptionLimits)

public:
    static constexpr IntLimit perPage{1, ApiFacts::kMaxPerPage, ApiFacts::kMaxPerPage,
                                      QT_TRANSLATE_NOOP("callrail::OptionLimits", "Records per page")};
    static constexpr IntLimit concurrency{1, 16, 4,
                                          QT_TRANSLATE_NOOP("callrail::OptionLimits", "Concurrency")};
    static constexpr IntLimit maxRetries{0, 20, 3, QT_TRANSLATE_NOOP("callrail::OptionLimits", "Retries")};
    static constexpr IntLimit timeoutSeconds{
        1, 600, 30, QT_TRANSLATE_NOOP("callrail::OptionLimits", "The request timeout in seconds")};
    static constexpr IntLimit hourlyBudget{
        1, 1'000'000, ApiFacts::kRequestsPerHour,
        QT_TRANSLATE_NOOP("callrail::OptionLimits", "The hourly request budget")};
    static constexpr IntLimit dailyBudget{
        1, 10'000'000, ApiFacts::kRequestsPerDay,
        QT_TRANSLATE_NOOP("callrail::OptionLimits", "The daily request budget")};
    static constexpr IntLimit budgetWindowSeconds{
        1, 86'400, ApiFacts::kRateWindowMs / 1000,
        QT_TRANSLATE_NOOP("callrail::OptionLimits", "The budget window in seconds")};
    /// "All available" is requested in slices of at most this many days. Ten years is far above the 25 months
    /// CallRail keeps (so the largest value is one slice) and far below any overflow in the date arithmetic.
    static constexpr IntLimit sliceDays{
        1, 3660, 183, QT_TRANSLATE_NOOP("callrail::OptionLimits", "The date slice length in days")};
    /// Records per endpoint; 0 (the default) is no limit.
    static constexpr IntLimit recordLimit{0, std::numeric_limits<qint32>::max(), 0,
                                          QT_TRANSLATE_NOOP("callrail::OptionLimits", "The record limit")};

    /// validate()'s message, naming the setting: "Records per page must be between 1 and 250."
    static QString outOfRange(const IntLimit &limit);
    /// The command line's message, naming what was typed (a flag such as "--per-page" or an environment
    /// variable such as "BATCH_SIZE") and echoing its value: "--per-page must be a whole number from 1 to 250
    /// (got "500")."
    static QString notAWholeNumberInRange(const QString &name, const IntLimit &limit, const QString &given);
};

} // namespace callrail

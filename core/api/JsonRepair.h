#pragma once

#include <QByteArray>

namespace callrail {

/// What JsonRepair changed in a body.
struct JsonRepairs
{
    int loneSurrogates = 0; ///< \uD800-\uDFFF escapes without their other half, now \uFFFD
    int wideIntegers = 0;   ///< integers beyond 64 bits, now the nearest double (as Qt reads them)

    bool any() const { return loneSurrogates > 0 || wideIntegers > 0; }
};

/// The two things that are valid JSON (RFC 8259) but that simdjson refuses, rewritten so that it accepts
/// them, and nothing else: a text that is not valid JSON stays as broken as it was, so that the strict
/// parse that follows still rejects it. A page is never read by a more lenient parser instead: garbage
/// spliced into an answer (a raw control character inside a string, say) must fail the attempt, not
/// become data.
///
/// Returns the rewritten text; `repairs` counts what changed (nothing: the text was not repairable).
QByteArray repairValidJson(const QByteArray &text, JsonRepairs *repairs);

} // namespace callrail

#pragma once

#include <cstdio>

namespace callrail::bench {

/// One figure for scripts/bench, which collects the "RESULT <key> <value>" lines into its table.
inline void printResult(const char *key, double value)
{
    std::printf("RESULT %s %.4f\n", key, value);
    std::fflush(stdout);
}

} // namespace callrail::bench

#pragma once

/// Marks the rare branch of a function that runs for every value of an export (an escape, a quote, an
/// unknown key) as a call of its own: the common case then stays small enough for the compiler to inline,
/// without saving and restoring the registers that the rare branch needs.
#if defined(_MSC_VER)
#define CALLRAIL_NOINLINE __declspec(noinline)
#else
#define CALLRAIL_NOINLINE __attribute__((noinline))
#endif

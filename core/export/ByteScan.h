#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

// CALLRAIL_BYTESCAN_PORTABLE: the plain-word code on x86 too (its test builds it both ways).
#if !defined(CALLRAIL_BYTESCAN_PORTABLE) && ((defined(__SSE2__) && defined(__x86_64__)) || defined(_M_X64))
#include <emmintrin.h>
#define CALLRAIL_BYTESCAN_SSE2 1
#endif

/// Finding the few bytes that need attention (escapes in JSON, quotes in CSV): almost every string of a
/// CallRail record has none, and a byte-by-byte loop over them was the largest single cost of encoding a
/// page. Sixteen bytes at a time with SSE2 (every x86-64 processor has it), eight at a time in a plain
/// 64-bit word elsewhere (ARM). The answers are the same either way (tst_bytescan checks every length and
/// position).
namespace callrail::bytescan {

inline constexpr uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr uint64_t kHighBits = 0x8080808080808080ULL;

inline uint64_t load8(const char *p)
{
    uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

inline uint32_t load4(const char *p)
{
    uint32_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

/// Non-zero when one of the eight bytes of `word` equals c.
constexpr uint64_t hasByte(uint64_t word, unsigned char c)
{
    const uint64_t x = word ^ (kOnes * c);
    return (x - kOnes) & ~x & kHighBits;
}

/// Non-zero when one of the eight bytes of `word` is below n (n <= 128).
constexpr uint64_t hasByteBelow(uint64_t word, unsigned char n)
{
    return (word - kOnes * n) & ~word & kHighBits;
}

/// Equal bytes, compared eight at a time (keys are short: a library memcmp call costs more than the work).
/// The last word overlaps the one before rather than ending in a byte-by-byte loop.
inline bool sameBytes(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8) {
            if (load8(a + i) != load8(b + i))
                return false;
        }
        return load8(a + n - 8) == load8(b + n - 8);
    }
    if (n >= 4)
        return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
    for (size_t i = 0; i < n; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

/// The bytes a JSON string cannot hold as they are: control characters, the quote and the backslash.
struct JsonEscapes
{
    static constexpr bool contains(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }
    /// Non-zero when the word may hold one (exact for JSON: no false alarms).
    static constexpr uint64_t inWord(uint64_t word)
    {
        return hasByteBelow(word, 0x20) | hasByte(word, '"') | hasByte(word, '\\');
    }
#ifdef CALLRAIL_BYTESCAN_SSE2
    static __m128i inBlock(__m128i bytes)
    {
        const __m128i below = _mm_set1_epi8(0x1f);
        const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(bytes, below), below); // byte <= 0x1f
        return _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')),
                                                  _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))));
    }
#endif
};

/// The bytes that make a CSV cell need quotes wherever they are: comma, quote, CR and LF.
struct CsvSpecials
{
    static constexpr bool contains(unsigned char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; }
    /// Non-zero when the word may hold one (also for the other control characters up to CR).
    static constexpr uint64_t inWord(uint64_t word)
    {
        return hasByte(word, ',') | hasByte(word, '"') | hasByteBelow(word, '\r' + 1);
    }
#ifdef CALLRAIL_BYTESCAN_SSE2
    static __m128i inBlock(__m128i bytes)
    {
        return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(',')),
                                         _mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'))),
                            _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\r')),
                                         _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n'))));
    }
#endif
};

namespace detail {

template <typename Set>
size_t firstByteFrom(const char *p, size_t i, size_t n)
{
    for (; i < n; ++i) {
        if (Set::contains(static_cast<unsigned char>(p[i])))
            return i;
    }
    return n;
}

#ifdef CALLRAIL_BYTESCAN_SSE2
/// One bit per byte of the block that belongs to Set.
template <typename Set>
unsigned blockMask(__m128i bytes)
{
    return unsigned(_mm_movemask_epi8(Set::inBlock(bytes)));
}
#endif

} // namespace detail

namespace detail {

#ifdef CALLRAIL_BYTESCAN_SSE2
/// findFirst() for 16 bytes and more: a block at a time, the tail as one block that overlaps the last
/// whole one (whose bytes are known to be clean).
template <typename Set>
size_t firstInLong(const char *p, size_t n)
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        if (const unsigned mask = blockMask<Set>(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i))))
            return i + size_t(std::countr_zero(mask));
    }
    if (i == n)
        return n;
    const unsigned mask = blockMask<Set>(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + n - 16)));
    return mask ? n - 16 + size_t(std::countr_zero(mask)) : n;
}
#endif

} // namespace detail

/// The index of the first of the n bytes at p that belongs to Set (JsonEscapes, CsvSpecials), or n. Reads no
/// byte outside the n: short texts are read as two overlapping halves. Inline for the short texts that
/// most keys and values are.
template <typename Set>
inline size_t findFirst(const char *p, size_t n)
{
#ifdef CALLRAIL_BYTESCAN_SSE2
    if (n >= 16)
        return detail::firstInLong<Set>(p, n);
    if (n >= 8) {
        const __m128i halves = _mm_set_epi64x(int64_t(load8(p + n - 8)), int64_t(load8(p)));
        const unsigned mask = detail::blockMask<Set>(halves);
        if (mask == 0)
            return n;
        if (mask & 0xffu)
            return size_t(std::countr_zero(mask));
        return n - 8 + size_t(std::countr_zero(mask >> 8));
    }
    if (n >= 4) {
        const uint64_t word = uint64_t(load4(p)) | (uint64_t(load4(p + n - 4)) << 32);
        // Only the low eight lanes hold bytes of the text: the zeros above them are not looked at.
        const unsigned mask = detail::blockMask<Set>(_mm_cvtsi64_si128(int64_t(word))) & 0xffu;
        if (mask == 0)
            return n;
        if (mask & 0xfu)
            return size_t(std::countr_zero(mask));
        return n - 4 + size_t(std::countr_zero(mask >> 4));
    }
    return detail::firstByteFrom<Set>(p, 0, n);
#else
    size_t i = 0;
    if (n >= 8) {
        for (; i + 8 <= n; i += 8) {
            if (Set::inWord(load8(p + i)))
                break;
        }
        // The tail as one word that overlaps the last whole one: most strings end without a byte loop.
        if (i + 8 > n && (i == n || !Set::inWord(load8(p + n - 8))))
            return n;
    } else if (n >= 4) {
        if (!Set::inWord(uint64_t(load4(p)) | (uint64_t(load4(p + n - 4)) << 32)))
            return n;
    }
    return detail::firstByteFrom<Set>(p, i, n);
#endif
}

/// Whether any of the n bytes at p belongs to Set.
template <typename Set>
bool containsAny(const char *p, size_t n)
{
    return findFirst<Set>(p, n) != n;
}

} // namespace callrail::bytescan

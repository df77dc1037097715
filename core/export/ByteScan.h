#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

/// Finding the few bytes that need attention (escapes in JSON, quotes in CSV) eight bytes at a time: almost
/// every string of a CallRail record has none, and a byte-by-byte loop over them was the largest single cost
/// of encoding a page. Portable (no SIMD intrinsics), so it is the same on x86-64 and ARM.
namespace callrail::bytescan {

inline constexpr uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr uint64_t kHighBits = 0x8080808080808080ULL;

inline uint64_t load8(const char *p)
{
    uint64_t word;
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

inline uint32_t load4(const char *p)
{
    uint32_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
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

/// For 4 to 16 bytes: whether wordTest flags any of them, with two overlapping loads (two 4-byte halves are
/// tested as one word: a zero-extended half would show its zeros as control characters).
template <typename WordTest>
bool anyInShort(const char *p, size_t n, WordTest wordTest)
{
    if (n >= 8)
        return (wordTest(load8(p)) | wordTest(load8(p + n - 8))) != 0;
    return wordTest(uint64_t(load4(p)) | (uint64_t(load4(p + n - 4)) << 32)) != 0;
}

/// The index of the first byte for which isSpecial(byte) holds, or n. wordMayHaveSpecial(word) must be
/// non-zero for every eight-byte word that holds one (it may also be non-zero for others).
template <typename WordTest, typename ByteTest>
size_t findFirst(const char *p, size_t n, WordTest wordMayHaveSpecial, ByteTest isSpecial)
{
    size_t i = 0;
    if (n >= 8) {
        for (; i + 8 <= n; i += 8) {
            if (wordMayHaveSpecial(load8(p + i)))
                break;
        }
        // The tail as one word that overlaps the last whole one: most strings end without a byte loop.
        if (i + 8 > n && (i == n || !wordMayHaveSpecial(load8(p + n - 8))))
            return n;
    }
    for (; i < n; ++i) {
        if (isSpecial(static_cast<unsigned char>(p[i])))
            return i;
    }
    return n;
}

} // namespace callrail::bytescan

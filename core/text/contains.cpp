#include "text/contains.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mner {

namespace {

unsigned char fold(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u;
}

// Whether needle starts at p (the haystack has room for it).
bool matchesAt(const char *p, std::string_view needle) {
    for (size_t k = 0; k < needle.size(); ++k)
        if (fold(p[k]) != fold(needle[k])) return false;
    return true;
}

}  // namespace

bool containsIgnoringAsciiCase(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return true;
    if (needle.size() > haystack.size()) return false;
    const char *h = haystack.data();
    const size_t m = needle.size(), starts = haystack.size() - m + 1;
    size_t i = 0;
#if defined(__SSE2__)
    // 16 starts at a time: candidates are where the first and the last byte of the needle match
    // with bit 0x20 set on both sides (that folds ASCII letters, and lets a few other bytes
    // through, which matchesAt then rejects)
    const __m128i bit = _mm_set1_epi8(0x20);
    const __m128i first = _mm_set1_epi8(static_cast<char>(needle.front() | 0x20));
    const __m128i lastByte = _mm_set1_epi8(static_cast<char>(needle.back() | 0x20));
    for (; i + 16 <= starts; i += 16) {
        const __m128i a = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i)), bit);
        const __m128i b = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(h + i + m - 1)), bit);
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, lastByte))));
        while (mask) {
            const unsigned bitIndex = static_cast<unsigned>(__builtin_ctz(mask));
            if (matchesAt(h + i + bitIndex, needle)) return true;
            mask &= mask - 1;
        }
    }
#endif
    for (; i < starts; ++i)
        if (matchesAt(h + i, needle)) return true;
    return false;
}

}  // namespace mner

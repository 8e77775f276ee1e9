#include "text/utf8.h"

namespace mner {

size_t firstInvalidUtf8(std::string_view s) {
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    size_t n = s.size(), i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        unsigned cp;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else
            return i;
        if (i + static_cast<size_t>(len) > n) return i;
        for (int k = 1; k < len; ++k) {
            unsigned cc = p[i + static_cast<size_t>(k)];
            if ((cc & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += static_cast<size_t>(len);
    }
    return std::string_view::npos;
}

size_t utf16Length(std::string_view s) {
    size_t units = 0;
    for (unsigned char c : s) {
        if ((c & 0xC0) == 0x80) continue;     // continuation byte
        units += (c & 0xF8) == 0xF0 ? 2 : 1;  // 4-byte sequences become surrogate pairs
    }
    return units;
}

std::vector<size_t> utf16TokenOffsets(const std::vector<std::string_view> &tokens) {
    std::vector<size_t> off;
    off.reserve(tokens.size() + 1);
    size_t pos = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (i) ++pos;
        off.push_back(pos);
        pos += utf16Length(tokens[i]);
    }
    off.push_back(pos);
    return off;
}

}  // namespace mner

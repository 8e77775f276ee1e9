// UTF-8 checks and UTF-16 offsets. Tokens are UTF-8 everywhere in core; Qt counts UTF-16 code
// units, so the GUI maps token offsets through these helpers.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace mner {

// Returns the byte offset of the first invalid sequence (overlong forms, surrogates, code points
// above U+10FFFF and truncated sequences are invalid), or std::string_view::npos when s is valid.
size_t firstInvalidUtf8(std::string_view s);

// Number of UTF-16 code units needed for valid UTF-8 s (a code point above U+FFFF takes two).
// Requires: s is valid UTF-8.
size_t utf16Length(std::string_view s);

// UTF-16 offsets of the tokens when joined with single spaces: result[i] is where token i starts,
// result[n] is the total length.
std::vector<size_t> utf16TokenOffsets(const std::vector<std::string_view> &tokens);

}  // namespace mner

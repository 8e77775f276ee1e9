// Substring search as the tweet list's text filter does it.
#pragma once

#include <string_view>

namespace mner {

// Whether needle occurs in haystack, ASCII letters compared without case ("obama" finds "Obama"),
// every other byte exactly: what SQLite's LIKE '%needle%' answers, with no wildcards and without
// its per-character walk. UTF-8 stays whole (a multi-byte character only matches itself). An
// empty needle is found everywhere.
bool containsIgnoringAsciiCase(std::string_view haystack, std::string_view needle);

}  // namespace mner

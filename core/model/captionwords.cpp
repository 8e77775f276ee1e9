// Image words from a caption (no torch: a plain text helper of the model library).
#include "model/model.h"

#include <cctype>
#include <set>

namespace mner {

std::vector<std::string> captionWords(const std::string &caption, int max) {
    static const std::set<std::string> stop = {
        "a",    "an",  "the",  "of",    "in",  "on",    "at",   "to",    "for",   "from",  "by",  "with", "and",  "or", "is",
        "are",  "was", "were", "be",    "it",  "its",   "this", "that",  "there", "their", "his", "her",  "some", "as", "into",
        "over", "up",  "next", "front", "top", "other", "each", "while", "who",   "which", "has", "have", "being"};
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty() && !stop.count(cur) && int(out.size()) < max) out.push_back(cur);
        cur.clear();
    };
    for (char ch : caption) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c >= 0x80)
            cur += char(std::tolower(c));
        else
            flush();
    }
    flush();
    return out;
}

}  // namespace mner

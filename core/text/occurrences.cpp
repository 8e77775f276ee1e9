#include "text/occurrences.h"

namespace mner {

namespace {
bool sameToken(const std::string &a, const std::string &b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}
}  // namespace

std::vector<Occurrence> findUnlabelledOccurrences(const std::map<int64_t, std::vector<std::string>> &words,
                                                  const std::map<int64_t, std::vector<std::string>> &tags,
                                                  const std::vector<std::string> &phrase, int64_t skipTweet, int skipBegin,
                                                  int skipEnd) {
    std::vector<Occurrence> out;
    const int n = int(phrase.size());
    if (n == 0) return out;
    for (const auto &[id, w] : words) {
        auto t = tags.find(id);
        if (t == tags.end() || t->second.size() != w.size()) continue;
        for (int b = 0; b + n <= int(w.size());) {
            bool match = true;
            const auto at = size_t(b);
            for (size_t k = 0; k < size_t(n) && match; ++k) match = sameToken(w[at + k], phrase[k]);
            for (size_t k = 0; k < size_t(n) && match; ++k) match = t->second[at + k] == "O";
            if (match && id == skipTweet && b < skipEnd && b + n > skipBegin) match = false;
            if (match) {
                out.push_back({id, b, b + n});
                b += n;
            } else {
                ++b;
            }
        }
    }
    return out;
}

}  // namespace mner

#include "labeling.h"

#include "text/tags.h"

namespace mner::ui {

std::vector<std::string> relabel(const std::vector<std::string> &tags, int begin, int end, const std::string &type) {
    std::vector<std::string> t = tags;
    int n = static_cast<int>(t.size());
    begin = std::max(0, begin);
    end = std::min(n, end);
    for (int i = begin; i < end; ++i) t[size_t(i)] = type.empty() ? "O" : (i == begin ? "B-" : "I-") + type;
    // the rest of a span cut on the right starts anew
    if (end < n && splitTag(t[size_t(end)]).prefix == "I") t[size_t(end)] = "B-" + splitTag(t[size_t(end)]).type;
    return tagsOf(spansOf(t), n);  // also turns any I- after O into B-
}

std::pair<int, int> changedRange(const std::vector<std::string> &a, const std::vector<std::string> &b) {
    int n = static_cast<int>(std::min(a.size(), b.size()));
    int begin = 0;
    while (begin < n && a[size_t(begin)] == b[size_t(begin)]) ++begin;
    if (begin == n) return {n, n};
    int end = n;
    while (end > begin && a[size_t(end - 1)] == b[size_t(end - 1)]) --end;
    return {begin, end};
}

}  // namespace mner::ui

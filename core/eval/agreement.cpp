#include "eval/agreement.h"

#include <map>
#include <stdexcept>

namespace mner {

Agreement agreement(const std::vector<std::vector<std::string>> &a, const std::vector<std::vector<std::string>> &b) {
    if (a.size() != b.size()) throw std::invalid_argument("agreement: the two annotations cover different numbers of tweets");
    Agreement r;
    std::map<std::string, double> ca, cb;
    int same = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].size() != b[i].size())
            throw std::invalid_argument("agreement: tweet " + std::to_string(i + 1) + " has " + std::to_string(a[i].size()) +
                                        " tags in one annotation and " + std::to_string(b[i].size()) + " in the other");
        for (size_t t = 0; t < a[i].size(); ++t) {
            same += a[i][t] == b[i][t];
            ca[a[i][t]] += 1;
            cb[b[i][t]] += 1;
            ++r.tokens;
        }
    }
    r.tweets = int(a.size());
    if (r.tokens == 0) return r;
    r.observed = double(same) / r.tokens;
    for (const auto &[tag, n] : ca) {
        auto it = cb.find(tag);
        if (it != cb.end()) r.expected += (n / r.tokens) * (it->second / r.tokens);
    }
    r.kappa = r.expected < 1 ? (r.observed - r.expected) / (1 - r.expected) : 1.0;
    r.spans = conllEval(a, b);
    return r;
}

}  // namespace mner

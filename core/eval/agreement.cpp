#include "eval/agreement.h"

#include <stdexcept>

namespace mner {

void AgreementCounter::add(const std::vector<std::string> &a, const std::vector<std::string> &b) {
    if (a.size() != b.size())
        throw std::invalid_argument("agreement: tweet " + std::to_string(tweets_ + 1) + " has " + std::to_string(a.size()) +
                                    " tags in one annotation and " + std::to_string(b.size()) + " in the other");
    for (size_t t = 0; t < a.size(); ++t) {
        same_ += a[t] == b[t];
        ca_[a[t]] += 1;
        cb_[b[t]] += 1;
    }
    tokens_ += int(a.size());
    ++tweets_;
    spans_.add(a, b);
}

Agreement AgreementCounter::finish() const {
    Agreement r;
    r.tweets = tweets_;
    r.tokens = tokens_;
    if (tokens_ == 0) return r;
    r.observed = double(same_) / tokens_;
    for (const auto &[tag, n] : ca_) {
        auto it = cb_.find(tag);
        if (it != cb_.end()) r.expected += (n / tokens_) * (it->second / tokens_);
    }
    r.kappa = r.expected < 1 ? (r.observed - r.expected) / (1 - r.expected) : 1.0;
    r.spans = spans_.finish();
    return r;
}

Agreement agreement(const std::vector<std::vector<std::string>> &a, const std::vector<std::vector<std::string>> &b) {
    if (a.size() != b.size()) throw std::invalid_argument("agreement: the two annotations cover different numbers of tweets");
    AgreementCounter c;
    for (size_t i = 0; i < a.size(); ++i) c.add(a[i], b[i]);
    return c.finish();
}

}  // namespace mner

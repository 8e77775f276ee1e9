// Agreement between two annotations of the same tweets (two annotators, or an annotator and a
// model): token-level Cohen's kappa over the BIO tags, and span-level F1 per type with the first
// annotation taken as reference (span F1 is symmetric in the two).
#pragma once

#include "eval/conlleval.h"

#include <map>
#include <string>
#include <vector>

namespace mner {

struct Agreement {
    int tweets = 0, tokens = 0;
    double observed = 0, expected = 0, kappa = 0;  // kappa = (observed - expected) / (1 - expected)
    Scores spans;                                  // span agreement per type (precision of b against a)
};

// Agreement counted a tweet at a time (a project's layers read a page at a time).
class AgreementCounter {
public:
    // a, b: the two tag sequences of the next tweet. Throws std::invalid_argument when they differ
    // in length (the counts are unchanged then).
    void add(const std::vector<std::string> &a, const std::vector<std::string> &b);
    Agreement finish() const;
    int tweets() const { return tweets_; }

private:
    int tweets_ = 0, tokens_ = 0, same_ = 0;
    std::map<std::string, double> ca_, cb_;
    ConllEval spans_;
};

// a[i], b[i]: the two tag sequences of tweet i. Throws std::invalid_argument when a tweet's two
// sequences differ in length.
Agreement agreement(const std::vector<std::vector<std::string>> &a, const std::vector<std::vector<std::string>> &b);

}  // namespace mner

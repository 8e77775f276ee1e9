// Agreement between two annotations of the same tweets (two annotators, or an annotator and a
// model): token-level Cohen's kappa over the BIO tags, and span-level F1 per type with the first
// annotation taken as reference (span F1 is symmetric in the two).
#pragma once

#include "eval/conlleval.h"

#include <string>
#include <vector>

namespace mner {

struct Agreement {
    int tweets = 0, tokens = 0;
    double observed = 0, expected = 0, kappa = 0;  // kappa = (observed - expected) / (1 - expected)
    Scores spans;                                  // span agreement per type (precision of b against a)
};

// a[i], b[i]: the two tag sequences of tweet i. Throws std::invalid_argument when a tweet's two
// sequences differ in length.
Agreement agreement(const std::vector<std::vector<std::string>> &a, const std::vector<std::vector<std::string>> &b);

}  // namespace mner

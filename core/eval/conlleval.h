// Chunk scores exactly as the CoNLL shared-task script conlleval (version 2004-01-26) computes and
// prints them, including its treatment of I- after O and of type changes inside a run.
#pragma once

#include "text/tags.h"

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace mner {

struct TypeScore {
    int gold = 0, found = 0, correct = 0;
    double precision() const { return found ? 100.0 * correct / found : 0.0; }
    double recall() const { return gold ? 100.0 * correct / gold : 0.0; }
    double f1() const {
        double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct Scores {
    int tokens = 0, correctTags = 0;
    TypeScore all;
    std::map<std::string, TypeScore> byType;  // sorted as conlleval sorts (byte order)
    double accuracy() const { return tokens ? 100.0 * correctTags / tokens : 0.0; }
};

// Accumulates sentences; the boundary between two added sentences closes any open chunk.
class ConllEval {
public:
    // Requires gold.size() == pred.size(); throws std::invalid_argument otherwise.
    void add(const std::vector<std::string> &gold, const std::vector<std::string> &pred);
    Scores finish() const;

private:
    void step(const std::string &gold, const std::string &pred, bool boundary);
    Scores s_;
    bool inCorrect_ = false;
    std::string lastCorrect_ = "O", lastGuessed_ = "O", lastCorrectType_, lastGuessedType_;
};

// One call for whole corpora: sentence i of gold against sentence i of pred.
Scores conllEval(const std::vector<std::vector<std::string>> &gold, const std::vector<std::vector<std::string>> &pred);

// conlleval's report, byte for byte.
std::string conllReport(const Scores &s);

}  // namespace mner

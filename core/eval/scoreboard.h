// conlleval scores of a corpus whose sentences change one at a time (an annotator's edits, a
// model run on one tweet): each sentence's counts are kept, so replacing one costs that sentence
// only, and the totals equal conllEval over the whole corpus (conlleval closes every chunk at a
// sentence boundary, so its counts add up sentence by sentence). Also counts the confusion of
// span types (reference type, predicted type; "O" where a span has no partner).
#pragma once

#include "eval/conlleval.h"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mner {

class ScoreBoard {
public:
    using Confusion = std::map<std::pair<std::string, std::string>, int>;
    // Sets (or replaces) sentence id; requires gold.size() == pred.size() (else the sentence is
    // left out, as the panels leave out tweets whose layers disagree in length).
    void set(int64_t id, const std::vector<std::string> &gold, const std::vector<std::string> &pred);
    void remove(int64_t id);
    void clear();
    // Totals over the sentences set; equal to conllEval over them.
    const Scores &scores() const { return total_; }
    const Confusion &confusion() const { return confusion_; }
    size_t sentences() const { return per_.size(); }

private:
    // A sentence's counts packed into a few bytes (most fit a string's inline buffer): a
    // million sentences stay within tens of megabytes. Types are numbered in types_.
    using Packed = std::string;
    Packed pack(const Scores &s, const Confusion &c);
    void add(const Packed &e, int sign);
    uint16_t typeIndex(const std::string &type);
    std::vector<std::string> types_;
    std::unordered_map<std::string, uint16_t> typeIds_;
    std::unordered_map<int64_t, Packed> per_;
    Scores total_;
    Confusion confusion_;
};

}  // namespace mner

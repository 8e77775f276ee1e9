#include "eval/conlleval.h"
#include "text/numbers.h"

#include <cstdio>

namespace mner {

namespace {

bool endOfChunk(const std::string &prevTag, const std::string &tag, const std::string &prevType, const std::string &type) {
    if (prevTag == "B" && (tag == "B" || tag == "O")) return true;
    if (prevTag == "I" && (tag == "B" || tag == "O")) return true;
    if (prevTag == "E" && (tag == "E" || tag == "I" || tag == "O")) return true;
    if (prevTag != "O" && prevTag != "." && prevType != type) return true;
    if (prevTag == "]" || prevTag == "[") return true;
    return false;
}

bool startOfChunk(const std::string &prevTag, const std::string &tag, const std::string &prevType, const std::string &type) {
    if (tag == "B" && (prevTag == "B" || prevTag == "I" || prevTag == "O")) return true;
    if (prevTag == "O" && (tag == "I" || tag == "E")) return true;
    if (prevTag == "E" && (tag == "E" || tag == "I")) return true;
    if (tag != "O" && tag != "." && prevType != type) return true;
    if (tag == "[" || tag == "]") return true;
    return false;
}

}  // namespace

void ConllEval::step(const std::string &goldTag, const std::string &predTag, bool boundary) {
    TagParts g = splitTag(goldTag), p = splitTag(predTag);
    std::string &correct = g.prefix, &correctType = g.type, &guessed = p.prefix, &guessedType = p.type;
    if (boundary) guessed = "O";

    bool endC = endOfChunk(lastCorrect_, correct, lastCorrectType_, correctType);
    bool endG = endOfChunk(lastGuessed_, guessed, lastGuessedType_, guessedType);
    if (inCorrect_) {
        if (endC && endG && lastGuessedType_ == lastCorrectType_) {
            inCorrect_ = false;
            s_.all.correct++;
            s_.byType[lastCorrectType_].correct++;
        } else if (endC != endG || guessedType != correctType) {
            inCorrect_ = false;
        }
    }
    bool startC = startOfChunk(lastCorrect_, correct, lastCorrectType_, correctType);
    bool startG = startOfChunk(lastGuessed_, guessed, lastGuessedType_, guessedType);
    if (startC && startG && guessedType == correctType) inCorrect_ = true;
    if (startC) {
        s_.all.gold++;
        s_.byType[correctType].gold++;
    }
    if (startG) {
        s_.all.found++;
        s_.byType[guessedType].found++;
    }
    if (!boundary) {
        if (correct == guessed && guessedType == correctType) s_.correctTags++;
        s_.tokens++;
    }
    lastGuessed_ = guessed;
    lastCorrect_ = correct;
    lastGuessedType_ = guessedType;
    lastCorrectType_ = correctType;
}

void ConllEval::add(const std::vector<std::string> &gold, const std::vector<std::string> &pred) {
    if (gold.size() != pred.size())
        throw std::invalid_argument("gold has " + std::to_string(gold.size()) + " tokens, prediction " +
                                    std::to_string(pred.size()));
    for (size_t i = 0; i < gold.size(); ++i) step(gold[i], pred[i], false);
    step("O", "O", true);  // the blank line between sentences
}

Scores ConllEval::finish() const {
    Scores s = s_;
    if (inCorrect_) {
        s.all.correct++;
        s.byType[lastCorrectType_].correct++;
    }
    return s;
}

Scores conllEval(const std::vector<std::vector<std::string>> &gold, const std::vector<std::vector<std::string>> &pred) {
    if (gold.size() != pred.size())
        throw std::invalid_argument("gold has " + std::to_string(gold.size()) + " sentences, prediction " +
                                    std::to_string(pred.size()));
    ConllEval e;
    for (size_t i = 0; i < gold.size(); ++i) e.add(gold[i], pred[i]);
    return e.finish();
}

std::string conllReport(const Scores &s) {
    // conlleval's own layout; figures through formatFixed, never the C locale (the GUI's is the desktop's).
    auto f = [](double v) { return formatFixed(v, 2, 6); };
    std::string out = "processed " + std::to_string(s.tokens) + " tokens with " + std::to_string(s.all.gold) +
                      " phrases; found: " + std::to_string(s.all.found) + " phrases; correct: " + std::to_string(s.all.correct) +
                      ".\n";
    if (s.tokens > 0)
        out += "accuracy: " + f(s.accuracy()) + "%; precision: " + f(s.all.precision()) + "%; recall: " + f(s.all.recall()) +
               "%; FB1: " + f(s.all.f1()) + "\n";
    for (const auto &[type, t] : s.byType) {
        std::string name = type.size() < 17 ? std::string(17 - type.size(), ' ') + type : type;
        out += name + ": precision: " + f(t.precision()) + "%; recall: " + f(t.recall()) + "%; FB1: " + f(t.f1()) + "  " +
               std::to_string(t.found) + "\n";
    }
    return out;
}

}  // namespace mner

#include "eval/scoreboard.h"

#include "eval/errors.h"

#include <stdexcept>

namespace mner {

// The packed layout, every number a variable-length integer (7 bits a byte): tokens, correct
// tags, the overall gold/found/correct, the number of types then (type, gold, found, correct)
// each, the number of confusion cells then (reference type, predicted type, count) each; a type
// is its index in types_ + 1, 0 standing for "O".
namespace {
void putNumber(std::string &out, uint32_t v) {
    while (v >= 0x80) {
        out += char(0x80 | (v & 0x7f));
        v >>= 7;
    }
    out += char(v);
}
uint32_t getNumber(const std::string &in, size_t &at) {
    uint32_t v = 0;
    for (int shift = 0;; shift += 7) {
        const auto b = uint8_t(in[at++]);
        v |= uint32_t(b & 0x7f) << shift;
        if (!(b & 0x80)) return v;
    }
}
void addScore(TypeScore &to, int gold, int found, int correct, int sign) {
    to.gold += sign * gold;
    to.found += sign * found;
    to.correct += sign * correct;
}
}  // namespace

uint16_t ScoreBoard::typeIndex(const std::string &type) {
    if (type == "O") return 0;
    auto it = typeIds_.find(type);
    if (it != typeIds_.end()) return it->second;
    if (types_.size() >= 0xfffe) throw std::length_error("more entity types than a score board counts");
    types_.push_back(type);
    return typeIds_[type] = uint16_t(types_.size());
}

ScoreBoard::Packed ScoreBoard::pack(const Scores &s, const Confusion &c) {
    Packed out;
    for (int v : {s.tokens, s.correctTags, s.all.gold, s.all.found, s.all.correct}) putNumber(out, uint32_t(v));
    putNumber(out, uint32_t(s.byType.size()));
    for (const auto &[type, t] : s.byType) {
        putNumber(out, typeIndex(type));
        for (int v : {t.gold, t.found, t.correct}) putNumber(out, uint32_t(v));
    }
    putNumber(out, uint32_t(c.size()));
    for (const auto &[key, n] : c) {
        putNumber(out, typeIndex(key.first));
        putNumber(out, typeIndex(key.second));
        putNumber(out, uint32_t(n));
    }
    return out;
}

void ScoreBoard::add(const Packed &e, int sign) {
    size_t at = 0;
    auto next = [&] { return int(getNumber(e, at)); };
    auto name = [&](int i) { return i == 0 ? std::string("O") : types_[size_t(i - 1)]; };
    total_.tokens += sign * next();
    total_.correctTags += sign * next();
    {
        const int g = next(), f = next(), c = next();
        addScore(total_.all, g, f, c, sign);
    }
    for (int n = next(); n > 0; --n) {
        const std::string type = name(next());
        const int g = next(), f = next(), c = next();
        TypeScore &t = total_.byType[type];
        addScore(t, g, f, c, sign);
        if (t.gold == 0 && t.found == 0 && t.correct == 0) total_.byType.erase(type);
    }
    for (int n = next(); n > 0; --n) {
        const std::string g = name(next()), p = name(next());
        int &c = confusion_[{g, p}];
        c += sign * next();
        if (c == 0) confusion_.erase({g, p});
    }
}

void ScoreBoard::set(int64_t id, const std::vector<std::string> &gold, const std::vector<std::string> &pred) {
    remove(id);
    if (gold.size() != pred.size()) return;
    ConllEval ev;
    ev.add(gold, pred);
    Confusion confusion;
    for (const SpanError &err : classifySpans(spansOf(gold), spansOf(pred))) {
        std::string g = err.goldIndex >= 0 ? err.gold.type : "O", p = err.predIndex >= 0 ? err.pred.type : "O";
        confusion[{g, p}]++;
    }
    Packed e = pack(ev.finish(), confusion);
    add(e, +1);
    per_.emplace(id, std::move(e));
}

void ScoreBoard::remove(int64_t id) {
    auto it = per_.find(id);
    if (it == per_.end()) return;
    add(it->second, -1);
    per_.erase(it);
}

void ScoreBoard::clear() {
    per_.clear();
    total_ = Scores{};
    confusion_.clear();
}

}  // namespace mner

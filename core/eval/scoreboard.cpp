#include "eval/scoreboard.h"

#include "eval/errors.h"

namespace mner {

namespace {
void addScore(TypeScore &to, const TypeScore &s, int sign) {
    to.gold += sign * s.gold;
    to.found += sign * s.found;
    to.correct += sign * s.correct;
}
}  // namespace

void ScoreBoard::add(const Entry &e, int sign) {
    total_.tokens += sign * e.scores.tokens;
    total_.correctTags += sign * e.scores.correctTags;
    addScore(total_.all, e.scores.all, sign);
    for (const auto &[type, s] : e.scores.byType) {
        TypeScore &t = total_.byType[type];
        addScore(t, s, sign);
        if (t.gold == 0 && t.found == 0 && t.correct == 0) total_.byType.erase(type);
    }
    for (const auto &[key, n] : e.confusion) {
        int &c = confusion_[key];
        c += sign * n;
        if (c == 0) confusion_.erase(key);
    }
}

void ScoreBoard::set(int64_t id, const std::vector<std::string> &gold, const std::vector<std::string> &pred) {
    remove(id);
    if (gold.size() != pred.size()) return;
    Entry e;
    ConllEval ev;
    ev.add(gold, pred);
    e.scores = ev.finish();
    for (const SpanError &err : classifySpans(spansOf(gold), spansOf(pred))) {
        std::string g = err.goldIndex >= 0 ? err.gold.type : "O", p = err.predIndex >= 0 ? err.pred.type : "O";
        e.confusion[{g, p}]++;
    }
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

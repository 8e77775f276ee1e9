#include "check.h"

#include "eval/agreement.h"
#include "eval/conlleval.h"
#include "eval/errors.h"
#include "eval/scoreboard.h"
#include "io/formats.h"

#include <filesystem>
#include <fstream>
#include <random>

using namespace mner;
namespace fs = std::filesystem;

static std::string slurp(const fs::path &p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(conlleval_golden_cases) {
    fs::path dir = fs::path(mner_test::sourceDir()) / "tests/golden/conlleval";
    int n = 0;
    for (const auto &e : fs::directory_iterator(dir)) {
        Document g = readDocument((e.path() / "gold.txt").string());
        Document p = readDocument((e.path() / "pred.txt").string());
        std::vector<std::vector<std::string>> gt, pt;
        for (auto &t : g.tweets) gt.push_back(tagsOf(t));
        for (auto &t : p.tweets) pt.push_back(tagsOf(t));
        std::string got = conllReport(conllEval(gt, pt));
        std::string want = slurp(e.path() / "expected.txt");
        if (got != want)
            std::fprintf(stderr, "case %s:\n--- got\n%s--- want\n%s", e.path().filename().c_str(), got.c_str(), want.c_str());
        CHECK(got == want);
        ++n;
    }
    CHECK(n >= 5);
}

TEST(conlleval_empty_and_mismatch) {
    CHECK_EQ(conllReport(conllEval({}, {})), std::string("processed 0 tokens with 0 phrases; found: 0 phrases; correct: 0.\n"));
    CHECK_THROWS(std::invalid_argument, conllEval({{"O"}}, {{"O", "O"}}), "gold has 1 tokens");
}

TEST(error_kinds) {
    std::vector<Span> gold = {{0, 2, "PER"}, {3, 4, "LOC"}, {5, 6, "ORG"}, {7, 9, "LOC"}, {10, 11, "PER"}};
    std::vector<Span> pred = {{0, 2, "PER"}, {3, 4, "ORG"}, {5, 7, "ORG"}, {8, 9, "PER"}, {12, 13, "LOC"}};
    auto errs = classifySpans(gold, pred);
    ErrorCounts c;
    c.add(errs);
    CHECK_EQ(c.total[size_t(ErrorKind::Correct)], 1);
    CHECK_EQ(c.total[size_t(ErrorKind::WrongType)], 1);
    CHECK_EQ(c.total[size_t(ErrorKind::WrongBoundary)], 1);
    CHECK_EQ(c.total[size_t(ErrorKind::WrongTypeAndBoundary)], 1);
    CHECK_EQ(c.total[size_t(ErrorKind::Spurious)], 1);
    CHECK_EQ(c.total[size_t(ErrorKind::Missed)], 1);
    CHECK_EQ(c.byType["PER"][size_t(ErrorKind::Missed)], 1);
    CHECK_EQ(c.byType["LOC"][size_t(ErrorKind::Spurious)], 1);
    CHECK_EQ(errs.size(), size_t(6));
}

TEST(error_kinds_prefer_same_type_partner) {
    // one prediction overlapping two gold spans: paired with the same-typed one, the other missed
    auto errs = classifySpans({{0, 2, "PER"}, {2, 4, "LOC"}}, {{1, 4, "LOC"}});
    CHECK_EQ(errs.size(), size_t(2));
    CHECK(errs[0].kind == ErrorKind::WrongBoundary && errs[0].gold.type == "LOC");
    CHECK(errs[1].kind == ErrorKind::Missed && errs[1].gold.type == "PER");
}

TEST(shared_valid_scores_itself_perfectly) {
    fs::path f = fs::path(mner_test::sharedDir()) / "data/twitter2015/valid.txt";
    if (!fs::exists(f)) SKIP("no shared data");
    Document d = readDocument(f.string());
    std::vector<std::vector<std::string>> t;
    for (auto &tw : d.tweets) t.push_back(tagsOf(tw));
    Scores s = conllEval(t, t);
    CHECK_EQ(s.tokens, 16178);
    CHECK_EQ(s.all.correct, s.all.gold);
    CHECK_EQ(s.all.f1(), 100.0);
}

TEST(agreement_kappa_and_span_f1) {
    // Worked by hand: 10 tokens, 8 equal. Tag counts a: O 6, B-PER 2, I-PER 1, B-LOC 1;
    // b: O 6, B-PER 2, B-LOC 2. Expected = .6*.6 + .2*.2 + .1*.2 = .42; kappa = (.8 - .42) / .58.
    std::vector<std::vector<std::string>> a = {{"B-PER", "I-PER", "O", "O", "B-LOC"}, {"O", "B-PER", "O", "O", "O"}};
    std::vector<std::vector<std::string>> b = {{"B-PER", "O", "O", "O", "B-LOC"}, {"O", "B-PER", "O", "B-LOC", "O"}};
    Agreement r = agreement(a, b);
    CHECK_EQ(r.tokens, 10);
    CHECK_EQ(r.tweets, 2);
    CHECK(std::abs(r.observed - 0.8) < 1e-12);
    CHECK(std::abs(r.expected - 0.42) < 1e-12);
    CHECK(std::abs(r.kappa - (0.8 - 0.42) / 0.58) < 1e-12);
    // spans: a has PER(0-2), LOC, PER; b has PER(0-1), LOC, PER, LOC: 2 of 3 and 2 of 4 match
    CHECK_EQ(r.spans.all.correct, 2);
    CHECK(std::abs(r.spans.byType.at("LOC").f1() - 2.0 * 1 * 0.5 / 1.5 * 100) < 1e-9);
    Agreement same = agreement(a, a);
    CHECK(std::abs(same.kappa - 1.0) < 1e-12);
    CHECK_THROWS(std::invalid_argument, agreement(a, {{"O"}, {"O"}}), "tweet 1 has 5 tags");
}

// The board's totals after any sequence of replacements equal conllEval over the current sentences.
TEST(scoreboard_follows_replacements) {
    std::mt19937 rng(7);
    const std::vector<std::string> tags = {"O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG"};
    auto sentence = [&](size_t n) {
        std::vector<std::string> s(n);
        for (auto &t : s) t = tags[rng() % tags.size()];
        return s;
    };
    const int n = 30;
    std::vector<std::vector<std::string>> gold(n), pred(n);
    ScoreBoard board;
    for (int i = 0; i < n; ++i) {
        size_t len = 1 + rng() % 9;
        gold[i] = sentence(len);
        pred[i] = sentence(len);
        board.set(i, gold[i], pred[i]);
    }
    for (int step = 0; step < 200; ++step) {
        int i = rng() % n;
        if (rng() % 2)
            gold[i] = sentence(gold[i].size());
        else
            pred[i] = sentence(pred[i].size());
        board.set(i, gold[i], pred[i]);
        Scores want = conllEval(gold, pred), got = board.scores();
        CHECK_EQ(conllReport(got), conllReport(want));
        CHECK_EQ(got.byType.size(), want.byType.size());
    }
    CHECK_EQ(board.sentences(), size_t(n));
    // the confusion equals one computed over the current sentences from scratch
    ScoreBoard::Confusion want;
    for (int i = 0; i < n; ++i)
        for (const SpanError &e : classifySpans(spansOf(gold[i]), spansOf(pred[i])))
            want[{e.goldIndex >= 0 ? e.gold.type : "O", e.predIndex >= 0 ? e.pred.type : "O"}]++;
    CHECK(board.confusion() == want);
    CHECK(!want.empty());
    board.remove(0);
    gold.erase(gold.begin());
    pred.erase(pred.begin());
    CHECK_EQ(conllReport(board.scores()), conllReport(conllEval(gold, pred)));
    board.set(1, {"O"}, {"O", "O"});  // lengths differ: left out
    CHECK_EQ(board.sentences(), size_t(n - 2));
    board.clear();
    CHECK_EQ(board.scores().all.gold, 0);
    CHECK(board.confusion().empty());
}

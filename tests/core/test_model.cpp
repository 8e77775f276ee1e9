#include "check.h"

#include "io/formats.h"
#include "eval/conlleval.h"
#include "model/modelfile.h"
#include "model/nn.h"
#include "text/tags.h"
#include "text/wordpiece.h"

#include <random>
#include <set>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <unistd.h>

using namespace mner;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kTags = {"O", "B-X", "I-X", "B-Y", "I-Y"};

// All tag paths of length n over k tags.
void paths(int n, int k, std::vector<int> &cur, const std::function<void(const std::vector<int> &)> &f) {
    if (int(cur.size()) == n) {
        f(cur);
        return;
    }
    for (int j = 0; j < k; ++j) {
        cur.push_back(j);
        paths(n, k, cur, f);
        cur.pop_back();
    }
}

double pathScore(const nn::Crf &crf, const torch::Tensor &em, int b, const std::vector<int> &p) {
    auto tr = crf->effectiveTransitions(), st = crf->effectiveStart();
    double s = st[p[0]].item<double>() + em[b][0][p[0]].item<double>();
    for (size_t t = 1; t < p.size(); ++t) s += tr[p[t - 1]][p[t]].item<double>() + em[b][int64_t(t)][p[t]].item<double>();
    return s + crf->effectiveEnd()[p.back()].item<double>();
}

std::string tempPath(const std::string &name) {
    return (fs::temp_directory_path() / ("mner-model-test-" + std::to_string(::getpid()) + "-" + name)).string();
}

// The small CWI the model tests train on the demo tweets.
TrainOptions smallCwi(int epochs) {
    TrainOptions o;
    o.epochs = epochs;
    o.fp16 = false;
    o.config.fusionHidden = o.config.wordHidden = 16;
    return o;
}

// Options under which a CWI learns the demo tweets by heart (100 dev F1 on its training tweets).
TrainOptions overfitCwi() {
    TrainOptions o;
    o.epochs = 40;
    o.batchSize = 4;
    o.lr = 1e-2;
    o.fp16 = false;
    o.config.dropout = 0.0;
    o.config.fusionHidden = o.config.wordHidden = 32;
    return o;
}

// Copies a model file from `from` to `to` with its header text and tensors passed through edit,
// written as format version.
void rewriteModel(const std::string &from, const std::string &to,
                  const std::function<void(std::string &, std::map<std::string, torch::Tensor> &)> &edit, uint32_t version) {
    std::ifstream in(from, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {}), text;
    std::map<std::string, torch::Tensor> tensors;
    nn::readModelContainer(bytes, from, tensors, &text);
    edit(text, tensors);
    nn::writeModelFile(to, text, std::vector<std::pair<std::string, torch::Tensor>>(tensors.begin(), tensors.end()), false,
                       version);
}

std::vector<Example> demoExamples() {
    Document d = readDocument(mner_test::sourceDir() + "/resources/demo/demo.txt");
    std::vector<Example> ex;
    for (const Tweet &t : d.tweets) {
        Example e;
        for (const Token &k : t.tokens) {
            e.words.push_back(k.text);
            e.tags.push_back(k.tag);
        }
        e.imageWords = {"boat", "harbour"};
        ex.push_back(e);
    }
    return ex;
}

}  // namespace

TEST(crf_matches_brute_force) {
    torch::manual_seed(7);
    nn::Crf crf(5, kTags);
    {
        torch::NoGradGuard g;
        crf->transitions.uniform_(-1, 1);
        crf->start.uniform_(-1, 1);
        crf->end.uniform_(-1, 1);
    }
    for (int trial = 0; trial < 5; ++trial) {
        int B = 3, T = 4;
        auto em = torch::randn({B, T, 5}, torch::kDouble).to(torch::kFloat);
        std::vector<int> lens = {4, 2, 1};
        auto mask = torch::zeros({B, T}, torch::kBool);
        for (int b = 0; b < B; ++b) mask.slice(1, 0, lens[size_t(b)])[b].fill_(true);
        auto logZ = crf->logPartition(em, mask);
        auto best = crf->viterbi(em, mask);
        torch::Tensor marg;
        {
            torch::NoGradGuard ng;  // as when tagging: the fused loop
            marg = crf->marginals(em, mask);
        }
        // the fused loop and the tensor version agree, zero rows past the ends included
        CHECK(!marg.requires_grad());
        CHECK((marg - crf->marginalsReference(em, mask)).abs().max().item<double>() < 1e-5);
        CHECK(crf->marginals(em, mask).requires_grad());  // with gradients: the tensor version
        for (int b = 0; b < B; ++b) {
            int n = lens[size_t(b)];
            double z = 0, bestScore = -1e300;
            std::vector<int> bestPath, cur;
            std::vector<std::vector<double>> m(size_t(n), std::vector<double>(5, 0.0));
            std::vector<std::pair<std::vector<int>, double>> all;
            paths(n, 5, cur, [&](const std::vector<int> &p) {
                double s = pathScore(crf, em, b, p);
                all.emplace_back(p, s);
                z += std::exp(s);
                if (s > bestScore) {
                    bestScore = s;
                    bestPath = p;
                }
            });
            for (auto &[p, s] : all)
                for (int t = 0; t < n; ++t) m[size_t(t)][size_t(p[size_t(t)])] += std::exp(s) / z;
            CHECK(std::abs(logZ[b].item<double>() - std::log(z)) < 1e-3);
            CHECK(best[size_t(b)] == bestPath);
            for (int t = 0; t < n; ++t) {
                double sum = 0;
                for (int k = 0; k < 5; ++k) {
                    CHECK(std::abs(marg[b][t][k].item<double>() - m[size_t(t)][size_t(k)]) < 1e-4);
                    sum += marg[b][t][k].item<double>();
                }
                CHECK(std::abs(sum - 1.0) < 1e-5);
            }
            // the path score the CRF computes equals the brute-force one
            auto tags = torch::zeros({1, T}, torch::kLong);
            for (int t = 0; t < n; ++t) tags[0][t] = bestPath[size_t(t)];
            double ps = crf->pathScore(em.slice(0, b, b + 1), tags, mask.slice(0, b, b + 1))[0].item<double>();
            CHECK(std::abs(ps - bestScore) < 1e-3);
        }
    }
}

TEST(crf_best_and_second_best_paths_match_enumeration) {
    torch::manual_seed(11);
    nn::Crf crf(int(kTags.size()), kTags);
    {
        torch::NoGradGuard ng;
        crf->transitions.normal_();
        crf->start.normal_();
        crf->end.normal_();
    }
    auto trans = crf->effectiveTransitions().contiguous(), start = crf->effectiveStart().contiguous();
    for (int T : {1, 2, 4}) {
        auto em = torch::randn({1, T, int64_t(kTags.size())});
        std::vector<double> scores;
        std::vector<int> cur;
        paths(T, int(kTags.size()), cur, [&](const std::vector<int> &p) { scores.push_back(pathScore(crf, em, 0, p)); });
        std::sort(scores.begin(), scores.end(), std::greater<double>());
        double logZ = 0, m = scores[0];
        for (double x : scores) logZ += std::exp(x - m);
        logZ = m + std::log(logZ);
        nn::PathScores ps = nn::pathScores(em[0].contiguous(), trans, start, crf->effectiveEnd().contiguous());
        CHECK(std::abs(ps.best - scores[0]) < 1e-3);
        CHECK(std::abs(ps.second - scores[1]) < 1e-3);
        CHECK(std::abs(ps.logZ - logZ) < 1e-3);
    }
}

TEST(fused_crf_nll_equals_tensor_version_with_gradients) {
    torch::manual_seed(13);
    nn::Crf crf(5, kTags);
    {
        torch::NoGradGuard ng;
        crf->transitions.normal_();
        crf->start.normal_();
        crf->end.normal_();
    }
    auto em = torch::randn({4, 6, 5}).requires_grad_();
    auto tags =
        torch::tensor({0, 1, 2, 0, 3, 4, 1, 2, 2, 2, 0, 0, 3, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0}, torch::kLong).view({4, 6});
    auto mask = torch::arange(6).unsqueeze(0) < torch::tensor({6, 4, 1, 2}, torch::kLong).unsqueeze(1);
    auto want = crf->nllReference(em, tags, mask);
    want.backward();
    auto wantEm = em.grad().clone(), wantTr = crf->transitions.grad().clone(), wantSt = crf->start.grad().clone(),
         wantEn = crf->end.grad().clone();
    em.mutable_grad() = torch::Tensor();
    for (auto &p : crf->parameters()) p.mutable_grad() = torch::Tensor();
    auto got = crf->nll(em, tags, mask);
    (got * 1.0).backward();
    CHECK(std::abs(want.item<double>() - got.item<double>()) < 1e-4);
    CHECK((wantEm - em.grad()).abs().max().item<double>() < 1e-5);
    CHECK((wantTr - crf->transitions.grad()).abs().max().item<double>() < 1e-5);
    CHECK((wantSt - crf->start.grad()).abs().max().item<double>() < 1e-5);
    CHECK((wantEn - crf->end.grad()).abs().max().item<double>() < 1e-5);
}

TEST(crf_forbids_bio2_violations) {
    nn::Crf crf(5, kTags);
    auto tr = crf->effectiveTransitions();
    CHECK(tr[0][2].item<double>() < -1000);  // O -> I-X
    CHECK(tr[3][2].item<double>() < -1000);  // B-Y -> I-X
    CHECK(tr[1][2].item<double>() == 0);     // B-X -> I-X
    CHECK(tr[2][2].item<double>() == 0);     // I-X -> I-X
    CHECK(crf->effectiveStart()[4].item<double>() < -1000);
}

// BIOES: B-X and I-X only before I-X or E-X and never last, E-X and I-X only after B-X or I-X
// and never first. The paths left are exactly the BIOES forms of BIO2 sequences, one each.
TEST(crf_bioes_rules_and_paths) {
    const std::vector<std::string> tags = {"O", "B-X", "I-X", "E-X", "S-X", "B-Y", "I-Y", "E-Y", "S-Y"};
    const int K = int(tags.size());
    torch::manual_seed(17);
    nn::Crf crf(K, tags);
    auto tr = crf->effectiveTransitions(), st = crf->effectiveStart(), en = crf->effectiveEnd();
    auto ok = [&](int i, int j) { return tr[i][j].item<double>() > -1000; };
    CHECK(!ok(0, 2) && !ok(0, 3));               // O -> I-X, E-X
    CHECK(!ok(1, 0) && !ok(1, 5) && !ok(1, 4));  // B-X -> O, B-Y, S-X
    CHECK(!ok(1, 7) && !ok(2, 6));               // B-X -> E-Y, I-X -> I-Y
    CHECK(ok(1, 2) && ok(1, 3) && ok(2, 2) && ok(2, 3));
    CHECK(ok(3, 0) && ok(3, 5) && ok(4, 8) && ok(8, 4) && !ok(3, 2) && !ok(4, 3));
    for (int j = 0; j < K; ++j) {
        const std::string p = splitTag(tags[size_t(j)]).prefix;
        CHECK_EQ(st[j].item<double>() < -1000, p == "I" || p == "E");
        CHECK_EQ(en[j].item<double>() < -1000, p == "B" || p == "I");
    }
    {
        torch::NoGradGuard g;
        crf->transitions.uniform_(-1, 1);
        crf->start.uniform_(-1, 1);
        crf->end.uniform_(-1, 1);
    }
    const int T = 4;
    auto em = torch::randn({1, T, K});
    auto mask = torch::ones({1, T}, torch::kBool);
    double z = 0, best = -1e300;
    std::vector<int> cur, bestPath;
    std::set<std::vector<std::string>> bio2Seen;
    std::vector<double> scores;
    std::vector<std::vector<double>> m(size_t(T), std::vector<double>(size_t(K), 0.0));
    int allowed = 0;
    paths(T, K, cur, [&](const std::vector<int> &p) {
        const double s = pathScore(crf, em, 0, p);
        if (s < -1000) return;
        ++allowed;
        z += std::exp(s);
        scores.push_back(s);
        for (int t = 0; t < T; ++t) m[size_t(t)][size_t(p[size_t(t)])] += std::exp(s);
        if (s > best) {
            best = s;
            bestPath = p;
        }
        std::vector<std::string> named, bio2;
        for (int k : p) named.push_back(tags[size_t(k)]);
        for (const auto &t : named) bio2.push_back(bio2Tag(t));
        CHECK(bio2 == tagsOf(spansOf(bio2), T));        // valid BIO2
        CHECK(bioesTagsOf(spansOf(bio2), T) == named);  // and back to the very path
        bio2Seen.insert(bio2);
    });
    CHECK_EQ(size_t(allowed), bio2Seen.size());  // one path per BIO2 sequence
    // as many as there are BIO2 sequences of that length over the same types
    int bio2Count = 0;
    const std::vector<std::string> bioTags = {"O", "B-X", "I-X", "B-Y", "I-Y"};
    paths(T, 5, cur, [&](const std::vector<int> &p) {
        std::vector<std::string> seq;
        for (int k : p) seq.push_back(bioTags[size_t(k)]);
        bio2Count += seq == tagsOf(spansOf(seq), T);
    });
    CHECK_EQ(allowed, bio2Count);
    CHECK(std::abs(crf->logPartition(em, mask)[0].item<double>() - std::log(z)) < 1e-3);
    CHECK(crf->viterbi(em, mask)[0] == bestPath);
    auto tagsT = torch::zeros({1, T}, torch::kLong);
    for (int t = 0; t < T; ++t) tagsT[0][t] = bestPath[size_t(t)];
    CHECK(std::abs(crf->nll(em, tagsT, mask).item<double>() - (std::log(z) - best)) < 1e-3);
    CHECK(std::abs(crf->nllReference(em, tagsT, mask).item<double>() - (std::log(z) - best)) < 1e-3);
    for (bool fused : {true, false}) {
        torch::Tensor marg;
        if (fused) {
            torch::NoGradGuard ng;
            marg = crf->marginals(em, mask);
        } else {
            marg = crf->marginalsReference(em, mask);
        }
        for (int t = 0; t < T; ++t)
            for (int k = 0; k < K; ++k) CHECK(std::abs(marg[0][t][k].item<double>() - m[size_t(t)][size_t(k)] / z) < 1e-4);
    }
    // best and second-best paths (least confidence, margin) among the allowed ones only
    std::sort(scores.begin(), scores.end(), std::greater<double>());
    nn::PathScores ps = nn::pathScores(em[0].contiguous(), crf->effectiveTransitions().contiguous(),
                                       crf->effectiveStart().contiguous(), crf->effectiveEnd().contiguous());
    CHECK(std::abs(ps.best - scores[0]) < 1e-3);
    CHECK(std::abs(ps.second - scores[1]) < 1e-3);
    CHECK(std::abs(ps.logZ - std::log(z)) < 1e-3);
    // the fused likelihood's gradients equal the tensor version's, forbidden end included
    auto ems = torch::randn({3, T, K}).requires_grad_();
    auto gold = torch::tensor({1, 2, 3, 0, 4, 0, 5, 7, 8, 0, 0, 0}, torch::kLong).view({3, T});
    auto lens = torch::arange(T).unsqueeze(0) < torch::tensor({4, 3, 1}, torch::kLong).unsqueeze(1);
    crf->nllReference(ems, gold, lens).backward();
    auto wantEm = ems.grad().clone(), wantEnd = crf->end.grad().clone(), wantTr = crf->transitions.grad().clone();
    ems.mutable_grad() = torch::Tensor();
    for (auto &q : crf->parameters()) q.mutable_grad() = torch::Tensor();
    crf->nll(ems, gold, lens).backward();
    CHECK((wantEm - ems.grad()).abs().max().item<double>() < 1e-5);
    CHECK((wantEnd - crf->end.grad()).abs().max().item<double>() < 1e-5);
    CHECK((wantTr - crf->transitions.grad()).abs().max().item<double>() < 1e-5);
}

TEST(batched_conv_equals_torch_conv) {
    torch::manual_seed(5);
    for (int k : {2, 3, 4}) {
        torch::nn::Conv1d conv(torch::nn::Conv1dOptions(6, 5, k));
        auto x = torch::randn({100, 6, 10});  // [N, C, L]
        auto want = conv(torch::nn::functional::pad(x, torch::nn::functional::PadFuncOptions({(k - 1) / 2, k / 2})));
        auto got = nn::conv1dSame(conv, x.transpose(1, 2).contiguous()).transpose(1, 2);  // channels-last
        CHECK(got.sizes() == want.sizes());
        CHECK(torch::allclose(got, want, 1e-4, 1e-5));
    }
}

TEST(unpacked_lstm_equals_packed) {
    torch::manual_seed(5);
    torch::nn::LSTM bi(torch::nn::LSTMOptions(6, 4).batch_first(true).bidirectional(true));
    torch::nn::LSTM uni(torch::nn::LSTMOptions(6, 3).batch_first(true));
    auto x = torch::randn({3, 5, 6});
    auto lengths = torch::tensor({5, 2, 3}, torch::kLong);
    auto packed = torch::nn::utils::rnn::pack_padded_sequence(x, lengths, true, false);
    auto want =
        std::get<0>(torch::nn::utils::rnn::pad_packed_sequence(std::get<0>(bi->forward_with_packed_input(packed)), true, 0.0, 5));
    auto got = nn::runLstm(bi, x, lengths);
    CHECK((want - got).abs().max().item<double>() < 1e-5);
    auto wantLast = std::get<0>(std::get<1>(uni->forward_with_packed_input(packed))).select(0, 0);
    CHECK((wantLast - nn::lastState(uni, x, lengths)).abs().max().item<double>() < 1e-5);
}

TEST(char_cnn_fused_cpu_path_equals_tensor_ops) {
    // float on the CPU takes the fused reshuffles; double takes the tensor-operation path
    torch::manual_seed(11);
    CwiConfig c;
    nn::CharCnn a(30, c), b(30, c);
    {
        torch::NoGradGuard ng;
        auto pa = a->parameters(), pb = b->parameters();
        for (size_t i = 0; i < pa.size(); ++i) pb[i].copy_(pa[i]);
    }
    b->to(torch::kDouble);
    a->eval();
    b->eval();
    auto chars = torch::randint(0, 30, {7, c.maxChars}, torch::kLong);
    chars.slice(1, 5).zero_();  // padding: ties in the pooling
    auto ya = a(chars), yb = b(chars);
    CHECK((ya.to(torch::kDouble) - yb).abs().max().item<double>() < 1e-4);
    auto w = torch::randn_like(ya);
    (ya * w).sum().backward();
    (yb * w.to(torch::kDouble)).sum().backward();
    auto pa = a->named_parameters(), pb = b->named_parameters();
    for (const auto &p : pa) {
        auto ga = p.value().grad().to(torch::kDouble), gb = pb[p.key()].grad();
        double scale = 1 + gb.abs().max().item<double>();
        CHECK((ga - gb).abs().max().item<double>() < 1e-4 * scale);
    }
}

TEST(fused_lstm_equals_libtorch_lstm_with_gradients) {
    torch::manual_seed(7);
    torch::nn::LSTM lstm(torch::nn::LSTMOptions(5, 4).batch_first(true));
    auto x = torch::randn({3, 6, 5}).requires_grad_();
    auto w = torch::randn({3, 6, 4});
    auto params = lstm->all_weights();
    auto h0 = torch::zeros({1, 3, 4});
    auto want = std::get<0>(torch::lstm(x, {h0, h0}, params, true, 1, 0.0, true, false, true));
    (want * w).sum().backward();
    auto wantDx = x.grad().clone();
    std::vector<torch::Tensor> wantDp;
    for (auto &p : params) {
        wantDp.push_back(p.grad().clone());
        p.mutable_grad() = torch::Tensor();
    }
    x.mutable_grad() = torch::Tensor();
    auto got = nn::runDirection(lstm, x, torch::Tensor(), false);  // the fused CPU path
    (got * w).sum().backward();
    CHECK((want - got).abs().max().item<double>() < 1e-5);
    CHECK((wantDx - x.grad()).abs().max().item<double>() < 1e-5);
    for (size_t i = 0; i < params.size(); ++i) CHECK((wantDp[i] - params[i].grad()).abs().max().item<double>() < 1e-4);
}

TEST(fused_adam_equals_torch_adam) {
    torch::manual_seed(9);
    auto a = torch::randn({50}).requires_grad_(), b = a.detach().clone().requires_grad_();
    torch::optim::Adam ref({a}, torch::optim::AdamOptions(0.01));
    nn::Adam mine({b});
    for (int step = 0; step < 5; ++step) {
        auto target = torch::randn({50});
        ref.zero_grad();
        ((a - target).pow(2).sum() * 10).backward();
        torch::nn::utils::clip_grad_norm_(std::vector<torch::Tensor>{a}, 1.0);
        ref.step();
        mine.zeroGrad();
        ((b - target).pow(2).sum() * 10).backward();
        mine.clipGradNorm(1.0);
        mine.step(0.01);
        CHECK((a - b).abs().max().item<double>() < 1e-6);
    }
}

TEST(twitter_words_in_word_tables) {
    nn::Vocab v;
    v.add("california");
    v.add("#tbt");
    v.add("<url>");
    v.add("<user>");
    CHECK(nn::wordId(v, "http://t.co/abc", true) == v.get("<url>"));
    CHECK(nn::wordId(v, "https://t.co/abc", true) == v.get("<url>"));
    CHECK(nn::wordId(v, "@nytimes", true) == v.get("<user>"));
    CHECK(nn::wordId(v, "@nytimes", false) == 1);
    CHECK(nn::tableWord("@", true) == "@");
    CHECK(nn::wordId(v, "#california", true) == v.get("california"));
    CHECK(nn::wordId(v, "#california", false) == 1);      // older models: unknown
    CHECK(nn::wordId(v, "#tbt", true) == v.get("#tbt"));  // the table's own entry first
    CHECK(nn::wordId(v, "#", true) == 1);
    CHECK(nn::wordId(v, "#nowhere", true) == 1);
}

TEST(sine_relu) {
    auto x = torch::tensor({2.0, 0.0, -1.0});
    auto y = nn::sineRelu(x, 0.0025);
    CHECK(std::abs(y[0].item<double>() - 2.0) < 1e-6);
    CHECK(std::abs(y[1].item<double>() - 0.0025 * (0 - 1)) < 1e-7);
    CHECK(std::abs(y[2].item<double>() - 0.0025 * (std::sin(-1.0) - std::cos(-1.0))) < 1e-7);
}

TEST(targeted_dropout_drops_only_small_units) {
    torch::manual_seed(3);
    auto x = torch::arange(1, 1001, torch::kFloat).reshape({1, 1000});  // magnitudes 1..1000
    CHECK(torch::equal(nn::targetedDropout(x, 0.25, 0.4, false), x));   // identity at inference
    auto y = nn::targetedDropout(x, 0.25, 0.4, true);
    auto dropped = (y == 0);
    CHECK(dropped.slice(1, 400).sum().item<int64_t>() == 0);  // the largest 60 % are never dropped
    int64_t n = dropped.sum().item<int64_t>();
    CHECK(n > 60 && n < 140);  // about 25 % of the smallest 400
}

TEST(model_overfits_a_few_tweets) {
    setModelThreads(1);
    auto ex = demoExamples();
    TrainOptions o = overfitCwi();
    std::string path = tempPath("overfit.mnerm");
    TrainResult r = trainModel(o, ex, ex, path, [](const EpochReport &e) { return e.f1 < 100.0; });
    CHECK_EQ(r.bestF1, 100.0);
    auto t = Tagger::load(path);
    auto pred = t->predict(ex);
    for (size_t i = 0; i < ex.size(); ++i) CHECK(pred[i] == ex[i].tags);
    fs::remove(path);
}

TEST(weight_averaging_is_a_candidate_that_leaves_training_alone) {
    // the selection: a mean that beats every epoch is what restore gives back, and says so
    nn::EpochSelection sel(std::vector<std::vector<std::string>>{{"B-PER", "O"}});
    torch::Tensor w = torch::ones({2});
    const nn::EpochSelection::Tensors weights{{"w", w}};
    const auto now = std::chrono::steady_clock::now();
    auto none = [] { return std::vector<std::vector<std::string>>{{"O", "O"}}; };
    auto right = [] { return std::vector<std::vector<std::string>>{{"B-PER", "O"}}; };
    CHECK(sel.finish(1, 3, 0, now, none, weights).best);
    w.fill_(2);
    CHECK_EQ(sel.offerAverage(1, 2, right, weights), 100.0);
    w.fill_(3);
    CHECK(!sel.finish(2, 3, 0, now, right, weights).best);  // as good is not better
    TrainResult r = sel.restore(weights);
    CHECK_EQ(w[0].item<float>(), 2.0f);
    CHECK_EQ(r.averagedFrom, 1);
    CHECK_EQ(r.bestEpoch, 2);
    CHECK(sel.finish(3, 3, 0, now, right, weights).best == false);
    w.fill_(4);
    nn::EpochSelection later(std::vector<std::vector<std::string>>{{"B-PER", "O"}});
    later.offerAverage(1, 1, none, weights);
    CHECK(later.finish(2, 3, 0, now, right, weights).best);  // an epoch that beats the mean
    CHECK_EQ(later.restore(weights).averagedFrom, 0);

    // training: the epochs' own scores are the same with and without averaging (the mean only
    // stands in while dev judges it), and a kept mean is named in the note
    setModelThreads(1);
    auto ex = demoExamples();
    TrainOptions o = smallCwi(4);
    o.batchSize = 4;
    std::vector<double> plain, averaged;
    const std::string path = tempPath("swa.mnerm");
    trainModel(o, ex, ex, path, [&](const EpochReport &e) {
        plain.push_back(e.loss);
        return true;
    });
    o.swaFrom = 2;
    TrainResult t = trainModel(o, ex, ex, path, [&](const EpochReport &e) {
        averaged.push_back(e.loss);
        return true;
    });
    CHECK_EQ(plain.size(), size_t(4));
    CHECK(plain == averaged);
    CHECK(t.averagedFrom == 0 || (t.averagedFrom == 2 && t.note.find("the mean of epochs 2-") != std::string::npos));
    CHECK(Tagger::load(path) != nullptr);
    fs::remove(path);
}

TEST(save_load_identity_and_corrupt_files) {
    setModelThreads(1);
    auto ex = demoExamples();
    TrainOptions o = smallCwi(2);
    o.config.arch = "cwi-att";
    std::string path = tempPath("identity.mnerm");
    trainModel(o, ex, ex, path);
    auto a = Tagger::load(path), b = Tagger::load(path);
    CHECK(a->predict(ex) == b->predict(ex));
    auto ma = a->marginals(ex), mb = b->marginals(ex);
    CHECK(ma == mb);
    CHECK_EQ(a->meta().arch, std::string("cwi-att"));
    // one pass gives what the separate calls give
    for (auto measure : {Tagger::Uncertainty::LeastConfidence, Tagger::Uncertainty::Margin, Tagger::Uncertainty::Entropy}) {
        auto all = a->analyse(ex, measure, 5);
        auto tags = a->predict(ex);
        auto unsure = a->uncertainty(ex, measure);
        for (size_t i = 0; i < ex.size(); ++i) {
            CHECK(all[i].tags == tags[i]);
            CHECK(std::abs(all[i].uncertainty - unsure[i]) < 1e-5);
            CHECK(all[i].uncertainty >= -1e-9 && all[i].uncertainty <= 1 + 1e-9);
            CHECK_EQ(all[i].confidence.size(), ex[i].words.size());
            CHECK(std::abs(all[i].confidence[0] - *std::max_element(ma[i][0].begin(), ma[i][0].end())) < 1e-5);
        }
    }
    // the dev F1 written at training time is what the loaded model scores
    std::vector<std::vector<std::string>> gold;
    for (auto &e : ex) gold.push_back(e.tags);
    CHECK(std::abs(conllEval(gold, a->predict(ex)).all.f1() - a->meta().devF1) < 1e-9);

    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    auto writeVariant = [&](const std::string &name, const std::string &content) {
        std::string p = tempPath(name);
        std::ofstream(p, std::ios::binary) << content;
        return p;
    };
    std::string flipped = bytes;
    flipped[bytes.size() / 2] ^= 0x20;
    CHECK_THROWS(ModelError, Tagger::load(writeVariant("flip", flipped)), "corrupt");
    CHECK_THROWS(ModelError, Tagger::load(writeVariant("trunc", bytes.substr(0, bytes.size() / 3))), "corrupt or truncated");
    CHECK_THROWS(ModelError, Tagger::load(writeVariant("empty", "")), "not an mner model file");
    CHECK_THROWS(ModelError, Tagger::load(writeVariant("magic", "PK\x03\x04" + bytes.substr(4))), "not an mner model file");
    CHECK_THROWS(ModelError, Tagger::load(tempPath("missing")), "cannot open");
    for (const char *n : {"flip", "trunc", "empty", "magic"}) fs::remove(tempPath(n));
    fs::remove(path);
}

// Gazetteer features: a token that begins a listed phrase gets its category's first feature,
// the tokens that continue it the second; matching ignores case and a hashtag's '#'. The lists
// travel inside the model file (format 2, also in an ensemble), and a reader of format 1 refuses
// such a file by its version instead of building a network of the wrong shape.
TEST(gazetteer_features_and_model_files) {
    nn::Gazetteer g;
    g.add("person", "Anna");
    g.add("city", "new   York");
    g.add("city", "YORK");
    g.add("city", "york");  // once
    g.add("person", "  ");  // ignored
    CHECK(g.categories == (std::vector<std::string>{"person", "city"}));
    CHECK(g.phrases[1] == (std::vector<std::string>{"new york", "york"}));
    g.add("person", "##Bo");
    const std::vector<std::string> words{"ANNA", "in", "New", "York", "#york", "newyork", "#bo"};
    std::vector<float> f(words.size() * 4, 0.f);
    g.features(words, f.data());
    const std::vector<float> want{1, 0, 0, 0,  // ANNA: person begins
                                  0, 0, 0, 0,  // in
                                  0, 0, 1, 0,  // New: city begins
                                  0, 0, 1, 1,  // York: continues "new york", begins "york"
                                  0, 0, 1, 0,  // #york
                                  0, 0, 0, 0,  // newyork
                                  1, 0, 0, 0};
    CHECK(f == want);
    // as the model header keeps them, the lists match the same
    const nn::Gazetteer back =
        nn::modelfile::gazetteerFrom(json::parse("{\"gazetteers\": " + nn::modelfile::gazetteerJson(g) + "}"));
    std::vector<float> fb(words.size() * 4, 0.f);
    back.features(words, fb.data());
    CHECK(fb == want);

    const std::string list = tempPath("names.txt"), bad = tempPath("bad.txt");
    std::ofstream(list, std::ios::binary) << "Anna\r\n\nBoat\n";
    std::ofstream(bad, std::ios::binary) << "fine\nbad \xff byte\n";
    const std::string blank = tempPath("blank.txt");
    std::ofstream(blank, std::ios::binary) << "\n  \n";
    CHECK_THROWS(ModelError, nn::readGazetteers({"city=" + blank}), "has no phrases");
    nn::Gazetteer r = nn::readGazetteers({"person=" + list});
    CHECK(r.phrases[0] == (std::vector<std::string>{"anna", "boat"}));
    CHECK_THROWS(ModelError, nn::readGazetteers({list}), "expected CATEGORY=FILE");
    CHECK_THROWS(ModelError, nn::readGazetteers({"person=" + tempPath("none.txt")}), "cannot open the gazetteer");
    CHECK_THROWS(ModelError, nn::readGazetteers({"person=" + bad}), ":2: expected UTF-8");
    nn::Gazetteer many;
    for (size_t c = 0; c < nn::Gazetteer::kMaxCategories; ++c) many.add("c" + std::to_string(c), "x");
    CHECK_THROWS(ModelError, many.add("one-more", "x"), "at most 16");

    setModelThreads(1);
    auto ex = demoExamples();
    TrainOptions o = smallCwi(2);
    o.gazetteers = {"person=" + list};
    const std::string path = tempPath("gaz.mnerm"), ens = tempPath("gaz-ens.mnerm");
    trainModel(o, ex, ex, path);
    auto a = Tagger::load(path);
    CHECK_EQ(a->meta().formatVersion, 2);
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    std::map<std::string, torch::Tensor> tensors;
    CHECK(nn::modelfile::gazetteerFrom(nn::readModelContainer(bytes, path, tensors)).phrases == r.phrases);
    // no GloVe here: the word BiLSTM reads the trainable table and the 2 features
    CHECK_EQ(tensors.at("word_lstm.weight_ih_l0").size(1), int64_t(o.config.extraWordDim + 2));
    CHECK(Tagger::load(path)->predict(ex) == a->predict(ex));
    writeEnsemble({path, path}, "gaz-pair", ens);
    auto e = Tagger::load(ens);
    CHECK_EQ(e->meta().formatVersion, 2);
    CHECK(e->predict(ex) == a->predict(ex));
    // what a newer mner writes, this one refuses by its version
    std::string newer = bytes;
    newer[8] = 4;
    const std::string future = tempPath("gaz-future.mnerm");
    std::ofstream(future, std::ios::binary) << newer;
    CHECK_THROWS(ModelError, Tagger::load(future), "model format version 4 is newer than this mner (3)");
    // a header that claims another version does not override the container's
    const std::string claims = tempPath("gaz-claims.mnerm");
    rewriteModel(
        path, claims, [](std::string &text, auto &) { text = "{\"format_version\": 1, " + text.substr(1); }, 2);
    CHECK_EQ(Tagger::load(claims)->meta().formatVersion, 2);
    writeEnsemble({claims}, "claims", ens);
    CHECK_EQ(Tagger::load(ens)->meta().formatVersion, 2);
    fs::remove(claims);
    // without lists, format 1 as before
    TrainOptions plain = o;
    plain.gazetteers.clear();
    const std::string one = tempPath("gaz-none.mnerm");
    trainModel(plain, ex, ex, one);
    CHECK_EQ(Tagger::load(one)->meta().formatVersion, 1);
    TrainOptions more = o;
    more.initPath = path;
    CHECK_THROWS(ModelError, trainModel(more, ex, ex, tempPath("gaz-more.mnerm")), "keeps its own gazetteers");
    for (const auto &p : {list, bad, blank, path, ens, future, one}) fs::remove(p);
}

// Distillation draws whole tag paths from the teacher's CRF: over many draws each token's tag
// frequencies approach the teacher's marginals, every path obeys BIO2, and the student's tag set
// may order (and add to) the teacher's tags. Training takes the teacher's types and needs both a
// teacher and tweets for it.
TEST(distillation_draws_paths_from_the_teacher) {
    setModelThreads(1);
    auto ex = demoExamples();
    TrainOptions o = smallCwi(2);
    const std::string teacherPath = tempPath("teacher.mnerm"), student = tempPath("student.mnerm");
    trainModel(o, ex, ex, teacherPath);
    // end scores that matter (a two-epoch CRF has learnt little of them): a path drawn without
    // them would end in O far too often
    rewriteModel(
        teacherPath, teacherPath,
        [](std::string &, std::map<std::string, torch::Tensor> &tensors) {
            tensors.at("crf.end")[0] = -2.0f;
            tensors.at("crf.end")[1] = 2.0f;
        },
        1);
    auto teacher = Tagger::load(teacherPath);
    std::vector<std::string> tags = teacher->tags();
    std::reverse(tags.begin() + 1, tags.end());
    tags.push_back("B-NEW");
    tags.push_back("I-NEW");
    nn::TeacherPaths paths(*teacher, ex, tags);
    CHECK_EQ(paths.size(), ex.size());
    auto marg = teacher->marginals(ex);
    // whole paths too: the best one is drawn as often as its probability (1 - least confidence)
    const auto unsure = teacher->uncertainty(ex, Tagger::Uncertainty::LeastConfidence);
    std::mt19937_64 rng(3);
    const int draws = 5000;
    double worst = 0;
    bool hesitant = false;  // a token where the teacher is unsure, so that draws can differ
    for (size_t i = 0; i < ex.size(); ++i) {
        const size_t T = ex[i].words.size();
        std::vector<std::vector<int>> count(T, std::vector<int>(tags.size(), 0));
        const std::vector<int> bestPath = paths.best(i);
        int bestDrawn = 0;
        for (int d = 0; d < draws; ++d) {
            auto path = paths.sample(i, rng);
            CHECK_EQ(path.size(), T);
            bestDrawn += path == bestPath;
            for (size_t t = 0; t < T; ++t) {
                ++count[t][size_t(path[t])];
                const std::string &tag = tags[size_t(path[t])];
                if (tag.rfind("I-", 0) == 0) {
                    const std::string before = t ? tags[size_t(path[t - 1])] : "O";
                    CHECK(before.size() > 2 && before.substr(2) == tag.substr(2));
                }
            }
        }
        for (size_t t = 0; t < T; ++t)
            for (size_t k = 0; k < teacher->tags().size(); ++k) {
                const size_t s = size_t(std::find(tags.begin(), tags.end(), teacher->tags()[k]) - tags.begin());
                const double p = marg[i][t][k], f = double(count[t][s]) / draws;
                worst = std::max(worst, std::abs(p - f));
                hesitant = hesitant || (p > 0.1 && p < 0.9);
            }
        CHECK_EQ(count[0][tags.size() - 2], 0);  // B-NEW: the teacher has no such tag
        worst = std::max(worst, std::abs(double(bestDrawn) / draws - (1 - unsure[i])));
    }
    CHECK(worst < 0.05);
    CHECK(hesitant);
    // the best path is the teacher's own tagging
    auto predicted = teacher->predict(ex);
    for (size_t i = 0; i < ex.size(); ++i) {
        std::vector<std::string> best;
        for (int k : paths.best(i)) best.push_back(tags[size_t(k)]);
        CHECK(best == predicted[i]);
    }
    CHECK_THROWS(ModelError, nn::TeacherPaths(*teacher, ex, {"O", "B-X", "I-X"}), "not among the student's tags");

    // a student of other types learns the teacher's too
    std::vector<Example> other(ex.begin(), ex.begin() + 2);
    for (auto &x : other)
        for (auto &t : x.tags) t = "O";
    other[0].tags[0] = "B-NEW";
    // every type in the gold too, so that both ways below come to one tag set
    for (size_t k = 0; k < 4; ++k) other[1].tags[2 * k] = std::vector<std::string>{"B-LOC", "B-ORG", "B-OTHER", "B-PER"}[k];
    TrainOptions d = o;
    d.epochs = 8;
    d.teacherPath = teacherPath;
    d.distil = ex;
    for (auto &x : d.distil) x.tags.clear();
    // with best paths, exactly the model that the teacher's tags as training data give
    auto pseudo = other;
    for (size_t i = 0; i < ex.size(); ++i) pseudo.push_back({ex[i].words, predicted[i], ex[i].imageWords});
    TrainOptions plain = d;
    plain.teacherPath.clear();
    plain.distil.clear();
    const std::string pseudoPath = tempPath("pseudo.mnerm");
    trainModel(plain, pseudo, ex, pseudoPath);
    trainModel(d, other, ex, student);
    auto s = Tagger::load(student), q = Tagger::load(pseudoPath);
    for (const auto &t : teacher->tags()) CHECK(std::find(s->tags().begin(), s->tags().end(), t) != s->tags().end());
    CHECK(std::find(s->tags().begin(), s->tags().end(), "B-NEW") != s->tags().end());
    CHECK(s->predict(ex) == q->predict(ex));
    CHECK(s->marginals(ex) == q->marginals(ex));
    // drawn paths train another model
    d.sampledPaths = true;
    trainModel(d, other, ex, student);
    CHECK(Tagger::load(student)->marginals(ex) != q->marginals(ex));
    d.distil.clear();
    CHECK_THROWS(ModelError, trainModel(d, other, ex, student), "needs both a teacher and tweets");
    for (const auto &p : {teacherPath, student, pseudoPath}) fs::remove(p);
}

// A CWI whose CRF learns BIOES tags: the file says so by its version and tag list, everything it
// hands out is BIO2 (tags, marginal columns that sum to 1, analyses), it overfits as a BIO2 one
// does, it keeps its scheme when continued, and it teaches and learns from BIO2 models.
TEST(bioes_models_speak_bio2) {
    setModelThreads(1);
    auto ex = demoExamples();
    TrainOptions o = overfitCwi();
    o.tagScheme = "bioes";
    const std::string path = tempPath("bioes.mnerm"), bio2 = tempPath("bioes-bio2.mnerm"), more = tempPath("bioes-more.mnerm");
    TrainResult r = trainModel(o, ex, ex, path, [](const EpochReport &e) { return e.f1 < 100.0; });
    CHECK_EQ(r.bestF1, 100.0);
    auto t = Tagger::load(path);
    CHECK_EQ(t->meta().formatVersion, 3);
    CHECK_EQ(t->meta().arch, std::string("cwi+bioes"));  // what mner models and the GUI show
    CHECK(t->tags() ==
          (std::vector<std::string>{"O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-OTHER", "I-OTHER", "B-PER", "I-PER"}));
    {
        std::ifstream in(path, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        std::map<std::string, torch::Tensor> tensors;
        const json::Value h = nn::readModelContainer(bytes, path, tensors);
        CHECK_EQ(h.find("tags")->array.size(), size_t(17));
        CHECK_EQ(tensors.at("crf.transitions").size(0), int64_t(17));
    }
    auto pred = t->predict(ex);
    bool single = false;  // the demo has one-token entities, which BIOES tags S-
    for (size_t i = 0; i < ex.size(); ++i) {
        CHECK(pred[i] == ex[i].tags);
        for (const Span &sp : spansOf(ex[i].tags)) single = single || sp.end - sp.begin == 1;
    }
    CHECK(single);
    auto marg = t->marginals(ex);
    auto all = t->analyse(ex, Tagger::Uncertainty::Entropy, 3);
    size_t tokens = 0, likeliest = 0;  // tokens whose predicted tag is their likeliest column
    for (size_t i = 0; i < ex.size(); ++i) {
        CHECK(all[i].tags == pred[i]);
        for (size_t k = 0; k < marg[i].size(); ++k) {
            CHECK_EQ(marg[i][k].size(), t->tags().size());
            float sum = 0;
            for (float p : marg[i][k]) sum += p;
            CHECK(std::abs(sum - 1) < 1e-4);
            CHECK(std::abs(all[i].confidence[k] - *std::max_element(marg[i][k].begin(), marg[i][k].end())) < 1e-5);
            const size_t col = size_t(std::find(t->tags().begin(), t->tags().end(), pred[i][k]) - t->tags().begin());
            ++tokens;
            likeliest += marg[i][k][col] == *std::max_element(marg[i][k].begin(), marg[i][k].end());
        }
        CHECK(all[i].uncertainty >= 0 && all[i].uncertainty <= 1);
    }
    // S-X's mass in B-X's column and E-X's in I-X's: folded elsewhere, one-token entities and
    // entity ends would look unlikely
    CHECK(double(likeliest) > 0.9 * double(tokens));
    for (auto measure : {Tagger::Uncertainty::LeastConfidence, Tagger::Uncertainty::Margin, Tagger::Uncertainty::Entropy}) {
        const auto one = t->analyse(ex, measure, 3);
        const auto unsure = t->uncertainty(ex, measure);
        for (size_t i = 0; i < ex.size(); ++i) CHECK(std::abs(one[i].uncertainty - unsure[i]) < 1e-5);
    }
    // BIOES tags need format 3: the same file stamped 2 is refused
    const std::string stamped = tempPath("bioes-v2.mnerm");
    rewriteModel(
        path, stamped, [](std::string &, std::map<std::string, torch::Tensor> &) {}, 2);
    CHECK_THROWS(ModelError, Tagger::load(stamped), "BIOES tags in a model of format 2");
    fs::remove(stamped);

    // continued: BIOES stays; asking for BIO2 is refused
    TrainOptions c = smallCwi(1);
    c.initPath = path;
    trainModel(c, ex, ex, more);
    CHECK_EQ(Tagger::load(more)->meta().formatVersion, 3);
    c.tagScheme = "bio2";
    CHECK_THROWS(ModelError, trainModel(c, ex, ex, more), "a continued model keeps them");
    TrainOptions bad = smallCwi(1);
    bad.tagScheme = "iobes";
    CHECK_THROWS(ModelError, trainModel(bad, ex, ex, more), "unknown tag scheme");
    // continued with a new type: the new one gets all four tags, the old ones keep their rows
    auto withNew = ex;
    withNew[0].tags.assign(withNew[0].tags.size(), "O");
    withNew[0].tags[0] = "B-NEW";
    TrainOptions grow = smallCwi(1);
    grow.initPath = path;
    trainModel(grow, withNew, ex, more);
    auto grown = Tagger::load(more);
    CHECK_EQ(grown->meta().formatVersion, 3);
    CHECK(std::find(grown->tags().begin(), grown->tags().end(), "I-NEW") != grown->tags().end());
    CHECK_EQ(grown->tags().size(), t->tags().size() + 2);
    // an ensemble of BIOES members is format 3 and speaks BIO2
    const std::string ens = tempPath("bioes-ens.mnerm");
    writeEnsemble({path, path}, "bioes-pair", ens);
    CHECK_EQ(Tagger::load(ens)->meta().formatVersion, 3);
    CHECK_EQ(Tagger::load(ens)->meta().arch, std::string("ensemble of 2 cwi+bioes"));
    CHECK(Tagger::load(ens)->predict(ex) == pred);

    // teaching across schemes: a BIOES teacher's best paths arrive as its BIO2 tags
    nn::TeacherPaths fromBioes(*t, ex, t->tags());
    std::mt19937_64 rng(5);
    for (size_t i = 0; i < ex.size(); ++i) {
        std::vector<std::string> best, drawn;
        for (int k : fromBioes.best(i)) best.push_back(t->tags()[size_t(k)]);
        for (int k : fromBioes.sample(i, rng)) drawn.push_back(t->tags()[size_t(k)]);
        CHECK(best == pred[i]);
        CHECK(drawn == tagsOf(spansOf(drawn), int(drawn.size())));  // a BIO2 path
    }
    TrainOptions d = smallCwi(2);
    d.teacherPath = path;
    d.distil = ex;
    const std::vector<Example> gold(ex.begin(), ex.begin() + 2);
    trainModel(d, gold, ex, bio2);  // BIOES teacher, BIO2 student
    CHECK_EQ(Tagger::load(bio2)->meta().formatVersion, 1);
    d.teacherPath = bio2;
    d.tagScheme = "bioes";
    trainModel(d, gold, ex, more);  // BIO2 teacher, BIOES student
    CHECK(Tagger::load(more)->tags() == t->tags());
    CHECK_EQ(Tagger::load(more)->meta().formatVersion, 3);
    for (const auto &p : {path, bio2, more, ens}) fs::remove(p);
}

// An ensemble predicts with the mean of its members' potentials: of one model twice, exactly what
// the model predicts; of two, tags, marginals and uncertainties as one network gives them, and
// something between its members. It refuses mixed tag sets, nesting and continued training.
TEST(ensemble_averages_its_members) {
    setModelThreads(1);
    auto ex = demoExamples();
    TrainOptions o = smallCwi(3);
    const std::string a = tempPath("ens-a.mnerm"), b = tempPath("ens-b.mnerm"), both = tempPath("ens.mnerm"),
                      twice = tempPath("ens-twice.mnerm");
    trainModel(o, ex, ex, a);
    o.seed = 7;
    trainModel(o, ex, ex, b);
    auto ta = Tagger::load(a), tb = Tagger::load(b);
    writeEnsemble({a, a}, "twice", twice);
    auto t2 = Tagger::load(twice);
    CHECK(t2->predict(ex) == ta->predict(ex));
    auto m2 = t2->marginals(ex), ma = ta->marginals(ex);
    for (size_t i = 0; i < ex.size(); ++i)
        for (size_t t = 0; t < m2[i].size(); ++t)
            for (size_t k = 0; k < m2[i][t].size(); ++k) CHECK(std::abs(m2[i][t][k] - ma[i][t][k]) < 1e-5);
    CHECK_EQ(t2->meta().arch, std::string("ensemble of 2 cwi"));

    ModelMeta dev;
    dev.devF1 = 42.5;
    dev.devF1ByType["X"] = 40;
    writeEnsemble({a, b}, "pair", both, &dev);
    auto e = Tagger::load(both);
    CHECK_EQ(e->meta().name, std::string("pair"));
    CHECK_EQ(e->meta().devF1, 42.5);
    CHECK(e->tags() == ta->tags());
    auto me = e->marginals(ex), mb = tb->marginals(ex);
    bool between = false, differs = false;
    for (size_t i = 0; i < ex.size(); ++i)
        for (size_t t = 0; t < me[i].size(); ++t) {
            float sum = 0;
            for (size_t k = 0; k < me[i][t].size(); ++k) {
                sum += me[i][t][k];
                const float lo = std::min(ma[i][t][k], mb[i][t][k]), hi = std::max(ma[i][t][k], mb[i][t][k]);
                between = between || (me[i][t][k] > lo + 1e-4 && me[i][t][k] < hi - 1e-4);
                differs = differs || std::abs(ma[i][t][k] - mb[i][t][k]) > 1e-3;
            }
            CHECK(std::abs(sum - 1) < 1e-4);
        }
    CHECK(differs);  // two seeds, two models
    CHECK(between);
    for (auto measure : {Tagger::Uncertainty::LeastConfidence, Tagger::Uncertainty::Margin, Tagger::Uncertainty::Entropy}) {
        auto all = e->analyse(ex, measure, 5);
        auto tags = e->predict(ex);
        auto unsure = e->uncertainty(ex, measure);
        for (size_t i = 0; i < ex.size(); ++i) {
            CHECK(all[i].tags == tags[i]);
            CHECK(std::abs(all[i].uncertainty - unsure[i]) < 1e-5);
        }
    }
    CHECK_THROWS(ModelError, writeEnsemble({both, a}, "nested", tempPath("ens-bad.mnerm")), "not a CWI model");
    // another tag set
    auto other = ex;
    for (auto &x : other)
        for (auto &t : x.tags)
            if (t != "O") t = t.substr(0, 2) + "Z";
    const std::string c = tempPath("ens-c.mnerm");
    trainModel(o, other, other, c);
    CHECK_THROWS(ModelError, writeEnsemble({a, c}, "mixed", tempPath("ens-bad.mnerm")), "tag set differs");
    CHECK(!fs::exists(tempPath("ens-bad.mnerm")));
    TrainOptions more = o;
    more.initPath = both;
    CHECK_THROWS(ModelError, trainModel(more, ex, ex, tempPath("ens-more.mnerm")), "an ensemble");
    for (const auto &p : {a, b, c, both, twice}) fs::remove(p);
}

// Where models run: auto picks CUDA only when there is a device, cuda without one says why it
// runs on the CPU, a failed CUDA run is done again on the CPU with a note.
TEST(device_choice_and_cpu_fallback) {
    CHECK_EQ(chooseDevice("auto", true).device, std::string("cuda"));
    CHECK_EQ(chooseDevice("auto", false).device, std::string("cpu"));
    CHECK(chooseDevice("auto", false).note.empty());
    CHECK_EQ(chooseDevice("cpu", true).device, std::string("cpu"));
    CHECK_EQ(chooseDevice("cuda", true).device, std::string("cuda"));
    const DeviceChoice none = chooseDevice("cuda", false);
    CHECK_EQ(none.device, std::string("cpu"));
    CHECK(none.note.find("no CUDA device") != std::string::npos);
    CHECK_THROWS(ModelError, chooseDevice("tpu", true), "unknown device");

    std::vector<std::string> ran;
    std::string note;
    runWithCpuFallback(
        "cuda",
        [&](const std::string &d) {
            ran.push_back(d);
            if (d == "cuda") throw std::runtime_error("CUDA out of memory");
        },
        &note);
    CHECK(ran == (std::vector<std::string>{"cuda", "cpu"}));
    CHECK(note.find("CUDA out of memory") != std::string::npos);
    ran.clear();
    note.clear();
    runWithCpuFallback(
        "cuda", [&](const std::string &d) { ran.push_back(d); }, &note);
    CHECK(ran == std::vector<std::string>{"cuda"});
    CHECK(note.empty());
    bool threw = false;
    try {
        runWithCpuFallback(
            "cpu", [](const std::string &) { throw std::runtime_error("bad input"); }, &note);
    } catch (const std::runtime_error &) { threw = true; }
    CHECK(threw);  // the CPU's own failures are not hidden

    setModelThreads(1);
    auto ex = demoExamples();
    TrainOptions o = smallCwi(1);
    const std::string path = tempPath("device.mnerm");
    trainModel(o, ex, ex, path);
    auto t = Tagger::load(path);
    const auto before = t->predict(ex);
    CHECK_EQ(t->device(), std::string("cpu"));
    CHECK_THROWS(ModelError, t->setDevice("tpu"), "unknown device");
    if (!cudaAvailable()) {
        CHECK_THROWS(ModelError, t->setDevice("cuda"), "no CUDA device");
    } else {
        t->setDevice("cuda");  // a CUDA build: the same tags from the device
        CHECK(t->predict(ex) == before);
    }
    t->setDevice("cpu");
    CHECK(t->predict(ex) == before);
    fs::remove(path);
}

TEST(caption_words) {
    auto w = captionWords("the chicago bears and green bay packers are playing in the nfl");
    CHECK(w == (std::vector<std::string>{"chicago", "bears", "green", "bay", "packers", "playing", "nfl"}));
    CHECK(captionWords("a b c d e f g h i j k l", 3).size() == 3);
}

// ------------------------------------------------------------------------------ MSB

namespace {

// A WordPiece vocabulary of the examples' own basic tokens (and "##s"), so tiny models train fast.
std::string smallVocab(const std::vector<Example> &ex) {
    std::vector<std::string> v = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "##s"};
    std::set<std::string> seen(v.begin(), v.end());
    for (const auto &e : ex) {
        std::vector<std::string> all = e.words;
        all.insert(all.end(), e.imageWords.begin(), e.imageWords.end());
        for (const auto &w : all)
            for (const auto &t : WordPiece::basicTokens(w))
                if (seen.insert(t).second) v.push_back(t);
    }
    std::string path = tempPath("vocab.txt");
    std::ofstream f(path);
    for (const auto &p : v) f << p << '\n';
    return path;
}

MsbConfig tinyMsb(bool crf) {
    MsbConfig c = MsbConfig::forArch("msb-tiny", crf);
    c.hidden = 32;
    c.layers = 1;
    c.dropout = 0;
    return c;
}

}  // namespace

TEST(msb_overfits_reloads_and_ignores_padding) {
    setModelThreads(1);
    torch::manual_seed(3);
    auto ex = demoExamples();
    MsbTrainOptions o;
    o.config = tinyMsb(true);
    o.vocabPath = smallVocab(ex);
    o.epochs = 80;
    o.batchSize = 4;
    o.lr = 5e-3;
    o.fp16 = false;
    std::string path = tempPath("msb.mnerm");
    TrainResult r = trainMsb(o, ex, ex, path, [](const EpochReport &e) { return e.f1 < 100.0; });
    CHECK_EQ(r.bestF1, 100.0);
    auto t = Tagger::load(path);
    CHECK_EQ(t->meta().arch, std::string("msb-tiny+crf"));
    auto pred = t->predict(ex);
    for (size_t i = 0; i < ex.size(); ++i) CHECK(pred[i] == ex[i].tags);
    std::vector<std::vector<std::string>> gold;
    for (auto &e : ex) gold.push_back(e.tags);
    CHECK(std::abs(conllEval(gold, pred).all.f1() - t->meta().devF1) < 1e-9);
    // The attention mask: a tweet scores the same alone and padded beside a longer one.
    size_t longest = 0;
    for (size_t i = 1; i < ex.size(); ++i)
        if (ex[i].words.size() > ex[longest].words.size()) longest = i;
    size_t shortest = longest == 0 ? 1 : 0;
    auto alone = t->marginals({ex[shortest]}, 1), padded = t->marginals({ex[shortest], ex[longest]}, 2);
    float worst = 0;
    for (size_t k = 0; k < alone[0].size(); ++k)
        for (size_t j = 0; j < alone[0][k].size(); ++j) worst = std::max(worst, std::abs(alone[0][k][j] - padded[0][k][j]));
    CHECK(worst < 1e-4f);
    // A URL gets no pieces but still a tag; empty image words are fine.
    Example url;
    url.words = {"see", "https://t.co/x", "Anna"};
    CHECK_EQ(t->predict({url})[0].size(), size_t(3));
    fs::remove(path);
}

TEST(msb_pretraining_resumes_and_starts_fine_tuning) {
    setModelThreads(1);
    auto ex = demoExamples();
    std::string corpus = tempPath("corpus.txt");
    {
        std::ofstream f(corpus);
        for (const auto &e : ex) {
            for (const auto &w : e.words) f << w << ' ';
            f << '\n';
        }
    }
    PretrainOptions p;
    p.config = tinyMsb(false);
    p.vocabPath = smallVocab(ex);
    p.corpus = {corpus};
    p.steps = 4;
    p.batchSize = 4;
    p.seqLen = 32;
    p.warmup = 2;
    p.checkpointEvery = 2;
    p.checkpoint = tempPath("pt.mnerm");
    fs::remove(p.checkpoint);
    PretrainReport a = pretrainMsb(p);
    CHECK_EQ(a.step, int64_t(4));
    CHECK(!a.resumed && fs::exists(p.checkpoint));
    p.steps = 6;
    PretrainReport b = pretrainMsb(p);
    CHECK(b.resumed);
    CHECK_EQ(b.step, int64_t(6));
    CHECK_THROWS(ModelError, Tagger::load(p.checkpoint), "without a tag set");
    MsbTrainOptions o;
    o.config = tinyMsb(false);
    o.initPath = p.checkpoint;
    o.epochs = 2;
    o.batchSize = 4;
    std::string path = tempPath("msb-ft.mnerm");
    trainMsb(o, ex, ex, path);
    auto t = Tagger::load(path);
    CHECK_EQ(t->meta().arch, std::string("msb-tiny"));
    auto pred = t->predict(ex);
    for (size_t i = 0; i < ex.size(); ++i) CHECK_EQ(pred[i].size(), ex[i].words.size());
    auto m = t->marginals({ex[0]});
    double sum = 0;
    for (float v : m[0][0]) sum += v;
    CHECK(std::abs(sum - 1.0) < 1e-4);
    CHECK_THROWS(ModelError, MsbConfig::forArch("msb-huge", false), "unknown MSB architecture");
    for (const auto &f : {corpus, p.checkpoint, path}) fs::remove(f);
}

// Continuing a model on data with other types: shared types keep their output rows and CRF
// transitions, the others are dropped or added, and the result says so.
TEST(retraining_with_other_types_keeps_the_shared_rows) {
    setModelThreads(1);
    auto ex = demoExamples();
    TrainOptions o = smallCwi(1);
    std::string base = tempPath("types-base.mnerm"), next = tempPath("types-next.mnerm");
    trainModel(o, ex, {}, base);
    auto baseTagger = Tagger::load(base);
    CHECK(std::find(baseTagger->tags().begin(), baseTagger->tags().end(), "B-OTHER") != baseTagger->tags().end());
    // the same tweets with OTHER renamed MISC: a type the base lacks, and one it has that the data lacks
    auto renamed = ex;
    for (Example &e : renamed)
        for (auto &t : e.tags)
            if (t.size() > 2 && t.substr(2) == "OTHER") t = t.substr(0, 2) + "MISC";
    TrainOptions c = o;
    c.initPath = base;
    c.lr = 0;  // no step: what is copied stays visible
    // without a label set the model keeps all its types (a split without OTHER does not lose it)
    TrainResult kept = trainModel(c, renamed, {}, next);
    CHECK(kept.note.find("removed none") != std::string::npos);
    {
        auto all = Tagger::load(next);
        CHECK(std::find(all->tags().begin(), all->tags().end(), "B-OTHER") != all->tags().end());
        CHECK(std::find(all->tags().begin(), all->tags().end(), "B-MISC") != all->tags().end());
    }
    c.types = {"PER", "LOC", "ORG", "MISC"};  // the project's label set
    TrainResult r = trainModel(c, renamed, {}, next);
    CHECK(r.note.find("added MISC") != std::string::npos);
    CHECK(r.note.find("removed OTHER") != std::string::npos);
    CHECK(r.note.find("kept LOC, ORG, PER") != std::string::npos || r.note.find("kept") != std::string::npos);
    auto t = Tagger::load(next);
    const auto &tags = t->tags();
    CHECK(std::find(tags.begin(), tags.end(), "B-MISC") != tags.end());
    CHECK(std::find(tags.begin(), tags.end(), "B-OTHER") == tags.end());
    CHECK_EQ(tags.size(), baseTagger->tags().size());
    auto read = [](const std::string &path) {
        std::ifstream f(path, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(f)), {});
        std::map<std::string, torch::Tensor> tensors;
        nn::readModelContainer(bytes, path, tensors);
        return tensors;
    };
    auto a = read(base), b = read(next);
    auto row = [](const std::vector<std::string> &tags, const std::string &tag) {
        return int64_t(std::find(tags.begin(), tags.end(), tag) - tags.begin());
    };
    const auto &oldTags = baseTagger->tags();
    for (const char *tag : {"O", "B-PER", "I-LOC"}) {
        int64_t i = row(oldTags, tag), j = row(tags, tag);
        CHECK(torch::equal(a["out.weight"][i], b["out.weight"][j]));
        CHECK(torch::equal(a["crf.start"][i], b["crf.start"][j]));
    }
    CHECK(torch::equal(a["crf.transitions"][row(oldTags, "B-PER")][row(oldTags, "I-PER")],
                       b["crf.transitions"][row(tags, "B-PER")][row(tags, "I-PER")]));
    CHECK(a.count("word_lstm.weight_ih_l0") && torch::equal(a["word_lstm.weight_ih_l0"], b["word_lstm.weight_ih_l0"]));
    // the new type is usable: an I-MISC may follow B-MISC, not B-PER
    auto pred = t->predict(renamed);
    for (size_t i = 0; i < renamed.size(); ++i) CHECK_EQ(pred[i].size(), renamed[i].words.size());
    for (const auto &f : {base, next}) fs::remove(f);
}

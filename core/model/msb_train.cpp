// Fine-tuning an MSB model (from a pre-trained checkpoint or from scratch) for tagging.
#include "model/msb_net.h"

#include "eval/conlleval.h"
#include "model/modelfile.h"
#include "text/isotime.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <numeric>
#include <random>
#include <sstream>

namespace mner {

using namespace nn;

TrainResult trainMsb(const MsbTrainOptions &opt, const std::vector<Example> &trainIn, const std::vector<Example> &dev,
                     const std::string &outPath, const std::function<bool(const EpochReport &)> &onEpoch,
                     const std::function<bool(size_t, size_t)> &progress) {
    if (trainIn.empty()) throw ModelError("no training tweets");
    torch::manual_seed(opt.seed);
    std::mt19937_64 rng(opt.seed);
    std::vector<Example> train = trainIn;
    std::set<std::string> types;
    for (Example &e : train) {
        if (e.tags.size() != e.words.size()) throw ModelError("a training tweet has words and tags of different lengths");
        e.tags = tagsOf(spansOf(e.tags), int(e.words.size()));
        for (const Span &s : spansOf(e.tags)) types.insert(s.type);
    }
    std::vector<std::string> tags = {"O"};
    for (const auto &t : types) {
        tags.push_back("B-" + t);
        tags.push_back("I-" + t);
    }
    std::unordered_map<std::string, int64_t> tagIndex;
    for (size_t i = 0; i < tags.size(); ++i) tagIndex[tags[i]] = int64_t(i);

    MsbConfig cfg = opt.config;
    std::unique_ptr<WordPiece> wp;
    MsbFile init;
    if (!opt.initPath.empty()) {
        init = readMsbFile(opt.initPath);
        bool crf = cfg.crf;
        cfg = init.cfg;
        cfg.crf = crf;
        wp = std::make_unique<WordPiece>(init.vocab);
    } else {
        if (opt.vocabPath.empty())
            throw ModelError("MSB needs a WordPiece vocabulary (--vocab) or a model to start from (--init)");
        wp = std::make_unique<WordPiece>(WordPiece::fromFile(opt.vocabPath));
    }
    MsbNet net(cfg, wp->size(), tags);
    if (!opt.initPath.empty()) {
        // The encoder always; the tag layer and CRF only when the tag sets agree.
        std::map<std::string, torch::Tensor> keep;
        for (auto &[n, t] : init.tensors)
            if ((n.rfind("out.", 0) != 0 && n.rfind("crf.", 0) != 0) || init.tags == tags) keep[n] = t;
        size_t n = loadInto(net, keep, false, opt.initPath);
        std::fprintf(stderr, "started from %s: %zu tensors\n", opt.initPath.c_str(), n);
    } else if (!opt.glovePath.empty()) {
        gloveInit(net, *wp, opt.glovePath);
    }
    AdamW adam(net);
    std::vector<std::vector<std::string>> devGold;
    for (const auto &e : dev) devGold.push_back(e.tags);
    std::vector<size_t> order(train.size());
    std::iota(order.begin(), order.end(), 0);
    const size_t bs = size_t(std::max(1, opt.batchSize)), batches = (train.size() + bs - 1) / bs;
    const int64_t totalSteps = int64_t(batches) * opt.epochs, warmup = std::max<int64_t>(1, totalSteps / 10);
    EpochSelection selection(devGold);
    int64_t step = 0;
    for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
        auto t0 = std::chrono::steady_clock::now();
        net->train();
        std::shuffle(order.begin(), order.end(), rng);
        double lossSum = 0;
        for (size_t bi = 0; bi < batches; ++bi) {
            std::vector<const Example *> batch;
            for (size_t i = bi * bs; i < std::min(train.size(), (bi + 1) * bs); ++i) batch.push_back(&train[order[i]]);
            MsbBatch b = encodeBatch(batch, *wp, cfg, &tagIndex);
            adam.zeroGrad();
            auto em = emissions(net, b);
            torch::Tensor loss;
            if (net->crf) {
                loss = net->crf->nll(em, b.tags, b.mask);
            } else {
                auto flat = em.reshape({-1, em.size(2)});
                auto ce = torch::nn::functional::cross_entropy(
                    flat, b.tags.reshape({-1}), torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kNone));
                auto m = b.mask.reshape({-1}).to(torch::kFloat);
                loss = (ce * m).sum() / m.sum().clamp_min(1);
            }
            loss.backward();
            adam.opt.clipGradNorm(1.0);
            ++step;
            double lr =
                opt.lr * (step < warmup
                              ? double(step) / double(warmup)
                              : std::max(0.0, double(totalSteps - step) / double(std::max<int64_t>(1, totalSteps - warmup))));
            adam.step(lr);
            lossSum += loss.item<double>();
            if (progress && !progress(bi + 1, batches)) throw ModelError("training cancelled");
        }
        EpochReport rep = selection.finish(
            epoch, opt.epochs, lossSum / double(batches), t0, [&] { return predictBatches(net, *wp, tags, dev, 64); },
            tensorsOf(net));
        if (onEpoch && !onEpoch(rep)) break;
    }
    TrainResult result = selection.restore(tensorsOf(net));
    Scores sc;
    if (!dev.empty()) sc = conllEval(devGold, predictBatches(net, *wp, tags, dev, 64));
    std::ostringstream h;
    h.imbue(std::locale::classic());
    h.precision(10);
    h << "{\"format\": \"mner-model\", \"name\": " << json::quote(opt.name) << ", \"config\": " << msbConfigJson(cfg)
      << ", \"tags\": " << listJson(tags) << ", \"wordpiece\": " << listJson(wp->vocab())
      << ", \"image_word_source\": " << json::quote(opt.imageWordSource)
      << ", \"training_data\": " << json::quote(opt.trainingData)
      << ", \"fingerprint\": " << json::quote(exampleFingerprint(trainIn)) << ", \"created\": " << json::quote(nowIso())
      << ", \"init\": " << json::quote(opt.initPath.empty() ? "" : std::filesystem::path(opt.initPath).filename().string())
      << ", \"seed\": " << opt.seed << ", \"epochs\": " << opt.epochs << ", \"best_epoch\": " << result.bestEpoch
      << ", \"lr\": " << opt.lr << ", \"dev\": {\"f1\": " << sc.all.f1() << ", \"precision\": " << sc.all.precision()
      << ", \"recall\": " << sc.all.recall() << ", \"report\": " << json::quote(conllReport(sc)) << ", \"f1_by_type\": {";
    bool firstType = true;
    for (const auto &[t, s] : sc.byType) {
        h << (firstType ? "" : ", ") << json::quote(t) << ": " << s.f1();
        firstType = false;
    }
    h << "}}}";
    // The MLM head is not needed to tag; leaving it out keeps the file small.
    std::vector<std::pair<std::string, torch::Tensor>> keep;
    for (auto &[n, t] : tensorsOf(net))
        if (n.rfind("mlm_", 0) != 0) keep.emplace_back(n, t);
    writeModelFile(outPath, h.str(), keep, opt.fp16);
    return result;
}

}  // namespace mner

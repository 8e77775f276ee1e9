// Training (or continuing) a CWI model and writing its model file.
#include "model/tagger_impl.h"

#include "eval/conlleval.h"
#include "model/modelfile.h"
#include "text/isotime.h"
#include "text/numbers.h"
#include "text/tags.h"

#include <torch/csrc/autograd/profiler_legacy.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <random>
#include <set>

namespace mner {

using namespace nn;
using namespace nn::modelfile;

TrainResult trainModel(const TrainOptions &opt, const std::vector<Example> &trainIn, const std::vector<Example> &dev,
                       const std::string &outPath, const std::function<bool(const EpochReport &)> &onEpoch,
                       const std::function<bool(size_t, size_t)> &progress) {
    if (trainIn.empty()) throw ModelError("no training tweets");
    // Warm start: the network, vocabularies and tag set of an existing model, trained further.
    std::unique_ptr<Tagger> init;
    if (!opt.initPath.empty()) {
        init = Tagger::load(opt.initPath);
        if (init->d_->msb) throw ModelError(opt.initPath + ": an MSB model; continue it with trainMsb");
        if (!init->d_->members.empty())
            throw ModelError(opt.initPath + ": an ensemble; continue one of its members (or train each and join them again)");
    }
    CwiConfig cfgCopy = init ? init->d_->cfg : opt.config;
    if (init) cfgCopy.wordDropout = opt.config.wordDropout;
    const CwiConfig &cfg = cfgCopy;
    if (cfg.arch != "cwi" && cfg.arch != "cwi-att") throw ModelError("unknown architecture '" + cfg.arch + "'");
    // Loaded before seeding (building its network draws random numbers), so that a student of
    // the teacher's best paths is the very model its pseudo-labelled tweets would train.
    std::unique_ptr<Tagger> teacher;
    std::string teacherFingerprint;
    if (opt.teacherPath.empty() != opt.distil.empty())
        throw ModelError("distillation needs both a teacher and tweets for it to label");
    if (!opt.gazetteers.empty() && !opt.initPath.empty())
        throw ModelError(opt.initPath + ": a continued model keeps its own gazetteers; give none");
    if (!opt.teacherPath.empty()) {
        teacher = Tagger::load(opt.teacherPath);
        teacherFingerprint = teacher->meta().fingerprint;
        if (teacher->d_->msb) throw ModelError(opt.teacherPath + ": the teacher must be a CWI model or an ensemble of them");
    }
    torch::manual_seed(opt.seed);
    std::mt19937_64 rng(opt.seed);

    // I- after O means the same entity as B- under conlleval: train on clean BIO2 so that the
    // CRF can forbid the transitions BIO2 does not allow.
    std::vector<Example> train = trainIn;
    std::set<std::string> types;
    for (Example &e : train) {
        if (e.tags.size() != e.words.size())
            throw ModelError("a training tweet has " + std::to_string(e.words.size()) + " words but " +
                             std::to_string(e.tags.size()) + " tags");
        e.tags = tagsOf(spansOf(e.tags), int(e.words.size()));
        for (const Span &s : spansOf(e.tags)) types.insert(s.type);
    }
    // Distillation: the teacher's types join the tag set; its tweets join the training set with
    // its best path or one drawn afresh each epoch (below).
    if (teacher)
        for (const auto &t : teacher->tags())
            if (splitTag(t).prefix == "B") types.insert(splitTag(t).type);
    const size_t gold = train.size();
    for (const Example &e : opt.distil) {
        if (e.words.empty()) continue;
        train.push_back({e.words, std::vector<std::string>(e.words.size(), "O"), e.imageWords});
    }
    if (!opt.tagScheme.empty() && opt.tagScheme != "bio2" && opt.tagScheme != "bioes")
        throw ModelError("unknown tag scheme '" + opt.tagScheme + "' (bio2 or bioes)");
    bool bioes = opt.tagScheme == "bioes";
    if (init) {
        const bool initBioes = isBioesTagSet(init->d_->v.tags);
        if (!opt.tagScheme.empty() && bioes != initBioes)
            throw ModelError(opt.initPath + ": the model's CRF uses " + (initBioes ? "bioes" : "bio2") +
                             " tags; a continued model keeps them");
        bioes = initBioes;
    }
    auto addType = [bioes](std::vector<std::string> &tags, const std::string &type) {
        for (const char *p : {"B-", "I-", "E-", "S-"})
            if (bioes || p[0] == 'B' || p[0] == 'I') tags.push_back(p + type);
    };
    Vocabs v;
    v.tags.push_back("O");
    for (const auto &t : types) addType(v.tags, t);
    // Continuing a model whose types differ from the data's: the shared types keep their output
    // rows (and CRF transitions), types the data lacks are dropped, new ones get fresh rows.
    std::vector<std::string> keptTypes, addedTypes, droppedTypes;
    std::vector<std::string> initTags;
    if (init) {
        initTags = init->d_->v.tags;
        // the wanted label set: the one asked for, else the model's own; either way with the data's
        std::set<std::string> wanted = types;
        if (opt.types.empty()) {
            for (const auto &t : initTags)
                if (splitTag(t).prefix == "B") wanted.insert(splitTag(t).type);
        } else {
            wanted.insert(opt.types.begin(), opt.types.end());
        }
        std::vector<std::string> tags{"O"};
        for (const auto &t : initTags) {
            TagParts p = splitTag(t);
            if (p.prefix != "B") continue;
            if (wanted.count(p.type)) {
                keptTypes.push_back(p.type);
                addType(tags, p.type);
            } else {
                droppedTypes.push_back(p.type);
            }
        }
        for (const auto &t : wanted)
            if (std::find(keptTypes.begin(), keptTypes.end(), t) == keptTypes.end()) {
                addedTypes.push_back(t);
                addType(tags, t);
            }
        v = init->d_->v;
        v.tags = tags;
    }
    for (const Example &e : train) {
        if (init) break;  // the model's vocabularies stay as they are
        for (const auto &w : e.words) {
            v.words.add(tableWord(lower(w), cfg.twitterWords));
            for (const auto &c : characters(w)) v.chars.add(c);
        }
        for (const auto &w : e.imageWords) v.image.add(w);
    }
    if (!init) v.image.add("<none>");
    std::unique_ptr<TeacherPaths> teach;
    std::mt19937_64 drawRng(opt.seed ^ 0x9e3779b97f4a7c15ULL);  // apart from the shuffle's, which stays as without
    if (teacher) {
        const std::vector<Example> learners(train.begin() + std::ptrdiff_t(gold), train.end());
        teach = std::make_unique<TeacherPaths>(*teacher, learners, v.tags);
        teacher.reset();
    }
    if (!opt.gazetteers.empty()) v.gaz = readGazetteers(opt.gazetteers);

    // GloVe: words and vectors from the text file.
    std::vector<float> gloveVecs;
    int64_t gloveDim = init ? init->d_->net->gloveDim : 0;
    if (!opt.embeddingsPath.empty() && !init) {
        std::ifstream f(opt.embeddingsPath);
        if (!f) throw ModelError(opt.embeddingsPath + ": cannot open the embeddings file");
        std::string line;
        int lineNo = 0;
        while (std::getline(f, line)) {
            ++lineNo;
            size_t sp = line.find(' ');
            if (sp == std::string::npos) continue;
            std::string word = line.substr(0, sp);
            std::string bad;
            std::vector<float> vec = parseNumberList(std::string_view(line).substr(sp), &bad);
            if (!bad.empty())
                throw ModelError(opt.embeddingsPath + ":" + std::to_string(lineNo) + ": expected a number, found '" + bad + "'");
            if (gloveDim == 0) gloveDim = int64_t(vec.size());
            if (int64_t(vec.size()) != gloveDim)
                throw ModelError(opt.embeddingsPath + ":" + std::to_string(lineNo) + ": expected " + std::to_string(gloveDim) +
                                 " numbers, found " + std::to_string(vec.size()));
            if (v.glove.index.count(word)) continue;
            v.glove.add(word);
            gloveVecs.insert(gloveVecs.end(), vec.begin(), vec.end());
        }
    }
    CwiNet net = init ? init->d_->net : CwiNet(cfg, v, gloveDim);
    std::string note;
    if (init && v.tags != initTags) {
        // A network for the new tag set: every weight of the old one but the output layer and the
        // CRF copied in; of those, the rows (and transitions) of the tags both sets have.
        torch::NoGradGuard ng;
        std::vector<int64_t> from(v.tags.size(), -1);
        for (size_t i = 0; i < v.tags.size(); ++i)
            for (size_t j = 0; j < initTags.size(); ++j)
                if (initTags[j] == v.tags[i]) from[i] = int64_t(j);
        CwiNet fresh(cfg, v, gloveDim);
        auto src = net->named_parameters(true), srcBuf = net->named_buffers(true);
        auto outOrCrf = [](const std::string &k) { return k.rfind("out.", 0) == 0 || k.rfind("crf.", 0) == 0; };
        for (auto &p : fresh->named_parameters(true))
            if (!outOrCrf(p.key())) p.value().copy_(src[p.key()]);
        for (auto &b : fresh->named_buffers(true))
            if (!outOrCrf(b.key())) b.value().copy_(srcBuf[b.key()]);
        for (size_t i = 0; i < v.tags.size(); ++i) {
            if (from[i] < 0) continue;
            const int64_t r = int64_t(i), o = from[i];
            fresh->out->weight[r].copy_(net->out->weight[o]);
            fresh->out->bias[r].copy_(net->out->bias[o]);
            fresh->crf->start[r].copy_(net->crf->start[o]);
            fresh->crf->end[r].copy_(net->crf->end[o]);
            for (size_t j = 0; j < v.tags.size(); ++j)
                if (from[j] >= 0) fresh->crf->transitions[r][int64_t(j)].copy_(net->crf->transitions[o][from[j]]);
        }
        fresh->glove->weight.set_requires_grad(net->glove->weight.requires_grad());
        net = fresh;
        auto join = [](const std::vector<std::string> &v) {
            std::string s;
            for (const auto &x : v) s += (s.empty() ? "" : ", ") + x;
            return s.empty() ? std::string("none") : s;
        };
        note = "the tag set changed from " + opt.initPath + ": kept " + join(keptTypes) + " (their weights), added " +
               join(addedTypes) + " (new output rows), removed " + join(droppedTypes);
    }
    if (!init) {
        torch::NoGradGuard ng;
        auto &W = net->glove->weight;
        torch::nn::init::uniform_(W, -0.25, 0.25);  // <unk>: words missing from GloVe
        W[0].zero_();
        if (gloveDim > 0) {
            auto vecs = torch::from_blob(gloveVecs.data(), {int64_t(gloveVecs.size()) / gloveDim, gloveDim}, torch::kFloat);
            W.slice(0, 2, 2 + vecs.size(0)).copy_(vecs);
        }
    }
    if (!opt.wordVectorsPath.empty() && !init) {
        if (!cfg.useExtraWords) throw ModelError("word vectors for the trainable table, but the table is switched off");
        std::ifstream f(opt.wordVectorsPath);
        if (!f) throw ModelError(opt.wordVectorsPath + ": cannot open the word vectors file");
        torch::NoGradGuard ng;
        auto &W = net->words->weight;
        std::string line;
        int lineNo = 0, found = 0;
        while (std::getline(f, line)) {
            ++lineNo;
            std::istringstream in(line);
            in.imbue(std::locale::classic());
            std::string word;
            if (!(in >> word)) continue;
            std::vector<float> vec;
            float x;
            while (in >> x) vec.push_back(x);
            if (lineNo == 1 && vec.size() == 1) continue;  // a "count dim" header line
            if (int64_t(vec.size()) != cfg.extraWordDim)
                throw ModelError(opt.wordVectorsPath + ":" + std::to_string(lineNo) + ": expected " +
                                 std::to_string(cfg.extraWordDim) + " numbers (--word-dim), found " + std::to_string(vec.size()));
            auto it = v.words.index.find(word);
            if (it == v.words.index.end() || it->second < 2) continue;
            W[it->second].copy_(torch::from_blob(vec.data(), {int64_t(vec.size())}, torch::kFloat));
            ++found;
        }
        std::fprintf(stderr, "word vectors: %d of %zu training words from %s\n", found, v.words.size() - 2,
                     opt.wordVectorsPath.c_str());
    }
    if (opt.tuneGlove && gloveDim > 0) net->glove->weight.set_requires_grad(true);
    std::vector<torch::Tensor> params;
    for (auto &p : net->parameters())
        if (p.requires_grad()) params.push_back(p);
    nn::Adam adam(params);

    std::vector<std::vector<std::string>> devGold;
    for (const auto &e : dev) devGold.push_back(e.tags);
    EpochSelection selection(devGold);
    std::vector<torch::Tensor> swa;  // the running mean of the weights (opt.swaFrom)
    std::vector<size_t> order(train.size());
    std::iota(order.begin(), order.end(), 0);
    size_t batchSize = size_t(std::max(1, opt.batchSize));
    size_t batches = (train.size() + batchSize - 1) / batchSize;
    for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
        auto t0 = std::chrono::steady_clock::now();
        net->train();
        // Bucketed batches: shuffle, sort windows of 50 batches by length, shuffle the batches.
        // The LSTMs step as often as the longest tweet in a batch, so similar lengths halve the
        // steps without making the order predictable.
        if (teach && (opt.sampledPaths || epoch == 1))
            for (size_t i = 0; i < teach->size(); ++i) {
                std::vector<std::string> &tags = train[gold + i].tags;
                const std::vector<int> path = opt.sampledPaths ? teach->sample(i, drawRng) : teach->best(i);
                for (size_t t = 0; t < path.size(); ++t) tags[t] = v.tags[size_t(path[t])];
            }
        std::shuffle(order.begin(), order.end(), rng);
        size_t window = batchSize * 50;
        for (size_t w = 0; w < order.size(); w += window) {
            auto end = order.begin() + long(std::min(order.size(), w + window));
            std::stable_sort(order.begin() + long(w), end,
                             [&](size_t a, size_t b) { return train[a].words.size() < train[b].words.size(); });
        }
        std::vector<size_t> batchOrder(batches);
        std::iota(batchOrder.begin(), batchOrder.end(), 0);
        std::shuffle(batchOrder.begin(), batchOrder.end(), rng);
        double lossSum = 0;
        // MNER_PROFILE=FILE writes a Chrome trace of the first 30 batches (op names and times).
        std::unique_ptr<torch::autograd::profiler::RecordProfile> profile;
        if (const char *pf = std::getenv("MNER_PROFILE"); pf && epoch == 1)
            profile = std::make_unique<torch::autograd::profiler::RecordProfile>(std::string(pf));
        for (size_t bi = 0; bi < batches; ++bi) {
            if (profile && bi == 30) profile.reset();
            std::vector<const Example *> batch;
            size_t first = batchOrder[bi] * batchSize;
            for (size_t i = first; i < std::min(train.size(), first + batchSize); ++i) batch.push_back(&train[order[i]]);
            Batch b = encode(batch, v, cfg, true);
            adam.zeroGrad();
            auto loss = net->crf->nll(net->emissions(b), b.tags, b.mask);
            loss.backward();
            if (opt.clip > 0) adam.clipGradNorm(opt.clip);
            adam.step(opt.lr * std::pow(opt.lrDecay, double(epoch - 1)));
            lossSum += loss.item<double>();
            if (progress && !progress(bi + 1, batches)) throw ModelError("training cancelled");
        }
        EpochReport rep = selection.finish(
            epoch, opt.epochs, lossSum / double(batches), t0, [&] { return predictWith(net, v, cfg, dev, 64); },
            namedTensors(net));
        const bool goOn = !onEpoch || onEpoch(rep);
        if (opt.swaFrom > 0 && epoch >= opt.swaFrom) {
            torch::NoGradGuard ng;
            auto weights = namedTensors(net);
            if (swa.empty()) {
                for (const auto &[n, t] : weights) swa.push_back(t.detach().clone());
            } else {
                const double k = double(epoch - opt.swaFrom);  // epochs in the mean so far
                for (size_t i = 0; i < swa.size(); ++i) swa[i].mul_(k / (k + 1)).add_(weights[i].second.detach(), 1.0 / (k + 1));
                // the mean stands in for the weights while dev judges it, then training goes on
                std::vector<torch::Tensor> own;
                for (size_t i = 0; i < swa.size(); ++i) {
                    own.push_back(weights[i].second.detach().clone());
                    weights[i].second.copy_(swa[i]);
                }
                const double f1 = selection.offerAverage(
                    opt.swaFrom, epoch, [&] { return predictWith(net, v, cfg, dev, 64); }, weights);
                std::fprintf(stderr, "epoch %2d: mean of epochs %d-%d: dev F1 %s\n", epoch, opt.swaFrom, epoch,
                             formatFixed(f1, 2).c_str());
                for (size_t i = 0; i < swa.size(); ++i) weights[i].second.copy_(own[i]);
            }
        }
        if (!goOn) break;
    }
    TrainResult result = selection.restore(namedTensors(net));
    result.note = note;
    if (result.averagedFrom > 0)
        result.note += (result.note.empty() ? "" : "; ") + std::string("weights: the mean of epochs ") +
                       std::to_string(result.averagedFrom) + "-" + std::to_string(result.bestEpoch);
    // Dev scores of the chosen epoch go into the model.
    Scores bestScores;
    std::map<std::string, double> byType;
    if (!dev.empty()) {
        bestScores = conllEval(devGold, predictWith(net, v, cfg, dev, 64));
        for (const auto &[t, s] : bestScores.byType) byType[t] = s.f1();
    }
    std::string h = "{";
    putStr(h, "format", "mner-model");
    putStr(h, "name", opt.name);
    h += "\"config\": " + configJson(cfg) + ", ";
    putList(h, "tags", v.tags);
    h += "\"vocab\": {";
    putList(h, "glove", v.glove.items);
    putList(h, "words", v.words.items);
    putList(h, "chars", v.chars.items);
    putList(h, "image", v.image.items);
    closeObject(h);
    h += ", ";
    if (!v.gaz.empty()) h += "\"gazetteers\": " + gazetteerJson(v.gaz) + ", ";
    putNum(h, "glove_dim", double(gloveDim));
    putStr(h, "image_word_source", opt.imageWordSource);
    putStr(h, "training_data", opt.trainingData);
    // the data a model learnt from: its tweets, and for distillation the teacher's tweets (words
    // only), the teacher and how its paths were taken
    std::vector<Example> fingerprinted = trainIn;
    for (const Example &e : opt.distil) fingerprinted.push_back({e.words, {}, e.imageWords});
    if (!opt.teacherPath.empty())
        fingerprinted.push_back({{"teacher", teacherFingerprint, opt.sampledPaths ? "sampled" : "best"}, {}, {}});
    putStr(h, "fingerprint", exampleFingerprint(fingerprinted));
    putStr(h, "created", nowIso());
    putNum(h, "seed", double(opt.seed));
    putNum(h, "epochs", opt.epochs);
    putNum(h, "best_epoch", result.bestEpoch);
    if (result.averagedFrom > 0) putNum(h, "averaged_from", result.averagedFrom);
    putNum(h, "lr", opt.lr);
    putNum(h, "lr_decay", opt.lrDecay);
    putNum(h, "batch", opt.batchSize);
    putNum(h, "tune_glove", opt.tuneGlove ? 1 : 0);
    h += "\"dev\": {";
    putNum(h, "f1", bestScores.all.f1());
    putNum(h, "precision", bestScores.all.precision());
    putNum(h, "recall", bestScores.all.recall());
    putStr(h, "report", conllReport(bestScores));
    h += "\"f1_by_type\": {";
    for (const auto &[t, f] : byType) putNum(h, t.c_str(), f);
    closeObject(h);
    h += "}";
    closeObject(h);
    writeModelFile(outPath, h, namedTensors(net), opt.fp16, bioes ? 3 : v.gaz.empty() ? 1 : 2);
    return result;
}

}  // namespace mner

// The Tagger facade: loading a model file (CWI or MSB) and predicting with it.
#include "model/tagger_impl.h"

#include "model/modelfile.h"
#include "text/tags.h"

#include <algorithm>
#include <fstream>
#include <numeric>

namespace mner {

using namespace nn;
using namespace nn::modelfile;

namespace nn {

std::vector<std::vector<std::string>> decodeBio2(const std::vector<std::vector<int>> &paths,
                                                 const std::vector<std::string> &tags) {
    std::vector<std::string> names;
    for (const auto &t : tags) names.push_back(bio2Tag(t));
    std::vector<std::vector<std::string>> out;
    for (const auto &p : paths) {
        std::vector<std::string> t;
        for (int i : p) t.push_back(names[size_t(i)]);
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<std::pair<std::string, torch::Tensor>> namedTensors(CwiNet &net) {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &p : net->named_parameters()) out.emplace_back(p.key(), p.value());
    for (const auto &b : net->named_buffers()) out.emplace_back(b.key(), b.value());
    return out;
}

std::vector<std::vector<std::string>> predictWith(CwiNet &net, const Vocabs &v, const CwiConfig &c,
                                                  const std::vector<Example> &ex, int batchSize) {
    torch::NoGradGuard ng;
    net->eval();
    std::vector<std::vector<std::string>> out(ex.size());
    forEachBatchByLength(ex, batchSize, [&](const std::vector<const Example *> &batch, const std::vector<size_t> &at) {
        Batch b = encode(batch, v, c);
        auto tags = decodeBio2(net->crf->viterbi(net->emissions(b), b.mask), v.tags);
        for (size_t i = 0; i < batch.size(); ++i) out[at[i]] = std::move(tags[i]);
    });
    return out;
}

void forEachBatchByLength(const std::vector<Example> &ex, int batchSize,
                          const std::function<void(const std::vector<const Example *> &, const std::vector<size_t> &)> &fn) {
    // batches of similar length waste less padding
    std::vector<size_t> order(ex.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ex[a].words.size() < ex[b].words.size(); });
    const size_t bs = size_t(std::max(1, batchSize));
    for (size_t s = 0; s < order.size(); s += bs) {
        const std::vector<size_t> at(order.begin() + std::ptrdiff_t(s),
                                     order.begin() + std::ptrdiff_t(std::min(order.size(), s + bs)));
        std::vector<const Example *> batch;
        for (size_t i : at) batch.push_back(&ex[i]);
        fn(batch, at);
    }
}

// Calls fn(batch, first) for consecutive batches of ex in input order; first = the index of the
// batch's first example.
void forEachBatch(const std::vector<Example> &ex, int batchSize,
                  const std::function<void(const std::vector<const Example *> &, size_t)> &fn) {
    const size_t bs = size_t(std::max(1, batchSize));
    for (size_t s = 0; s < ex.size(); s += bs) {
        std::vector<const Example *> batch;
        for (size_t i = s; i < std::min(ex.size(), s + bs); ++i) batch.push_back(&ex[i]);
        fn(batch, s);
    }
}

void appendTokenRows(const torch::Tensor &probs, const std::vector<const Example *> &batch,
                     std::vector<std::vector<std::vector<float>>> &out) {
    auto p = probs.contiguous();
    auto A = p.accessor<float, 3>();
    for (size_t i = 0; i < batch.size(); ++i) {
        std::vector<std::vector<float>> rows;
        for (size_t t = 0; t < batch[i]->words.size(); ++t) {
            const float *row = &A[int64_t(i)][int64_t(t)][0];
            rows.emplace_back(row, row + p.size(2));
        }
        out.push_back(std::move(rows));
    }
}

}  // namespace nn

Tagger::Tagger(std::unique_ptr<Impl> d) : d_(std::move(d)) {
    for (const auto &t : d_->v.tags) {
        const std::string name = bio2Tag(t);
        auto at = std::find(d_->shownTags.begin(), d_->shownTags.end(), name);
        d_->shownColumn.push_back(int64_t(at - d_->shownTags.begin()));
        if (at == d_->shownTags.end()) d_->shownTags.push_back(name);
    }
}
Tagger::~Tagger() = default;
const std::vector<std::string> &Tagger::tags() const { return d_->shownTags; }

torch::Tensor Tagger::Impl::shownColumns(const torch::Tensor &probs) const {
    if (shownTags.size() == v.tags.size()) return probs;  // BIO2: the same columns
    auto column = torch::tensor(shownColumn, torch::kLong).to(probs.device());
    return torch::zeros({probs.size(0), probs.size(1), int64_t(shownTags.size())}, probs.options()).index_add_(2, column, probs);
}
const ModelMeta &Tagger::meta() const { return d_->meta; }
const CwiConfig &Tagger::config() const { return d_->cfg; }

std::unique_ptr<Tagger> Tagger::load(const std::string &path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) throw ModelError(Message{"{1}: cannot open the model file", {path}});
    std::string s((std::istreambuf_iterator<char>(f)), {});
    return loadBytes(s, path);
}

std::unique_ptr<Tagger> Tagger::loadBytes(const std::string &s, const std::string &path) {
    std::map<std::string, torch::Tensor> tensors;
    json::Value h = readModelContainer(s, path, tensors);
    return Impl::fromParsed(h, tensors, path, false);
}

std::unique_ptr<Tagger> Tagger::Impl::fromParsed(const json::Value &h, std::map<std::string, torch::Tensor> &tensors,
                                                 const std::string &path, bool member) {
    if (h.find("ensemble")) {
        if (member) throw ModelError(path + ": an ensemble inside an ensemble");
        return ensembleFromParsed(h, tensors, path);
    }
    auto d = std::make_unique<Impl>();
    const json::Value *config = h.find("config");
    const json::Value *arch = config ? config->find("arch") : nullptr;
    bool msb = arch && arch->isString() && arch->string.rfind("msb", 0) == 0;
    try {
        ModelMeta &m = d->meta;
        m.name = str(h, "name");
        m.imageWordSource = str(h, "image_word_source");
        m.trainingData = str(h, "training_data");
        m.fingerprint = str(h, "fingerprint");
        m.created = str(h, "created");
        m.formatVersion = int(num(h, "format_version"));
        if (const json::Value *dev = h.find("dev")) {
            m.devF1 = num(*dev, "f1");
            m.devReport = str(*dev, "report");
            if (const json::Value *bt = dev->find("f1_by_type"))
                for (const auto &[k, v] : bt->object) m.devF1ByType[k] = v.number;
        }
        if (!msb) {
            d->cfg = configFrom(need(h, "config"));
            const json::Value &voc = need(h, "vocab");
            d->v.glove = vocabFrom(strings(voc, "glove"));
            d->v.words = vocabFrom(strings(voc, "words"));
            d->v.chars = vocabFrom(strings(voc, "chars"));
            d->v.image = vocabFrom(strings(voc, "image"));
            d->v.tags = strings(h, "tags");
            d->v.gaz = gazetteerFrom(h);
            if (d->v.tags.empty() || d->v.tags[0] != "O") throw ModelError("model header: tag set must start with O");
            if (isBioesTagSet(d->v.tags) && m.formatVersion < 3)
                throw ModelError("model header: BIOES tags in a model of format " + std::to_string(m.formatVersion) +
                                 " (they came with format 3)");
            m.arch = d->cfg.arch + (isBioesTagSet(d->v.tags) ? "+bioes" : "");  // as MSB's "+crf": shown, never parsed
            double gloveDim = num(h, "glove_dim");
            if (!(gloveDim >= 0 && gloveDim <= 1024)) throw ModelError("model header: glove_dim out of range");
            try {
                d->net = CwiNet(d->cfg, d->v, int64_t(gloveDim));
            } catch (const c10::Error &e) {
                throw ModelError(std::string("model header: the configuration makes no valid network (") +
                                 e.what_without_backtrace() + ")");
            }
        }
    } catch (const ModelError &e) { throw ModelError(path + ": " + e.what()); }
    if (msb) {
        d->msb = msbFromFile(h, tensors, path);
        d->meta.arch = msbConfig(*d->msb).arch + (msbConfig(*d->msb).crf ? "+crf" : "");
        d->cfg.arch = d->meta.arch;
        d->cfg.useImage = true;
        d->v.tags = msbTags(*d->msb);
        if (isBioesTagSet(d->v.tags)) throw ModelError(path + ": an MSB model with BIOES tags (MSB models use BIO2)");
        return std::unique_ptr<Tagger>(new Tagger(std::move(d)));
    }
    torch::NoGradGuard ng;
    size_t seen = 0;
    for (auto &[name, t] : namedTensors(d->net)) {
        auto it = tensors.find(name);
        if (it == tensors.end()) throw ModelError(path + ": the model file lacks some of the network's weights ('" + name + "')");
        if (it->second.sizes() != t.sizes())
            throw ModelError(path + ": tensor '" + name + "' has the wrong shape for the model's configuration");
        t.copy_(it->second);
        ++seen;
    }
    if (seen != tensors.size()) throw ModelError(path + ": the model file holds tensors this architecture does not have");
    d->net->eval();
    return std::unique_ptr<Tagger>(new Tagger(std::move(d)));
}

std::vector<std::vector<std::string>> Tagger::predict(const std::vector<Example> &ex, int batchSize) const {
    if (d_->msb) return msbPredict(*d_->msb, ex, batchSize);
    torch::NoGradGuard ng;
    std::vector<std::vector<std::string>> out(ex.size());
    forEachBatchByLength(ex, batchSize, [&](const std::vector<const Example *> &batch, const std::vector<size_t> &at) {
        auto [em, mask] = d_->emissions(batch);
        auto tags = decodeBio2(d_->crf().viterbi(em, mask), d_->v.tags);
        for (size_t i = 0; i < batch.size(); ++i) out[at[i]] = std::move(tags[i]);
    });
    return out;
}

std::vector<std::vector<std::vector<float>>> Tagger::marginals(const std::vector<Example> &ex, int batchSize) const {
    if (d_->msb) return msbMarginals(*d_->msb, ex, batchSize);
    torch::NoGradGuard ng;
    std::vector<std::vector<std::vector<float>>> out;
    forEachBatch(ex, batchSize, [&](const std::vector<const Example *> &batch, size_t) {
        auto [em, mask] = d_->emissions(batch);
        appendTokenRows(d_->shownColumns(d_->crf().marginals(em, mask)), batch, out);
    });
    return out;
}

void setModelThreads(int n) { torch::set_num_threads(std::max(1, n)); }

}  // namespace mner

// Training, the model file and prediction.
//
// Model file (little-endian): "MNERMDL1", u32 format version, u64 header length, the header as
// JSON (config, vocabularies, tag set, image-word source, training fingerprint, dev scores),
// u32 tensor count, then per tensor: u32 name length, name, u8 dtype (0 f32, 1 f16), u32 rank,
// i64 dims, u64 byte count, data; last the SHA-256 (64 hex characters) of everything before it.
// Loading checks all of it; the file holds data only, nothing in it is ever executed.
#include "model/nn.h"

#include "eval/conlleval.h"
#include "io/json.h"
#include "text/isotime.h"
#include "text/numbers.h"
#include "text/sha256.h"
#include "text/tags.h"

#include <torch/csrc/autograd/profiler_legacy.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>
#include <fstream>
#include <numeric>
#include <random>
#include <set>
#include <sstream>

namespace mner {

using namespace nn;

namespace {

constexpr char kMagic[8] = {'M', 'N', 'E', 'R', 'M', 'D', 'L', '1'};
constexpr uint32_t kFormatVersion = 1;

// ------------------------------------------------------------------------------ JSON header

void putBool(std::string &o, const char *k, bool v) { o += json::quote(k) + ": " + (v ? "true" : "false") + ", "; }
void putNum(std::string &o, const char *k, double v) { o += json::quote(k) + ": " + json::number(v) + ", "; }
void putStr(std::string &o, const char *k, const std::string &v) { o += json::quote(k) + ": " + json::quote(v) + ", "; }
void putList(std::string &o, const char *k, const std::vector<std::string> &v) {
    o += json::quote(k) + ": [";
    for (size_t i = 0; i < v.size(); ++i) o += (i ? ", " : "") + json::quote(v[i]);
    o += "], ";
}
void closeObject(std::string &o) {
    if (o.size() >= 2 && o.compare(o.size() - 2, 2, ", ") == 0) o.resize(o.size() - 2);
    o += "}";
}

std::string configJson(const CwiConfig &c) {
    std::string o = "{";
    putStr(o, "arch", c.arch);
    putBool(o, "use_chars", c.useChars);
    putBool(o, "use_image", c.useImage);
    putBool(o, "use_td_gn_sinerelu", c.useTdGnSineRelu);
    putBool(o, "use_extra_words", c.useExtraWords);
    putNum(o, "char_dim", c.charDim);
    putNum(o, "max_chars", c.maxChars);
    putNum(o, "extra_word_dim", c.extraWordDim);
    putNum(o, "word_hidden", c.wordHidden);
    putNum(o, "image_dim", c.imageDim);
    putNum(o, "image_hidden", c.imageHidden);
    putNum(o, "fusion_hidden", c.fusionHidden);
    putNum(o, "max_image_words", c.maxImageWords);
    putNum(o, "td_drop_rate", c.tdDropRate);
    putNum(o, "td_target_rate", c.tdTargetRate);
    putNum(o, "sine_epsilon", c.sineEpsilon);
    putNum(o, "groups", c.groups);
    putNum(o, "dropout", c.dropout);
    putNum(o, "word_dropout", c.wordDropout);
    putBool(o, "twitter_words", c.twitterWords);
    closeObject(o);
    return o;
}

const json::Value &need(const json::Value &v, const char *key) {
    const json::Value *p = v.find(key);
    if (!p) throw ModelError(std::string("model header lacks \"") + key + "\"");
    return *p;
}
double num(const json::Value &v, const char *key) {
    const json::Value &p = need(v, key);
    if (!p.isNumber()) throw ModelError(std::string("model header: \"") + key + "\" is not a number");
    return p.number;
}
bool flag(const json::Value &v, const char *key) { return need(v, key).boolean; }
std::string str(const json::Value &v, const char *key) {
    const json::Value *p = v.find(key);
    return p && p->isString() ? p->string : std::string();
}
std::vector<std::string> strings(const json::Value &v, const char *key) {
    const json::Value &p = need(v, key);
    if (!p.isArray()) throw ModelError(std::string("model header: \"") + key + "\" is not a list");
    std::vector<std::string> out;
    out.reserve(p.array.size());
    for (const auto &e : p.array) out.push_back(e.string);
    return out;
}

CwiConfig configFrom(const json::Value &c) {
    CwiConfig k;
    k.arch = str(c, "arch");
    if (k.arch != "cwi" && k.arch != "cwi-att") throw ModelError("unknown architecture '" + k.arch + "' in the model file");
    k.useChars = flag(c, "use_chars");
    k.useImage = flag(c, "use_image");
    k.useTdGnSineRelu = flag(c, "use_td_gn_sinerelu");
    k.useExtraWords = flag(c, "use_extra_words");
    k.charDim = int(num(c, "char_dim"));
    k.maxChars = int(num(c, "max_chars"));
    k.extraWordDim = int(num(c, "extra_word_dim"));
    k.wordHidden = int(num(c, "word_hidden"));
    k.imageDim = int(num(c, "image_dim"));
    k.imageHidden = int(num(c, "image_hidden"));
    k.fusionHidden = int(num(c, "fusion_hidden"));
    k.maxImageWords = int(num(c, "max_image_words"));
    k.tdDropRate = num(c, "td_drop_rate");
    k.tdTargetRate = num(c, "td_target_rate");
    k.sineEpsilon = num(c, "sine_epsilon");
    k.groups = int(num(c, "groups"));
    k.dropout = num(c, "dropout");
    k.wordDropout = c.find("word_dropout") ? num(c, "word_dropout") : 0.0;  // absent in the first models
    k.twitterWords = c.find("twitter_words") ? flag(c, "twitter_words") : false;
    // A hostile header must not make us build a huge or invalid network.
    auto range = [](const char *what, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi))
            throw ModelError(std::string("model header: ") + what + " is " + formatNumber(v) + ", expected " + formatNumber(lo) +
                             " to " + formatNumber(hi));
    };
    range("char_dim", k.charDim, 1, 512);
    range("max_chars", k.maxChars, 1, 256);
    range("extra_word_dim", k.extraWordDim, 1, 1024);
    range("word_hidden", k.wordHidden, 1, 1024);
    range("image_dim", k.imageDim, 1, 1024);
    range("image_hidden", k.imageHidden, 1, 1024);
    range("fusion_hidden", k.fusionHidden, 1, 1024);
    range("max_image_words", k.maxImageWords, 0, 64);
    range("td_drop_rate", k.tdDropRate, 0, 1);
    range("td_target_rate", k.tdTargetRate, 0, 1);
    range("sine_epsilon", k.sineEpsilon, 0, 1);
    range("dropout", k.dropout, 0, 1);
    range("word_dropout", k.wordDropout, 0, 1);
    if (k.groups != 1 && k.groups != 2 && k.groups != 4 && k.groups != 8 && k.groups != 16)
        throw ModelError("model header: groups is " + std::to_string(k.groups) + ", expected 1, 2, 4, 8 or 16");
    return k;
}

Vocab vocabFrom(const std::vector<std::string> &items) {
    Vocab v;
    v.items.clear();
    v.index.clear();
    for (const auto &s : items) v.add(s);
    if (v.items.size() < 2 || v.items[0] != "<pad>" || v.items[1] != "<unk>")
        throw ModelError("model header: a vocabulary does not start with <pad>, <unk>");
    return v;
}

// ------------------------------------------------------------------------------ binary I/O

template <class T> void put(std::string &o, T v) { o.append(reinterpret_cast<const char *>(&v), sizeof v); }

struct Reader {
    const std::string &s;
    size_t pos = 0;
    const std::string &file;
    void need(size_t n) const {
        if (pos + n > s.size()) throw ModelError(file + ": truncated model file (ends inside its data)");
    }
    template <class T> T get() {
        need(sizeof(T));
        T v;
        std::memcpy(&v, s.data() + pos, sizeof v);
        pos += sizeof v;
        return v;
    }
    std::string bytes(size_t n) {
        need(n);
        std::string r = s.substr(pos, n);
        pos += n;
        return r;
    }
};

std::vector<std::pair<std::string, torch::Tensor>> namedTensors(CwiNet &net) {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &p : net->named_parameters()) out.emplace_back(p.key(), p.value());
    for (const auto &b : net->named_buffers()) out.emplace_back(b.key(), b.value());
    return out;
}

struct Saved {
    std::string header;
};

void writeTensors(const std::string &path, const std::string &header,
                  const std::vector<std::pair<std::string, torch::Tensor>> &tensors, bool fp16) {
    std::string o(kMagic, 8);
    put<uint32_t>(o, kFormatVersion);
    put<uint64_t>(o, header.size());
    o += header;
    put<uint32_t>(o, uint32_t(tensors.size()));
    for (auto &[name, t] : tensors) {
        put<uint32_t>(o, uint32_t(name.size()));
        o += name;
        // Large float tables go to fp16; the CRF stays exact (tiny, and -1e4 masks need range).
        bool half = fp16 && t.numel() > 4096;
        auto data = t.detach().to(torch::kCPU).to(half ? torch::kHalf : torch::kFloat).contiguous();
        put<uint8_t>(o, half ? 1 : 0);
        put<uint32_t>(o, uint32_t(data.dim()));
        for (int64_t d : data.sizes()) put<int64_t>(o, d);
        size_t n = size_t(data.numel()) * data.element_size();
        put<uint64_t>(o, n);
        o.append(static_cast<const char *>(data.data_ptr()), n);
    }
    o += sha256Hex(o.data(), o.size());
    std::string tmp = path + ".part";
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        if (!f) throw ModelError(path + ": cannot write the model file");
        f.write(o.data(), std::streamsize(o.size()));
        f.flush();
        if (!f) throw ModelError(path + ": writing the model failed (disk full?)");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) throw ModelError(path + ": cannot move the model file into place");
}

std::string fingerprint(const std::vector<Example> &ex) {
    std::string all;
    for (const auto &e : ex) {
        for (size_t i = 0; i < e.words.size(); ++i) all += e.words[i] + '\t' + (i < e.tags.size() ? e.tags[i] : "") + '\n';
        for (const auto &w : e.imageWords) all += w + ' ';
        all += '\n';
    }
    return sha256Hex(all.data(), all.size());
}

std::vector<std::vector<std::string>> decode(const std::vector<std::vector<int>> &paths, const std::vector<std::string> &tags) {
    std::vector<std::vector<std::string>> out;
    for (const auto &p : paths) {
        std::vector<std::string> t;
        for (int i : p) t.push_back(tags[size_t(i)]);
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<std::vector<std::string>> predictWith(CwiNet &net, const Vocabs &v, const CwiConfig &c,
                                                  const std::vector<Example> &ex, int batchSize) {
    torch::NoGradGuard ng;
    net->eval();
    std::vector<std::vector<std::string>> out(ex.size());
    // Batches of similar length waste less padding; the order of results is the input order.
    std::vector<size_t> order(ex.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ex[a].words.size() < ex[b].words.size(); });
    for (size_t s = 0; s < order.size(); s += size_t(std::max(1, batchSize))) {
        std::vector<const Example *> batch;
        for (size_t i = s; i < std::min(order.size(), s + size_t(std::max(1, batchSize))); ++i) batch.push_back(&ex[order[i]]);
        Batch b = encode(batch, v, c);
        auto paths = net->crf->viterbi(net->emissions(b), b.mask);
        auto tags = decode(paths, v.tags);
        for (size_t i = 0; i < batch.size(); ++i) out[order[s + i]] = std::move(tags[i]);
    }
    return out;
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

}  // namespace

// ------------------------------------------------------------------------------ Tagger

struct Tagger::Impl {
    ModelMeta meta;
    CwiConfig cfg;
    Vocabs v;
    CwiNet net{nullptr};
    std::shared_ptr<MsbModel> msb;  // set for MSB models instead of net
};

Tagger::Tagger(std::unique_ptr<Impl> d) : d_(std::move(d)) {}
Tagger::~Tagger() = default;
const std::vector<std::string> &Tagger::tags() const { return d_->v.tags; }
const ModelMeta &Tagger::meta() const { return d_->meta; }
const CwiConfig &Tagger::config() const { return d_->cfg; }

std::unique_ptr<Tagger> Tagger::load(const std::string &path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) throw ModelError(Message{"{1}: cannot open the model file", {path}});
    std::string s((std::istreambuf_iterator<char>(f)), {});
    return loadBytes(s, path);
}

namespace nn {

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

EpochReport EpochSelection::finish(int epoch, int epochs, double loss, std::chrono::steady_clock::time_point started,
                                   const std::function<std::vector<std::vector<std::string>>()> &predictDev,
                                   const Tensors &weights) {
    EpochReport rep;
    rep.epoch = epoch;
    rep.epochs = epochs;
    rep.loss = loss;
    Scores sc;
    if (!devGold_.empty()) {
        sc = conllEval(devGold_, predictDev());
        rep.precision = sc.all.precision();
        rep.recall = sc.all.recall();
        rep.f1 = sc.all.f1();
    }
    rep.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    seconds_ += rep.seconds;
    ++epochs_;
    rep.best = best_.empty() || devGold_.empty() || rep.f1 > result_.bestF1;
    if (rep.best) {
        result_.bestF1 = rep.f1;
        result_.bestEpoch = epoch;
        result_.report = conllReport(sc);
        best_.clear();
        for (const auto &[n, t] : weights) best_.emplace_back(n, t.detach().clone());
    }
    return rep;
}

TrainResult EpochSelection::restore(const Tensors &weights) {
    torch::NoGradGuard ng;
    for (size_t i = 0; i < weights.size() && i < best_.size(); ++i) weights[i].second.copy_(best_[i].second);
    result_.secondsPerEpoch = epochs_ ? seconds_ / epochs_ : 0;
    return result_;
}

json::Value readModelContainer(const std::string &s, const std::string &path, std::map<std::string, torch::Tensor> &tensors) {
    if (s.size() < 8 || std::memcmp(s.data(), kMagic, 8) != 0)
        throw ModelError(Message{"{1}: not an mner model file (wrong signature)", {path}});
    if (s.size() < 8 + 4 + 8 + 64) throw ModelError(path + ": truncated model file");
    std::string body = s.substr(0, s.size() - 64), sum = s.substr(s.size() - 64);
    Reader r{body, 8, path};
    uint32_t version = r.get<uint32_t>();
    if (version > kFormatVersion)
        throw ModelError(path + ": model format version " + std::to_string(version) + " is newer than this mner (" +
                         std::to_string(kFormatVersion) + ")");
    if (sha256Hex(body.data(), body.size()) != sum)
        throw ModelError(path + ": the model file is corrupt or truncated (checksum mismatch)");
    uint64_t headerLen = r.get<uint64_t>();
    if (headerLen > body.size()) throw ModelError(path + ": truncated model file (header)");
    json::Value h;
    try {
        h = json::parse(r.bytes(size_t(headerLen)), 8);
    } catch (const json::Error &e) { throw ModelError(Message{"{1}: unreadable model header: {2}", {path, e.what()}}); }
    if (!h.isObject()) throw ModelError(path + ": the model header is not a JSON object");
    json::Value fv;
    fv.kind = json::Value::Kind::Number;
    fv.number = double(version);
    fv.numberText = std::to_string(version);
    h.object.emplace_back("format_version", std::move(fv));
    uint32_t count = r.get<uint32_t>();
    for (uint32_t i = 0; i < count; ++i) {
        std::string name = r.bytes(r.get<uint32_t>());
        uint8_t dtype = r.get<uint8_t>();
        uint32_t rank = r.get<uint32_t>();
        if (rank > 8 || dtype > 1) throw ModelError(path + ": tensor '" + name + "' has an invalid description");
        std::vector<int64_t> dims;
        uint64_t elems = 1;
        for (uint32_t k = 0; k < rank; ++k) {
            int64_t d = r.get<int64_t>();
            if (d < 0 || d > (int64_t(1) << 32)) throw ModelError(path + ": tensor '" + name + "' has an invalid shape");
            dims.push_back(d);
            elems *= uint64_t(d);
            if (elems > body.size()) throw ModelError(path + ": tensor '" + name + "' is larger than the file");
        }
        uint64_t n = r.get<uint64_t>();
        size_t elem = dtype == 1 ? 2 : 4;
        if (n != elems * elem) throw ModelError(path + ": tensor '" + name + "' has the wrong size");
        if (tensors.count(name)) throw ModelError(path + ": tensor '" + name + "' appears twice");
        std::string data = r.bytes(size_t(n));
        tensors[name] = torch::from_blob(data.data(), dims, dtype == 1 ? torch::kHalf : torch::kFloat).to(torch::kFloat).clone();
    }
    return h;
}

void writeModelFile(const std::string &path, const std::string &header,
                    const std::vector<std::pair<std::string, torch::Tensor>> &tensors, bool fp16) {
    writeTensors(path, header, tensors, fp16);
}

std::string exampleFingerprint(const std::vector<Example> &ex) { return fingerprint(ex); }

}  // namespace nn

std::unique_ptr<Tagger> Tagger::loadBytes(const std::string &s, const std::string &path) {
    std::map<std::string, torch::Tensor> tensors;
    json::Value h = readModelContainer(s, path, tensors);
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
            if (d->v.tags.empty() || d->v.tags[0] != "O") throw ModelError("model header: tag set must start with O");
            m.arch = d->cfg.arch;
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
    return predictWith(d_->net, d_->v, d_->cfg, ex, batchSize);
}

std::vector<std::vector<std::vector<float>>> Tagger::marginals(const std::vector<Example> &ex, int batchSize) const {
    if (d_->msb) return msbMarginals(*d_->msb, ex, batchSize);
    torch::NoGradGuard ng;
    d_->net->eval();
    std::vector<std::vector<std::vector<float>>> out;
    forEachBatch(ex, batchSize, [&](const std::vector<const Example *> &batch, size_t) {
        Batch b = encode(batch, d_->v, d_->cfg);
        appendTokenRows(d_->net->crf->marginals(d_->net->emissions(b), b.mask), batch, out);
    });
    return out;
}

namespace nn {

// Best and second-best path scores of one sequence (max-product forward and backward: the second
// best path leaves the best one somewhere, and the best path through a (position, tag) off the
// best path is alpha + beta there) and log Z. em: [T, K] for the sequence's own length.
PathScores pathScores(const torch::Tensor &em, const torch::Tensor &trans, const torch::Tensor &start, const torch::Tensor &end) {
    const int64_t T = em.size(0), K = em.size(1);
    auto E = em.accessor<float, 2>();
    auto Tr = trans.accessor<float, 2>();
    auto S = start.accessor<float, 1>();
    auto En = end.accessor<float, 1>();
    const std::vector<std::vector<double>> grid(static_cast<size_t>(T), std::vector<double>(static_cast<size_t>(K), 0.0));
    std::vector<std::vector<double>> a = grid, b = grid, z = grid;
    for (int64_t k = 0; k < K; ++k) a[0][size_t(k)] = z[0][size_t(k)] = S[k] + E[0][k];
    for (int64_t t = 1; t < T; ++t)
        for (int64_t k = 0; k < K; ++k) {
            double m = -1e30, mz = -1e30;
            for (int64_t j = 0; j < K; ++j) {
                m = std::max(m, a[size_t(t - 1)][size_t(j)] + Tr[j][k]);
                mz = std::max(mz, z[size_t(t - 1)][size_t(j)] + Tr[j][k]);
            }
            double sum = 0;
            for (int64_t j = 0; j < K; ++j) sum += std::exp(z[size_t(t - 1)][size_t(j)] + Tr[j][k] - mz);
            a[size_t(t)][size_t(k)] = m + E[t][k];
            z[size_t(t)][size_t(k)] = mz + std::log(sum) + E[t][k];
        }
    for (int64_t k = 0; k < K; ++k) b[size_t(T - 1)][size_t(k)] = En[k];
    for (int64_t t = T - 2; t >= 0; --t)
        for (int64_t k = 0; k < K; ++k) {
            double m = -1e30;
            for (int64_t j = 0; j < K; ++j) m = std::max(m, Tr[k][j] + E[t + 1][j] + b[size_t(t + 1)][size_t(j)]);
            b[size_t(t)][size_t(k)] = m;
        }
    PathScores r;
    double mz = -1e30;
    for (int64_t k = 0; k < K; ++k) mz = std::max(mz, z[size_t(T - 1)][size_t(k)] + En[k]);
    double sum = 0;
    for (int64_t k = 0; k < K; ++k) sum += std::exp(z[size_t(T - 1)][size_t(k)] + En[k] - mz);
    r.logZ = mz + std::log(sum);
    r.best = -1e30;
    for (int64_t k = 0; k < K; ++k) r.best = std::max(r.best, a[size_t(T - 1)][size_t(k)] + En[k]);
    for (int64_t t = 0; t < T; ++t) {
        // the tag of the best path at t: the one whose alpha + beta reaches the best score
        int64_t bestK = 0;
        for (int64_t k = 1; k < K; ++k)
            if (a[size_t(t)][size_t(k)] + b[size_t(t)][size_t(k)] > a[size_t(t)][size_t(bestK)] + b[size_t(t)][size_t(bestK)])
                bestK = k;
        for (int64_t k = 0; k < K; ++k)
            if (k != bestK) r.second = std::max(r.second, a[size_t(t)][size_t(k)] + b[size_t(t)][size_t(k)]);
    }
    return r;
}

}  // namespace nn

Tagger::Uncertainty parseUncertainty(const std::string &name) {
    if (name == "least-confidence") return Tagger::Uncertainty::LeastConfidence;
    if (name == "margin") return Tagger::Uncertainty::Margin;
    if (name == "entropy") return Tagger::Uncertainty::Entropy;
    throw ModelError("unknown uncertainty measure '" + name + "' (least-confidence, margin or entropy)");
}

const char *uncertaintyName(Tagger::Uncertainty u) {
    switch (u) {
    case Tagger::Uncertainty::LeastConfidence: return "least-confidence";
    case Tagger::Uncertainty::Margin: return "margin";
    default: return "entropy";
    }
}

std::vector<double> Tagger::uncertainty(const std::vector<Example> &ex, Uncertainty measure, int batchSize) const {
    std::vector<double> out;
    if (measure == Uncertainty::Entropy || d_->msb) {
        // Token marginals: entropy, or (without a CRF) path probabilities as products of token maxima.
        auto marg = marginals(ex, batchSize);
        double norm = std::log(double(std::max<size_t>(2, tags().size())));
        for (const auto &rows : marg) {
            double h = 0, logBest = 0, bestRatio = 0;
            for (const auto &row : rows) {
                std::vector<float> p = row;
                std::sort(p.begin(), p.end(), std::greater<float>());
                for (float x : row)
                    if (x > 0) h -= double(x) * std::log(double(x));
                logBest += std::log(std::max(1e-12, double(p[0])));
                if (p.size() > 1) bestRatio = std::max(bestRatio, double(p[1]) / std::max(1e-12, double(p[0])));
            }
            double pBest = std::exp(logBest);
            if (measure == Uncertainty::Entropy)
                out.push_back(rows.empty() ? 0 : h / double(rows.size()) / norm);
            else if (measure == Uncertainty::LeastConfidence)
                out.push_back(1 - pBest);
            else
                out.push_back(1 - (pBest - pBest * bestRatio));
        }
        return out;
    }
    torch::NoGradGuard ng;
    d_->net->eval();
    auto trans = d_->net->crf->effectiveTransitions().contiguous(), start = d_->net->crf->effectiveStart().contiguous();
    auto end = d_->net->crf->end.contiguous();
    forEachBatch(ex, batchSize, [&](const std::vector<const Example *> &batch, size_t) {
        Batch b = encode(batch, d_->v, d_->cfg);
        auto em = d_->net->emissions(b).contiguous();
        for (size_t i = 0; i < batch.size(); ++i) {
            int64_t n = std::max<int64_t>(1, int64_t(batch[i]->words.size()));
            PathScores p = pathScores(em[int64_t(i)].slice(0, 0, n).contiguous(), trans, start, end);
            double p1 = std::exp(p.best - p.logZ), p2 = std::exp(p.second - p.logZ);
            out.push_back(measure == Uncertainty::LeastConfidence ? 1 - p1 : 1 - (p1 - p2));
        }
    });
    return out;
}

std::vector<Tagger::Analysis> Tagger::analyse(const std::vector<Example> &ex, Uncertainty measure, int batchSize) const {
    std::vector<Analysis> out(ex.size());
    if (d_->msb) {  // MSB: separate passes
        auto t = predict(ex, batchSize);
        auto m = marginals(ex, batchSize);
        auto u = uncertainty(ex, measure, batchSize);
        for (size_t i = 0; i < ex.size(); ++i) {
            out[i].tags = t[i];
            for (const auto &row : m[i])
                out[i].confidence.push_back(row.empty() ? 1.f : *std::max_element(row.begin(), row.end()));
            out[i].uncertainty = u[i];
        }
        return out;
    }
    torch::NoGradGuard ng;
    d_->net->eval();
    auto trans = d_->net->crf->effectiveTransitions().contiguous(), start = d_->net->crf->effectiveStart().contiguous();
    auto end = d_->net->crf->end.contiguous();
    const double norm = std::log(double(std::max<size_t>(2, d_->v.tags.size())));
    forEachBatch(ex, batchSize, [&](const std::vector<const Example *> &batch, size_t s) {
        Batch b = encode(batch, d_->v, d_->cfg);
        auto em = d_->net->emissions(b).contiguous();
        auto paths = d_->net->crf->viterbi(em, b.mask);
        auto marg = d_->net->crf->marginals(em, b.mask).contiguous();
        auto M = marg.accessor<float, 3>();
        for (size_t i = 0; i < batch.size(); ++i) {
            Analysis &a = out[s + i];
            const int64_t n = int64_t(batch[i]->words.size());
            for (int64_t t = 0; t < n; ++t) a.tags.push_back(d_->v.tags[size_t(paths[i][size_t(t)])]);
            double h = 0;
            for (int64_t t = 0; t < n; ++t) {
                float best = 0;
                for (int64_t k = 0; k < marg.size(2); ++k) {
                    float p = M[int64_t(i)][t][k];
                    best = std::max(best, p);
                    if (p > 0) h -= double(p) * std::log(double(p));
                }
                a.confidence.push_back(best);
            }
            if (measure == Uncertainty::Entropy) {
                a.uncertainty = n ? h / double(n) / norm : 0;
            } else {
                PathScores p = pathScores(em[int64_t(i)].slice(0, 0, std::max<int64_t>(1, n)).contiguous(), trans, start, end);
                double p1 = std::exp(p.best - p.logZ), p2 = std::exp(p.second - p.logZ);
                a.uncertainty = measure == Uncertainty::LeastConfidence ? 1 - p1 : 1 - (p1 - p2);
            }
        }
    });
    return out;
}

// ------------------------------------------------------------------------------ training

TrainResult trainModel(const TrainOptions &opt, const std::vector<Example> &trainIn, const std::vector<Example> &dev,
                       const std::string &outPath, const std::function<bool(const EpochReport &)> &onEpoch,
                       const std::function<bool(size_t, size_t)> &progress) {
    if (trainIn.empty()) throw ModelError("no training tweets");
    // Warm start: the network, vocabularies and tag set of an existing model, trained further.
    std::unique_ptr<Tagger> init;
    if (!opt.initPath.empty()) {
        init = Tagger::load(opt.initPath);
        if (init->d_->msb) throw ModelError(opt.initPath + ": an MSB model; continue it with trainMsb");
    }
    CwiConfig cfgCopy = init ? init->d_->cfg : opt.config;
    if (init) cfgCopy.wordDropout = opt.config.wordDropout;
    const CwiConfig &cfg = cfgCopy;
    if (cfg.arch != "cwi" && cfg.arch != "cwi-att") throw ModelError("unknown architecture '" + cfg.arch + "'");
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
    Vocabs v;
    v.tags.push_back("O");
    for (const auto &t : types) {
        v.tags.push_back("B-" + t);
        v.tags.push_back("I-" + t);
    }
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
                tags.push_back("B-" + p.type);
                tags.push_back("I-" + p.type);
            } else {
                droppedTypes.push_back(p.type);
            }
        }
        for (const auto &t : wanted)
            if (std::find(keptTypes.begin(), keptTypes.end(), t) == keptTypes.end()) {
                addedTypes.push_back(t);
                tags.push_back("B-" + t);
                tags.push_back("I-" + t);
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
        if (onEpoch && !onEpoch(rep)) break;
    }
    TrainResult result = selection.restore(namedTensors(net));
    result.note = note;
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
    putNum(h, "glove_dim", double(gloveDim));
    putStr(h, "image_word_source", opt.imageWordSource);
    putStr(h, "training_data", opt.trainingData);
    putStr(h, "fingerprint", fingerprint(trainIn));
    putStr(h, "created", nowIso());
    putNum(h, "seed", double(opt.seed));
    putNum(h, "epochs", opt.epochs);
    putNum(h, "best_epoch", result.bestEpoch);
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
    writeTensors(outPath, h, namedTensors(net), opt.fp16);
    return result;
}

// ------------------------------------------------------------------------------ helpers

std::vector<std::string> captionWords(const std::string &caption, int max) {
    static const std::set<std::string> stop = {
        "a",    "an",  "the",  "of",    "in",  "on",    "at",   "to",    "for",   "from",  "by",  "with", "and",  "or", "is",
        "are",  "was", "were", "be",    "it",  "its",   "this", "that",  "there", "their", "his", "her",  "some", "as", "into",
        "over", "up",  "next", "front", "top", "other", "each", "while", "who",   "which", "has", "have", "being"};
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty() && !stop.count(cur) && int(out.size()) < max) out.push_back(cur);
        cur.clear();
    };
    for (char ch : caption) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c >= 0x80)
            cur += char(std::tolower(c));
        else
            flush();
    }
    flush();
    return out;
}

void setModelThreads(int n) { torch::set_num_threads(std::max(1, n)); }

}  // namespace mner

// MSB: the multimodal small BERT of the paper (Table 2).
//
// Input: [CLS] word pieces [SEP] image-word pieces [SEP], segment 0 up to the first [SEP] and 1
// after it, learned positions (128). Encoder: post-layer-norm transformer layers as in BERT
// (multi-head self-attention, feed-forward 4 x hidden with GELU, residuals, dropout 0.1).
// Output: a linear layer over the tags from each word's first piece, or that and the CRF.
// URLs are removed before tokenising (the paper): their words have no piece and read the [CLS]
// state. Sequences that do not fit lose image pieces first, then the last words' pieces.
//
// Pre-training: masked LM with the decoder tied to the token embeddings. The optimizer is AdamW
// written here so that its moments go into checkpoints (resumable pre-training).
#include "model/nn.h"

#include "eval/conlleval.h"
#include "io/json.h"
#include "text/isotime.h"
#include "text/wordpiece.h"

#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>

namespace mner {

using namespace nn;

MsbConfig MsbConfig::forArch(const std::string &arch, bool crf) {
    MsbConfig c;
    c.arch = arch;
    c.crf = crf;
    if (arch == "msb-tiny") {
        c.hidden = 128;
        c.heads = 2;
        c.layers = 2;
    } else if (arch == "msb-small") {
        c.hidden = 512;
        c.heads = 8;
        c.layers = 4;
    } else {
        throw ModelError("unknown MSB architecture '" + arch + "' (msb-tiny or msb-small)");
    }
    return c;
}

namespace nn {

namespace {

struct EncoderLayerImpl : torch::nn::Module {
    EncoderLayerImpl(int64_t h, int64_t heads, double p) : heads(heads) {
        qkv = register_module("qkv", torch::nn::Linear(h, 3 * h));
        o = register_module("o", torch::nn::Linear(h, h));
        ln1 = register_module("ln1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({h}).eps(1e-12)));
        f1 = register_module("f1", torch::nn::Linear(h, 4 * h));
        f2 = register_module("f2", torch::nn::Linear(4 * h, h));
        ln2 = register_module("ln2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({h}).eps(1e-12)));
        drop = register_module("drop", torch::nn::Dropout(p));
    }
    // x [B, L, H], bias [B, 1, 1, L] (0 or -1e4 for padding)
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &bias) {
        int64_t B = x.size(0), L = x.size(1), H = x.size(2), d = H / heads;
        auto parts = qkv(x).view({B, L, 3, heads, d}).permute({2, 0, 3, 1, 4});  // [3, B, h, L, d]
        auto q = parts[0], k = parts[1], v = parts[2];
        auto scores = torch::matmul(q, k.transpose(-1, -2)) / std::sqrt(double(d)) + bias;
        auto att = drop(torch::softmax(scores, -1));
        auto ctx = torch::matmul(att, v).permute({0, 2, 1, 3}).reshape({B, L, H});
        auto y = ln1(x + drop(o(ctx)));
        return ln2(y + drop(f2(torch::gelu(f1(y)))));
    }
    int64_t heads;
    torch::nn::Linear qkv{nullptr}, o{nullptr}, f1{nullptr}, f2{nullptr};
    torch::nn::LayerNorm ln1{nullptr}, ln2{nullptr};
    torch::nn::Dropout drop{nullptr};
};
TORCH_MODULE(EncoderLayer);

struct MsbNetImpl : torch::nn::Module {
    MsbNetImpl(const MsbConfig &c, int64_t vocab, const std::vector<std::string> &tags) : cfg(c) {
        const int64_t H = c.hidden;
        tok = register_module("tok", torch::nn::Embedding(vocab, H));
        pos = register_module("pos", torch::nn::Embedding(c.maxPositions, H));
        seg = register_module("seg", torch::nn::Embedding(2, H));
        embLn = register_module("emb_ln", torch::nn::LayerNorm(torch::nn::LayerNormOptions({H}).eps(1e-12)));
        drop = register_module("drop", torch::nn::Dropout(c.dropout));
        for (int i = 0; i < c.layers; ++i)
            layers.push_back(register_module("layer" + std::to_string(i), EncoderLayer(H, c.heads, c.dropout)));
        mlmDense = register_module("mlm_dense", torch::nn::Linear(H, H));
        mlmLn = register_module("mlm_ln", torch::nn::LayerNorm(torch::nn::LayerNormOptions({H}).eps(1e-12)));
        mlmBias = register_parameter("mlm_bias", torch::zeros({vocab}));
        if (!tags.empty()) {
            out = register_module("out", torch::nn::Linear(H, int64_t(tags.size())));
            if (c.crf) crf = register_module("crf", Crf(int(tags.size()), tags));
        }
        // BERT's initialisation: normal(0, 0.02) weights, zero biases, unit layer norms.
        torch::NoGradGuard ng;
        for (auto &p : named_parameters()) {
            const std::string &n = p.key();
            if (n.find("ln") != std::string::npos || n.rfind("crf", 0) == 0) continue;
            if (n.size() > 5 && n.compare(n.size() - 5, 5, ".bias") == 0)
                p.value().zero_();
            else if (n != "mlm_bias")
                p.value().normal_(0, 0.02);
        }
    }
    torch::Tensor encode(const torch::Tensor &ids, const torch::Tensor &segs, const torch::Tensor &attn) {
        int64_t L = ids.size(1);
        auto positions = torch::arange(L, torch::kLong).unsqueeze(0);
        auto x = drop(embLn(tok(ids) + pos(positions) + seg(segs)));
        auto bias = (1.0 - attn.to(torch::kFloat)).mul(-1e4).view({ids.size(0), 1, 1, L});
        for (auto &l : layers) x = l->forward(x, bias);
        return x;
    }
    torch::Tensor mlmLogits(const torch::Tensor &h) {  // [N, H] -> [N, vocab]
        return torch::matmul(mlmLn(torch::gelu(mlmDense(h))), tok->weight.t()) + mlmBias;
    }
    MsbConfig cfg;
    torch::nn::Embedding tok{nullptr}, pos{nullptr}, seg{nullptr};
    torch::nn::LayerNorm embLn{nullptr}, mlmLn{nullptr};
    torch::nn::Dropout drop{nullptr};
    std::vector<EncoderLayer> layers;
    torch::nn::Linear mlmDense{nullptr}, out{nullptr};
    torch::Tensor mlmBias;
    Crf crf{nullptr};
};
TORCH_MODULE(MsbNet);

std::vector<std::pair<std::string, torch::Tensor>> tensorsOf(MsbNet &net) {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &p : net->named_parameters()) out.emplace_back(p.key(), p.value());
    for (const auto &b : net->named_buffers()) out.emplace_back(b.key(), b.value());
    return out;
}

// ------------------------------------------------------------------------------ encoding

struct MsbBatch {
    torch::Tensor ids, segs, attn;  // [B, L]
    torch::Tensor first;            // [B, Tw] position of each word's first piece (0: none)
    torch::Tensor mask, tags;       // [B, Tw]
};

MsbBatch encodeBatch(const std::vector<const Example *> &ex, const WordPiece &wp, const MsbConfig &c,
                     const std::unordered_map<std::string, int64_t> *tagIndex) {
    const size_t B = ex.size();
    std::vector<std::vector<int64_t>> ids(B), segs(B), first(B);
    size_t L = 0, Tw = 0;
    for (size_t b = 0; b < B; ++b) {
        const Example &e = *ex[b];
        std::vector<int64_t> &x = ids[b];
        x.push_back(wp.cls());
        const size_t budget = size_t(c.maxPositions) - 3;
        for (const auto &w : e.words) {
            std::vector<int64_t> pieces;
            if (!isUrl(w))
                for (const auto &t : WordPiece::basicTokens(w))
                    for (const auto &p : wp.pieces(t)) pieces.push_back(wp.id(p));
            if (pieces.empty() || x.size() - 1 + pieces.size() > budget) {
                first[b].push_back(0);
                continue;
            }
            first[b].push_back(int64_t(x.size()));
            x.insert(x.end(), pieces.begin(), pieces.end());
        }
        x.push_back(wp.sep());
        size_t textLen = x.size();
        std::vector<int64_t> img;
        for (const auto &w : e.imageWords)
            for (const auto &t : WordPiece::basicTokens(w))
                for (const auto &p : wp.pieces(t)) img.push_back(wp.id(p));
        size_t room = std::min<size_t>(size_t(c.maxImagePieces), size_t(c.maxPositions) - 1 - x.size());
        if (img.size() > room) img.resize(room);
        if (!img.empty()) {
            x.insert(x.end(), img.begin(), img.end());
            x.push_back(wp.sep());
        }
        segs[b].assign(x.size(), 0);
        for (size_t i = textLen; i < x.size(); ++i) segs[b][i] = 1;
        L = std::max(L, x.size());
        Tw = std::max(Tw, e.words.size());
    }
    Tw = std::max<size_t>(Tw, 1);
    MsbBatch r;
    r.ids = torch::full({int64_t(B), int64_t(L)}, wp.pad(), torch::kLong);
    r.segs = torch::zeros({int64_t(B), int64_t(L)}, torch::kLong);
    r.attn = torch::zeros({int64_t(B), int64_t(L)}, torch::kBool);
    r.first = torch::zeros({int64_t(B), int64_t(Tw)}, torch::kLong);
    r.mask = torch::zeros({int64_t(B), int64_t(Tw)}, torch::kBool);
    r.tags = torch::zeros({int64_t(B), int64_t(Tw)}, torch::kLong);
    auto I = r.ids.accessor<int64_t, 2>(), S = r.segs.accessor<int64_t, 2>(), F = r.first.accessor<int64_t, 2>();
    auto A = r.attn.accessor<bool, 2>(), M = r.mask.accessor<bool, 2>();
    auto T = r.tags.accessor<int64_t, 2>();
    bool withTags = tagIndex != nullptr;
    for (size_t b = 0; b < B; ++b) {
        for (size_t i = 0; i < ids[b].size(); ++i) {
            I[int64_t(b)][int64_t(i)] = ids[b][i];
            S[int64_t(b)][int64_t(i)] = segs[b][i];
            A[int64_t(b)][int64_t(i)] = true;
        }
        for (size_t t = 0; t < first[b].size(); ++t) {
            F[int64_t(b)][int64_t(t)] = first[b][t];
            M[int64_t(b)][int64_t(t)] = true;
            if (withTags && t < ex[b]->tags.size()) {
                auto it = tagIndex->find(ex[b]->tags[t]);
                T[int64_t(b)][int64_t(t)] = it == tagIndex->end() ? 0 : it->second;
            }
        }
        if (ex[b]->words.empty()) M[int64_t(b)][0] = true;  // the CRF needs one step; the word list is empty
    }
    return r;
}

torch::Tensor emissions(MsbNet &net, const MsbBatch &b) {
    auto h = net->encode(b.ids, b.segs, b.attn);                   // [B, L, H]
    auto idx = b.first.unsqueeze(-1).expand({-1, -1, h.size(2)});  // [B, Tw, H]
    return net->out(net->drop(torch::gather(h, 1, idx)));          // [B, Tw, K]
}

// ------------------------------------------------------------------------------ optimiser

// AdamW (nn::Adam with decay) over the trainable parameters, by name so checkpoints can hold
// the moments; layer norms and biases are not decayed.
struct AdamW {
    std::vector<std::string> names;
    nn::Adam opt;
    explicit AdamW(MsbNet &net) : opt(trainable(net, names)) {
        opt.eps = 1e-6;
        opt.decay = 0.01;
        for (size_t i = 0; i < names.size(); ++i)
            opt.decays[i] = names[i].find("ln") == std::string::npos && names[i].find("bias") == std::string::npos;
    }
    static std::vector<torch::Tensor> trainable(MsbNet &net, std::vector<std::string> &names) {
        std::vector<torch::Tensor> params;
        for (const auto &p : net->named_parameters()) {
            if (!p.value().requires_grad()) continue;
            names.push_back(p.key());
            params.push_back(p.value());
        }
        return params;
    }
    void zeroGrad() { opt.zeroGrad(); }
    void step(double lr) { opt.step(lr); }
};

// ------------------------------------------------------------------------------ files

std::string configJson(const MsbConfig &c) {
    std::ostringstream o;
    o.imbue(std::locale::classic());  // data, not display: '.' whatever the desktop's locale
    o << "{\"arch\": " << json::quote(c.arch) << ", \"hidden\": " << c.hidden << ", \"heads\": " << c.heads
      << ", \"layers\": " << c.layers << ", \"max_positions\": " << c.maxPositions
      << ", \"max_image_pieces\": " << c.maxImagePieces << ", \"crf\": " << (c.crf ? "true" : "false")
      << ", \"dropout\": " << c.dropout << "}";
    return o.str();
}

double numberOf(const json::Value &o, const char *k) {
    const json::Value *v = o.find(k);
    if (!v || !v->isNumber()) throw ModelError(std::string("model header: missing number '") + k + "'");
    return v->number;
}

MsbConfig configFrom(const json::Value &c) {
    const json::Value *a = c.find("arch");
    if (!a || !a->isString()) throw ModelError("model header: missing arch");
    MsbConfig k;
    k.arch = a->string;
    k.hidden = int(numberOf(c, "hidden"));
    k.heads = int(numberOf(c, "heads"));
    k.layers = int(numberOf(c, "layers"));
    k.maxPositions = int(numberOf(c, "max_positions"));
    k.maxImagePieces = int(numberOf(c, "max_image_pieces"));
    k.dropout = numberOf(c, "dropout");
    const json::Value *crf = c.find("crf");
    k.crf = crf && crf->kind == json::Value::Kind::Bool && crf->boolean;
    if (k.hidden < 8 || k.hidden > 1024 || k.heads < 1 || k.heads > 16 || k.hidden % k.heads || k.layers < 1 || k.layers > 12 ||
        k.maxPositions < 8 || k.maxPositions > 512 || k.maxImagePieces < 0 || k.maxImagePieces > k.maxPositions ||
        !(k.dropout >= 0 && k.dropout < 1))
        throw ModelError("model header: an MSB configuration out of range");
    return k;
}

std::vector<std::string> stringList(const json::Value &h, const char *k) {
    const json::Value *v = h.find(k);
    if (!v || !v->isArray()) throw ModelError(std::string("model header: missing list '") + k + "'");
    std::vector<std::string> out;
    for (const auto &x : v->array) {
        if (!x.isString()) throw ModelError(std::string("model header: '") + k + "' holds a non-string");
        out.push_back(x.string);
    }
    return out;
}

std::string listJson(const std::vector<std::string> &v) {
    std::string o = "[";
    for (size_t i = 0; i < v.size(); ++i) o += (i ? ", " : "") + json::quote(v[i]);
    return o + "]";
}

// Reads a whole MSB model or checkpoint file: header, vocabulary, tags, tensors by name.
struct MsbFile {
    json::Value header;
    MsbConfig cfg;
    std::vector<std::string> vocab, tags;
    std::map<std::string, torch::Tensor> tensors;
};

MsbFile readMsbFile(const std::string &path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) throw ModelError(Message{"{1}: cannot open the model file", {path}});
    std::string s((std::istreambuf_iterator<char>(f)), {});
    MsbFile r;
    r.header = readModelContainer(s, path, r.tensors);
    const json::Value *c = r.header.find("config");
    if (!c) throw ModelError(path + ": model header lacks a config");
    try {
        r.cfg = configFrom(*c);
        r.vocab = stringList(r.header, "wordpiece");
        r.tags = stringList(r.header, "tags");
    } catch (const ModelError &e) { throw ModelError(path + ": " + e.what()); }
    if (r.cfg.arch.rfind("msb", 0) != 0) throw ModelError(path + ": not an MSB model (" + r.cfg.arch + ")");
    return r;
}

// Copies the file's tensors into the network where names and shapes agree; returns how many.
size_t loadInto(MsbNet &net, const std::map<std::string, torch::Tensor> &tensors, bool strict, const std::string &path) {
    torch::NoGradGuard ng;
    size_t n = 0;
    for (auto &[name, t] : tensorsOf(net)) {
        auto it = tensors.find(name);
        if (it == tensors.end() || it->second.sizes() != t.sizes()) {
            bool optional = name.rfind("mlm_", 0) == 0 && it == tensors.end();  // only pre-training uses the MLM head
            if (strict && !optional) throw ModelError(path + ": tensor '" + name + "' is missing or has the wrong shape");
            continue;
        }
        t.copy_(it->second);
        ++n;
    }
    return n;
}

void gloveInit(MsbNet &net, const WordPiece &wp, const std::string &path) {
    std::ifstream f(path);
    if (!f) throw ModelError(path + ": cannot open the embeddings file");
    torch::NoGradGuard ng;
    auto &W = net->tok->weight;
    const int64_t H = W.size(1);
    std::string line;
    int found = 0;
    while (std::getline(f, line)) {
        std::istringstream in(line);
        in.imbue(std::locale::classic());
        std::string word;
        in >> word;
        int64_t id = wp.id(word);
        if (id == wp.unk() && word != "[UNK]") continue;
        std::vector<float> vec;
        float x;
        while (in >> x && int64_t(vec.size()) < H) vec.push_back(x);
        // GloVe values are ~10x BERT's initial scale; the layer norm after the sum rescales anyway.
        auto t = torch::from_blob(vec.data(), {int64_t(vec.size())}, torch::kFloat) * 0.1;
        W[id].slice(0, 0, int64_t(vec.size())).copy_(t);
        ++found;
    }
    std::fprintf(stderr, "GloVe start for %d of %lld pieces\n", found, static_cast<long long>(wp.size()));
}

std::vector<std::vector<std::string>> predictBatches(MsbNet &net, const WordPiece &wp, const std::vector<std::string> &tags,
                                                     const std::vector<Example> &ex, int batchSize) {
    torch::NoGradGuard ng;
    net->eval();
    std::vector<std::vector<std::string>> out(ex.size());
    std::vector<size_t> order(ex.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ex[a].words.size() < ex[b].words.size(); });
    size_t bs = size_t(std::max(1, batchSize));
    for (size_t s = 0; s < order.size(); s += bs) {
        std::vector<const Example *> batch;
        for (size_t i = s; i < std::min(order.size(), s + bs); ++i) batch.push_back(&ex[order[i]]);
        MsbBatch b = encodeBatch(batch, wp, net->cfg, nullptr);
        auto em = emissions(net, b);
        std::vector<std::vector<int>> paths;
        if (net->crf) {
            paths = net->crf->viterbi(em, b.mask);
        } else {
            auto best = em.argmax(-1).contiguous();
            auto A = best.accessor<int64_t, 2>();
            for (size_t i = 0; i < batch.size(); ++i) {
                std::vector<int> p;
                for (size_t t = 0; t < batch[i]->words.size(); ++t) p.push_back(int(A[int64_t(i)][int64_t(t)]));
                paths.push_back(std::move(p));
            }
        }
        for (size_t i = 0; i < batch.size(); ++i) {
            std::vector<std::string> t;
            for (size_t k = 0; k < batch[i]->words.size(); ++k) t.push_back(tags[size_t(paths[i][k])]);
            out[order[s + i]] = std::move(t);
        }
    }
    return out;
}

}  // namespace

// ------------------------------------------------------------------------------ the loaded model

struct MsbModel {
    MsbConfig cfg;
    WordPiece wp;
    std::vector<std::string> tags;
    MsbNet net{nullptr};
};

std::shared_ptr<MsbModel> msbFromFile(const json::Value &h, std::map<std::string, torch::Tensor> &tensors,
                                      const std::string &path) {
    MsbConfig cfg;
    std::vector<std::string> vocab, tags;
    try {
        cfg = configFrom(*h.find("config"));
        vocab = stringList(h, "wordpiece");
        tags = stringList(h, "tags");
    } catch (const ModelError &e) { throw ModelError(path + ": " + e.what()); }
    if (tags.empty() || tags[0] != "O") throw ModelError(path + ": an MSB model without a tag set (a pre-training checkpoint?)");
    if (vocab.size() > 200000) throw ModelError(path + ": an implausibly large WordPiece vocabulary");
    auto m = std::make_shared<MsbModel>(MsbModel{cfg, WordPiece([&] {
                                                     try {
                                                         return WordPiece(vocab);
                                                     } catch (const std::runtime_error &e) {
                                                         throw ModelError(path + ": " + e.what());
                                                     }
                                                 }()),
                                                 tags, MsbNet(nullptr)});
    try {
        m->net = MsbNet(cfg, int64_t(vocab.size()), tags);
    } catch (const c10::Error &e) {
        throw ModelError(path + ": the configuration makes no valid network (" + e.what_without_backtrace() + ")");
    }
    loadInto(m->net, tensors, true, path);
    m->net->eval();
    return m;
}

const std::vector<std::string> &msbTags(const MsbModel &m) { return m.tags; }
const MsbConfig &msbConfig(const MsbModel &m) { return m.cfg; }

std::vector<std::vector<std::string>> msbPredict(MsbModel &m, const std::vector<Example> &ex, int batchSize) {
    return predictBatches(m.net, m.wp, m.tags, ex, batchSize);
}

std::vector<std::vector<std::vector<float>>> msbMarginals(MsbModel &m, const std::vector<Example> &ex, int batchSize) {
    torch::NoGradGuard ng;
    m.net->eval();
    std::vector<std::vector<std::vector<float>>> out;
    size_t bs = size_t(std::max(1, batchSize));
    for (size_t s = 0; s < ex.size(); s += bs) {
        std::vector<const Example *> batch;
        for (size_t i = s; i < std::min(ex.size(), s + bs); ++i) batch.push_back(&ex[i]);
        MsbBatch b = encodeBatch(batch, m.wp, m.cfg, nullptr);
        auto em = emissions(m.net, b);
        appendTokenRows(m.net->crf ? m.net->crf->marginals(em, b.mask) : torch::softmax(em, -1), batch, out);
    }
    return out;
}

}  // namespace nn

// ------------------------------------------------------------------------------ fine-tuning

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
    h << "{\"format\": \"mner-model\", \"name\": " << json::quote(opt.name) << ", \"config\": " << configJson(cfg)
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

// ------------------------------------------------------------------------------ pre-training

PretrainReport pretrainMsb(const PretrainOptions &opt, const std::function<bool(const PretrainReport &)> &onReport) {
    if (opt.corpus.empty()) throw ModelError("pre-training needs text (--corpus FILE...)");
    if (opt.seqLen < 8 || opt.seqLen > opt.config.maxPositions) throw ModelError("--seq-len must be 8 to the maximum positions");
    MsbConfig cfg = opt.config;
    std::unique_ptr<WordPiece> wp;
    MsbFile resume;
    bool resumed = !opt.checkpoint.empty() && std::filesystem::exists(opt.checkpoint);
    if (resumed) {
        resume = readMsbFile(opt.checkpoint);
        cfg = resume.cfg;
        wp = std::make_unique<WordPiece>(resume.vocab);
    } else {
        wp = std::make_unique<WordPiece>(WordPiece::fromFile(opt.vocabPath));
    }
    torch::manual_seed(opt.seed);
    std::mt19937_64 rng(opt.seed);
    // The corpus as pieces, one sequence per window of lines up to seqLen - 2 pieces.
    std::vector<std::vector<int64_t>> seqs;
    {
        std::vector<int64_t> cur;
        const size_t room = size_t(opt.seqLen) - 2;
        for (const auto &file : opt.corpus) {
            std::ifstream in(file);
            if (!in) throw ModelError(file + ": cannot open the corpus file");
            std::string line;
            while (std::getline(in, line)) {
                std::vector<int64_t> ids;
                std::istringstream words(line);
                std::string w;
                while (words >> w) {
                    if (isUrl(w)) continue;
                    for (const auto &t : WordPiece::basicTokens(w))
                        for (const auto &p : wp->pieces(t)) ids.push_back(wp->id(p));
                }
                if (ids.empty()) continue;
                if (cur.size() + ids.size() > room && !cur.empty()) {
                    seqs.push_back(cur);
                    cur.clear();
                }
                for (size_t i = 0; i < ids.size(); i += room)
                    cur.insert(cur.end(), ids.begin() + long(i), ids.begin() + long(std::min(ids.size(), i + room)));
                if (cur.size() >= room) {
                    cur.resize(room);
                    seqs.push_back(cur);
                    cur.clear();
                }
            }
        }
        if (!cur.empty()) seqs.push_back(cur);
    }
    if (seqs.empty()) throw ModelError("the corpus has no text");
    MsbNet net(cfg, wp->size(), std::vector<std::string>{});
    AdamW adam(net);
    int64_t step = 0;
    if (resumed) {
        loadInto(net, resume.tensors, true, opt.checkpoint);
        torch::NoGradGuard ng;
        for (size_t i = 0; i < adam.names.size(); ++i) {
            auto m = resume.tensors.find("opt.m." + adam.names[i]), v = resume.tensors.find("opt.v." + adam.names[i]);
            if (m == resume.tensors.end() || v == resume.tensors.end())
                throw ModelError(opt.checkpoint + ": checkpoint lacks optimiser state");
            adam.opt.m[i].copy_(m->second);
            adam.opt.v[i].copy_(v->second);
        }
        const json::Value *pt = resume.header.find("pretrain");
        if (!pt) throw ModelError(opt.checkpoint + ": not a pre-training checkpoint");
        step = int64_t(numberOf(*pt, "step"));
        adam.opt.t = step;
    } else if (!opt.glovePath.empty()) {
        gloveInit(net, *wp, opt.glovePath);
    }
    auto save = [&](int64_t atStep) {
        if (opt.checkpoint.empty()) return;
        std::ostringstream h;
        h.imbue(std::locale::classic());
        h << "{\"format\": \"mner-model\", \"name\": \"pretrained\", \"config\": " << configJson(cfg)
          << ", \"tags\": [], \"wordpiece\": " << listJson(wp->vocab()) << ", \"created\": " << json::quote(nowIso())
          << ", \"pretrain\": {\"step\": " << atStep << ", \"seq_len\": " << opt.seqLen << ", \"batch\": " << opt.batchSize
          << ", \"sequences\": " << seqs.size() << "}}";
        std::vector<std::pair<std::string, torch::Tensor>> all = tensorsOf(net);
        for (size_t i = 0; i < adam.names.size(); ++i) {
            all.emplace_back("opt.m." + adam.names[i], adam.opt.m[i]);
            all.emplace_back("opt.v." + adam.names[i], adam.opt.v[i]);
        }
        writeModelFile(opt.checkpoint, h.str(), all, false);
    };
    PretrainReport rep;
    rep.steps = opt.steps;
    rep.resumed = resumed;
    auto t0 = std::chrono::steady_clock::now();
    double lossSum = 0, accSum = 0;
    int64_t tokens = 0, window = 0;
    std::uniform_real_distribution<double> uni(0, 1);
    // Random replacements come from past BERT's reserved ids ([unused...]) in its vocabulary.
    std::uniform_int_distribution<int64_t> anyPiece(wp->size() > 2000 ? 999 : 0, wp->size() - 1);
    net->train();
    while (step < opt.steps) {
        // A batch of random sequences, masked.
        std::vector<std::vector<int64_t>> ids;
        size_t L = 0;
        for (int i = 0; i < opt.batchSize; ++i) {
            const auto &s = seqs[size_t(rng() % seqs.size())];
            std::vector<int64_t> x = {wp->cls()};
            x.insert(x.end(), s.begin(), s.end());
            x.push_back(wp->sep());
            L = std::max(L, x.size());
            ids.push_back(std::move(x));
        }
        const int64_t B = opt.batchSize;
        auto in = torch::full({B, int64_t(L)}, wp->pad(), torch::kLong);
        auto attn = torch::zeros({B, int64_t(L)}, torch::kBool);
        std::vector<int64_t> maskedPos, maskedIds;
        auto I = in.accessor<int64_t, 2>();
        auto A = attn.accessor<bool, 2>();
        for (int64_t b = 0; b < B; ++b) {
            const auto &x = ids[size_t(b)];
            for (size_t i = 0; i < x.size(); ++i) {
                A[b][int64_t(i)] = true;
                int64_t id = x[i];
                bool special = i == 0 || i + 1 == x.size();
                if (!special && uni(rng) < 0.15) {
                    maskedPos.push_back(b * int64_t(L) + int64_t(i));
                    maskedIds.push_back(id);
                    double r = uni(rng);
                    if (r < 0.8)
                        id = wp->mask();
                    else if (r < 0.9)
                        id = anyPiece(rng);
                }
                I[b][int64_t(i)] = id;
            }
            tokens += int64_t(x.size());
        }
        if (maskedPos.empty()) continue;
        adam.zeroGrad();
        auto h = net->encode(in, torch::zeros_like(in), attn).reshape({B * int64_t(L), -1});
        auto pos = torch::tensor(maskedPos, torch::kLong), target = torch::tensor(maskedIds, torch::kLong);
        auto logits = net->mlmLogits(h.index_select(0, pos));
        auto loss = torch::nn::functional::cross_entropy(logits, target);
        loss.backward();
        adam.opt.clipGradNorm(1.0);
        ++step;
        double lr = opt.lr * (step < opt.warmup ? double(step) / double(opt.warmup)
                                                : std::max(0.1, 1.0 - double(step - opt.warmup) /
                                                                          double(std::max<int64_t>(1, opt.steps - opt.warmup))));
        adam.step(lr);
        lossSum += loss.item<double>();
        accSum += logits.argmax(1).eq(target).to(torch::kFloat).mean().item<double>();
        ++window;
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        bool timeUp = opt.maxSeconds > 0 && secs >= opt.maxSeconds;
        if (step % 50 == 0 || step == opt.steps || timeUp) {
            rep.step = step;
            rep.loss = lossSum / double(window);
            rep.accuracy = accSum / double(window);
            rep.seconds = secs;
            rep.tokensPerSecond = double(tokens) / std::max(1e-9, secs);
            lossSum = accSum = 0;
            window = 0;
            bool go = !onReport || onReport(rep);
            if (step % opt.checkpointEvery == 0 || !go || timeUp) save(step);
            if (!go || timeUp) return rep;
        }
    }
    save(step);
    rep.step = step;
    return rep;
}

}  // namespace mner

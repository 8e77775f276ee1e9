// MSB model files: the configuration and vocabulary in the header, loading for prediction.
#include "model/msb_net.h"

#include "model/modelfile.h"

#include <fstream>
#include <sstream>

namespace mner::nn {

std::string msbConfigJson(const MsbConfig &c) {
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

MsbConfig msbConfigFrom(const json::Value &c) {
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

MsbFile readMsbFile(const std::string &path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) throw ModelError(Message{"{1}: cannot open the model file", {path}});
    std::string s((std::istreambuf_iterator<char>(f)), {});
    MsbFile r;
    r.header = readModelContainer(s, path, r.tensors);
    const json::Value *c = r.header.find("config");
    if (!c) throw ModelError(path + ": model header lacks a config");
    try {
        r.cfg = msbConfigFrom(*c);
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
        cfg = msbConfigFrom(*h.find("config"));
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

}  // namespace mner::nn

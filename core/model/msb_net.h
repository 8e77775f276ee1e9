// The MSB network and what its trainers and loader share (libtorch; model library only).
#pragma once

#include "model/nn.h"
#include "text/wordpiece.h"

namespace mner::nn {

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

inline std::vector<std::pair<std::string, torch::Tensor>> tensorsOf(MsbNet &net) {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &p : net->named_parameters()) out.emplace_back(p.key(), p.value());
    for (const auto &b : net->named_buffers()) out.emplace_back(b.key(), b.value());
    return out;
}

struct MsbBatch {
    torch::Tensor ids, segs, attn;  // [B, L]
    torch::Tensor first;            // [B, Tw] position of each word's first piece (0: none)
    torch::Tensor mask, tags;       // [B, Tw]
};

// Encodes examples as [CLS] pieces [SEP] image pieces [SEP]; with tagIndex, the tags too.
MsbBatch encodeBatch(const std::vector<const Example *> &ex, const WordPiece &wp, const MsbConfig &c,
                     const std::unordered_map<std::string, int64_t> *tagIndex);
// Tag scores from each word's first piece: [B, Tw, K].
torch::Tensor emissions(MsbNet &net, const MsbBatch &b);
// Best tag sequences in input order.
std::vector<std::vector<std::string>> predictBatches(MsbNet &net, const WordPiece &wp, const std::vector<std::string> &tags,
                                                     const std::vector<Example> &ex, int batchSize);

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

// The model file's MSB parts (msb_file.cpp).
std::string msbConfigJson(const MsbConfig &c);
MsbConfig msbConfigFrom(const json::Value &c);
// A number from a header object; ModelError when missing.
double numberOf(const json::Value &o, const char *k);
std::vector<std::string> stringList(const json::Value &h, const char *k);
std::string listJson(const std::vector<std::string> &v);
// Reads a whole MSB model or checkpoint file: header, vocabulary, tags, tensors by name.
struct MsbFile {
    json::Value header;
    MsbConfig cfg;
    std::vector<std::string> vocab, tags;
    std::map<std::string, torch::Tensor> tensors;
};

MsbFile readMsbFile(const std::string &path);
// Copies the file's tensors into the network where names and shapes agree; returns how many.
size_t loadInto(MsbNet &net, const std::map<std::string, torch::Tensor> &tensors, bool strict, const std::string &path);
// Starts the token embeddings from GloVe vectors where a piece has one.
void gloveInit(MsbNet &net, const WordPiece &wp, const std::string &path);

}  // namespace mner::nn

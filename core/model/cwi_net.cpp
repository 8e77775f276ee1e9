// The CWI network: character CNN, word and image BiLSTMs, fusion (with or without attention).
//
// How the character CNN of Table 5 is read here (the paper does not say how maps of different
// lengths are concatenated): every convolution keeps its input length ("same" padding), so only
// the three max-poolings shorten the character axis (40 -> 20 -> 10 -> 5). The skip
// concatenations 10 (8, 9), 12 (6, 11) and 14 (4, 13) join maps along the channel axis; where the
// later map is shorter it is first repeated (nearest-neighbour upsampling, x2) to the earlier
// map's length, as in a U-Net decoder. Layer 14 is thus 32 channels x 20 positions; after
// targeted dropout, SineReLU and group norm (16 groups) a max over the character axis gives one
// 32-d vector per token. The convolutions have no activation of their own (the table lists
// none); max-pooling and SineReLU supply the non-linearity. The maps are held channels-last
// ([N, length, channels]) so that every convolution is one GEMM without transposes; the weights
// keep Conv1d's layout.
#include "model/nn.h"

#include "model/kernels.h"

#include <cmath>

namespace mner::nn {

namespace F = torch::nn::functional;

CharCnnImpl::CharCnnImpl(int64_t numChars, const CwiConfig &c) : cfg(c) {
    if (c.maxChars % 8 != 0) throw ModelError("maxChars must be a multiple of 8");
    emb = register_module("emb", torch::nn::Embedding(torch::nn::EmbeddingOptions(numChars, c.charDim).padding_idx(0)));
    torch::nn::init::uniform_(emb->weight, -0.25, 0.25);
    {
        torch::NoGradGuard g;
        emb->weight[0].zero_();
    }
    auto conv = [&](const char *name, int64_t in, int64_t out, int64_t k) {
        return register_module(name, torch::nn::Conv1d(torch::nn::Conv1dOptions(in, out, k)));
    };
    c3 = conv("c3", c.charDim, 16, 2);
    c5 = conv("c5", 16, 32, 3);
    c7 = conv("c7", 32, 64, 4);
    c9 = conv("c9", 64, 64, 4);
    c11 = conv("c11", 128, 32, 3);
    c13 = conv("c13", 64, 16, 2);
    gn = register_module("gn", torch::nn::GroupNorm(torch::nn::GroupNormOptions(c.groups, 32)));
}

namespace {
// The character CNN's reshuffles as single autograd nodes over channels-last maps [N, L, C] on
// the CPU (kernels.cpp); pad + slices + cat, max over pairs and repeat cost several operations
// each, forward and backward, for no arithmetic. Elsewhere the same with tensor operations.
struct Im2colSame : torch::autograd::Function<Im2colSame> {
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &xIn, int64_t k) {
        auto x = xIn.contiguous();
        const int64_t N = x.size(0), L = x.size(1), C = x.size(2);
        auto cols = torch::empty({N * L, k * C}, x.options());
        kernels::im2colSame(x.data_ptr<float>(), cols.data_ptr<float>(), N, L, C, k);
        ctx->saved_data["shape"] = std::vector<int64_t>{N, L, C, k};
        return cols;
    }
    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx, torch::autograd::variable_list grads) {
        auto s = ctx->saved_data["shape"].toIntVector();
        auto g = grads[0].contiguous();
        auto dx = torch::empty({s[0], s[1], s[2]}, g.options());
        kernels::im2colSameBackward(g.data_ptr<float>(), dx.data_ptr<float>(), s[0], s[1], s[2], s[3]);
        return {dx, torch::Tensor()};
    }
};

struct MaxPool2 : torch::autograd::Function<MaxPool2> {
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &xIn) {
        auto x = xIn.contiguous();
        const int64_t N = x.size(0), L = x.size(1), C = x.size(2);
        auto y = torch::empty({N, L / 2, C}, x.options());
        auto second = torch::empty({N, L / 2, C}, x.options().dtype(torch::kUInt8));
        kernels::maxPool2(x.data_ptr<float>(), y.data_ptr<float>(), second.data_ptr<uint8_t>(), N, L, C);
        ctx->save_for_backward({second});
        return y;
    }
    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx, torch::autograd::variable_list grads) {
        auto second = ctx->get_saved_variables()[0];
        auto g = grads[0].contiguous();
        const int64_t N = g.size(0), L = 2 * g.size(1), C = g.size(2);
        auto dx = torch::empty({N, L, C}, g.options());
        kernels::maxPool2Backward(g.data_ptr<float>(), second.data_ptr<uint8_t>(), dx.data_ptr<float>(), N, L, C);
        return {dx};
    }
};

struct Upsample2 : torch::autograd::Function<Upsample2> {
    static torch::Tensor forward(torch::autograd::AutogradContext *, const torch::Tensor &xIn) {
        auto x = xIn.contiguous();
        const int64_t N = x.size(0), L = x.size(1), C = x.size(2);
        auto y = torch::empty({N, 2 * L, C}, x.options());
        kernels::upsample2(x.data_ptr<float>(), y.data_ptr<float>(), N, L, C);
        return y;
    }
    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *, torch::autograd::variable_list grads) {
        auto g = grads[0].contiguous();
        const int64_t N = g.size(0), L = g.size(1) / 2, C = g.size(2);
        auto dx = torch::empty({N, L, C}, g.options());
        kernels::upsample2Backward(g.data_ptr<float>(), dx.data_ptr<float>(), N, L, C);
        return {dx};
    }
};

// [N, L, C] -> [N, L/2, C], max over position pairs (L even)
torch::Tensor maxPool2(const torch::Tensor &x) {
    if (plainCpuFloat(x)) return MaxPool2::apply(x);
    return std::get<0>(x.reshape({x.size(0), x.size(1) / 2, 2, x.size(2)}).max(2));
}

// [N, L, C] -> [N, 2L, C], nearest neighbour
torch::Tensor upsample2(const torch::Tensor &x) {
    if (plainCpuFloat(x)) return Upsample2::apply(x);
    return x.unsqueeze(2).expand({x.size(0), x.size(1), 2, x.size(2)}).reshape({x.size(0), 2 * x.size(1), x.size(2)});
}
}  // namespace

torch::Tensor conv1dSame(torch::nn::Conv1d &conv, const torch::Tensor &x) {
    // libtorch's CPU convolution without MKL-DNN runs one small GEMM per sample; here the k
    // shifted copies of the input side by side make one plain GEMM for the whole batch.
    // "Same" padding puts (k-1)/2 zeros before and k/2 after, also for even k.
    const auto &w = conv->weight;  // [out, in, k]
    const int64_t k = w.size(2), n = x.size(0), len = x.size(1), out = w.size(0);
    torch::Tensor cols;  // [N*L, k*in]: shift-major, as wt
    if (plainCpuFloat(x)) {
        cols = Im2colSame::apply(x, k);
    } else {
        auto padded = F::pad(x, F::PadFuncOptions({0, 0, (k - 1) / 2, k / 2}));  // the length axis
        std::vector<torch::Tensor> shifts;
        for (int64_t i = 0; i < k; ++i) shifts.push_back(padded.slice(1, i, i + len));
        cols = torch::cat(shifts, 2).view({n * len, -1});
    }
    auto wt = w.permute({2, 1, 0}).reshape({-1, out});  // [k*in, out]
    auto y = conv->bias.defined() ? torch::addmm(conv->bias, cols, wt) : cols.mm(wt);
    return y.view({n, len, out});
}

torch::Tensor CharCnnImpl::forward(const torch::Tensor &chars) {
    // maps are [N, length, channels]; lengths halve exactly (maxChars is a multiple of 8)
    auto e = emb(chars);  // [N, L, D]
    auto p4 = maxPool2(conv1dSame(c3, e));
    auto p6 = maxPool2(conv1dSame(c5, p4));
    auto p8 = maxPool2(conv1dSame(c7, p6));
    auto a9 = conv1dSame(c9, p8);
    auto a11 = conv1dSame(c11, torch::cat({p8, a9}, 2));
    auto a13 = conv1dSame(c13, torch::cat({p6, upsample2(a11)}, 2));
    auto x = torch::cat({p4, upsample2(a13)}, 2);  // [N, L/2, 32]
    if (cfg.useTdGnSineRelu) {
        x = targetedDropout(x, cfg.tdDropRate, cfg.tdTargetRate, is_training());
        x = sineRelu(x, cfg.sineEpsilon);
        x = gn(x.transpose(1, 2).contiguous());  // [N, 32, L/2]
        return std::get<0>(x.max(2));
    }
    return std::get<0>(torch::relu(x).max(1));
}

CwiNetImpl::CwiNetImpl(const CwiConfig &c, const Vocabs &v, int64_t gDim) : cfg(c), gloveDim(gDim), gazDim(v.gaz.dim()) {
    glove =
        register_module("glove", torch::nn::Embedding(torch::nn::EmbeddingOptions(v.glove.size(), std::max<int64_t>(gDim, 1))));
    glove->weight.set_requires_grad(false);  // pretrained and frozen: unseen test words keep their meaning
    int64_t wordIn = gDim;
    if (gDim == 0 && !c.useExtraWords) throw ModelError("no word features: give embeddings or keep the trainable word table");
    if (c.useExtraWords) {
        words = register_module("words", torch::nn::Embedding(v.words.size(), c.extraWordDim));
        torch::nn::init::uniform_(words->weight, -0.25, 0.25);
        wordIn += c.extraWordDim;
    }
    wordIn += gazDim;  // gazetteer features beside the word vectors, read in context by the BiLSTM
    wordLstm = register_module(
        "word_lstm", torch::nn::LSTM(torch::nn::LSTMOptions(wordIn, c.wordHidden).batch_first(true).bidirectional(true)));
    int64_t fusionIn = 2 * c.wordHidden;
    if (c.useChars) {
        chars = register_module("chars", CharCnn(v.chars.size(), c));
        fusionIn += chars->outDim();
    }
    if (c.useImage) {
        image = register_module("image", torch::nn::Embedding(v.image.size(), c.imageDim));
        torch::nn::init::uniform_(image->weight, -0.25, 0.25);
        imageLstm =
            register_module("image_lstm", torch::nn::LSTM(torch::nn::LSTMOptions(c.imageDim, c.imageHidden).batch_first(true)));
        fusionIn += c.imageHidden;
    }
    fusion = register_module(
        "fusion", torch::nn::LSTM(torch::nn::LSTMOptions(fusionIn, c.fusionHidden).batch_first(true).bidirectional(true)));
    int64_t outIn = 2 * c.fusionHidden;
    if (c.arch == "cwi-att") {
        attention = register_module("attention", torch::nn::Linear(2 * c.fusionHidden, 2 * c.fusionHidden));
        outIn *= 2;
    }
    out = register_module("out", torch::nn::Linear(outIn, int64_t(v.tags.size())));
    drop = register_module("drop", torch::nn::Dropout(c.dropout));
    crf = register_module("crf", Crf(int(v.tags.size()), v.tags));
}

torch::Tensor CwiNetImpl::emissions(const Batch &b) {
    int64_t B = b.glove.size(0), T = b.glove.size(1);
    std::vector<torch::Tensor> w;
    if (gloveDim > 0) w.push_back(glove(b.glove));
    if (cfg.useExtraWords) {
        auto ids = b.words;
        if (is_training() && cfg.wordDropout > 0)
            ids = ids.masked_fill(torch::logical_and(torch::rand(ids.sizes()) < cfg.wordDropout, ids > 1), 1);
        w.push_back(words(ids));
    }
    if (gazDim > 0) w.push_back(b.gaz);
    auto wordOut = runLstm(wordLstm, torch::cat(w, 2), b.lengths);
    std::vector<torch::Tensor> parts;
    if (cfg.useChars) {
        auto idx = b.mask.reshape(-1).nonzero().squeeze(1);
        auto flat = b.chars.reshape({B * T, -1}).index_select(0, idx);
        // each distinct spelling once: a large batch repeats many words ("RT", ":", "the");
        // a single tweet has too few repeats to pay for the search
        torch::Tensor feat;
        if (flat.size(0) > 64) {
            // rows as byte strings in a hash map: much cheaper than torch::unique_dim's sort
            auto rows = flat.contiguous();
            const int64_t n = rows.size(0), rowBytes = rows.size(1) * int64_t(sizeof(int64_t));
            const char *base = static_cast<const char *>(rows.data_ptr());
            std::unordered_map<std::string_view, int64_t> seen;
            seen.reserve(size_t(n));
            std::vector<int64_t> firstRow, inverse(static_cast<size_t>(n));
            for (int64_t i = 0; i < n; ++i) {
                std::string_view key(base + i * rowBytes, size_t(rowBytes));
                auto [it, fresh] = seen.emplace(key, int64_t(firstRow.size()));
                if (fresh) firstRow.push_back(i);
                inverse[size_t(i)] = it->second;
            }
            auto uniqueRows = rows.index_select(0, torch::tensor(firstRow, torch::kLong));
            feat = chars(uniqueRows).index_select(0, torch::tensor(inverse, torch::kLong));
        } else {
            feat = chars(flat);
        }
        auto all = torch::zeros({B * T, feat.size(1)}, feat.options());
        all = all.index_copy(0, idx, feat);
        parts.push_back(all.reshape({B, T, -1}));
    }
    parts.push_back(wordOut);
    if (cfg.useImage) {
        auto img = lastState(imageLstm, image(b.image), b.imageLengths);  // [B, H]
        parts.push_back(img.unsqueeze(1).expand({B, T, img.size(1)}));
    }
    auto h = runLstm(fusion, drop(torch::cat(parts, 2)), b.lengths);
    if (cfg.arch == "cwi-att") {
        // eq. 14-16: u_t = tanh(W h_t + b); alpha_it = softmax_t(h_i . u_t); beta_i = sum_t alpha_it h_t
        auto u = torch::tanh(attention(h));
        auto scores = torch::bmm(h, u.transpose(1, 2));  // [B, T(i), T(t)]
        scores = scores.masked_fill(torch::logical_not(b.mask).unsqueeze(1), -1e9);
        auto alpha = torch::softmax(scores, 2);
        h = torch::cat({h, torch::bmm(alpha, h)}, 2);
    }
    return out(drop(h));
}

}  // namespace mner::nn

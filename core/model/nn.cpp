// CRF, SineReLU, targeted dropout and the CWI network.
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

#include <string_view>
#include <unordered_map>

#include "text/tags.h"

#include <cmath>
#include <limits>

namespace mner::nn {

namespace F = torch::nn::functional;

namespace {
// The fused loops (kernels.cpp) take float tensors in CPU memory; anything else runs as tensor operations.
bool plainCpuFloat(const torch::Tensor &x) { return x.is_cpu() && x.scalar_type() == torch::kFloat; }
}  // namespace

torch::Tensor sineRelu(const torch::Tensor &x, double eps) {
    return torch::where(x > 0, x, eps * (torch::sin(x) - torch::cos(x)));
}

torch::Tensor targetedDropout(const torch::Tensor &x, double dropRate, double targetRate, bool training) {
    if (!training || dropRate <= 0 || targetRate <= 0) return x;
    auto flat = x.reshape({x.size(0), -1});
    int64_t n = flat.size(1);
    int64_t k = std::max<int64_t>(1, int64_t(std::floor(targetRate * double(n))));
    if (plainCpuFloat(flat)) {
        // one pass per sample (selection + draws) instead of kthvalue, rand_like and four masks
        auto src = flat.detach().contiguous();
        auto keep = torch::empty_like(src);
        auto seed = torch::randint(std::numeric_limits<int64_t>::max(), {1}, torch::kLong).item<int64_t>();
        kernels::targetedDropoutMask(src.data_ptr<float>(), keep.data_ptr<float>(), src.size(0), n, k, dropRate, uint64_t(seed));
        return (flat * keep).reshape(x.sizes());
    }
    auto mag = flat.abs().detach();
    auto threshold = std::get<0>(mag.kthvalue(k, 1, /*keepdim=*/true));
    auto targeted = mag <= threshold;
    auto dropped = torch::rand_like(flat) < dropRate;
    auto keep = torch::logical_not(torch::logical_and(targeted, dropped));
    return (flat * keep.to(flat.dtype())).reshape(x.sizes());
}

// ---------------------------------------------------------------------------------------- CRF

CrfImpl::CrfImpl(int numTags, const std::vector<std::string> &tags) : k(numTags) {
    transitions = register_parameter("transitions", torch::zeros({k, k}));
    start = register_parameter("start", torch::zeros({k}));
    end = register_parameter("end", torch::zeros({k}));
    auto f = torch::zeros({k, k});
    auto fs = torch::zeros({k});
    // BIO2: I-X may only follow B-X or I-X, and may not start a sequence.
    for (int j = 0; j < k && j < int(tags.size()); ++j) {
        TagParts tj = splitTag(tags[size_t(j)]);
        if (tj.prefix != "I") continue;
        fs[j] = -10000.0;
        for (int i = 0; i < k; ++i) {
            TagParts ti = splitTag(tags[size_t(i)]);
            bool ok = (ti.prefix == "B" || ti.prefix == "I") && ti.type == tj.type;
            if (!ok) f[i][j] = -10000.0;
        }
    }
    forbidden = register_buffer("forbidden", f);
    forbiddenStart = register_buffer("forbidden_start", fs);
}

torch::Tensor CrfImpl::effectiveTransitions() const { return transitions + forbidden; }
torch::Tensor CrfImpl::effectiveStart() const { return start + forbiddenStart; }

torch::Tensor CrfImpl::logPartition(const torch::Tensor &em, const torch::Tensor &mask) const {
    auto trans = effectiveTransitions().unsqueeze(0);  // [1, K, K]
    // unbind once (its backward is one stack) rather than select per step (a full-size zero
    // tensor per step in the backward pass)
    auto steps = em.unbind(1);
    auto live = mask.unsqueeze(2).unbind(1);
    auto alpha = effectiveStart().unsqueeze(0) + steps[0];  // [B, K]
    for (size_t t = 1; t < steps.size(); ++t) {
        auto next = torch::logsumexp(alpha.unsqueeze(2) + trans + steps[t].unsqueeze(1), 1);
        alpha = torch::where(live[t], next, alpha);
    }
    return torch::logsumexp(alpha + end.unsqueeze(0), 1);
}

torch::Tensor CrfImpl::pathScore(const torch::Tensor &em, const torch::Tensor &tags, const torch::Tensor &mask) const {
    auto m = mask.to(em.dtype());
    auto emit = em.gather(2, tags.unsqueeze(2)).squeeze(2) * m;  // [B, T]
    auto score = emit.sum(1) + effectiveStart().index_select(0, tags.select(1, 0));
    if (em.size(1) > 1) {
        auto from = tags.slice(1, 0, -1), to = tags.slice(1, 1);
        auto tr = effectiveTransitions().index({from.reshape(-1), to.reshape(-1)}).reshape(from.sizes());
        score = score + (tr * m.slice(1, 1)).sum(1);
    }
    auto last = mask.to(torch::kLong).sum(1) - 1;
    auto lastTags = tags.gather(1, last.unsqueeze(1)).squeeze(1);
    return score + end.index_select(0, lastTags);
}

namespace {
// The CRF's mean negative log-likelihood as one autograd node on the CPU (kernels::crfNll): the
// tensor version records a handful of operations per time step, forward and backward, on 9x9
// matrices where the bookkeeping costs far more than the arithmetic.
struct CrfNllFn : torch::autograd::Function<CrfNllFn> {
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &emIn, const torch::Tensor &transIn,
                                 const torch::Tensor &startIn, const torch::Tensor &endIn, const torch::Tensor &tagsIn,
                                 const torch::Tensor &lengthsIn) {
        auto em = emIn.contiguous(), trans = transIn.contiguous(), start = startIn.contiguous(), end = endIn.contiguous();
        auto tags = tagsIn.contiguous(), lengths = lengthsIn.contiguous();
        const int64_t B = em.size(0), T = em.size(1), K = em.size(2);
        double sum = kernels::crfNll(em.data_ptr<float>(), trans.data_ptr<float>(), start.data_ptr<float>(),
                                     end.data_ptr<float>(), tags.data_ptr<int64_t>(), lengths.data_ptr<int64_t>(), B, T, K, 0,
                                     nullptr, nullptr, nullptr, nullptr);
        ctx->save_for_backward({em, trans, start, end, tags, lengths});
        return torch::tensor(sum / double(B), em.options());
    }
    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx, torch::autograd::variable_list grads) {
        auto s = ctx->get_saved_variables();
        const auto &em = s[0], &trans = s[1], &start = s[2], &end = s[3], &tags = s[4], &lengths = s[5];
        const int64_t B = em.size(0), T = em.size(1), K = em.size(2);
        auto dEm = torch::zeros_like(em), dTrans = torch::zeros_like(trans), dStart = torch::zeros_like(start),
             dEnd = torch::zeros_like(end);
        double scale = grads[0].item<double>() / double(B);
        kernels::crfNll(em.data_ptr<float>(), trans.data_ptr<float>(), start.data_ptr<float>(), end.data_ptr<float>(),
                        tags.data_ptr<int64_t>(), lengths.data_ptr<int64_t>(), B, T, K, scale, dEm.data_ptr<float>(),
                        dTrans.data_ptr<float>(), dStart.data_ptr<float>(), dEnd.data_ptr<float>());
        return {dEm, dTrans, dStart, dEnd, torch::Tensor(), torch::Tensor()};
    }
};
}  // namespace

torch::Tensor CrfImpl::nll(const torch::Tensor &em, const torch::Tensor &tags, const torch::Tensor &mask) const {
    if (plainCpuFloat(em) && plainCpuFloat(transitions))
        return CrfNllFn::apply(em, effectiveTransitions(), effectiveStart(), end, tags.to(torch::kLong),
                               mask.to(torch::kLong).sum(1));
    return nllReference(em, tags, mask);
}

torch::Tensor CrfImpl::nllReference(const torch::Tensor &em, const torch::Tensor &tags, const torch::Tensor &mask) const {
    return (logPartition(em, mask) - pathScore(em, tags, mask)).mean();
}

std::vector<std::vector<int>> CrfImpl::viterbi(const torch::Tensor &emIn, const torch::Tensor &maskIn) const {
    auto em = emIn.detach().to(torch::kCPU, torch::kFloat).contiguous();
    auto lengths = maskIn.to(torch::kCPU).to(torch::kLong).sum(1);
    auto tr = effectiveTransitions().detach().to(torch::kCPU, torch::kFloat).contiguous();
    auto st = effectiveStart().detach().to(torch::kCPU, torch::kFloat).contiguous();
    auto en = end.detach().to(torch::kCPU, torch::kFloat).contiguous();
    auto E = em.accessor<float, 3>();
    auto Tr = tr.accessor<float, 2>();
    auto S = st.accessor<float, 1>();
    auto En = en.accessor<float, 1>();
    auto L = lengths.accessor<int64_t, 1>();
    std::vector<std::vector<int>> out;
    for (int64_t b = 0; b < em.size(0); ++b) {
        int64_t n = L[b];
        const size_t K = static_cast<size_t>(k);
        std::vector<float> score(K), next(K);
        std::vector<std::vector<int>> back(static_cast<size_t>(n), std::vector<int>(K));
        for (int j = 0; j < k; ++j) score[size_t(j)] = S[j] + E[b][0][j];
        for (int64_t t = 1; t < n; ++t) {
            for (int j = 0; j < k; ++j) {
                int arg = 0;
                float best = -std::numeric_limits<float>::infinity();
                for (int i = 0; i < k; ++i) {
                    float v = score[size_t(i)] + Tr[i][j];
                    if (v > best) {
                        best = v;
                        arg = i;
                    }
                }
                next[size_t(j)] = best + E[b][t][j];
                back[size_t(t)][size_t(j)] = arg;
            }
            score.swap(next);
        }
        int arg = 0;
        float best = -std::numeric_limits<float>::infinity();
        for (int j = 0; j < k; ++j)
            if (score[size_t(j)] + En[j] > best) {
                best = score[size_t(j)] + En[j];
                arg = j;
            }
        std::vector<int> path(static_cast<size_t>(n));
        for (int64_t t = n - 1; t >= 0; --t) {
            path[size_t(t)] = arg;
            if (t > 0) arg = back[size_t(t)][size_t(arg)];
        }
        out.push_back(std::move(path));
    }
    return out;
}

torch::Tensor CrfImpl::marginals(const torch::Tensor &em, const torch::Tensor &mask) const {
    int64_t T = em.size(1);
    auto trans = effectiveTransitions();
    std::vector<torch::Tensor> alphas(static_cast<size_t>(T)), betas(static_cast<size_t>(T));
    alphas[0] = effectiveStart().unsqueeze(0) + em.select(1, 0);
    for (int64_t t = 1; t < T; ++t) {
        auto next = torch::logsumexp(alphas[size_t(t - 1)].unsqueeze(2) + trans.unsqueeze(0) + em.select(1, t).unsqueeze(1), 1);
        alphas[size_t(t)] = torch::where(mask.select(1, t).unsqueeze(1), next, alphas[size_t(t - 1)]);
    }
    auto endB = end.unsqueeze(0).expand({em.size(0), k});
    betas[size_t(T - 1)] = endB;
    for (int64_t t = T - 2; t >= 0; --t) {
        auto cand = torch::logsumexp(trans.unsqueeze(0) + (em.select(1, t + 1) + betas[size_t(t + 1)]).unsqueeze(1), 2);
        betas[size_t(t)] = torch::where(mask.select(1, t + 1).unsqueeze(1), cand, endB);
    }
    auto logZ = torch::logsumexp(alphas[size_t(T - 1)] + end.unsqueeze(0), 1);  // alpha carries over past the end
    auto a = torch::stack(alphas, 1), b = torch::stack(betas, 1);
    auto p = torch::exp(a + b - logZ.view({-1, 1, 1}));
    return p * mask.unsqueeze(2).to(p.dtype());
}

// ------------------------------------------------------------------------------------- Adam

Adam::Adam(std::vector<torch::Tensor> ps, std::vector<bool> dec) : params(std::move(ps)), decays(std::move(dec)) {
    for (const auto &p : params) {
        m.push_back(torch::zeros_like(p));
        v.push_back(torch::zeros_like(p));
    }
    if (decays.size() != params.size()) decays.assign(params.size(), true);
}

void Adam::zeroGrad() {
    for (auto &p : params)
        if (p.grad().defined()) p.mutable_grad() = torch::Tensor();
}

double Adam::clipGradNorm(double maxNorm) {
    torch::NoGradGuard ng;
    std::vector<torch::Tensor> norms;
    for (const auto &p : params)
        if (p.grad().defined()) norms.push_back(p.grad().norm());
    if (norms.empty()) return 0;
    double total = torch::stack(norms).norm().item<double>();
    double coef = maxNorm / (total + 1e-6);
    scale_ = coef < 1 ? coef : 1;
    return total;
}

void Adam::step(double lr) {
    torch::NoGradGuard ng;
    ++t;
    const double c1 = 1 - std::pow(b1, double(t)), c2 = 1 - std::pow(b2, double(t));
    auto fused = [](const torch::Tensor &x) { return plainCpuFloat(x) && x.is_contiguous(); };
    for (size_t i = 0; i < params.size(); ++i) {
        auto &p = params[i];
        if (!p.grad().defined()) continue;
        const auto &g = p.grad();
        const double d = decays[i] ? decay : 0;
        if (fused(p) && fused(g) && fused(m[i]) && fused(v[i])) {
            kernels::adamUpdate(p.data_ptr<float>(), g.data_ptr<float>(), m[i].data_ptr<float>(), v[i].data_ptr<float>(),
                                p.numel(), kernels::AdamStep{lr, b1, b2, eps, c1, c2, d, scale_});
            continue;
        }
        auto gs = scale_ == 1 ? g : g * scale_;
        m[i].mul_(b1).add_(gs, 1 - b1);
        v[i].mul_(b2).addcmul_(gs, gs, 1 - b2);
        if (d > 0) p.mul_(1 - lr * d);
        p.addcdiv_(m[i] / c1, (v[i] / c2).sqrt_().add_(eps), -lr);
    }
    scale_ = 1;
}

// ------------------------------------------------------------------------------------ Vocab

int64_t Vocab::add(const std::string &s) {
    auto it = index.find(s);
    if (it != index.end()) return it->second;
    items.push_back(s);
    index.emplace(s, int64_t(items.size()) - 1);
    return int64_t(items.size()) - 1;
}

int64_t Vocab::get(const std::string &s) const {
    auto it = index.find(s);
    return it == index.end() ? 1 : it->second;
}

std::vector<std::string> characters(const std::string &w) {
    std::vector<std::string> out;
    for (size_t i = 0; i < w.size();) {
        unsigned char c = static_cast<unsigned char>(w[i]);
        size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        out.push_back(w.substr(i, len));
        i += len;
    }
    return out;
}

std::string lower(const std::string &s) {
    std::string o = s;
    for (char &c : o)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return o;
}

std::string tableWord(const std::string &lowered, bool twitterWords) {
    if (!twitterWords) return lowered;
    // each URL and @mention would be its own rare entry (38 % of the training vocabulary);
    // in Twitter-2015 URLs are never entities and mentions almost never
    if (lowered.rfind("http://", 0) == 0 || lowered.rfind("https://", 0) == 0) return "<url>";
    if (lowered.size() > 1 && lowered[0] == '@') return "<user>";
    return lowered;
}

int64_t wordId(const Vocab &v, const std::string &lowered, bool twitterWords) {
    std::string key = tableWord(lowered, twitterWords);
    int64_t id = v.get(key);
    // a quarter of the hashtags in Twitter-2015 are entities (#California, #Monsanto), and most
    // are missing from GloVe while the word without '#' is there
    if (id == 1 && twitterWords && key.size() > 1 && key[0] == '#') id = v.get(key.substr(1));
    return id;
}

Batch encode(const std::vector<const Example *> &ex, const Vocabs &v, const CwiConfig &c, bool wantTags) {
    Batch b;
    int64_t B = int64_t(ex.size()), T = 1, M = 1;
    bool withTags = wantTags;
    for (const Example *e : ex) {
        if (e->words.empty()) throw ModelError("cannot tag an empty tweet");
        T = std::max<int64_t>(T, int64_t(e->words.size()));
        M = std::max<int64_t>(M, std::min<int64_t>(c.maxImageWords, int64_t(e->imageWords.size())));
        withTags = withTags && e->tags.size() == e->words.size();
    }
    int64_t L = c.maxChars;
    b.maxLen = T;
    b.glove = torch::zeros({B, T}, torch::kLong);
    b.words = torch::zeros({B, T}, torch::kLong);
    b.chars = torch::zeros({B, T, L}, torch::kLong);
    b.image = torch::zeros({B, M}, torch::kLong);
    b.imageLengths = torch::ones({B}, torch::kLong);
    b.lengths = torch::zeros({B}, torch::kLong);
    b.mask = torch::zeros({B, T}, torch::kBool);
    b.tags = torch::zeros({B, T}, torch::kLong);
    auto G = b.glove.accessor<int64_t, 2>(), W = b.words.accessor<int64_t, 2>(), I = b.image.accessor<int64_t, 2>();
    auto C = b.chars.accessor<int64_t, 3>();
    auto Tg = b.tags.accessor<int64_t, 2>();
    auto Mk = b.mask.accessor<bool, 2>();
    std::unordered_map<std::string, int64_t> tagIndex;
    for (size_t i = 0; i < v.tags.size(); ++i) tagIndex[v.tags[i]] = int64_t(i);
    for (int64_t i = 0; i < B; ++i) {
        const Example &e = *ex[size_t(i)];
        b.lengths[i] = int64_t(e.words.size());
        for (int64_t t = 0; t < int64_t(e.words.size()); ++t) {
            std::string lw = lower(e.words[size_t(t)]);
            G[i][t] = wordId(v.glove, lw, c.twitterWords);
            W[i][t] = wordId(v.words, lw, c.twitterWords);
            Mk[i][t] = true;
            auto ch = characters(e.words[size_t(t)]);
            for (int64_t k = 0; k < L && k < int64_t(ch.size()); ++k) C[i][t][k] = v.chars.get(ch[size_t(k)]);
            if (withTags) {
                auto it = tagIndex.find(e.tags[size_t(t)]);
                if (it == tagIndex.end()) throw ModelError("tag '" + e.tags[size_t(t)] + "' is not in the model's tag set");
                Tg[i][t] = it->second;
            }
        }
        int64_t m = std::min<int64_t>(c.maxImageWords, int64_t(e.imageWords.size()));
        if (m == 0) {
            I[i][0] = v.image.get("<none>");
        } else {
            for (int64_t k = 0; k < m; ++k) I[i][k] = v.image.get(e.imageWords[size_t(k)]);
            b.imageLengths[i] = m;
        }
    }
    if (!withTags) b.tags = torch::Tensor();
    return b;
}

// ------------------------------------------------------------------------------- networks

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

namespace {
// One LSTM direction over a whole batch-first sequence as a single autograd node (CPU, float,
// zero initial state, gate order i f g o as libtorch's). libtorch's LSTM records about a dozen
// operations per time step forward and more backward, which cost more than their arithmetic:
// here the input projection and the weight gradients are one GEMM each for all steps, and each
// step is one small GEMM plus fused element loops (kernels.cpp).
struct LstmSequence : torch::autograd::Function<LstmSequence> {
    static torch::Tensor forward(torch::autograd::AutogradContext *ctx, const torch::Tensor &x, const torch::Tensor &wih,
                                 const torch::Tensor &whh, const torch::Tensor &bih, const torch::Tensor &bhh) {
        const int64_t B = x.size(0), T = x.size(1), I = x.size(2), H = whh.size(1);
        auto xt = x.transpose(0, 1).contiguous();  // [T, B, I]
        auto gates = torch::addmm(bih + bhh, xt.view({T * B, I}), wih.t()).view({T, B, 4 * H});
        auto cs = torch::empty({T, B, H}, x.options()), tanhCs = torch::empty({T, B, H}, x.options());
        auto hs = torch::empty({T, B, H}, x.options());
        auto whhT = whh.t();
        for (int64_t t = 0; t < T; ++t) {
            auto g = gates[t];
            if (t > 0) g.addmm_(hs[t - 1], whhT);
            g.narrow(1, 0, 2 * H).sigmoid_();
            g.narrow(1, 2 * H, H).tanh_();
            g.narrow(1, 3 * H, H).sigmoid_();
            auto c = cs[t], tc = tanhCs[t];
            kernels::lstmCell(g.data_ptr<float>(), t > 0 ? cs[t - 1].data_ptr<float>() : nullptr, c.data_ptr<float>(), B, H);
            torch::tanh_out(tc, c);
            kernels::lstmHidden(g.data_ptr<float>(), tc.data_ptr<float>(), hs[t].data_ptr<float>(), B, H);
        }
        ctx->save_for_backward({xt, wih, whh, gates, cs, tanhCs, hs});
        return hs.transpose(0, 1);
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *ctx, torch::autograd::variable_list grads) {
        auto saved = ctx->get_saved_variables();
        const auto &xt = saved[0], &wih = saved[1], &whh = saved[2], &gates = saved[3], &cs = saved[4], &tanhCs = saved[5],
                   &hs = saved[6];
        const int64_t T = xt.size(0), B = xt.size(1), I = xt.size(2), H = whh.size(1);
        auto dH = grads[0].transpose(0, 1).contiguous();  // [T, B, H]
        auto dG = torch::empty({T, B, 4 * H}, xt.options());
        auto dhNext = torch::empty({B, H}, xt.options());
        auto dcNext = torch::zeros({B, H}, xt.options());
        for (int64_t t = T - 1; t >= 0; --t) {
            auto dg = dG[t];
            kernels::lstmCellBackward(gates[t].data_ptr<float>(), tanhCs[t].data_ptr<float>(),
                                      t > 0 ? cs[t - 1].data_ptr<float>() : nullptr, dH[t].data_ptr<float>(),
                                      t < T - 1 ? dhNext.data_ptr<float>() : nullptr, dcNext.data_ptr<float>(),
                                      dg.data_ptr<float>(), B, H);
            if (t > 0) torch::mm_out(dhNext, dg, whh);
        }
        auto dGates = dG.view({T * B, 4 * H});
        auto dx = dGates.mm(wih).view({T, B, I}).transpose(0, 1);
        auto dwih = dGates.t().mm(xt.view({T * B, I}));
        auto dwhh = T > 1 ? dG.slice(0, 1).reshape({(T - 1) * B, 4 * H}).t().mm(hs.slice(0, 0, T - 1).reshape({(T - 1) * B, H}))
                          : torch::zeros_like(whh);
        auto db = dGates.sum(0);
        return {dx, dwih, dwhh, db, db};
    }
};
}  // namespace

// One direction of an LSTM over left-aligned padded sequences: the forward direction runs as is
// (padding comes after every valid step, so it cannot reach them); the backward one runs forward
// over each sequence reversed within its own length. Equal to the packed-sequence LSTM at every
// valid position, without packing's per-step batch resizing.
torch::Tensor runDirection(torch::nn::LSTM &lstm, const torch::Tensor &x, const torch::Tensor &reverseIndex, bool reverse) {
    // all_weights(): w_ih, w_hh, b_ih, b_hh of the forward direction, then of the reverse one
    auto all = lstm->all_weights();
    std::vector<torch::Tensor> params(all.begin() + (reverse ? 4 : 0), all.begin() + (reverse ? 8 : 4));
    const int64_t H = lstm->options.hidden_size();
    torch::Tensor in = reverse ? torch::gather(x, 1, reverseIndex.unsqueeze(2).expand({-1, -1, x.size(2)})) : x;
    torch::Tensor out;
    if (plainCpuFloat(in) && params.size() == 4) {
        out = LstmSequence::apply(in.contiguous(), params[0], params[1], params[2], params[3]);
    } else {
        auto h0 = torch::zeros({1, x.size(0), H}, x.options());
        out = std::get<0>(torch::lstm(in, {h0, h0}, params, true, 1, 0.0, lstm->is_training(), false, true));
    }
    return reverse ? torch::gather(out, 1, reverseIndex.unsqueeze(2).expand({-1, -1, H})) : out;
}

torch::Tensor runLstm(torch::nn::LSTM &lstm, const torch::Tensor &x, const torch::Tensor &lengths) {
    const int64_t T = x.size(1);
    if (!lstm->options.bidirectional() || lstm->options.num_layers() != 1) {
        auto packed = torch::nn::utils::rnn::pack_padded_sequence(x, lengths, /*batch_first=*/true, /*enforce_sorted=*/false);
        auto out = std::get<0>(lstm->forward_with_packed_input(packed));
        return std::get<0>(torch::nn::utils::rnn::pad_packed_sequence(out, /*batch_first=*/true, 0.0, T));
    }
    // position t of sequence b reads position len-1-t (t < len), padding stays where it is
    auto t = torch::arange(T, torch::kLong).unsqueeze(0);
    auto len = lengths.to(torch::kLong).unsqueeze(1);
    auto rev = torch::where(t < len, len - 1 - t, t);
    auto out = torch::cat({runDirection(lstm, x, rev, false), runDirection(lstm, x, rev, true)}, 2);
    return out * (t < len).unsqueeze(2).to(out.dtype());  // zero padding, as pad_packed_sequence does
}

torch::Tensor lastState(torch::nn::LSTM &lstm, const torch::Tensor &x, const torch::Tensor &lengths) {
    if (lstm->options.bidirectional() || lstm->options.num_layers() != 1) {
        auto packed = torch::nn::utils::rnn::pack_padded_sequence(x, lengths, true, false);
        auto hidden = std::get<1>(lstm->forward_with_packed_input(packed));
        return std::get<0>(hidden).select(0, 0);  // [B, H]
    }
    // the output at each sequence's last valid step (padding comes after it)
    auto out = runDirection(lstm, x, torch::Tensor(), false);  // [B, T, H]
    auto last = (lengths.to(torch::kLong) - 1).clamp_min(0).view({-1, 1, 1}).expand({-1, 1, out.size(2)});
    return torch::gather(out, 1, last).squeeze(1);
}

CwiNetImpl::CwiNetImpl(const CwiConfig &c, const Vocabs &v, int64_t gDim) : cfg(c), gloveDim(gDim) {
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

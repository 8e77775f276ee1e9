// The linear-chain CRF: likelihood, Viterbi, marginals and the exact best/second-best path
// scores used for uncertainty.
#include "model/nn.h"

#include "model/kernels.h"
#include "text/tags.h"

#include <cmath>
#include <limits>

namespace mner::nn {

CrfImpl::CrfImpl(int numTags, const std::vector<std::string> &tags) : k(numTags) {
    transitions = register_parameter("transitions", torch::zeros({k, k}));
    start = register_parameter("start", torch::zeros({k}));
    end = register_parameter("end", torch::zeros({k}));
    auto f = torch::zeros({k, k});
    auto fs = torch::zeros({k});
    auto fe = torch::zeros({k});
    // BIO2: I-X only after B-X or I-X, never first. BIOES (a tag set with S- or E- tags) adds: E-X
    // like I-X; B-X and I-X only before I-X or E-X, never last.
    const bool bioes = isBioesTagSet(tags);
    auto inside = [](const TagParts &p) { return p.prefix == "I" || p.prefix == "E"; };
    auto open = [](const TagParts &p) { return p.prefix == "B" || p.prefix == "I"; };
    const int n = std::min(k, int(tags.size()));
    for (int j = 0; j < n; ++j) {
        TagParts tj = splitTag(tags[size_t(j)]);
        if (inside(tj)) fs[j] = -10000.0;
        if (bioes && open(tj)) fe[j] = -10000.0;
        for (int i = 0; i < n; ++i) {
            TagParts ti = splitTag(tags[size_t(i)]);
            bool ok = inside(tj) ? open(ti) && ti.type == tj.type : !(bioes && open(ti));
            if (!ok) f[i][j] = -10000.0;
        }
    }
    forbidden = register_buffer("forbidden", f);
    forbiddenStart = register_buffer("forbidden_start", fs);
    // not a buffer: model files from before BIOES have none, and it follows from the tags anyway
    forbiddenEnd = fe;
}

torch::Tensor CrfImpl::effectiveTransitions() const { return transitions + forbidden; }
torch::Tensor CrfImpl::effectiveStart() const { return start + forbiddenStart; }
torch::Tensor CrfImpl::effectiveEnd() const { return end + forbiddenEnd.to(end.device()); }

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
    return torch::logsumexp(alpha + effectiveEnd().unsqueeze(0), 1);
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
    return score + effectiveEnd().index_select(0, lastTags);
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
        return CrfNllFn::apply(em, effectiveTransitions(), effectiveStart(), effectiveEnd(), tags.to(torch::kLong),
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
    auto en = effectiveEnd().detach().to(torch::kCPU, torch::kFloat).contiguous();
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

torch::Tensor CrfImpl::marginals(const torch::Tensor &emIn, const torch::Tensor &mask) const {
    // on the CPU one loop over the batch (kernels::crfMarginals): the tensor version below runs a
    // handful of small operations per time step and direction, each allocating
    const bool grads = torch::GradMode::is_enabled() &&
                       (emIn.requires_grad() || transitions.requires_grad() || start.requires_grad() || end.requires_grad());
    if (grads || !plainCpuFloat(emIn) || !plainCpuFloat(transitions) || !mask.is_cpu()) return marginalsReference(emIn, mask);
    auto em = emIn.contiguous();
    auto lengths = mask.to(torch::kLong).sum(1).contiguous();
    auto tr = effectiveTransitions().detach().contiguous(), st = effectiveStart().detach().contiguous(),
         en = effectiveEnd().detach().contiguous();
    auto out = torch::empty_like(em);
    kernels::crfMarginals(em.data_ptr<float>(), tr.data_ptr<float>(), st.data_ptr<float>(), en.data_ptr<float>(),
                          lengths.data_ptr<int64_t>(), em.size(0), em.size(1), em.size(2), out.data_ptr<float>());
    return out;
}

torch::Tensor CrfImpl::marginalsReference(const torch::Tensor &em, const torch::Tensor &mask) const {
    int64_t T = em.size(1);
    auto trans = effectiveTransitions();
    std::vector<torch::Tensor> alphas(static_cast<size_t>(T)), betas(static_cast<size_t>(T));
    alphas[0] = effectiveStart().unsqueeze(0) + em.select(1, 0);
    for (int64_t t = 1; t < T; ++t) {
        auto next = torch::logsumexp(alphas[size_t(t - 1)].unsqueeze(2) + trans.unsqueeze(0) + em.select(1, t).unsqueeze(1), 1);
        alphas[size_t(t)] = torch::where(mask.select(1, t).unsqueeze(1), next, alphas[size_t(t - 1)]);
    }
    auto fin = effectiveEnd();
    auto endB = fin.unsqueeze(0).expand({em.size(0), k});
    betas[size_t(T - 1)] = endB;
    for (int64_t t = T - 2; t >= 0; --t) {
        auto cand = torch::logsumexp(trans.unsqueeze(0) + (em.select(1, t + 1) + betas[size_t(t + 1)]).unsqueeze(1), 2);
        betas[size_t(t)] = torch::where(mask.select(1, t + 1).unsqueeze(1), cand, endB);
    }
    auto logZ = torch::logsumexp(alphas[size_t(T - 1)] + fin.unsqueeze(0), 1);  // alpha carries over past the end
    auto a = torch::stack(alphas, 1), b = torch::stack(betas, 1);
    auto p = torch::exp(a + b - logZ.view({-1, 1, 1}));
    return p * mask.unsqueeze(2).to(p.dtype());
}

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

}  // namespace mner::nn

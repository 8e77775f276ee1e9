// Sequence-level distillation: a teacher's distribution over tag paths, sampled.
#include "model/tagger_impl.h"

#include "text/tags.h"

#include <cmath>

namespace mner::nn {

TeacherPaths::TeacherPaths(const Tagger &teacherModel, const std::vector<Example> &ex,
                           const std::vector<std::string> &studentTags) {
    Tagger::Impl &teacher = *teacherModel.d_;
    if (teacher.msb) throw ModelError("the teacher must be a CWI model or an ensemble of them");
    // Paths are drawn among the teacher's own CRF tags, then named as the student's: a BIOES
    // teacher's S-X and E-X go over as B-X and I-X (the student's encoding rewrites them for a
    // BIOES student), so either scheme teaches either.
    const std::vector<std::string> &tt = teacher.v.tags;
    K_ = tt.size();
    to_.resize(K_);
    for (size_t j = 0; j < K_; ++j) {
        const std::string name = bio2Tag(tt[j]);
        auto it = std::find(studentTags.begin(), studentTags.end(), name);
        if (it == studentTags.end()) throw ModelError("the teacher's tag " + name + " is not among the student's tags");
        to_[j] = int(it - studentTags.begin());
    }
    torch::NoGradGuard ng;
    const CrfImpl &crf = teacher.crf();
    auto tr = crf.effectiveTransitions().to(torch::kCPU).contiguous(), st = crf.effectiveStart().to(torch::kCPU).contiguous();
    auto en = crf.effectiveEnd().to(torch::kCPU).contiguous();
    std::vector<float> start(K_);
    trans_.resize(K_ * K_);
    end_.resize(K_);
    for (size_t a = 0; a < K_; ++a) {
        start[a] = st[int64_t(a)].item<float>();
        end_[a] = en[int64_t(a)].item<float>();
        for (size_t b = 0; b < K_; ++b) trans_[a * K_ + b] = tr[int64_t(a)][int64_t(b)].item<float>();
    }
    best_.resize(ex.size());
    alpha_.resize(ex.size());
    forEachBatchByLength(ex, 64, [&](const std::vector<const Example *> &batch, const std::vector<size_t> &at) {
        auto [emissions, mask] = teacher.emissions(batch);
        // the best paths as the teacher's own predict finds them
        const auto paths = crf.viterbi(emissions, mask);
        const torch::Tensor dense = emissions.contiguous();
        auto E = dense.accessor<float, 3>();
        for (size_t i = 0; i < batch.size(); ++i) {
            const size_t T = batch[i]->words.size();
            for (int k : paths[i]) best_[at[i]].push_back(to_[size_t(k)]);
            // alpha[t][k]: log of the total weight of the paths that end in k at t; the same
            // every epoch, so computed once
            std::vector<double> &alpha = alpha_[at[i]];
            alpha.assign(T * K_, 0.0);
            auto em = [&](size_t t, size_t k) { return double(E[int64_t(i)][int64_t(t)][int64_t(k)]); };
            for (size_t k = 0; k < K_ && T > 0; ++k) alpha[k] = double(start[k]) + em(0, k);
            for (size_t t = 1; t < T; ++t)
                for (size_t k = 0; k < K_; ++k) {
                    double m = -1e300;
                    for (size_t j = 0; j < K_; ++j) m = std::max(m, alpha[(t - 1) * K_ + j] + trans_[j * K_ + k]);
                    double sum = 0;
                    for (size_t j = 0; j < K_; ++j) sum += std::exp(alpha[(t - 1) * K_ + j] + trans_[j * K_ + k] - m);
                    alpha[t * K_ + k] = m + std::log(sum) + em(t, k);
                }
        }
    });
}

std::vector<int> TeacherPaths::sample(size_t i, std::mt19937_64 &rng) const {
    const std::vector<double> &alpha = alpha_.at(i);
    const size_t K = K_, T = alpha.size() / K;
    std::vector<int> path(T);
    if (T == 0) return path;
    // draws k with probability proportional to exp(score[k])
    std::vector<double> w(K);
    auto draw = [&](const std::vector<double> &score) {
        const double m = *std::max_element(score.begin(), score.end());
        double total = 0;
        for (size_t k = 0; k < K; ++k) total += (w[k] = std::exp(score[k] - m));
        double u = std::uniform_real_distribution<double>(0, total)(rng);
        for (size_t k = 0; k < K; ++k) {
            if (u < w[k]) return int(k);
            u -= w[k];
        }
        return int(std::max_element(w.begin(), w.end()) - w.begin());
    };
    std::vector<double> score(K);
    for (size_t k = 0; k < K; ++k) score[k] = alpha[(T - 1) * K + k] + end_[k];
    path[T - 1] = draw(score);
    for (size_t t = T - 1; t-- > 0;) {
        for (size_t j = 0; j < K; ++j) score[j] = alpha[t * K + j] + trans_[j * K + size_t(path[t + 1])];
        path[t] = draw(score);
    }
    for (int &k : path) k = to_[size_t(k)];  // drawn among the teacher's tags, named as the student's
    return path;
}

}  // namespace mner::nn

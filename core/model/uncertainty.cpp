// How unsure a tagger is of a tweet: least confidence, margin and entropy, and the one-pass
// analysis (tags, token confidences, uncertainty) the GUI's model run stores.
#include "model/tagger_impl.h"

#include <cmath>

namespace mner {

using namespace nn;

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
    const nn::CrfImpl &crf = d_->crf();
    auto trans = crf.effectiveTransitions().contiguous(), start = crf.effectiveStart().contiguous();
    auto end = crf.effectiveEnd().contiguous();
    forEachBatch(ex, batchSize, [&](const std::vector<const Example *> &batch, size_t) {
        auto em = d_->emissions(batch).first.contiguous();
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
    const nn::CrfImpl &crf = d_->crf();
    auto trans = crf.effectiveTransitions().contiguous(), start = crf.effectiveStart().contiguous();
    auto end = crf.effectiveEnd().contiguous();
    const double norm = std::log(double(std::max<size_t>(2, d_->shownTags.size())));
    // batches of similar length: a run hands over many tweets at once, and tweets of 5 and 35
    // words in one batch pay the longest one's LSTM steps for both
    forEachBatchByLength(ex, batchSize, [&](const std::vector<const Example *> &batch, const std::vector<size_t> &at) {
        auto [emissions, mask] = d_->emissions(batch);
        auto em = emissions.contiguous();
        auto paths = crf.viterbi(em, mask);
        auto marg = d_->shownColumns(crf.marginals(em, mask)).contiguous();
        auto M = marg.accessor<float, 3>();
        for (size_t i = 0; i < batch.size(); ++i) {
            Analysis &a = out[at[i]];
            const int64_t n = int64_t(batch[i]->words.size());
            for (int64_t t = 0; t < n; ++t) a.tags.push_back(d_->shownTags[size_t(d_->shownColumn[size_t(paths[i][size_t(t)])])]);
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

}  // namespace mner

// What both trainers share: Adam with fused CPU updates, and model selection on dev F1.
#include "model/nn.h"

#include "eval/conlleval.h"
#include "model/kernels.h"

#include <cmath>

namespace mner::nn {

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
    if (rep.best) keep(rep.f1, epoch, 0, conllReport(sc), weights);
    return rep;
}

double EpochSelection::offerAverage(int from, int epoch, const std::function<std::vector<std::vector<std::string>>()> &predictDev,
                                    const Tensors &weights) {
    if (devGold_.empty()) return 0;
    Scores sc = conllEval(devGold_, predictDev());
    const double f1 = sc.all.f1();
    if (f1 > result_.bestF1) keep(f1, epoch, from, conllReport(sc), weights);
    return f1;
}

void EpochSelection::keep(double f1, int epoch, int averagedFrom, std::string report, const Tensors &weights) {
    result_.bestF1 = f1;
    result_.bestEpoch = epoch;
    result_.averagedFrom = averagedFrom;
    result_.report = std::move(report);
    best_.clear();
    for (const auto &[n, t] : weights) best_.emplace_back(n, t.detach().clone());
}

TrainResult EpochSelection::restore(const Tensors &weights) {
    torch::NoGradGuard ng;
    for (size_t i = 0; i < weights.size() && i < best_.size(); ++i) weights[i].second.copy_(best_[i].second);
    result_.secondsPerEpoch = epochs_ ? seconds_ / epochs_ : 0;
    return result_;
}

}  // namespace mner::nn

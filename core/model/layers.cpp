// Building blocks the networks share: SineReLU, targeted dropout and LSTMs over left-aligned
// padded sequences.
#include "model/nn.h"

#include "model/kernels.h"

#include <cmath>

namespace mner::nn {

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

}  // namespace mner::nn

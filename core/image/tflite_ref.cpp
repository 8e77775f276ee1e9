// The integer arithmetic of TensorFlow Lite's reference uint8 kernels, written from the published
// quantisation scheme (Jacob et al. 2018): int32 accumulation with zero-point offsets, rescaling by a
// Q31 fixed-point multiplier and a rounding shift, clamping to the fused activation's range.
#include "image/tflite.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>

namespace mner {

namespace {

using Multiplier = TfliteMultiplier;

}  // namespace

TfliteMultiplier tfliteQuantizeMultiplier(double m) {
    Multiplier r;
    if (m == 0.0) return r;
    double f = std::frexp(m, &r.shift);
    int64_t q = int64_t(std::llround(f * double(1ll << 31)));
    if (q == (1ll << 31)) {
        q /= 2;
        ++r.shift;
    }
    if (r.shift < -31) {
        r.shift = 0;
        q = 0;
    }
    r.q = int32_t(q);
    return r;
}

namespace {

Multiplier quantizeMultiplier(double m) { return tfliteQuantizeMultiplier(m); }

int32_t saturatingRoundingDoublingHighMul(int32_t a, int32_t b) {
    if (a == b && a == std::numeric_limits<int32_t>::min()) return std::numeric_limits<int32_t>::max();
    int64_t ab = int64_t(a) * int64_t(b);
    int32_t nudge = ab >= 0 ? (1 << 30) : (1 - (1 << 30));
    return int32_t((ab + nudge) / (1ll << 31));
}

int32_t roundingDivideByPOT(int32_t x, int exponent) {
    int32_t mask = int32_t((1ll << exponent) - 1);
    int32_t remainder = x & mask;
    int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
    return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

int32_t multiplyByQuantizedMultiplier(int32_t x, Multiplier m) {
    int left = m.shift > 0 ? m.shift : 0, right = m.shift > 0 ? 0 : -m.shift;
    return roundingDivideByPOT(saturatingRoundingDoublingHighMul(int32_t(int64_t(x) * (1ll << left)), m.q), right);
}

struct Range {
    int32_t lo = 0, hi = 255;
};

Range activationRange(TfliteActivation a, const TfliteTensor &out) {
    Range r;
    auto q = [&](float v) { return int32_t(out.zeroPoint[0] + std::lround(v / out.scale[0])); };
    if (a == TfliteActivation::Relu) r.lo = std::max(r.lo, q(0.f));
    if (a == TfliteActivation::Relu6) {
        r.lo = std::max(r.lo, q(0.f));
        r.hi = std::min(r.hi, q(6.f));
    }
    if (a == TfliteActivation::ReluN1To1) {
        r.lo = std::max(r.lo, q(-1.f));
        r.hi = std::min(r.hi, q(1.f));
    }
    return r;
}

int paddingBefore(bool same, int in, int filter, int stride, int dilation, int *out) {
    int eff = (filter - 1) * dilation + 1;
    *out = same ? (in + stride - 1) / stride : (in - eff + stride) / stride;
    int total = (*out - 1) * stride + eff - in;
    return same ? std::max(total / 2, 0) : 0;
}

const TfliteTensor &perTensor(const TfliteModel &m, int i) {
    const TfliteTensor &t = m.tensors.at(size_t(i));
    if (t.type != TfliteType::UInt8 && t.type != TfliteType::Int32)
        throw TfliteError("the integer reference runs uint8 models only; tensor " + t.name + " is not uint8");
    if (t.scale.size() != 1)
        throw TfliteError("the integer reference needs one scale per tensor; " + t.name + " has " +
                          std::to_string(t.scale.size()));
    return t;
}

}  // namespace

std::vector<uint8_t> runTfliteQuantized(const TfliteModel &m, const std::vector<uint8_t> &input) {
    std::map<int, std::vector<uint8_t>> act;  // activation tensors by index
    const TfliteTensor &in0 = perTensor(m, m.inputs[0]);
    if (int64_t(input.size()) != in0.elements())
        throw TfliteError("the input has " + std::to_string(input.size()) + " bytes, the model wants " +
                          std::to_string(in0.elements()));
    act[m.inputs[0]] = input;
    auto value = [&](int i) -> const std::vector<uint8_t> & {
        auto it = act.find(i);
        if (it != act.end()) return it->second;
        const TfliteTensor &t = m.tensors[size_t(i)];
        if (t.data.empty()) throw TfliteError("tensor " + t.name + " is read before it is written");
        return t.data;
    };
    auto dims4 = [&](const TfliteTensor &t) {
        if (t.shape.size() != 4) throw TfliteError("tensor " + t.name + " is not 4-D");
        return t.shape;
    };

    for (const TfliteOperator &op : m.operators) {
        const TfliteTensor &out = perTensor(m, op.outputs[0]);
        std::vector<uint8_t> y(size_t(out.elements()));
        switch (TfliteOp(op.code)) {
        case TfliteOp::Conv2D:
        case TfliteOp::DepthwiseConv2D: {
            bool depthwise = op.code == int(TfliteOp::DepthwiseConv2D);
            const TfliteTensor &x = perTensor(m, op.inputs[0]), &w = perTensor(m, op.inputs[1]);
            const auto &xv = value(op.inputs[0]);
            const auto &wv = value(op.inputs[1]);
            std::vector<int32_t> bias;
            if (op.inputs.size() > 2 && op.inputs[2] >= 0) {
                const auto &bv = m.tensors[size_t(op.inputs[2])].data;
                bias.resize(bv.size() / 4);
                std::memcpy(bias.data(), bv.data(), bias.size() * 4);
            }
            auto xs = dims4(x), ws = dims4(w), ys = dims4(out);
            int H = xs[1], W = xs[2], C = xs[3], KH = ws[1], KW = ws[2], OC = ys[3];
            int OH, OW;
            int pt = paddingBefore(op.samePadding, H, KH, op.strideH, op.dilationH, &OH);
            int pl = paddingBefore(op.samePadding, W, KW, op.strideW, op.dilationW, &OW);
            if (OH != ys[1] || OW != ys[2]) throw TfliteError("operator output shape disagrees with its padding for " + out.name);
            int32_t xo = -int32_t(x.zeroPoint[0]), wo = -int32_t(w.zeroPoint[0]), yo = int32_t(out.zeroPoint[0]);
            Multiplier mul = quantizeMultiplier(double(x.scale[0]) * double(w.scale[0]) / double(out.scale[0]));
            Range r = activationRange(op.activation, out);
            for (int oy = 0; oy < OH; ++oy)
                for (int ox = 0; ox < OW; ++ox)
                    for (int oc = 0; oc < OC; ++oc) {
                        int32_t acc = 0;
                        int ic0 = depthwise ? oc / op.depthMultiplier : 0, ic1 = depthwise ? ic0 + 1 : C;
                        for (int ky = 0; ky < KH; ++ky) {
                            int iy = oy * op.strideH - pt + ky * op.dilationH;
                            if (iy < 0 || iy >= H) continue;
                            for (int kx = 0; kx < KW; ++kx) {
                                int ix = ox * op.strideW - pl + kx * op.dilationW;
                                if (ix < 0 || ix >= W) continue;
                                const uint8_t *px = &xv[(size_t(iy) * W + ix) * C];
                                if (depthwise) {
                                    acc += (int32_t(wv[(size_t(ky) * KW + kx) * OC + oc]) + wo) * (int32_t(px[ic0]) + xo);
                                } else {
                                    const uint8_t *pw = &wv[((size_t(oc) * KH + ky) * KW + kx) * C];
                                    for (int ic = ic0; ic < ic1; ++ic) acc += (int32_t(pw[ic]) + wo) * (int32_t(px[ic]) + xo);
                                }
                            }
                        }
                        if (!bias.empty()) acc += bias[size_t(oc)];
                        acc = multiplyByQuantizedMultiplier(acc, mul) + yo;
                        y[(size_t(oy) * OW + ox) * OC + oc] = uint8_t(std::clamp(acc, r.lo, r.hi));
                    }
            break;
        }
        case TfliteOp::Add: {
            const TfliteTensor &a = perTensor(m, op.inputs[0]), &b = perTensor(m, op.inputs[1]);
            const auto &av = value(op.inputs[0]), &bv = value(op.inputs[1]);
            if (av.size() != y.size() || bv.size() != y.size())
                throw TfliteError("ADD with broadcasting is not supported: " + out.name);
            const int leftShift = 20;
            double twiceMax = 2.0 * std::max(a.scale[0], b.scale[0]);
            Multiplier ma = quantizeMultiplier(a.scale[0] / twiceMax), mb = quantizeMultiplier(b.scale[0] / twiceMax);
            Multiplier mo = quantizeMultiplier(twiceMax / ((1 << leftShift) * double(out.scale[0])));
            Range r = activationRange(op.activation, out);
            for (size_t i = 0; i < y.size(); ++i) {
                int32_t sa = multiplyByQuantizedMultiplier((int32_t(av[i]) - int32_t(a.zeroPoint[0])) * (1 << leftShift), ma);
                int32_t sb = multiplyByQuantizedMultiplier((int32_t(bv[i]) - int32_t(b.zeroPoint[0])) * (1 << leftShift), mb);
                int32_t v = multiplyByQuantizedMultiplier(sa + sb, mo) + int32_t(out.zeroPoint[0]);
                y[i] = uint8_t(std::clamp(v, r.lo, r.hi));
            }
            break;
        }
        case TfliteOp::AveragePool2D: {
            const TfliteTensor &x = perTensor(m, op.inputs[0]);
            const auto &xv = value(op.inputs[0]);
            auto xs = dims4(x), ys = dims4(out);
            int H = xs[1], W = xs[2], C = xs[3], OH, OW;
            int pt = paddingBefore(op.samePadding, H, op.filterH, op.strideH, 1, &OH);
            int pl = paddingBefore(op.samePadding, W, op.filterW, op.strideW, 1, &OW);
            if (OH != ys[1] || OW != ys[2]) throw TfliteError("pooling output shape disagrees with its padding for " + out.name);
            Range r = activationRange(op.activation, out);
            for (int oy = 0; oy < OH; ++oy)
                for (int ox = 0; ox < OW; ++ox)
                    for (int c = 0; c < C; ++c) {
                        int32_t sum = 0, count = 0;
                        for (int ky = 0; ky < op.filterH; ++ky)
                            for (int kx = 0; kx < op.filterW; ++kx) {
                                int iy = oy * op.strideH - pt + ky, ix = ox * op.strideW - pl + kx;
                                if (iy < 0 || iy >= H || ix < 0 || ix >= W) continue;
                                sum += xv[(size_t(iy) * W + ix) * C + c];
                                ++count;
                            }
                        int32_t avg = count ? (sum + count / 2) / count : 0;
                        y[(size_t(oy) * OW + ox) * C + c] = uint8_t(std::clamp(avg, r.lo, r.hi));
                    }
            break;
        }
        case TfliteOp::Reshape:
        case TfliteOp::Squeeze: {
            const auto &xv = value(op.inputs[0]);
            if (xv.size() != y.size()) throw TfliteError("reshape changes the size of " + out.name);
            y = xv;
            break;
        }
        case TfliteOp::Softmax: {
            // Rounded like the kernel's fixed-point exp; exact to within one step of the output.
            const TfliteTensor &x = perTensor(m, op.inputs[0]);
            const auto &xv = value(op.inputs[0]);
            int n = x.shape.back();
            for (size_t row = 0; row + size_t(n) <= xv.size(); row += size_t(n)) {
                int mx = *std::max_element(xv.begin() + std::ptrdiff_t(row), xv.begin() + std::ptrdiff_t(row + size_t(n)));
                double sum = 0;
                std::vector<double> e(static_cast<size_t>(n));
                for (int i = 0; i < n; ++i)
                    sum += e[size_t(i)] = std::exp(double(op.beta) * x.scale[0] * (int(xv[row + size_t(i)]) - mx));
                for (int i = 0; i < n; ++i) {
                    long q = std::lround(e[size_t(i)] / sum / out.scale[0]) + long(out.zeroPoint[0]);
                    y[row + size_t(i)] = uint8_t(std::clamp<long>(q, 0, 255));
                }
            }
            break;
        }
        default: throw TfliteError(std::string("the integer reference does not run ") + tfliteOpName(op.code));
        }
        act[op.outputs[0]] = std::move(y);
    }
    return act.at(m.outputs[0]);
}

}  // namespace mner

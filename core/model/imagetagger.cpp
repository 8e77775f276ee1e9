// TFLite operators as libtorch calls.
//
// Layout: activations are NCHW tensors in channels-last memory (TFLite's NHWC order, which is also
// what libtorch's depthwise convolutions are fastest on); 4-D constants and reshapes are permuted
// at the boundary. TFLite's SAME padding may put the extra row or column after the image only
// (stride 2 on even sizes), so asymmetric padding is applied explicitly.
//
// Values: with fakeQuant, every uint8 tensor with one scale is held as its integer code minus its
// zero point ("codes"), and weights likewise, so a convolution yields the integer kernel's int32
// sum itself. The sums are then rescaled as TFLite's reference kernels do: a Q31 fixed-point
// multiply rounded half up, a rounding right shift rounded half away from zero, the zero point,
// the activation's clamp. ADD rescales both inputs by 2^20 and a multiplier each first; average
// pooling rounds its integer mean. In double precision (Options::exact) this is the integer
// model's arithmetic bit for bit; in float it differs only where a sum passes 2^24.
// Tensors without a single uint8 scale (float models) are held as real values.
#include "model/imagetagger.h"

#include "image/tflite.h"

#include <torch/torch.h>

#include <cmath>
#include <cstring>
#include <filesystem>

namespace mner {

namespace F = torch::nn::functional;

namespace {

torch::Tensor fromData(const TfliteTensor &t) {
    std::vector<int64_t> shape(t.shape.begin(), t.shape.end());
    void *p = const_cast<uint8_t *>(t.data.data());
    switch (t.type) {
    case TfliteType::UInt8: return torch::from_blob(p, shape, torch::kUInt8).to(torch::kDouble);
    case TfliteType::Int8: return torch::from_blob(p, shape, torch::kChar).to(torch::kDouble);
    case TfliteType::Int32: return torch::from_blob(p, shape, torch::kInt).to(torch::kDouble);
    case TfliteType::Int64: return torch::from_blob(p, shape, torch::kLong).to(torch::kDouble);
    case TfliteType::Float16: return torch::from_blob(p, shape, torch::kHalf).to(torch::kDouble);
    case TfliteType::Float32: return torch::from_blob(p, shape, torch::kFloat).to(torch::kDouble);
    default: throw TfliteError("tensor " + t.name + " has a type the tagger cannot read");
    }
}

// Raw integer value minus zero point (per tensor or per channel); no scale.
torch::Tensor centred(const TfliteTensor &t) {
    torch::Tensor x = fromData(t);
    if (!t.quantized() || t.type == TfliteType::Float32 || t.type == TfliteType::Float16) return x;
    if (t.zeroPoint.size() == 1) return x - double(t.zeroPoint[0]);
    std::vector<int64_t> bshape(t.shape.size(), 1);
    bshape[size_t(t.quantizedDim)] = int64_t(t.zeroPoint.size());
    std::vector<double> zp(t.zeroPoint.begin(), t.zeroPoint.end());
    return x - torch::tensor(zp, torch::kDouble).reshape(bshape);
}

torch::Tensor dequantize(const TfliteTensor &t) {
    torch::Tensor x = centred(t);
    if (!t.quantized() || t.type == TfliteType::Float32 || t.type == TfliteType::Float16) return x;
    if (t.scale.size() == 1) return x * double(t.scale[0]);
    std::vector<int64_t> bshape(t.shape.size(), 1);
    bshape[size_t(t.quantizedDim)] = int64_t(t.scale.size());
    std::vector<double> s(t.scale.begin(), t.scale.end());
    return x * torch::tensor(s, torch::kDouble).reshape(bshape);
}

torch::Tensor toNchw(torch::Tensor x) {
    return x.dim() == 4 ? x.permute({0, 3, 1, 2}).contiguous(at::MemoryFormat::ChannelsLast) : x;
}
torch::Tensor toNhwc(torch::Tensor x) { return x.dim() == 4 ? x.permute({0, 2, 3, 1}).contiguous() : x; }
torch::Tensor channelsLast(torch::Tensor x) { return x.dim() == 4 ? x.contiguous(at::MemoryFormat::ChannelsLast) : x; }

struct Pads {
    int64_t left = 0, right = 0, top = 0, bottom = 0;
    bool symmetric() const { return left == right && top == bottom; }
    bool any() const { return left || right || top || bottom; }
};

Pads padsFor(const TfliteOperator &op, int64_t h, int64_t w, int64_t kh, int64_t kw) {
    Pads p;
    if (!op.samePadding) return p;
    auto one = [](int64_t in, int64_t k, int64_t stride, int64_t dil, int64_t &before, int64_t &after) {
        int64_t eff = (k - 1) * dil + 1, out = (in + stride - 1) / stride;
        int64_t total = std::max<int64_t>((out - 1) * stride + eff - in, 0);
        before = total / 2;
        after = total - before;
    };
    one(h, kh, op.strideH, op.dilationH, p.top, p.bottom);
    one(w, kw, op.strideW, op.dilationW, p.left, p.right);
    return p;
}

torch::Tensor activate(torch::Tensor x, TfliteActivation a) {
    switch (a) {
    case TfliteActivation::Relu: return torch::relu(x);
    case TfliteActivation::Relu6: return torch::clamp(x, 0.0, 6.0);
    case TfliteActivation::ReluN1To1: return torch::clamp(x, -1.0, 1.0);
    default: return x;
    }
}

// A real multiplier as the kernels apply it: floor(x * q + 1/2) then a division by pow2 rounded
// half away from zero.
struct Rescale {
    double q = 0;    // (Q31 multiplier / 2^31) * 2^left shift
    double inv = 1;  // 1 / 2^right shift
};

Rescale rescale(double m) {
    TfliteMultiplier t = tfliteQuantizeMultiplier(m);
    Rescale r;
    r.q = double(t.q) / 2147483648.0 * std::ldexp(1.0, std::max(0, t.shift));
    r.inv = std::ldexp(1.0, -std::max(0, -t.shift));
    return r;
}

inline double floorHalfUp(double x) { return std::floor(x + 0.5); }
inline double roundAway(double x) { return std::copysign(std::floor(std::fabs(x) + 0.5), x); }
inline double apply(double x, const Rescale &r) { return roundAway(floorHalfUp(x * r.q) * r.inv); }
inline double clampTo(double x, double lo, double hi) { return std::max(lo, std::min(x, hi)); }

torch::Tensor floorHalfUpT(const torch::Tensor &x) { return torch::floor(x + 0.5); }
torch::Tensor roundAwayT(const torch::Tensor &x) { return torch::trunc(x + 0.5 * torch::sign(x)); }
torch::Tensor applyT(const torch::Tensor &x, const Rescale &r) { return roundAwayT(floorHalfUpT(x * r.q) * r.inv); }

// The element loops, compiled for AVX2 too (floor and copysign become vector instructions there)
// and chosen at load time by the CPU. Clang (clang-tidy, the fuzz builds) cannot clone templates.
#if defined(__clang__)
#define MNER_CLONES
#else
#define MNER_CLONES __attribute__((target_clones("avx2", "default")))
#endif

template <class T> MNER_CLONES void requantLoop(T *__restrict p, int64_t n, Rescale m, double lo, double hi) {
    for (int64_t i = 0; i < n; ++i) p[i] = T(clampTo(apply(double(p[i]), m), lo, hi));
}
template <class T> MNER_CLONES void addLoop(T *__restrict y, const T *__restrict b, int64_t n, Rescale ra, Rescale rb, Rescale ro,
                                            double lo, double hi) {
    const double lift = double(1 << 20);
    for (int64_t i = 0; i < n; ++i)
        y[i] = T(clampTo(apply(apply(double(y[i]) * lift, ra) + apply(double(b[i]) * lift, rb), ro), lo, hi));
}
template <class T> MNER_CLONES void avgLoop(T *p, int64_t n, double count, double zp, double lo, double hi) {
    const double half = std::floor(count / 2), inv = 1.0 / count;
    for (int64_t i = 0; i < n; ++i) {
        double sum = roundAway(double(p[i]) * count) + zp * count;
        double q = std::floor((sum + half) * inv + 1e-9);  // sums are integers: the nudge only fixes x.9999
        p[i] = T(clampTo(q, lo, hi) - zp);
    }
}

}  // namespace

struct TfliteClassifier::Impl {
    TfliteModel model;
    std::vector<std::string> labels;
    std::string name;
    torch::Device device{torch::kCPU};
    torch::ScalarType dtype = torch::kFloat;
    int inH = 0, inW = 0;
    std::vector<bool> codes;               // by tensor: held as integer code minus zero point
    std::vector<torch::Tensor> constants;  // by tensor, in its domain; 4-D ones NCHW channels-last
    std::vector<torch::Tensor> filters;    // conv filters in torch layout, by operator

    struct Requant {
        enum Kind { Off, Conv, Add, AvgPool } kind = Off;
        Rescale out, a, b;
        double zeroPoint = 0, lo = 0, hi = 255, count = 1;
    };
    std::vector<Requant> requant;  // by operator

    double scale(int i) const { return model.tensors[size_t(i)].scale[0]; }
    double zero(int i) const { return double(model.tensors[size_t(i)].zeroPoint[0]); }
    torch::Tensor real(int i, const torch::Tensor &x) const { return codes[size_t(i)] ? x * scale(i) : x; }
    // A real value into tensor i's domain: rounded to its grid (and clamped) when it holds codes.
    torch::Tensor store(int i, const torch::Tensor &y) const {
        if (!codes[size_t(i)]) return y;
        double s = scale(i), zp = zero(i);
        return torch::clamp(torch::round(y / s) + zp, 0.0, 255.0) - zp;
    }

    static bool dense(const torch::Tensor &x) { return x.device().is_cpu() && x.is_non_overlapping_and_dense(); }

    torch::Tensor requantize(torch::Tensor acc, const Requant &r) const {
        const double lo = r.lo - r.zeroPoint, hi = r.hi - r.zeroPoint;
        if (!dense(acc)) return torch::clamp(applyT(acc, r.out), lo, hi);
        if (acc.scalar_type() == torch::kDouble)
            requantLoop(acc.data_ptr<double>(), acc.numel(), r.out, lo, hi);
        else
            requantLoop(acc.data_ptr<float>(), acc.numel(), r.out, lo, hi);
        return acc;
    }

    torch::Tensor add(const torch::Tensor &a, const torch::Tensor &b, const Requant &r) const {
        const double lift = double(1 << 20), lo = r.lo - r.zeroPoint, hi = r.hi - r.zeroPoint;
        if (a.sizes() == b.sizes() && dense(a) && dense(b) && a.strides() == b.strides()) {
            torch::Tensor y = a.clone();
            if (y.strides() == a.strides()) {
                if (y.scalar_type() == torch::kDouble)
                    addLoop(y.data_ptr<double>(), b.data_ptr<double>(), y.numel(), r.a, r.b, r.out, lo, hi);
                else
                    addLoop(y.data_ptr<float>(), b.data_ptr<float>(), y.numel(), r.a, r.b, r.out, lo, hi);
                return y;
            }
        }
        return torch::clamp(applyT(applyT(a * lift, r.a) + applyT(b * lift, r.b), r.out), lo, hi);
    }

    torch::Tensor avgPool(torch::Tensor mean, const Requant &r) const {
        // codes: the window's mean of (code - zp); the kernel rounds the mean of the codes.
        const double zp = r.zeroPoint, n = r.count;
        if (dense(mean)) {
            if (mean.scalar_type() == torch::kDouble)
                avgLoop(mean.data_ptr<double>(), mean.numel(), n, zp, r.lo, r.hi);
            else
                avgLoop(mean.data_ptr<float>(), mean.numel(), n, zp, r.lo, r.hi);
            return mean;
        }
        torch::Tensor q = torch::floor((roundAwayT(mean * n) + zp * n + std::floor(n / 2)) / n);
        return torch::clamp(q, r.lo, r.hi) - zp;
    }

    torch::Tensor forward(torch::Tensor input) const {
        const int64_t n = input.size(0);
        std::vector<torch::Tensor> v(model.tensors.size());
        const int in = model.inputs[0];
        const TfliteTensor &inT = model.tensors[size_t(in)];
        torch::Tensor x = input.to(dtype);
        if (codes[size_t(in)])
            x = x - zero(in);
        else if (inT.scale.size() == 1 && inT.type != TfliteType::Float32)
            x = (x - zero(in)) * scale(in);
        else
            x = x / 127.5 - 1.0;  // float models: [-1, 1]
        v[size_t(in)] = toNchw(x);
        auto val = [&](int i) -> torch::Tensor {
            if (v[size_t(i)].defined()) return v[size_t(i)];
            if (constants[size_t(i)].defined()) return constants[size_t(i)];
            throw TfliteError("tensor " + model.tensors[size_t(i)].name + " is read before it is written");
        };
        for (size_t k = 0; k < model.operators.size(); ++k) {
            const TfliteOperator &op = model.operators[k];
            const Requant &rq = requant[k];
            const int o = op.outputs[0], i0 = op.inputs[0];
            const TfliteTensor &out = model.tensors[size_t(o)];
            torch::Tensor y;
            bool inDomain = false;  // y is already in tensor o's domain
            switch (TfliteOp(op.code)) {
            case TfliteOp::Conv2D:
            case TfliteOp::DepthwiseConv2D: {
                torch::Tensor a = val(i0);
                if (rq.kind != Requant::Conv) a = real(i0, a);
                const torch::Tensor &w = filters[k];
                torch::Tensor b = op.inputs.size() > 2 && op.inputs[2] >= 0 ? constants[size_t(op.inputs[2])] : torch::Tensor();
                Pads p = padsFor(op, a.size(2), a.size(3), w.size(2), w.size(3));
                auto opt = F::Conv2dFuncOptions().stride({op.strideH, op.strideW}).dilation({op.dilationH, op.dilationW});
                if (op.code == int(TfliteOp::DepthwiseConv2D)) opt = opt.groups(a.size(1));
                if (b.defined()) opt = opt.bias(b);
                if (p.symmetric())
                    opt = opt.padding({p.top, p.left});
                else
                    a = channelsLast(F::pad(a, F::PadFuncOptions({p.left, p.right, p.top, p.bottom})));
                y = F::conv2d(a, w, opt);
                if (rq.kind == Requant::Conv) {
                    y = requantize(y, rq);
                    inDomain = true;
                } else {
                    y = activate(y, op.activation);
                }
                break;
            }
            case TfliteOp::FullyConnected: {
                torch::Tensor a = toNhwc(real(i0, val(i0))).reshape({n, -1});
                torch::Tensor b = op.inputs.size() > 2 && op.inputs[2] >= 0 ? real(op.inputs[2], constants[size_t(op.inputs[2])])
                                                                            : torch::Tensor();
                y = activate(F::linear(a, real(op.inputs[1], filters[k]), b), op.activation);
                break;
            }
            case TfliteOp::AveragePool2D:
            case TfliteOp::MaxPool2D: {
                torch::Tensor a = val(i0);
                bool maxPool = op.code == int(TfliteOp::MaxPool2D);
                if (rq.kind != Requant::AvgPool) a = real(i0, a);
                Pads p = padsFor(op, a.size(2), a.size(3), op.filterH, op.filterW);
                if (p.any()) {
                    double fill = maxPool ? -std::numeric_limits<double>::infinity() : 0.0;
                    a = F::pad(a, F::PadFuncOptions({p.left, p.right, p.top, p.bottom}).value(fill));
                }
                if (maxPool) {
                    y = F::max_pool2d(a, F::MaxPool2dFuncOptions({op.filterH, op.filterW}).stride({op.strideH, op.strideW}));
                } else {
                    auto po = F::AvgPool2dFuncOptions({op.filterH, op.filterW}).stride({op.strideH, op.strideW});
                    y = F::avg_pool2d(a, po);
                    if (rq.kind == Requant::AvgPool) {
                        y = avgPool(y.contiguous(), rq);
                        inDomain = true;
                        break;
                    }
                    if (p.any()) {  // padding is not counted, as in TFLite
                        auto ones =
                            F::pad(torch::ones({1, 1, a.size(2) - p.top - p.bottom, a.size(3) - p.left - p.right}, a.options()),
                                   F::PadFuncOptions({p.left, p.right, p.top, p.bottom}));
                        y = y / F::avg_pool2d(ones, po);
                    }
                }
                y = activate(y, op.activation);
                break;
            }
            case TfliteOp::Add:
            case TfliteOp::Mul: {
                if (rq.kind == Requant::Add) {
                    y = add(val(i0), val(op.inputs.at(1)), rq);
                    inDomain = true;
                } else {
                    torch::Tensor a = real(i0, val(i0)), b = real(op.inputs.at(1), val(op.inputs.at(1)));
                    y = activate(op.code == int(TfliteOp::Add) ? a + b : a * b, op.activation);
                }
                break;
            }
            case TfliteOp::Relu: y = torch::relu(real(i0, val(i0))); break;
            case TfliteOp::Relu6: y = torch::clamp(real(i0, val(i0)), 0.0, 6.0); break;
            case TfliteOp::Reshape:
            case TfliteOp::Squeeze: {
                std::vector<int64_t> shape(out.shape.begin(), out.shape.end());
                if (shape.empty()) throw TfliteError("reshape to an unknown shape: " + out.name);
                shape[0] = n;
                bool same = codes[size_t(i0)] == codes[size_t(o)] &&
                            (!codes[size_t(o)] || (scale(i0) == scale(o) && zero(i0) == zero(o)));
                torch::Tensor a = same ? val(i0) : real(i0, val(i0));
                y = toNchw(toNhwc(a).reshape(shape));
                inDomain = same;
                break;
            }
            case TfliteOp::Mean: {
                torch::Tensor a = real(i0, val(i0));
                if (a.dim() != 4) throw TfliteError("MEAN over a tensor that is not 4-D: " + out.name);
                y = a.mean({2, 3}, out.shape.size() == 4);
                break;
            }
            case TfliteOp::Concatenation: {
                std::vector<torch::Tensor> parts;
                for (int i : op.inputs) parts.push_back(real(i, val(i)));
                int64_t rank = parts[0].dim(), axis = op.axis < 0 ? op.axis + rank : op.axis;
                if (rank == 4) axis = axis == 3 ? 1 : axis == 0 ? 0 : axis + 1;
                y = activate(torch::cat(parts, axis), op.activation);
                break;
            }
            case TfliteOp::Softmax: {
                torch::Tensor a = real(i0, val(i0));
                y = torch::softmax(a * double(op.beta), a.dim() == 4 ? 1 : -1);
                break;
            }
            case TfliteOp::Quantize:
            case TfliteOp::Dequantize: y = real(i0, val(i0)); break;
            }
            v[size_t(o)] = inDomain ? y : store(o, y);
        }
        torch::Tensor result = toNhwc(real(model.outputs[0], v[size_t(model.outputs[0])])).reshape({n, -1});
        if (model.operators.back().code != int(TfliteOp::Softmax)) result = torch::softmax(result, 1);
        return result;
    }
};

TfliteClassifier::TfliteClassifier(std::unique_ptr<Impl> d) : d_(std::move(d)) {}
TfliteClassifier::~TfliteClassifier() = default;

std::unique_ptr<TfliteClassifier> TfliteClassifier::load(const std::string &tflitePath, const std::string &labelsPath,
                                                         const Options &opt) {
    auto d = std::make_unique<Impl>();
    d->model = readTflite(tflitePath);
    d->labels = readClassLabels(labelsPath);
    d->name = opt.name.empty() ? std::filesystem::path(tflitePath).stem().string() : opt.name;
    d->dtype = opt.exact ? torch::kDouble : torch::kFloat;
    try {
        d->device = torch::Device(opt.device);
    } catch (const std::exception &) { throw TfliteError("unknown device \"" + opt.device + "\" (cpu or cuda)"); }
    const TfliteModel &m = d->model;
    const TfliteTensor &in = m.tensors[size_t(m.inputs[0])];
    if (in.shape.size() != 4 || in.shape[3] != 3 || in.shape[1] < 8 || in.shape[2] < 8)
        throw TfliteError(tflitePath + ": the input is not an RGB image tensor (N, H, W, 3)");
    d->inH = in.shape[1];
    d->inW = in.shape[2];
    const size_t nt = m.tensors.size();
    auto perTensorU8 = [&](int i) {
        const TfliteTensor &t = m.tensors[size_t(i)];
        return i >= 0 && t.type == TfliteType::UInt8 && t.scale.size() == 1;
    };
    d->codes.assign(nt, false);
    if (opt.fakeQuant)
        for (size_t i = 0; i < nt; ++i) d->codes[i] = perTensorU8(int(i)) && m.tensors[i].data.empty();
    for (int o : m.outputs) d->codes[size_t(o)] = false;

    d->filters.resize(m.operators.size());
    d->requant.resize(m.operators.size());
    std::vector<bool> integerBias(nt, false);
    for (size_t k = 0; k < m.operators.size(); ++k) {
        const TfliteOperator &op = m.operators[k];
        auto needConst = [&](size_t at, int rank) -> const TfliteTensor & {
            if (op.inputs.size() <= at || op.inputs[at] < 0 || m.tensors[size_t(op.inputs[at])].data.empty())
                throw TfliteError(tflitePath + ": operator " + std::to_string(k) + " (" + tfliteOpName(op.code) +
                                  ") needs constant weights");
            const TfliteTensor &t = m.tensors[size_t(op.inputs[at])];
            if (int(t.shape.size()) != rank)
                throw TfliteError(tflitePath + ": operator " + std::to_string(k) + " has weights of rank " +
                                  std::to_string(t.shape.size()));
            return t;
        };
        const int i0 = op.inputs[0], o = op.outputs[0];
        Impl::Requant r;
        if (d->codes[size_t(o)]) {
            r.zeroPoint = d->zero(o);
            double s = d->scale(o);
            auto grid = [&](double v) { return r.zeroPoint + std::round(v / s); };
            if (op.activation == TfliteActivation::Relu || op.activation == TfliteActivation::Relu6)
                r.lo = std::max(0.0, grid(0));
            if (op.activation == TfliteActivation::ReluN1To1) r.lo = std::max(0.0, grid(-1));
            if (op.activation == TfliteActivation::Relu6) r.hi = std::min(255.0, grid(6));
            if (op.activation == TfliteActivation::ReluN1To1) r.hi = std::min(255.0, grid(1));
        }
        bool conv = op.code == int(TfliteOp::Conv2D) || op.code == int(TfliteOp::DepthwiseConv2D);
        if (conv) {
            const TfliteTensor &w = needConst(1, 4);
            int bias = op.inputs.size() > 2 ? op.inputs[2] : -1;
            bool integer =
                d->codes[size_t(i0)] && d->codes[size_t(o)] && perTensorU8(op.inputs[1]) &&
                (bias < 0 || (m.tensors[size_t(bias)].type == TfliteType::Int32 && !m.tensors[size_t(bias)].data.empty()));
            torch::Tensor wt = integer ? centred(w) : dequantize(w);
            // [O, H, W, I] -> [O, I, H, W]; depthwise [1, H, W, C*M] -> [C*M, 1, H, W]
            wt = op.code == int(TfliteOp::Conv2D) ? wt.permute({0, 3, 1, 2}) : wt.permute({3, 0, 1, 2});
            d->filters[k] = wt.contiguous(at::MemoryFormat::ChannelsLast).to(d->device, d->dtype);
            if (integer) {
                r.kind = Impl::Requant::Conv;
                r.out = rescale(d->scale(i0) * w.scale[0] / d->scale(o));
                if (bias >= 0) integerBias[size_t(bias)] = true;
            }
        } else if (op.code == int(TfliteOp::FullyConnected)) {
            d->filters[k] = dequantize(needConst(1, 2)).to(d->device, d->dtype);
        } else if (op.code == int(TfliteOp::Add) && op.inputs.size() == 2 && d->codes[size_t(o)] && d->codes[size_t(i0)] &&
                   d->codes[size_t(op.inputs[1])]) {
            double sa = d->scale(i0), sb = d->scale(op.inputs[1]), twiceMax = 2.0 * std::max(sa, sb);
            r.kind = Impl::Requant::Add;
            r.a = rescale(sa / twiceMax);
            r.b = rescale(sb / twiceMax);
            r.out = rescale(twiceMax / (double(1 << 20) * d->scale(o)));
        } else if (op.code == int(TfliteOp::AveragePool2D) && !op.samePadding && d->codes[size_t(i0)] && d->codes[size_t(o)] &&
                   d->scale(i0) == d->scale(o) && d->zero(i0) == d->zero(o)) {
            r.kind = Impl::Requant::AvgPool;
            r.count = double(op.filterW) * op.filterH;
        }
        d->requant[k] = r;
    }
    d->constants.resize(nt);
    for (size_t i = 0; i < nt; ++i) {
        const TfliteTensor &t = m.tensors[i];
        if (t.data.empty()) continue;
        torch::Tensor c = integerBias[i] ? fromData(t) : dequantize(t);
        d->constants[i] = toNchw(c).to(d->device, d->dtype);
    }
    return std::unique_ptr<TfliteClassifier>(new TfliteClassifier(std::move(d)));
}

const std::string &TfliteClassifier::name() const { return d_->name; }
int TfliteClassifier::inputWidth() const { return d_->inW; }
int TfliteClassifier::inputHeight() const { return d_->inH; }
const std::vector<std::string> &TfliteClassifier::labels() const { return d_->labels; }

std::vector<uint8_t> TfliteClassifier::inputBytes(const RgbImage &img) const {
    if (img.width == d_->inW && img.height == d_->inH) return img.pixels;
    return resizeRgb(img, d_->inW, d_->inH).pixels;
}

std::vector<std::vector<float>> TfliteClassifier::probabilities(const std::vector<std::vector<uint8_t>> &inputs) {
    std::vector<std::vector<float>> out;
    if (inputs.empty()) return out;
    c10::InferenceMode guard;
    const int64_t n = int64_t(inputs.size()), per = int64_t(d_->inH) * d_->inW * 3;
    torch::Tensor batch = torch::empty({n, d_->inH, d_->inW, 3}, torch::kUInt8);
    for (int64_t i = 0; i < n; ++i) {
        if (int64_t(inputs[size_t(i)].size()) != per) throw TfliteError("an input of the wrong size for the tagger");
        std::memcpy(batch[i].data_ptr<uint8_t>(), inputs[size_t(i)].data(), size_t(per));
    }
    torch::Tensor p = d_->forward(batch.to(d_->device)).to(torch::kCPU, torch::kFloat).contiguous();
    for (int64_t i = 0; i < n; ++i) {
        const float *row = p[i].data_ptr<float>();
        out.emplace_back(row, row + p.size(1));
    }
    return out;
}

std::vector<std::vector<ClassScore>> TfliteClassifier::classify(const std::vector<const RgbImage *> &images, int k) {
    std::vector<std::vector<uint8_t>> inputs;
    for (const RgbImage *img : images) inputs.push_back(inputBytes(*img));
    std::vector<std::vector<ClassScore>> out;
    for (const auto &p : probabilities(inputs)) out.push_back(topClasses(p, d_->labels, k));
    return out;
}

}  // namespace mner

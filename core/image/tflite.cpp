#include "image/tflite.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>

namespace mner {

namespace {

// Field numbers from the TFLite schema (schema.fbs), by table.
namespace F {
enum Model { ModelOperatorCodes = 1, ModelSubgraphs = 2, ModelDescription = 3, ModelBuffers = 4 };
enum OpCode { OpDeprecatedCode = 0, OpBuiltinCode = 3 };
enum SubGraph { SgTensors = 0, SgInputs = 1, SgOutputs = 2, SgOperators = 3 };
enum Tensor { TShape = 0, TType = 1, TBuffer = 2, TName = 3, TQuant = 4 };
enum Quant { QScale = 2, QZeroPoint = 3, QDim = 6 };
enum Operator { OIndex = 0, OInputs = 1, OOutputs = 2, OOptionsType = 3, OOptions = 4 };
enum Buffer { BData = 0, BOffset = 1, BSize = 2 };
}  // namespace F

constexpr size_t kMaxElements = size_t(1) << 31;

// Bounds-checked reads from the flatbuffer. Offsets are absolute positions in the file.
class Reader {
public:
    explicit Reader(const std::vector<uint8_t> &b) : b_(b) {}

    [[noreturn]] void fail(size_t at, const std::string &what) const {
        throw TfliteError("offset " + std::to_string(at) + ": " + what);
    }
    void need(size_t at, size_t n, const char *what) const {
        if (at > b_.size() || n > b_.size() - at) fail(at, std::string(what) + " runs past the end of the file");
    }
    template <class T> T get(size_t at) const {
        need(at, sizeof(T), "a value");
        T v;
        std::memcpy(&v, b_.data() + at, sizeof(T));
        return v;
    }
    // The table a uoffset at `at` points to.
    size_t deref(size_t at) const {
        uint32_t off = get<uint32_t>(at);
        if (off == 0) fail(at, "a null reference");
        return at + off;
    }
    // Position of a table's field, or 0 when absent.
    size_t field(size_t table, int index) const {
        int32_t soff = get<int32_t>(table);
        int64_t vt = int64_t(table) - soff;
        if (vt < 0 || size_t(vt) >= b_.size()) fail(table, "a vtable outside the file");
        uint16_t vsize = get<uint16_t>(size_t(vt));
        uint16_t tsize = get<uint16_t>(size_t(vt) + 2);
        if (vsize < 4 || vsize % 2) fail(size_t(vt), "a malformed vtable");
        need(size_t(vt), vsize, "a vtable");
        if (4 + 2 * index + 2 > vsize) return 0;
        uint16_t fo = get<uint16_t>(size_t(vt) + 4 + 2 * size_t(index));
        if (fo == 0) return 0;
        if (fo >= tsize && tsize) fail(table, "a field outside its table");
        need(table, fo, "a table");
        return table + fo;
    }
    template <class T> T scalar(size_t table, int index, T def) const {
        size_t at = field(table, index);
        return at ? get<T>(at) : def;
    }
    size_t table(size_t parent, int index) const {
        size_t at = field(parent, index);
        return at ? deref(at) : 0;
    }
    // A vector field: position of its first element and its length (0, 0 when absent).
    std::pair<size_t, size_t> vec(size_t parent, int index, size_t elemSize) const {
        size_t at = field(parent, index);
        if (!at) return {0, 0};
        size_t v = deref(at);
        uint32_t n = get<uint32_t>(v);
        need(v + 4, size_t(n) * elemSize, "a vector");
        return {v + 4, n};
    }
    std::string str(size_t parent, int index) const {
        auto [at, n] = vec(parent, index, 1);
        return at ? std::string(reinterpret_cast<const char *>(b_.data() + at), n) : std::string();
    }
    template <class T> std::vector<T> scalars(size_t parent, int index) const {
        auto [at, n] = vec(parent, index, sizeof(T));
        std::vector<T> out(n);
        if (n) std::memcpy(out.data(), b_.data() + at, n * sizeof(T));
        return out;
    }
    const std::vector<uint8_t> &bytes() const { return b_; }

private:
    const std::vector<uint8_t> &b_;
};

size_t typeSize(TfliteType t) {
    switch (t) {
    case TfliteType::Float32:
    case TfliteType::Int32: return 4;
    case TfliteType::Float16: return 2;
    case TfliteType::UInt8:
    case TfliteType::Int8: return 1;
    case TfliteType::Int64: return 8;
    default: return 0;
    }
}

TfliteType toType(int8_t t) {
    switch (t) {
    case 0: return TfliteType::Float32;
    case 1: return TfliteType::Float16;
    case 2: return TfliteType::Int32;
    case 3: return TfliteType::UInt8;
    case 4: return TfliteType::Int64;
    case 9: return TfliteType::Int8;
    default: return TfliteType::Other;
    }
}

bool supported(int code) {
    switch (code) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
    case 6:
    case 9:
    case 17:
    case 18:
    case 19:
    case 21:
    case 22:
    case 25:
    case 40:
    case 43:
    case 114: return true;
    default: return false;
    }
}

}  // namespace

const char *tfliteOpName(int code) {
    switch (code) {
    case 0: return "ADD";
    case 1: return "AVERAGE_POOL_2D";
    case 2: return "CONCATENATION";
    case 3: return "CONV_2D";
    case 4: return "DEPTHWISE_CONV_2D";
    case 6: return "DEQUANTIZE";
    case 9: return "FULLY_CONNECTED";
    case 14: return "LOGISTIC";
    case 17: return "MAX_POOL_2D";
    case 18: return "MUL";
    case 19: return "RELU";
    case 21: return "RELU6";
    case 22: return "RESHAPE";
    case 23: return "RESIZE_BILINEAR";
    case 25: return "SOFTMAX";
    case 34: return "PAD";
    case 40: return "MEAN";
    case 43: return "SQUEEZE";
    case 114: return "QUANTIZE";
    default: return "an unsupported operator";
    }
}

int64_t TfliteTensor::elements() const {
    int64_t n = 1;
    for (int d : shape) n *= d;
    return n;
}

TfliteModel parseTflite(const std::vector<uint8_t> &bytes) {
    Reader r(bytes);
    if (bytes.size() < 8) throw TfliteError("not a TensorFlow Lite file: only " + std::to_string(bytes.size()) + " bytes");
    if (std::memcmp(bytes.data() + 4, "TFL3", 4) != 0)
        throw TfliteError("not a TensorFlow Lite file: the identifier at offset 4 is not \"TFL3\"");
    TfliteModel m;
    size_t root = r.deref(0);
    m.description = r.str(root, F::ModelDescription);

    std::vector<int> codes;
    {
        auto [at, n] = r.vec(root, F::ModelOperatorCodes, 4);
        for (size_t i = 0; i < n; ++i) {
            size_t oc = r.deref(at + 4 * i);
            int code = std::max<int>(r.scalar<int8_t>(oc, F::OpDeprecatedCode, 0), r.scalar<int32_t>(oc, F::OpBuiltinCode, 0));
            codes.push_back(code);
        }
    }
    auto [bufAt, nBuffers] = r.vec(root, F::ModelBuffers, 4);
    auto [sgAt, nSubgraphs] = r.vec(root, F::ModelSubgraphs, 4);
    if (nSubgraphs == 0) throw TfliteError("the model has no subgraph");
    size_t sg = r.deref(sgAt);

    auto [tAt, nTensors] = r.vec(sg, F::SgTensors, 4);
    if (nTensors > 100000) r.fail(tAt, "an implausible number of tensors (" + std::to_string(nTensors) + ")");
    for (size_t i = 0; i < nTensors; ++i) {
        size_t t = r.deref(tAt + 4 * i);
        TfliteTensor x;
        x.name = r.str(t, F::TName);
        x.shape = r.scalars<int32_t>(t, F::TShape);
        size_t elems = 1;
        for (int d : x.shape) {
            if (d < 0 || (d && elems > kMaxElements / size_t(d)))
                r.fail(t, "tensor " + std::to_string(i) + " (" + x.name + ") has an invalid shape");
            elems *= size_t(d);
        }
        x.type = toType(r.scalar<int8_t>(t, F::TType, 0));
        if (size_t q = r.table(t, F::TQuant)) {
            x.scale = r.scalars<float>(q, F::QScale);
            x.zeroPoint = r.scalars<int64_t>(q, F::QZeroPoint);
            x.quantizedDim = r.scalar<int32_t>(q, F::QDim, 0);
            if (!x.zeroPoint.empty() && x.zeroPoint.size() != x.scale.size())
                r.fail(q, "tensor " + std::to_string(i) + " has " + std::to_string(x.scale.size()) + " scales but " +
                              std::to_string(x.zeroPoint.size()) + " zero points");
            if (x.zeroPoint.empty()) x.zeroPoint.assign(x.scale.size(), 0);
            for (float s : x.scale)
                if (!(s > 0.f) || !std::isfinite(s))
                    r.fail(q, "tensor " + std::to_string(i) + " has a scale that is not positive");
            if (x.scale.size() > 1 && (x.quantizedDim < 0 || size_t(x.quantizedDim) >= x.shape.size() ||
                                       size_t(x.shape[size_t(x.quantizedDim)]) != x.scale.size()))
                r.fail(q, "tensor " + std::to_string(i) + " has per-channel scales that do not match its shape");
        }
        uint32_t buf = r.scalar<uint32_t>(t, F::TBuffer, 0);
        if (buf >= nBuffers && buf != 0)
            r.fail(t, "tensor " + std::to_string(i) + " names buffer " + std::to_string(buf) + " of " + std::to_string(nBuffers));
        if (buf && buf < nBuffers) {
            size_t b = r.deref(bufAt + 4 * buf);
            auto [dAt, dn] = r.vec(b, F::BData, 1);
            uint64_t off = r.scalar<uint64_t>(b, F::BOffset, 0), size = r.scalar<uint64_t>(b, F::BSize, 0);
            if (!dn && off > 1) {  // large models keep data after the flatbuffer
                if (off > bytes.size() || size > bytes.size() - off) r.fail(b, "a buffer past the end of the file");
                dAt = size_t(off);
                dn = size_t(size);
            }
            if (dn) {
                size_t want = elems * typeSize(x.type);
                if (typeSize(x.type) == 0) r.fail(t, "tensor " + std::to_string(i) + " (" + x.name + ") has an unsupported type");
                if (dn != want)
                    r.fail(dAt, "tensor " + std::to_string(i) + " (" + x.name + ") holds " + std::to_string(dn) +
                                    " bytes, its shape and type need " + std::to_string(want));
                x.data.assign(bytes.begin() + std::ptrdiff_t(dAt), bytes.begin() + std::ptrdiff_t(dAt + dn));
            }
        }
        m.tensors.push_back(std::move(x));
    }
    const size_t tensorCount = nTensors;  // (lambdas cannot capture structured bindings in C++17)
    auto checkIndices = [&](const std::vector<int> &v, size_t at, bool allowOmitted) {
        for (int k : v)
            if (k >= int(tensorCount) || k < (allowOmitted ? -1 : 0))
                r.fail(at, "tensor index " + std::to_string(k) + " out of range (" + std::to_string(tensorCount) + " tensors)");
    };
    m.inputs = r.scalars<int32_t>(sg, F::SgInputs);
    m.outputs = r.scalars<int32_t>(sg, F::SgOutputs);
    checkIndices(m.inputs, sg, false);
    checkIndices(m.outputs, sg, false);
    if (m.inputs.empty() || m.outputs.empty()) throw TfliteError("the model's subgraph names no input or no output");

    auto [oAt, nOps] = r.vec(sg, F::SgOperators, 4);
    for (size_t i = 0; i < nOps; ++i) {
        size_t o = r.deref(oAt + 4 * i);
        TfliteOperator op;
        uint32_t idx = r.scalar<uint32_t>(o, F::OIndex, 0);
        if (idx >= codes.size())
            r.fail(o, "operator " + std::to_string(i) + " names opcode " + std::to_string(idx) + " of " +
                          std::to_string(codes.size()));
        op.code = codes[idx];
        if (!supported(op.code))
            throw TfliteError("operator " + std::to_string(i) + " is builtin operator " + std::to_string(op.code) + " (" +
                              tfliteOpName(op.code) + "), which this reader does not run");
        op.inputs = r.scalars<int32_t>(o, F::OInputs);
        op.outputs = r.scalars<int32_t>(o, F::OOutputs);
        checkIndices(op.inputs, o, true);
        checkIndices(op.outputs, o, false);
        if (op.inputs.empty() || op.outputs.empty()) r.fail(o, "operator " + std::to_string(i) + " has no input or no output");
        size_t opt = r.table(o, F::OOptions);
        auto act = [&](int field) {
            int a = opt ? r.scalar<int8_t>(opt, field, 0) : 0;
            if (a < 0 || a > 3)
                r.fail(o, "operator " + std::to_string(i) + " has an unsupported fused activation " + std::to_string(a));
            return TfliteActivation(a);
        };
        auto positive = [&](int v, const char *what) {
            if (v < 1 || v > 4096) r.fail(o, "operator " + std::to_string(i) + " has " + what + " " + std::to_string(v));
            return v;
        };
        switch (TfliteOp(op.code)) {
        case TfliteOp::Conv2D:
            if (opt) {
                op.samePadding = r.scalar<int8_t>(opt, 0, 0) == 0;
                op.strideW = positive(r.scalar<int32_t>(opt, 1, 1), "stride");
                op.strideH = positive(r.scalar<int32_t>(opt, 2, 1), "stride");
                op.activation = act(3);
                op.dilationW = positive(r.scalar<int32_t>(opt, 4, 1), "dilation");
                op.dilationH = positive(r.scalar<int32_t>(opt, 5, 1), "dilation");
            }
            break;
        case TfliteOp::DepthwiseConv2D:
            if (opt) {
                op.samePadding = r.scalar<int8_t>(opt, 0, 0) == 0;
                op.strideW = positive(r.scalar<int32_t>(opt, 1, 1), "stride");
                op.strideH = positive(r.scalar<int32_t>(opt, 2, 1), "stride");
                op.depthMultiplier = positive(r.scalar<int32_t>(opt, 3, 1), "depth multiplier");
                op.activation = act(4);
                op.dilationW = positive(r.scalar<int32_t>(opt, 5, 1), "dilation");
                op.dilationH = positive(r.scalar<int32_t>(opt, 6, 1), "dilation");
            }
            break;
        case TfliteOp::AveragePool2D:
        case TfliteOp::MaxPool2D:
            if (opt) {
                op.samePadding = r.scalar<int8_t>(opt, 0, 0) == 0;
                op.strideW = positive(r.scalar<int32_t>(opt, 1, 1), "stride");
                op.strideH = positive(r.scalar<int32_t>(opt, 2, 1), "stride");
                op.filterW = positive(r.scalar<int32_t>(opt, 3, 1), "window");
                op.filterH = positive(r.scalar<int32_t>(opt, 4, 1), "window");
                op.activation = act(5);
            }
            break;
        case TfliteOp::Add:
        case TfliteOp::Mul:
        case TfliteOp::FullyConnected: op.activation = act(0); break;
        case TfliteOp::Concatenation:
            if (opt) op.axis = r.scalar<int32_t>(opt, 0, 0);
            op.activation = act(1);
            break;
        case TfliteOp::Softmax:
            if (opt) op.beta = r.scalar<float>(opt, 0, 1.f);
            break;
        case TfliteOp::Reshape:
            if (opt) op.newShape = r.scalars<int32_t>(opt, 0);
            break;
        default: break;
        }
        m.operators.push_back(std::move(op));
    }
    if (m.operators.empty()) throw TfliteError("the model has no operators");
    return m;
}

TfliteModel readTflite(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw TfliteError(path + ": cannot open the file");
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
        return parseTflite(bytes);
    } catch (const TfliteError &e) { throw TfliteError(path + ": " + e.what()); }
}

}  // namespace mner

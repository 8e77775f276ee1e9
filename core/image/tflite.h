// Reading TensorFlow Lite model files (the "TFL3" flatbuffer) without TensorFlow: the tensors with
// their shapes, types, quantisation and constant data, and the operators of the first subgraph.
// Only what an ImageNet classifier needs is interpreted; everything else is rejected by name.
//
// A flatbuffer is a tree of tables addressed by 32-bit offsets; every offset, vtable and vector is
// bounds-checked here, so a hostile or truncated file gives a TfliteError, never a wild read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace mner {

class TfliteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class TfliteType { Float32 = 0, Float16 = 1, Int32 = 2, UInt8 = 3, Int64 = 4, Int8 = 9, Other = -1 };

struct TfliteTensor {
    std::string name;
    std::vector<int> shape;
    TfliteType type = TfliteType::Other;
    std::vector<float> scale;  // one per tensor, or one per channel of quantizedDim
    std::vector<int64_t> zeroPoint;
    int quantizedDim = 0;
    std::vector<uint8_t> data;  // constant contents; empty for activations
    int64_t elements() const;
    bool quantized() const { return !scale.empty(); }
};

// The builtin operators this reader runs (codes as in the TFLite schema).
enum class TfliteOp {
    Add = 0,
    AveragePool2D = 1,
    Concatenation = 2,
    Conv2D = 3,
    DepthwiseConv2D = 4,
    FullyConnected = 9,
    MaxPool2D = 17,
    Mul = 18,
    Relu = 19,
    Relu6 = 21,
    Reshape = 22,
    Softmax = 25,
    Mean = 40,
    Squeeze = 43,
    Quantize = 114,
    Dequantize = 6
};
const char *tfliteOpName(int code);

enum class TfliteActivation { None = 0, Relu = 1, ReluN1To1 = 2, Relu6 = 3 };

struct TfliteOperator {
    int code = -1;                     // a TfliteOp value
    std::vector<int> inputs, outputs;  // tensor indices, -1 for an omitted optional input
    bool samePadding = false;          // Padding SAME (else VALID)
    int strideW = 1, strideH = 1, dilationW = 1, dilationH = 1;
    int filterW = 1, filterH = 1;  // pooling window
    int depthMultiplier = 1;
    TfliteActivation activation = TfliteActivation::None;
    float beta = 1.f;           // softmax
    int axis = 0;               // concatenation
    std::vector<int> newShape;  // reshape, when given as an option
};

struct TfliteModel {
    std::vector<TfliteTensor> tensors;
    std::vector<TfliteOperator> operators;  // in execution order
    std::vector<int> inputs, outputs;
    std::string description;
};

// Parses a whole file's bytes. Requires nothing of them; guarantees that every tensor index in the
// result is in range, every constant tensor's data has the size its shape and type say, and every
// operator is one of TfliteOp (others are refused naming the operator).
TfliteModel parseTflite(const std::vector<uint8_t> &bytes);
TfliteModel readTflite(const std::string &path);

// A real multiplier as TFLite's kernels hold it: q / 2^31 * 2^shift, q in [2^30, 2^31).
struct TfliteMultiplier {
    int32_t q = 0;
    int shift = 0;
};
TfliteMultiplier tfliteQuantizeMultiplier(double m);

// Runs a uint8-quantised model the way TensorFlow Lite's reference kernels do, in integers (int32
// accumulators, fixed-point rescaling): the quantised model's own output, used to check the float
// network built from the same file. Slow and plain on purpose. input: the input tensor's bytes in
// NHWC order. Returns the first output tensor's bytes.
std::vector<uint8_t> runTfliteQuantized(const TfliteModel &m, const std::vector<uint8_t> &input);

}  // namespace mner

// A few lines of protobuf wire format, enough to write small ONNX classifiers for the tests of the
// ONNX tagger (no ONNX or protobuf library needed).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace onnxw {

class Msg {
public:
    Msg &varint(int field, uint64_t v) {
        key(field, 0);
        put(v);
        return *this;
    }
    Msg &bytes(int field, const std::string &s) {
        key(field, 2);
        put(s.size());
        out_ += s;
        return *this;
    }
    Msg &msg(int field, const Msg &m) { return bytes(field, m.str()); }
    const std::string &str() const { return out_; }

private:
    void key(int field, int wire) { put(uint64_t(field) << 3 | uint64_t(wire)); }
    void put(uint64_t v) {
        do {
            uint8_t b = v & 0x7f;
            v >>= 7;
            out_ += char(v ? b | 0x80 : b);
        } while (v);
    }
    std::string out_;
};

inline Msg floatTensor(const std::string &name, const std::vector<int64_t> &dims, const std::vector<float> &data) {
    Msg t;
    for (int64_t d : dims) t.varint(1, uint64_t(d));
    t.varint(2, 1);  // FLOAT
    t.bytes(8, name);
    std::string raw(data.size() * 4, '\0');
    std::memcpy(&raw[0], data.data(), raw.size());
    t.bytes(9, raw);
    return t;
}

inline Msg valueInfo(const std::string &name, const std::vector<int64_t> &dims) {
    Msg shape;
    for (int64_t d : dims) shape.msg(1, Msg().varint(1, uint64_t(d)));
    Msg tensorType;
    tensorType.varint(1, 1).msg(2, shape);
    return Msg().bytes(1, name).msg(2, Msg().msg(1, tensorType));
}

inline Msg intAttr(const std::string &name, int64_t v) { return Msg().bytes(1, name).varint(3, uint64_t(v)).varint(20, 2); }

inline Msg node(const std::string &op, const std::vector<std::string> &in, const std::vector<std::string> &out,
                const std::vector<Msg> &attrs = {}) {
    Msg n;
    for (const auto &i : in) n.bytes(1, i);
    for (const auto &o : out) n.bytes(2, o);
    n.bytes(3, op + "_" + out[0]).bytes(4, op);
    for (const auto &a : attrs) n.msg(5, a);
    return n;
}

// x [1, 3, 8, 8] -> GlobalAveragePool -> Flatten -> Gemm(W [classes, 3], transB, B) -> Softmax -> y.
// w is row-major [classes, 3].
inline std::string colourClassifier(const std::vector<float> &w, const std::vector<float> &b) {
    int64_t classes = int64_t(b.size());
    Msg g;
    g.msg(1, node("GlobalAveragePool", {"x"}, {"g"}));
    g.msg(1, node("Flatten", {"g"}, {"f"}, {intAttr("axis", 1)}));
    g.msg(1, node("Gemm", {"f", "W", "B"}, {"logits"}, {intAttr("transB", 1)}));
    g.msg(1, node("Softmax", {"logits"}, {"y"}, {intAttr("axis", 1)}));
    g.bytes(2, "colours");
    g.msg(5, floatTensor("W", {classes, 3}, w));
    g.msg(5, floatTensor("B", {classes}, b));
    g.msg(11, valueInfo("x", {1, 3, 8, 8}));
    g.msg(12, valueInfo("y", {1, classes}));
    Msg m;
    m.varint(1, 6).bytes(2, "mner-tests").msg(7, g).msg(8, Msg().varint(2, 11));
    return m.str();
}

}  // namespace onnxw

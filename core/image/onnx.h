// Any ImageNet classifier in ONNX (the paper's InceptionV3 when the user has it) through OpenCV's
// DNN module, behind the same top-k interface as the bundled tagger.
#pragma once

#include "image/classify.h"

#include <memory>
#include <string>

namespace mner {

class OnnxClassifier : public ImageClassifier {
public:
    // Input pixel value v (0-255, RGB) becomes (v * scale - mean[c]) / stdev[c], NCHW.
    // Defaults are InceptionV3's: 299 x 299 scaled to [-1, 1].
    struct Options {
        int width = 299, height = 299;
        float scale = 1.f / 127.5f;
        float mean[3] = {1.f, 1.f, 1.f};
        float stdev[3] = {1.f, 1.f, 1.f};
        std::string name;  // the source name; empty: "onnx:" and the file's stem
    };
    // Throws ImageError when the file cannot be read or is not a network OpenCV can import.
    static std::unique_ptr<OnnxClassifier> load(const std::string &onnxPath, const std::string &labelsPath, const Options &opt);
    ~OnnxClassifier() override;
    const std::string &name() const override;
    // Outputs that are not already probabilities (negative, or not summing to 1) get a softmax.
    std::vector<std::vector<ClassScore>> classify(const std::vector<const RgbImage *> &images, int k = 5) override;

    struct Impl;

private:
    explicit OnnxClassifier(std::unique_ptr<Impl> d);
    std::unique_ptr<Impl> d_;
};

}  // namespace mner

// The bundled image tagger: a TensorFlow Lite ImageNet classifier (MobileNetV2, uint8) rebuilt as a
// float network in libtorch from the file's own operators, weights dequantised with the file's
// scales and zero points. With fakeQuant (the default) every activation is rounded to its tensor's
// quantisation grid as the integer kernels do, so the float network tracks the quantised model's own
// outputs within rounding; it runs on CPU or GPU. No libtorch in this header.
#pragma once

#include "image/classify.h"

#include <memory>
#include <string>
#include <vector>

namespace mner {

class TfliteClassifier : public ImageClassifier {
public:
    struct Options {
        std::string device = "cpu";  // or "cuda"
        bool fakeQuant = true;
        bool exact = false;  // compute in double: the integer model's arithmetic exactly, slower
        std::string name;    // the source name; empty: the file's stem
    };
    // Reads the .tflite file and its labels (one class per line). Throws TfliteError or
    // ImageError saying what is wrong; nothing from the file is executed.
    static std::unique_ptr<TfliteClassifier> load(const std::string &tflitePath, const std::string &labelsPath,
                                                  const Options &opt);
    ~TfliteClassifier() override;

    const std::string &name() const override;
    std::vector<std::vector<ClassScore>> classify(const std::vector<const RgbImage *> &images, int k = 5) override;

    // The network's input for an image: resized to the input size, RGB bytes in NHWC order.
    std::vector<uint8_t> inputBytes(const RgbImage &img) const;
    // All class probabilities for inputs already made by inputBytes.
    std::vector<std::vector<float>> probabilities(const std::vector<std::vector<uint8_t>> &inputs);
    int inputWidth() const;
    int inputHeight() const;
    const std::vector<std::string> &labels() const;

    struct Impl;

private:
    explicit TfliteClassifier(std::unique_ptr<Impl> d);
    std::unique_ptr<Impl> d_;
};

}  // namespace mner

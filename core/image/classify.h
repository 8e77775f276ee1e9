// Image classification for image words (the paper's eq. 13): the top-k ImageNet classes of an image,
// behind one interface whatever runs the network (the bundled TFLite MobileNetV2 on libtorch, or any
// ONNX classifier through OpenCV's DNN module).
#pragma once

#include "image/image.h"

#include <memory>
#include <string>
#include <vector>

namespace mner {

struct ClassScore {
    int index = 0;      // output index
    std::string label;  // the class's first name ("Egyptian cat")
    float prob = 0;
};

class ImageClassifier {
public:
    virtual ~ImageClassifier() = default;
    // The source recorded with the image words, e.g. "mobilenet_v2_1.0_224_quant".
    virtual const std::string &name() const = 0;
    // The k best classes of each image, best first. Images may have any size.
    virtual std::vector<std::vector<ClassScore>> classify(const std::vector<const RgbImage *> &images, int k = 5) = 0;
};

// Class names, one per line. Throws ImageError when the file cannot be read or is empty.
std::vector<std::string> readClassLabels(const std::string &path);
// "tiger shark, Galeocerdo cuvieri" -> "tiger shark".
std::string firstClassName(const std::string &label);
// The k best of probs as ClassScores named from labels (index as label when labels is short;
// labels with one more entry than probs are taken to start with "background").
std::vector<ClassScore> topClasses(const std::vector<float> &probs, const std::vector<std::string> &labels, int k);
// Image words for the CWI model from a tagger's classes: the first names' words, lower-cased.
std::vector<std::string> classWords(const std::vector<ClassScore> &classes);
// The stored form of a tagger's result: words "a|b|c" and scores "0.91 0.02 ..." (see store).
std::string joinClassNames(const std::vector<ClassScore> &classes);
std::string joinClassScores(const std::vector<ClassScore> &classes);

// Resamples an RGB image to w x h with a triangle filter widened when shrinking (antialiased
// bilinear), so large photos do not alias. Requires w, h > 0 and a non-empty image.
RgbImage resizeRgb(const RgbImage &img, int w, int h);

}  // namespace mner

#include "image/onnx.h"

#include <opencv2/dnn.hpp>

#include <cmath>
#include <filesystem>

namespace mner {

struct OnnxClassifier::Impl {
    cv::dnn::Net net;
    Options opt;
    std::vector<std::string> labels;
    std::string name;
};

OnnxClassifier::OnnxClassifier(std::unique_ptr<Impl> d) : d_(std::move(d)) {}
OnnxClassifier::~OnnxClassifier() = default;

std::unique_ptr<OnnxClassifier> OnnxClassifier::load(const std::string &onnxPath, const std::string &labelsPath,
                                                     const Options &opt) {
    if (opt.width < 8 || opt.height < 8 || opt.width > 4096 || opt.height > 4096)
        throw ImageError("an ONNX tagger input size of " + std::to_string(opt.width) + "x" + std::to_string(opt.height) +
                         " (expected 8 to 4096 pixels a side)");
    if (!std::filesystem::is_regular_file(onnxPath)) throw ImageError(onnxPath + ": no such file");
    auto d = std::make_unique<Impl>();
    d->opt = opt;
    d->labels = readClassLabels(labelsPath);
    d->name = opt.name.empty() ? "onnx:" + std::filesystem::path(onnxPath).stem().string() : opt.name;
    try {
        d->net = cv::dnn::readNetFromONNX(onnxPath);
    } catch (const cv::Exception &e) { throw ImageError(onnxPath + ": not an ONNX network OpenCV can import (" + e.msg + ")"); }
    if (d->net.empty()) throw ImageError(onnxPath + ": the ONNX file holds no network");
    return std::unique_ptr<OnnxClassifier>(new OnnxClassifier(std::move(d)));
}

const std::string &OnnxClassifier::name() const { return d_->name; }

std::vector<std::vector<ClassScore>> OnnxClassifier::classify(const std::vector<const RgbImage *> &images, int k) {
    std::vector<std::vector<ClassScore>> out;
    if (images.empty()) return out;
    const Options &o = d_->opt;
    const int n = int(images.size()), H = o.height, W = o.width;
    int dims[4] = {n, 3, H, W};
    cv::Mat blob(4, dims, CV_32F);
    float *p = blob.ptr<float>();
    for (int i = 0; i < n; ++i) {
        RgbImage img = images[size_t(i)]->width == W && images[size_t(i)]->height == H ? *images[size_t(i)]
                                                                                       : resizeRgb(*images[size_t(i)], W, H);
        for (int c = 0; c < 3; ++c)
            for (int y = 0; y < H; ++y)
                for (int x = 0; x < W; ++x)
                    p[((size_t(i) * 3 + size_t(c)) * size_t(H) + size_t(y)) * size_t(W) + size_t(x)] =
                        (img.pixels[(size_t(y) * size_t(W) + size_t(x)) * 3 + size_t(c)] * o.scale - o.mean[c]) / o.stdev[c];
    }
    cv::Mat result;
    try {
        d_->net.setInput(blob);
        result = d_->net.forward().clone();
    } catch (const cv::Exception &e) { throw ImageError("the ONNX tagger failed on its input (" + e.msg + ")"); }
    if (result.total() % size_t(n)) throw ImageError("the ONNX tagger's output does not split into one row per image");
    result = result.reshape(1, n);
    for (int i = 0; i < n; ++i) {
        std::vector<float> probs(result.ptr<float>(i), result.ptr<float>(i) + result.cols);
        double sum = 0;
        bool negative = false;
        for (float v : probs) {
            sum += v;
            negative |= v < 0;
        }
        if (negative || std::abs(sum - 1.0) > 1e-3) {
            float mx = *std::max_element(probs.begin(), probs.end());
            double z = 0;
            for (float &v : probs) z += v = std::exp(v - mx);
            for (float &v : probs) v = float(v / z);
        }
        out.push_back(topClasses(probs, d_->labels, k));
    }
    return out;
}

}  // namespace mner

// Choosing and opening an image tagger: the bundled MobileNetV2 (a .tflite file found in the models
// folders) or any ONNX ImageNet classifier the user names. No libtorch or OpenCV in this header.
#pragma once

#include "image/classify.h"

#include <memory>
#include <string>
#include <vector>

namespace mner {

inline constexpr const char *kMobilenetFile = "mobilenet_v2_1.0_224_quant.tflite";
inline constexpr const char *kImagenetLabelsFile = "imagenet_labels.txt";

struct TaggerSpec {
    std::string tagger = "mobilenet";  // "mobilenet" or "onnx:FILE"
    std::string labels;                // empty: imagenet_labels.txt beside the model or in the models folders
    int width = 299, height = 299;     // ONNX input size
    float scale = 1.f / 127.5f;        // ONNX: value = (pixel * scale - mean) / std
    float mean[3] = {1.f, 1.f, 1.f};
    float stdev[3] = {1.f, 1.f, 1.f};
    bool exact = false;  // TFLite: double precision, bit-exact with the integer model
    std::string device = "cpu";
};

// The folders searched for tagger files, in order: extra (a setting), each entry of
// $MNER_MODELS_DIR (':'-separated), $XDG_DATA_HOME/mner-studio/models (~/.local/share),
// each $XDG_DATA_DIRS entry's mner-studio/models (/usr/local/share, /usr/share), and the
// install's share/mner-studio/models beside the executable.
std::vector<std::string> taggerSearchDirs(const std::string &extra = {});
// The first dirs/name that exists; empty when none does.
std::string findTaggerFile(const std::string &name, const std::vector<std::string> &dirs);

// Opens the tagger. Throws std::runtime_error (TfliteError, ImageError) saying what is missing
// and where it was looked for.
std::unique_ptr<ImageClassifier> openImageTagger(const TaggerSpec &spec, const std::vector<std::string> &dirs);

}  // namespace mner

#include "model/taggers.h"

#include "image/onnx.h"
#include "image/tflite.h"
#include "model/imagetagger.h"

#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

namespace mner {

namespace {

void splitInto(const std::string &list, const std::string &suffix, std::vector<std::string> &out) {
    std::stringstream ss(list);
    std::string item;
    while (std::getline(ss, item, ':'))
        if (!item.empty()) out.push_back(suffix.empty() ? item : (fs::path(item) / suffix).string());
}

std::string joined(const std::vector<std::string> &dirs) {
    std::string s;
    for (const auto &d : dirs) s += (s.empty() ? "" : ", ") + d;
    return s;
}

}  // namespace

std::vector<std::string> taggerSearchDirs(const std::string &extra) {
    std::vector<std::string> dirs;
    if (!extra.empty()) dirs.push_back(extra);
    if (const char *e = std::getenv("MNER_MODELS_DIR")) splitInto(e, "", dirs);
    const char *home = std::getenv("HOME");
    if (const char *x = std::getenv("XDG_DATA_HOME"); x && *x)
        dirs.push_back((fs::path(x) / "mner-studio/models").string());
    else if (home)
        dirs.push_back((fs::path(home) / ".local/share/mner-studio/models").string());
    const char *dataDirs = std::getenv("XDG_DATA_DIRS");
    splitInto(dataDirs && *dataDirs ? dataDirs : "/usr/local/share:/usr/share", "mner-studio/models", dirs);
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) dirs.push_back((exe.parent_path().parent_path() / "share/mner-studio/models").string());
    return dirs;
}

std::string findTaggerFile(const std::string &name, const std::vector<std::string> &dirs) {
    std::error_code ec;
    for (const auto &d : dirs)
        if (fs::is_regular_file(fs::path(d) / name, ec)) return (fs::path(d) / name).string();
    return {};
}

std::unique_ptr<ImageClassifier> openImageTagger(const TaggerSpec &spec, const std::vector<std::string> &dirs) {
    auto labelsFor = [&](const std::string &model) {
        if (!spec.labels.empty()) return spec.labels;
        fs::path beside = fs::path(model).parent_path() / kImagenetLabelsFile;
        std::error_code ec;
        if (fs::is_regular_file(beside, ec)) return beside.string();
        std::string found = findTaggerFile(kImagenetLabelsFile, dirs);
        if (found.empty())
            throw std::runtime_error(std::string("no ") + kImagenetLabelsFile + " beside " + model +
                                     " or in the models folders (" + joined(dirs) + ")");
        return found;
    };
    if (spec.tagger == "mobilenet") {
        std::string file = findTaggerFile(kMobilenetFile, dirs);
        if (file.empty())
            throw std::runtime_error(std::string("the image tagger ") + kMobilenetFile + " is not in the models folders (" +
                                     joined(dirs) + "); see the README for where to get it");
        TfliteClassifier::Options o;
        o.exact = spec.exact;
        o.device = spec.device;
        o.name = "mobilenet_v2";
        return TfliteClassifier::load(file, labelsFor(file), o);
    }
    if (spec.tagger.rfind("onnx:", 0) == 0) {
        std::string file = spec.tagger.substr(5);
        OnnxClassifier::Options o;
        o.width = spec.width;
        o.height = spec.height;
        o.scale = spec.scale;
        for (int c = 0; c < 3; ++c) {
            o.mean[c] = spec.mean[c];
            o.stdev[c] = spec.stdev[c];
        }
        return OnnxClassifier::load(file, labelsFor(file), o);
    }
    throw std::runtime_error("unknown tagger '" + spec.tagger + "' (mobilenet or onnx:FILE)");
}

}  // namespace mner

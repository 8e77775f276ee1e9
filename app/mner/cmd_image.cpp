// tag, tag-images, bench tag: image words from an ImageNet tagger.
#include "commands.h"
#include "text/numbers.h"
#include "io/imagefiles.h"

#include "image/image.h"
#include "model/model.h"
#include "model/taggers.h"
#ifdef MNER_HAVE_STORE
#include "pipeline/tagimages.h"
#endif
#ifdef MNER_HAVE_STORE
#include "store/project.h"
#endif

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace mner::cli {

namespace {

std::atomic<bool> interrupted{false};
void onInterrupt(int) { interrupted = true; }

std::vector<unsigned char> slurp(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImageError(path + ": cannot open the file");
    return std::vector<unsigned char>(std::istreambuf_iterator<char>(in), {});
}

void parseTriple(const std::string &s, float out[3], const char *opt) {
    std::stringstream ss(s);
    std::string item;
    int n = 0;
    while (std::getline(ss, item, ',')) {
        if (n == 3) throw UsageError(std::string(opt) + " takes three comma-separated numbers");
        auto v = parseNumber(item);
        if (!v) throw UsageError(std::string(opt) + ": '" + item + "' is not a number");
        out[n++] = float(*v);
    }
    if (n == 1)
        out[1] = out[2] = out[0];
    else if (n != 3)
        throw UsageError(std::string(opt) + " takes one or three comma-separated numbers");
}

}  // namespace

const std::vector<std::string> kTaggerOptions = {"--tagger", "--labels", "--size", "--scale", "--mean", "--std", "--device"};
const std::vector<std::string> kTaggerFlags = {"--exact"};

const char *kTaggerHelp =
    "Tagger options:\n"
    "  --tagger mobilenet|onnx:FILE  mobilenet (default): the bundled MobileNetV2, "
    "mobilenet_v2_1.0_224_quant.tflite\n"
    "                        from the models folders ($MNER_MODELS_DIR, ~/.local/share/mner-studio/models,\n"
    "                        /usr/share/mner-studio/models); onnx:FILE: any ImageNet classifier in ONNX\n"
    "  --labels FILE         class names, one per line (default imagenet_labels.txt beside the model)\n"
    "  --size WxH            ONNX input size (default 299x299, InceptionV3)\n"
    "  --scale S --mean M[,M,M] --std S[,S,S]\n"
    "                        ONNX input value = (pixel * S - M) / STD (default 1/127.5, 1, 1: [-1, 1])\n"
    "  --exact               MobileNetV2 in double precision, bit-exact with the quantised model\n"
    "  --device cpu|cuda     where MobileNetV2 runs (default cpu)\n";

TaggerSpec taggerSpec(const Args &a) {
    TaggerSpec s;
    s.tagger = a.get("--tagger", "mobilenet");
    s.labels = a.get("--labels");
    if (a.has("--size")) {
        int w = 0, h = 0;
        char x = 0;
        std::stringstream ss(a.get("--size"));
        if (!(ss >> w >> x >> h) || x != 'x' || w < 8 || h < 8) throw UsageError("--size takes WxH, e.g. 299x299");
        s.width = w;
        s.height = h;
    }
    if (a.has("--scale")) s.scale = float(a.getDouble("--scale", 1));
    if (a.has("--mean")) parseTriple(a.get("--mean"), s.mean, "--mean");
    if (a.has("--std")) parseTriple(a.get("--std"), s.stdev, "--std");
    s.exact = a.has("--exact");
    s.device = a.get("--device", "cpu");
    return s;
}

std::vector<std::vector<std::string>> imageWordsFromDir(const Document &doc, const std::string &dir, const TaggerSpec &spec,
                                                        int *missing) {
    auto tagger = openImageTagger(spec, taggerSearchDirs());
    std::vector<std::vector<std::string>> out(doc.tweets.size());
    *missing = 0;
    ProgressBar bar("tagging images");
    for (size_t i = 0; i < doc.tweets.size(); ++i) {
        const std::string &id = doc.tweets[i].imageId;
        bar.update(i, doc.tweets.size());
        if (id.empty()) continue;
        fs::path file;
        try {
            if (auto p = findImageFile(dir, id)) file = *p;
        } catch (const std::invalid_argument &e) { throw ParseError(doc.file, doc.tweets[i].line, e.what()); }
        if (file.empty()) {
            ++*missing;
            continue;
        }
        try {
            RgbImage img = decodeImage(slurp(file.string()));
            out[i] = classWords(tagger->classify({&img}, 5)[0]);
        } catch (const std::exception &e) {
            std::cerr << "mner predict: " << e.what() << " (" << file.string() << "); the tweet gets no image words\n";
            ++*missing;
        }
    }
    bar.finish();
    return out;
}

namespace {

const char *kTagUsage_ = "Usage: mner tag IMAGE... [tagger options]\n\n"
                         "Prints one line per image: the path, then the five best ImageNet classes as label<TAB>probability\n"
                         "pairs, best first. Unreadable images get an error on stderr; the exit status is then 1.\n\n";

int runTag(const std::vector<std::string> &argv) {
    auto valued = kTaggerOptions;
    valued.push_back("--top");
    Args a(argv, valued, kTaggerFlags);
    a.expectPositional(1, size_t(-1), "one or more images");
    setModelThreads(1);
    auto tagger = openImageTagger(taggerSpec(a), taggerSearchDirs());
    int k = a.getInt("--top", 5);
    if (k < 1) throw UsageError("--top must be at least 1");
    int failed = 0;
    for (const auto &path : a.positional()) {
        try {
            RgbImage img = decodeImage(slurp(path));
            auto top = tagger->classify({&img}, k)[0];
            std::string line = path;
            for (const auto &c : top) line += '\t' + c.label + '\t' + formatFixed(double(c.prob), 4);
            std::cout << line << '\n';
        } catch (const ImageError &e) {
            std::cout.flush();
            std::string msg = e.what();
            std::cerr << "mner tag: " << (msg.rfind(path, 0) == 0 ? msg : path + ": " + msg) << '\n';
            ++failed;
        }
    }
    std::cout.flush();
    return failed ? 1 : 0;
}

#ifdef MNER_HAVE_STORE
const char *kTagImagesUsage_ =
    "Usage: mner tag-images PROJECT [--batch N] [--force] [tagger options]\n\n"
    "Tags every image of the project and stores its five best classes and their probabilities as\n"
    "image words of the tagger's source (mobilenet_v2, onnx:NAME). Images tagged by the same tagger\n"
    "before are skipped unless --force. Ctrl+C stops after the current batch; what was tagged is kept.\n"
    "Images that cannot be read are reported and skipped (exit status 1).\n\n";

int runTagImages(const std::vector<std::string> &argv) {
    auto valued = kTaggerOptions;
    valued.push_back("--batch");
    auto flags = kTaggerFlags;
    flags.push_back("--force");
    flags.push_back("--allow-outside");
    Args a(argv, valued, flags);
    a.expectPositional(1, 1, "a project file");
    int batch = a.getInt("--batch", 16);
    if (batch < 1) throw UsageError("--batch must be at least 1");
    const std::string &path = a.positional()[0];
    if (!isServerUrl(path) && !fs::is_regular_file(path)) throw std::runtime_error(path + ": no such project");
    auto project = Project::open(path);
    setModelThreads(1);
    auto tagger = openImageTagger(taggerSpec(a), taggerSearchDirs());
    TagImagesOptions o;
    o.batch = batch;
    o.force = a.has("--force");
    o.allowOutside = a.has("--allow-outside");
    interrupted = false;
    auto previous = std::signal(SIGINT, onInterrupt);
    ProgressBar bar("tagging images");
    auto t0 = std::chrono::steady_clock::now();
    TagImagesReport r = tagProjectImages(
        *project, *tagger, o,
        [&](int done, int total) {
            if (done == 0) std::fprintf(stderr, "%d images to tag with %s\n", total, tagger->name().c_str());
            bar.update(size_t(done), size_t(total));
            return !interrupted;
        },
        [](const std::string &image, const std::string &why) {
            std::fprintf(stderr, "\nmner tag-images: image %s: %s\n", image.c_str(), why.c_str());
        });
    bar.finish();
    std::signal(SIGINT, previous);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("tagged %d image%s with %s in %s s%s; %d unreadable; %d already tagged\n", r.tagged, r.tagged == 1 ? "" : "s",
                tagger->name().c_str(), formatFixed(s, 1).c_str(), r.stopped ? " (cancelled; what was tagged is kept)" : "",
                r.unreadable, r.alreadyTagged);
    return r.unreadable || r.stopped ? 1 : 0;
}
#endif

}  // namespace

const char *kBenchTagUsage_ = "Usage: mner bench tag IMAGE... [--repeat N] [tagger options]\n\n"
                              "Milliseconds per image on one thread, decoding included (mean and p50/p90 over all runs).\n\n";

int runBenchTag(const std::vector<std::string> &argv) {
    auto valued = kTaggerOptions;
    valued.push_back("--repeat");
    valued.push_back("--threads");
    Args a(argv, valued, kTaggerFlags);
    a.expectPositional(1, size_t(-1), "one or more images");
    setModelThreads(a.getInt("--threads", 1));
    auto tagger = openImageTagger(taggerSpec(a), taggerSearchDirs());
    std::vector<std::vector<unsigned char>> files;
    for (const auto &p : a.positional()) files.push_back(slurp(p));
    {
        RgbImage warm = decodeImage(files[0]);
        tagger->classify({&warm}, 5);
    }
    std::vector<double> ms;
    int repeat = a.getInt("--repeat", 3);
    for (int r = 0; r < repeat; ++r)
        for (const auto &f : files) {
            auto t0 = std::chrono::steady_clock::now();
            RgbImage img = decodeImage(f);
            tagger->classify({&img}, 5);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    double mean = 0;
    for (double v : ms) mean += v / double(ms.size());
    std::printf("%s: %zu images x %d: mean %s ms, p50 %s ms, p90 %s ms per image (decode included, %d thread%s)\n",
                tagger->name().c_str(), files.size(), repeat, formatFixed(mean, 1).c_str(),
                formatFixed(sorted[sorted.size() / 2], 1).c_str(), formatFixed(sorted[sorted.size() * 9 / 10], 1).c_str(),
                a.getInt("--threads", 1), a.getInt("--threads", 1) == 1 ? "" : "s");
    return 0;
}

std::vector<Command> imageCommands() {
    std::vector<Command> c = {
        {"tag", "print the top-5 ImageNet classes of images", std::string(kTagUsage_) + kTaggerHelp, runTag},
#ifdef MNER_HAVE_STORE
        {"tag-images", "store image words for a project's images", std::string(kTagImagesUsage_) + kTaggerHelp, runTagImages},
#endif
    };
    return c;
}

}  // namespace mner::cli

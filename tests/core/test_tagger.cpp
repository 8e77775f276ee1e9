// The image taggers: the TFLite reader, the float MobileNetV2 against the quantised model's own
// integer arithmetic, resampling, and the ONNX path through OpenCV with a network written here.
#include "image/classify.h"
#include "image/image.h"
#include "image/onnx.h"
#include "image/tflite.h"
#include "model/imagetagger.h"
#include "model/model.h"

#include "check.h"
#include "core/onnx_writer.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

using namespace mner;
namespace fs = std::filesystem;

namespace {

std::vector<uint8_t> slurp(const fs::path &p) {
    std::ifstream in(p, std::ios::binary);
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

fs::path imagenetDir() { return fs::path(mner_test::sharedDir()) / "imagenet"; }
fs::path tflitePath() { return imagenetDir() / "mobilenet_v2_1.0_224_quant.tflite"; }
fs::path labelsPath() { return imagenetDir() / "imagenet_labels.txt"; }

void needModel() {
    if (!fs::exists(tflitePath())) SKIP("no MobileNetV2 .tflite in the shared folder");
}

TfliteClassifier &mobilenet() {
    static std::unique_ptr<TfliteClassifier> c = TfliteClassifier::load(tflitePath(), labelsPath(), {});
    return *c;
}

TfliteClassifier &mobilenetExact() {
    TfliteClassifier::Options o;
    o.exact = true;
    static std::unique_ptr<TfliteClassifier> c = TfliteClassifier::load(tflitePath(), labelsPath(), o);
    return *c;
}

RgbImage decodeFile(const fs::path &p) { return decodeImage(slurp(p)); }

std::vector<fs::path> samplePhotos() {
    std::vector<fs::path> out;
    for (const char *f : {"cat.bmp", "grace_hopper.bmp", "hot_dog.jpg", "owl.jpg", "parrot.jpg"})
        out.push_back(imagenetDir() / f);
    fs::path tweets = fs::path(mner_test::sharedDir()) / "images/twitter2015-samples";
    for (const char *split : {"train", "dev", "test"})
        if (fs::exists(tweets / split))
            for (const auto &e : fs::directory_iterator(tweets / split))
                if (e.path().extension() == ".jpg") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST(reads_the_mobilenet_file) {
    needModel();
    TfliteModel m = readTflite(tflitePath());
    CHECK_EQ(m.operators.size(), size_t(66));
    CHECK_EQ(m.tensors.size(), size_t(174));
    const TfliteTensor &in = m.tensors[size_t(m.inputs[0])];
    CHECK(in.shape == std::vector<int>({1, 224, 224, 3}));
    CHECK(in.type == TfliteType::UInt8);
    CHECK(in.scale.size() == 1 && std::abs(in.scale[0] - 0.0078125f) < 1e-6f && in.zeroPoint[0] == 128);
    const TfliteTensor &out = m.tensors[size_t(m.outputs[0])];
    CHECK(out.shape == std::vector<int>({1, 1001}));
    std::map<int, int> ops;
    for (const auto &op : m.operators) ++ops[op.code];
    CHECK_EQ(ops[int(TfliteOp::Conv2D)], 36);
    CHECK_EQ(ops[int(TfliteOp::DepthwiseConv2D)], 17);
    CHECK_EQ(ops[int(TfliteOp::Add)], 10);
    CHECK_EQ(ops[int(TfliteOp::Softmax)], 1);
    // The first convolution: 32 filters of 3 x 3 x 3, stride 2, SAME, ReLU6.
    const TfliteOperator &c0 = m.operators[0];
    CHECK(c0.code == int(TfliteOp::Conv2D) && c0.strideW == 2 && c0.samePadding && c0.activation == TfliteActivation::Relu6);
    CHECK(m.tensors[size_t(c0.inputs[1])].shape == std::vector<int>({32, 3, 3, 3}));
    CHECK_EQ(m.tensors[size_t(c0.inputs[1])].data.size(), size_t(32 * 27));
}

TEST(refuses_broken_tflite_files) {
    CHECK_THROWS(TfliteError, parseTflite({}), "not a TensorFlow Lite file");
    CHECK_THROWS(TfliteError, parseTflite(std::vector<uint8_t>(64, 0x41)), "\"TFL3\"");
    CHECK_THROWS(TfliteError, readTflite("/nonexistent/model.tflite"), "cannot open");
    needModel();
    std::vector<uint8_t> bytes = slurp(tflitePath());
    // Cut anywhere: always a clean error, never a crash or a half-read model.
    int refused = 0;
    for (size_t cut : {size_t(8), size_t(100), size_t(4096), bytes.size() / 3, bytes.size() / 2, bytes.size() * 3 / 4}) {
        std::vector<uint8_t> part(bytes.begin(), bytes.begin() + std::ptrdiff_t(cut));
        try {
            parseTflite(part);
        } catch (const TfliteError &) { ++refused; }
    }
    CHECK_EQ(refused, 6);
    // Corrupt offsets in the first kilobyte (the tables): refused or read, never a wild read.
    for (size_t at = 8; at < 1024; at += 4) {
        std::vector<uint8_t> bad = bytes;
        bad[at] ^= 0xff;
        bad[at + 3] ^= 0x7f;
        try {
            parseTflite(bad);
        } catch (const TfliteError &) {}
    }
}

TEST(top1_of_the_reference_photos) {
    needModel();
    RgbImage cat = decodeFile(imagenetDir() / "cat.bmp"), grace = decodeFile(imagenetDir() / "grace_hopper.bmp");
    auto r = mobilenet().classify({&cat, &grace}, 5);
    CHECK_EQ(r.size(), size_t(2));
    CHECK_EQ(r[0].size(), size_t(5));
    CHECK_EQ(r[0][0].label, std::string("Egyptian cat"));
    CHECK_EQ(r[1][0].label, std::string("military uniform"));
    CHECK(r[0][0].prob > r[0][1].prob && r[0][0].prob <= 1.f);
    std::printf("  cat: %s %.3f, %s %.3f; grace_hopper: %s %.3f\n", r[0][0].label.c_str(), double(r[0][0].prob),
                r[0][1].label.c_str(), double(r[0][1].prob), r[1][0].label.c_str(), double(r[1][0].prob));
}

// The float network and the quantised model's integer arithmetic agree on every sample photo and
// tweet image: the integer top-5's probabilities within one output step (1/256), and any class in
// one top-5 but not the other within two steps of the fifth.
TEST(float_network_tracks_the_integer_model) {
    needModel();
    TfliteModel m = readTflite(tflitePath());
    const float step = 1.f / 256.f;
    int images = 0, top1Same = 0;
    float worst = 0;
    for (const fs::path &p : samplePhotos()) {
        RgbImage img = decodeFile(p);
        std::vector<uint8_t> input = mobilenet().inputBytes(img);
        std::vector<uint8_t> q = runTfliteQuantized(m, input);
        std::vector<float> f = mobilenet().probabilities({input})[0];
        if (images < 2) {  // double precision: the integer model's logits exactly, so only softmax rounding
            std::vector<float> e = mobilenetExact().probabilities({input})[0];
            for (size_t c = 0; c < e.size(); ++c) CHECK(std::abs(e[c] - float(q[c]) * step) <= step);
        }
        CHECK_EQ(q.size(), f.size());
        std::vector<float> qf(q.begin(), q.end());
        for (float &v : qf) v *= step;
        auto tq = topClasses(qf, {}, 5), tf = topClasses(f, {}, 5);
        for (const auto &c : tq) {
            float d = std::abs(f[size_t(c.index)] - c.prob);
            worst = std::max(worst, d);
            if (d > step) {
                std::fprintf(stderr, "%s: class %d integer %.4f float %.4f\n", p.filename().c_str(), c.index, double(c.prob),
                             double(f[size_t(c.index)]));
                CHECK(d <= step);
            }
        }
        for (const auto &c : tf) {
            bool inBoth = std::any_of(tq.begin(), tq.end(), [&](const ClassScore &x) { return x.index == c.index; });
            if (!inBoth) CHECK(qf[size_t(c.index)] >= tq.back().prob - 2 * step);
        }
        top1Same += tq[0].index == tf[0].index;
        ++images;
    }
    std::printf("  %d images, top-1 equal on %d, largest top-5 probability difference %.4f (%.2f steps)\n", images, top1Same,
                double(worst), double(worst / step));
    CHECK(images >= 5);
}

TEST(resampling_keeps_flat_images_flat_and_averages_detail) {
    RgbImage flat;
    flat.width = 640;
    flat.height = 480;
    flat.pixels.assign(size_t(640 * 480 * 3), 77);
    RgbImage small = resizeRgb(flat, 224, 224);
    CHECK(small.width == 224 && small.height == 224);
    CHECK(std::all_of(small.pixels.begin(), small.pixels.end(), [](uint8_t v) { return v == 77; }));
    RgbImage checker;  // 1-pixel checkerboard: shrinking by 4 gives mid grey, not aliasing
    checker.width = checker.height = 64;
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x)
            for (int c = 0; c < 3; ++c) checker.pixels.push_back((x + y) % 2 ? 255 : 0);
    RgbImage g = resizeRgb(checker, 16, 16);
    for (uint8_t v : g.pixels) CHECK(v >= 120 && v <= 135);
    RgbImage up = resizeRgb(small, 448, 448);
    CHECK(up.width == 448 && up.pixels.size() == size_t(448 * 448 * 3));
    CHECK_THROWS(ImageError, resizeRgb(RgbImage{}, 10, 10), "empty");
}

TEST(class_names_and_words) {
    std::vector<std::string> labels = {"background", "tench, Tinca tinca", "Egyptian cat", "jack-o'-lantern"};
    auto top = topClasses({0.1f, 0.6f, 0.3f}, labels, 2);
    CHECK_EQ(top[0].label, std::string("Egyptian cat"));
    CHECK_EQ(top[1].label, std::string("jack-o'-lantern"));
    CHECK(classWords(top) == std::vector<std::string>({"egyptian", "cat", "jack", "o", "lantern"}));
    CHECK_EQ(firstClassName("tench, Tinca tinca"), std::string("tench"));
    CHECK_EQ(joinClassNames(top), std::string("Egyptian cat|jack-o'-lantern"));
    CHECK_EQ(joinClassScores(top), std::string("0.6000 0.3000"));
}

TEST(onnx_classifier_through_opencv) {
    fs::path dir = fs::temp_directory_path() / "mner-test-onnx";
    fs::create_directories(dir);
    // Class k responds to colour channel k; class 3 is "nothing in particular".
    std::vector<float> w = {10, 0, 0, 0, 10, 0, 0, 0, 10, 0, 0, 0};  // [class][channel]
    std::vector<float> b = {0, 0, 0, 0};
    {
        std::ofstream(dir / "colours.onnx", std::ios::binary) << onnxw::colourClassifier(w, b);
        std::ofstream(dir / "colours.txt") << "red thing\ngreen thing, verdant\nblue thing\nnothing\n";
    }
    OnnxClassifier::Options o;
    o.width = o.height = 8;
    auto c = OnnxClassifier::load((dir / "colours.onnx").string(), (dir / "colours.txt").string(), o);
    CHECK_EQ(c->name(), std::string("onnx:colours"));
    RgbImage red, green;
    red.width = red.height = green.width = green.height = 32;
    for (int i = 0; i < 32 * 32; ++i) {
        red.pixels.insert(red.pixels.end(), {255, 0, 0});
        green.pixels.insert(green.pixels.end(), {0, 255, 0});
    }
    auto r = c->classify({&red, &green}, 3);
    CHECK_EQ(r[0][0].label, std::string("red thing"));
    CHECK_EQ(r[1][0].label, std::string("green thing"));
    // Inception normalisation: 255 -> 1, 0 -> -1, so logits (10, -10, -10, 0).
    double expect = std::exp(10.0) / (std::exp(10.0) + 2 * std::exp(-10.0) + 1.0);
    CHECK(std::abs(r[0][0].prob - expect) < 1e-4);
    CHECK_EQ(r[0][1].label, std::string("nothing"));
    // A file that is not ONNX, and a missing one.
    std::ofstream(dir / "junk.onnx") << "not a network";
    CHECK_THROWS(ImageError, OnnxClassifier::load((dir / "junk.onnx").string(), (dir / "colours.txt").string(), o), "junk.onnx");
    CHECK_THROWS(ImageError, OnnxClassifier::load((dir / "none.onnx").string(), (dir / "colours.txt").string(), o),
                 "no such file");
    fs::remove_all(dir);
}

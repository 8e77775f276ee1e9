#include "check.h"

#include "image/image.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <fstream>

using namespace mner;
namespace fs = std::filesystem;

static std::vector<unsigned char> slurp(const fs::path &p) {
    std::ifstream in(p, std::ios::binary);
    return std::vector<unsigned char>(std::istreambuf_iterator<char>(in), {});
}

TEST(sniffs_formats_from_content) {
    fs::path demo = fs::path(mner_test::sourceDir()) / "resources/demo/images";
    auto png = slurp(demo / "demo03.jpg");  // a PNG named .jpg
    CHECK(sniffImageFormat(png.data(), png.size()) == ImageFormat::Png);
    auto jpg = slurp(demo / "demo01.jpg");
    CHECK(sniffImageFormat(jpg.data(), jpg.size()) == ImageFormat::Jpeg);
    ImageSize s = peekImageSize(jpg.data(), jpg.size());
    CHECK(s.width == 320 && s.height == 240);
    RgbImage a = decodeImage(png), b = decodeImage(jpg);
    CHECK(a.width == 320 && a.height == 240 && a.pixels.size() == size_t(320 * 240 * 3));
    CHECK(b.width == 320 && b.height == 240);
}

TEST(bad_images_give_clear_errors) {
    CHECK_THROWS(ImageError, decodeImage({}), "empty image file");
    std::vector<unsigned char> text{'h', 'e', 'l', 'l', 'o'};
    CHECK_THROWS(ImageError, decodeImage(text), "not an image");
    fs::path demo = fs::path(mner_test::sourceDir()) / "resources/demo/images";
    auto png = slurp(demo / "demo03.jpg");
    png.resize(40);  // header only
    CHECK_THROWS(ImageError, decodeImage(png), "truncated PNG");
    DecodeOptions small;
    small.maxPixels = 1000;
    CHECK_THROWS(ImageError, decodeImage(slurp(demo / "demo01.jpg"), small), "larger than the limit");
}

TEST(shared_sample_pngs_named_jpg) {
    fs::path d = fs::path(mner_test::sharedDir()) / "images/twitter2015-samples";
    if (!fs::exists(d)) SKIP("no shared data");
    for (const char *f : {"test/33.jpg", "train/113.jpg"}) {
        auto bytes = slurp(d / f);
        CHECK(sniffImageFormat(bytes.data(), bytes.size()) == ImageFormat::Png);
        CHECK(decodeImage(bytes).width > 0);
    }
    int n = 0;  // every sample tweet image and test photo decodes
    for (const char *sub : {"train", "dev", "test"})
        for (const auto &e : fs::directory_iterator(d / sub))
            if (e.path().extension() == ".jpg") {
                CHECK(decodeImage(slurp(e.path())).width > 0);
                ++n;
            }
    for (const auto &e : fs::directory_iterator(fs::path(mner_test::sharedDir()) / "imagenet"))
        if (e.path().extension() == ".jpg" || e.path().extension() == ".bmp") {
            CHECK(decodeImage(slurp(e.path())).width > 0);
            ++n;
        }
    CHECK_EQ(n, 20);
}

static std::vector<unsigned char> encode(const cv::Mat &m, const char *ext) {
    std::vector<unsigned char> out;
    cv::imencode(ext, m, out);
    return out;
}

TEST(grey_alpha_and_16_bit_become_8_bit_rgb) {
    cv::Mat grey(10, 12, CV_8UC1, cv::Scalar(200));
    RgbImage g = decodeImage(encode(grey, ".png"));
    CHECK(g.width == 12 && g.height == 10 && g.pixels.size() == size_t(12 * 10 * 3));
    CHECK(g.pixels[0] == 200 && g.pixels[1] == 200 && g.pixels[2] == 200);
    cv::Mat rgba(10, 12, CV_8UC4, cv::Scalar(10, 20, 30, 128));  // B, G, R, A
    RgbImage a = decodeImage(encode(rgba, ".png"));
    CHECK(a.pixels[0] == 30 && a.pixels[1] == 20 && a.pixels[2] == 10);  // R, G, B
    cv::Mat deep(10, 12, CV_16UC3, cv::Scalar(65535, 0, 32768));
    RgbImage d = decodeImage(encode(deep, ".png"));
    CHECK(d.pixels[0] >= 127 && d.pixels[0] <= 129 && d.pixels[2] == 255);  // 16-bit scaled to 8
}

TEST(exif_orientation_is_honoured) {
    cv::Mat wide(20, 40, CV_8UC3, cv::Scalar(0, 0, 255));
    std::vector<unsigned char> jpg = encode(wide, ".jpg");
    // an APP1 Exif segment with Orientation = 6 (rotate 90 degrees clockwise), right after SOI
    const unsigned char exif[] = {0xFF, 0xE1, 0x00, 0x22, 'E',  'x',  'i', 'f', 0, 0, 'M',  'M',  0x00, 0x2A, 0, 0, 0, 8,
                                  0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0,   0,   0, 1, 0x00, 0x06, 0,    0,    0, 0, 0, 0};
    jpg.insert(jpg.begin() + 2, std::begin(exif), std::end(exif));
    RgbImage r = decodeImage(jpg);
    CHECK_EQ(r.width, 20);
    CHECK_EQ(r.height, 40);
}

TEST(truncated_files_are_refused) {
    cv::Mat m(30, 30, CV_8UC3, cv::Scalar(1, 2, 3));
    auto jpg = encode(m, ".jpg");
    jpg.resize(jpg.size() - 40);
    CHECK_THROWS(ImageError, decodeImage(jpg), "truncated JPEG");
    auto png = encode(m, ".png");
    png.resize(png.size() - 12);
    CHECK_THROWS(ImageError, decodeImage(png), "truncated PNG");
    CHECK(decodeImage(encode(m, ".bmp")).width == 30);
}

#include "check.h"

#include "image/image.h"

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
    CHECK_THROWS(ImageError, decodeImage(png), "could not be decoded");
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
}

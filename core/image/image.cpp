#include "image/image.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <cstring>

namespace mner {

const char *imageFormatName(ImageFormat f) {
    switch (f) {
    case ImageFormat::Jpeg: return "JPEG";
    case ImageFormat::Png: return "PNG";
    case ImageFormat::Gif: return "GIF";
    case ImageFormat::Bmp: return "BMP";
    case ImageFormat::Webp: return "WebP";
    case ImageFormat::Tiff: return "TIFF";
    case ImageFormat::Unknown: break;
    }
    return "unknown";
}

ImageFormat sniffImageFormat(const unsigned char *d, size_t n) {
    auto starts = [&](const char *magic, size_t len, size_t at = 0) {
        return n >= at + len && std::memcmp(d + at, magic, len) == 0;
    };
    if (starts("\xFF\xD8\xFF", 3)) return ImageFormat::Jpeg;
    if (starts("\x89PNG\r\n\x1A\n", 8)) return ImageFormat::Png;
    if (starts("GIF87a", 6) || starts("GIF89a", 6)) return ImageFormat::Gif;
    if (starts("BM", 2) && n >= 26) return ImageFormat::Bmp;
    if (starts("RIFF", 4) && starts("WEBP", 4, 8)) return ImageFormat::Webp;
    if (starts("II*\0", 4) || starts("MM\0*", 4)) return ImageFormat::Tiff;  // NOLINT(bugprone-string-literal-with-embedded-nul): lengths given
    return ImageFormat::Unknown;
}

namespace {
uint32_t be32(const unsigned char *p) { return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]; }
uint16_t be16(const unsigned char *p) { return uint16_t(p[0] << 8 | p[1]); }
uint16_t le16(const unsigned char *p) { return uint16_t(p[1] << 8 | p[0]); }
int32_t le32(const unsigned char *p) { return int32_t(uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0]); }
}  // namespace

ImageSize peekImageSize(const unsigned char *d, size_t n) {
    switch (sniffImageFormat(d, n)) {
    case ImageFormat::Png:
        if (n >= 24) return {int(be32(d + 16) & 0x7FFFFFFF), int(be32(d + 20) & 0x7FFFFFFF)};
        break;
    case ImageFormat::Gif:
        if (n >= 10) return {le16(d + 6), le16(d + 8)};
        break;
    case ImageFormat::Bmp: {
        // BMP heights are negative for top-down images; INT32_MIN has no positive counterpart
        auto magnitude = [](int32_t v) { return v == INT32_MIN ? INT32_MAX : (v < 0 ? -v : v); };
        return {magnitude(le32(d + 18)), magnitude(le32(d + 22))};
    }
    case ImageFormat::Jpeg: {
        size_t i = 2;
        while (i + 9 < n) {
            if (d[i] != 0xFF) {
                ++i;
                continue;
            }
            unsigned char m = d[i + 1];
            if (m == 0xFF) {
                ++i;
                continue;
            }
            if (m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
                i += 2;
                continue;
            }
            bool sof = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
            if (sof) return {be16(d + i + 7), be16(d + i + 5)};
            i += 2 + be16(d + i + 2);
        }
        break;
    }
    default: break;
    }
    return {};
}

RgbImage decodeImage(const std::vector<unsigned char> &bytes, const DecodeOptions &opt) {
    if (bytes.empty()) throw ImageError("empty image file");
    ImageFormat f = sniffImageFormat(bytes.data(), bytes.size());
    if (f == ImageFormat::Unknown)
        throw ImageError("not an image: expected JPEG, PNG, GIF, BMP, WebP or TIFF data, found none of their signatures");
    ImageSize sz = peekImageSize(bytes.data(), bytes.size());
    if (int64_t(sz.width) * sz.height > opt.maxPixels)
        throw ImageError(std::string(imageFormatName(f)) + " image of " + std::to_string(sz.width) + "x" +
                         std::to_string(sz.height) + " pixels is larger than the limit of " + std::to_string(opt.maxPixels) +
                         " pixels");
    // OpenCV decodes what it can of a cut-off file and only warns: check the end markers first.
    if (f == ImageFormat::Jpeg) {
        // the end-of-image marker near the end (writers may pad or append a little after it)
        static const unsigned char eoi[] = {0xFF, 0xD9};
        auto tail = bytes.end() - long(std::min<size_t>(bytes.size() - 2, 65536));
        if (std::search(tail, bytes.end(), std::begin(eoi), std::end(eoi)) == bytes.end())
            throw ImageError("truncated JPEG: the end-of-image marker is missing");
    } else if (f == ImageFormat::Png) {
        static const unsigned char iend[] = {'I', 'E', 'N', 'D'};
        auto tail = bytes.end() - long(std::min<size_t>(bytes.size(), 64));
        if (std::search(tail, bytes.end(), std::begin(iend), std::end(iend)) == bytes.end())
            throw ImageError("truncated PNG: the IEND chunk is missing");
    }
    cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<unsigned char *>(bytes.data()));
    cv::Mat bgr;
    try {
        bgr = cv::imdecode(raw, cv::IMREAD_COLOR);  // 8-bit, 3 channels, EXIF orientation applied
    } catch (const cv::Exception &e) {
        throw ImageError(std::string(imageFormatName(f)) + " data could not be decoded: " + e.what());
    }
    if (bgr.empty()) throw ImageError(std::string(imageFormatName(f)) + " data could not be decoded (truncated or corrupt?)");
    if (int64_t(bgr.cols) * bgr.rows > opt.maxPixels)
        throw ImageError("image larger than the limit of " + std::to_string(opt.maxPixels) + " pixels");
    RgbImage out;
    out.width = bgr.cols;
    out.height = bgr.rows;
    out.pixels.resize(size_t(bgr.cols) * size_t(bgr.rows) * 3);
    cv::Mat rgb(bgr.rows, bgr.cols, CV_8UC3, out.pixels.data());
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return out;
}

}  // namespace mner

// Decoding tweet images from bytes. The format is sniffed from the content, never taken from the
// file name (some .jpg files are PNGs). Everything comes out as 8-bit RGB.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace mner {

enum class ImageFormat { Unknown, Jpeg, Png, Gif, Bmp, Webp, Tiff };
const char *imageFormatName(ImageFormat f);

// Looks at the first bytes only. Requires nothing.
ImageFormat sniffImageFormat(const unsigned char *data, size_t size);

struct ImageSize {
    int width = 0, height = 0;
};
// Width and height from the header of PNG, JPEG, GIF, BMP and WebP without decoding pixels;
// {0, 0} when the header does not say.
ImageSize peekImageSize(const unsigned char *data, size_t size);

class ImageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct RgbImage {
    int width = 0, height = 0;
    std::vector<uint8_t> pixels;  // row-major RGB, 3 bytes a pixel
};

struct DecodeOptions {
    int64_t maxPixels = 40'000'000;  // refuse larger images before decoding them
};

// Decodes the bytes: EXIF orientation applied; grey, alpha and 16-bit images become 8-bit RGB.
// Throws ImageError for empty, truncated, unknown or oversized input, with what was found.
RgbImage decodeImage(const std::vector<unsigned char> &bytes, const DecodeOptions &opt = {});

}  // namespace mner

// libFuzzer target: image sniffing, header sizes and decoding.
#include "image/image.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    (void)mner::sniffImageFormat(data, size);
    (void)mner::peekImageSize(data, size);
    mner::DecodeOptions o;
    o.maxPixels = 4'000'000;  // keep the fuzzer's memory bounded
    try {
        mner::RgbImage img = mner::decodeImage(std::vector<unsigned char>(data, data + size), o);
        (void)img;
    } catch (const mner::ImageError &) {}
    return 0;
}

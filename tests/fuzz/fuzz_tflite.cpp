// libFuzzer target: the TensorFlow Lite flatbuffer reader (offsets, vtables, vectors, shapes).
#include "image/tflite.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    try {
        mner::TfliteModel m = mner::parseTflite(std::vector<uint8_t>(data, data + size));
        (void)m;
    } catch (const mner::TfliteError &) {}
    return 0;
}

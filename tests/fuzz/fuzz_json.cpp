// libFuzzer target: the JSON reader (model headers, JSONL lines, captions).
#include "io/json.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    try {
        mner::json::Value v = mner::json::parse(std::string(reinterpret_cast<const char *>(data), size));
        (void)v;
    } catch (const mner::json::Error &) {}
    return 0;
}

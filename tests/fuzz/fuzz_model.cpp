// libFuzzer target: the model file reader behind its checksum. The input is taken as everything
// before the SHA-256 and the checksum is appended here, so the fuzzer reaches the header, the
// vocabularies and the tensors instead of stopping at a checksum mismatch.
#include "model/model.h"
#include "text/sha256.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    std::string body(reinterpret_cast<const char *>(data), size);
    std::string file = body + mner::sha256Hex(body.data(), body.size());
    try {
        auto t = mner::Tagger::loadBytes(file, "fuzz.mnerm");
        (void)t;
    } catch (const mner::ModelError &) {}
    return 0;
}

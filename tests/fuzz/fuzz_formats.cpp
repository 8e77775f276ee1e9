// libFuzzer target: every reader of annotated text (Twitter, CoNLL, CoNLL-2003, JSONL, doccano),
// chosen by the first byte, and a write-back of whatever was read.
#include "io/formats.h"

#include <cstddef>
#include <cstdint>
#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) return 0;
    static const mner::Format formats[] = {mner::Format::Auto,      mner::Format::Twitter, mner::Format::Conll,
                                           mner::Format::Conll2003, mner::Format::Jsonl,   mner::Format::Doccano};
    mner::ReadOptions o;
    o.format = formats[data[0] % 6];
    std::string bytes(reinterpret_cast<const char *>(data) + 1, size - 1);
    try {
        mner::Document d = mner::parseDocument(bytes, "fuzz", o);
        std::ostringstream out;
        mner::writeDocument(out, d);
    } catch (const mner::ParseError &) {}
    return 0;
}

// Runs a fuzz target's entry point over its saved corpus and crash reproducers, so that every
// input the fuzzer ever found stays a regression test in the ordinary build.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
    int n = 0;
    for (int i = 1; i < argc; ++i) {
        if (!std::filesystem::is_directory(argv[i])) {
            std::printf("%s: not a folder of inputs\n0 passed, 1 failed\n", argv[i]);
            return 1;
        }
        for (const auto &e : std::filesystem::directory_iterator(argv[i])) {
            std::ifstream in(e.path(), std::ios::binary);
            std::string s((std::istreambuf_iterator<char>(in)), {});
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(s.data()), s.size());
            ++n;
        }
    }
    // An empty or missing corpus replays nothing and proves nothing.
    if (n == 0) {
        std::printf("replayed no input\n0 passed, 1 failed\n");
        return 1;
    }
    std::printf("replayed %d inputs\n%d passed, 0 failed\n", n, n);
    return 0;
}

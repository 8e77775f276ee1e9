// Writes a tiny ONNX colour classifier, its labels and two solid-colour BMPs into a folder, for the
// command-line tests of `mner tag --tagger onnx:FILE`. Usage: make_onnx DIR
#include "core/onnx_writer.h"

#include <cstdio>
#include <fstream>
#include <string>

static void bmp(const std::string &path, unsigned char r, unsigned char g, unsigned char b) {
    const int w = 16, h = 16, row = w * 3, size = 54 + row * h;
    unsigned char hdr[54] = {'B', 'M'};
    auto put32 = [&](int at, int v) {
        for (int i = 0; i < 4; ++i) hdr[at + i] = static_cast<unsigned char>(v >> (8 * i));
    };
    put32(2, size);
    put32(10, 54);
    put32(14, 40);
    put32(18, w);
    put32(22, h);
    hdr[26] = 1;
    hdr[28] = 24;
    put32(34, row * h);
    std::ofstream f(path, std::ios::binary);
    f.write(reinterpret_cast<const char *>(hdr), 54);
    for (int i = 0; i < w * h; ++i) f << b << g << r;  // BMP stores BGR
}

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_onnx DIR\n");
        return 2;
    }
    std::string dir = argv[1];
    std::ofstream(dir + "/colours.onnx", std::ios::binary)
        << onnxw::colourClassifier({10, 0, 0, 0, 10, 0, 0, 0, 10, 0, 0, 0}, {0, 0, 0, 0});
    std::ofstream(dir + "/colours.txt") << "red thing\ngreen thing, verdant\nblue thing\nnothing\n";
    bmp(dir + "/red.bmp", 255, 0, 0);
    bmp(dir + "/green.bmp", 0, 255, 0);
    return 0;
}

#include "image/classify.h"
#include "text/numbers.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <numeric>

namespace mner {

std::vector<std::string> readClassLabels(const std::string &path) {
    std::ifstream in(path);
    if (!in) throw ImageError(path + ": cannot open the class labels");
    std::vector<std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(line);
    }
    while (!out.empty() && out.back().empty()) out.pop_back();
    if (out.empty()) throw ImageError(path + ": no class labels in the file");
    return out;
}

std::string firstClassName(const std::string &label) {
    size_t c = label.find(',');
    std::string s = label.substr(0, c);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

std::vector<ClassScore> topClasses(const std::vector<float> &probs, const std::vector<std::string> &labels, int k) {
    std::vector<int> idx(probs.size());
    std::iota(idx.begin(), idx.end(), 0);
    k = std::min<int>(k, int(idx.size()));
    std::partial_sort(idx.begin(), idx.begin() + k, idx.end(), [&](int a, int b) {
        return probs[size_t(a)] > probs[size_t(b)] || (probs[size_t(a)] == probs[size_t(b)] && a < b);
    });
    size_t offset = labels.size() == probs.size() + 1 ? 1 : 0;
    std::vector<ClassScore> out;
    for (int i = 0; i < k; ++i) {
        ClassScore c;
        c.index = idx[size_t(i)];
        size_t li = size_t(c.index) + offset;
        c.label = li < labels.size() ? firstClassName(labels[li]) : "class " + std::to_string(c.index);
        c.prob = probs[size_t(c.index)];
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<std::string> classWords(const std::vector<ClassScore> &classes) {
    std::vector<std::string> words;
    for (const auto &c : classes) {
        std::string w;
        for (char ch : c.label + ' ') {
            if (ch == ' ' || ch == '-' || ch == '_') {
                if (!w.empty()) words.push_back(w);
                w.clear();
            } else if (ch != '\'') {
                w += char(std::tolower(static_cast<unsigned char>(ch)));
            }
        }
    }
    return words;
}

std::string joinClassNames(const std::vector<ClassScore> &classes) {
    std::string s;
    for (size_t i = 0; i < classes.size(); ++i) s += (i ? "|" : "") + classes[i].label;
    return s;
}

std::string joinClassScores(const std::vector<ClassScore> &classes) {
    std::string s;
    for (size_t i = 0; i < classes.size(); ++i) s += (i ? " " : "") + formatFixed(double(classes[i].prob), 4);
    return s;
}

namespace {

// Per output position, the first source index and the normalised weights of the triangle filter.
struct Taps {
    std::vector<int> first;
    std::vector<std::vector<float>> weights;
};

Taps taps(int in, int out) {
    Taps t;
    double scale = double(in) / out, support = std::max(1.0, scale);
    for (int o = 0; o < out; ++o) {
        double center = (o + 0.5) * scale;
        int lo = std::max(0, int(std::floor(center - support))), hi = std::min(in, int(std::ceil(center + support)));
        std::vector<float> w;
        double sum = 0;
        for (int i = lo; i < hi; ++i) {
            double d = std::abs((i + 0.5 - center) / support);
            double v = d < 1 ? 1 - d : 0;
            w.push_back(float(v));
            sum += v;
        }
        if (sum <= 0) {  // degenerate: nearest pixel
            lo = std::min(in - 1, int(center));
            w.assign(1, 1.f);
            sum = 1;
        }
        for (float &v : w) v = float(v / sum);
        t.first.push_back(lo);
        t.weights.push_back(std::move(w));
    }
    return t;
}

}  // namespace

RgbImage resizeRgb(const RgbImage &img, int w, int h) {
    if (w <= 0 || h <= 0 || img.width <= 0 || img.height <= 0) throw ImageError("cannot resize an empty image");
    Taps tx = taps(img.width, w), ty = taps(img.height, h);
    // Horizontal pass into floats, then vertical into bytes.
    std::vector<float> mid(size_t(img.height) * size_t(w) * 3);
    for (int y = 0; y < img.height; ++y) {
        const uint8_t *row = &img.pixels[size_t(y) * size_t(img.width) * 3];
        for (int x = 0; x < w; ++x) {
            float acc[3] = {0, 0, 0};
            const auto &wt = tx.weights[size_t(x)];
            for (size_t k = 0; k < wt.size(); ++k) {
                const uint8_t *p = row + size_t(tx.first[size_t(x)] + int(k)) * 3;
                for (int c = 0; c < 3; ++c) acc[c] += wt[k] * p[c];
            }
            for (int c = 0; c < 3; ++c) mid[(size_t(y) * size_t(w) + size_t(x)) * 3 + size_t(c)] = acc[c];
        }
    }
    RgbImage out;
    out.width = w;
    out.height = h;
    out.pixels.resize(size_t(w) * size_t(h) * 3);
    for (int y = 0; y < h; ++y) {
        const auto &wt = ty.weights[size_t(y)];
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < 3; ++c) {
                float acc = 0;
                for (size_t k = 0; k < wt.size(); ++k)
                    acc += wt[k] * mid[(size_t(ty.first[size_t(y)] + int(k)) * size_t(w) + size_t(x)) * 3 + size_t(c)];
                out.pixels[(size_t(y) * size_t(w) + size_t(x)) * 3 + size_t(c)] = uint8_t(std::clamp(std::lround(acc), 0L, 255L));
            }
    }
    return out;
}

}  // namespace mner

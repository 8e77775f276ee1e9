#include "model/kernels.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace mner::kernels {

void adamUpdate(float *p, const float *g, float *m, float *v, int64_t n, const AdamStep &s) {
    const float b1 = float(s.b1), b2 = float(s.b2), a1 = float(1 - s.b1), a2 = float(1 - s.b2);
    const float stepSize = float(s.lr / s.c1), invC2 = float(1 / s.c2), eps = float(s.eps), scale = float(s.gradScale);
    const float shrink = float(1 - s.lr * s.decay);
    const bool decay = s.decay > 0;
    for (int64_t i = 0; i < n; ++i) {
        float gi = g[i] * scale;
        float mi = b1 * m[i] + a1 * gi;
        float vi = b2 * v[i] + a2 * gi * gi;
        m[i] = mi;
        v[i] = vi;
        float pi = decay ? p[i] * shrink : p[i];
        p[i] = pi - stepSize * mi / (std::sqrt(vi * invC2) + eps);
    }
}

void lstmCell(const float *gates, const float *cPrev, float *c, int64_t B, int64_t H) {
    for (int64_t b = 0; b < B; ++b) {
        const float *gi = gates + b * 4 * H, *gf = gi + H, *gg = gi + 2 * H;
        float *cb = c + b * H;
        if (cPrev) {
            const float *pb = cPrev + b * H;
            for (int64_t j = 0; j < H; ++j) cb[j] = gf[j] * pb[j] + gi[j] * gg[j];
        } else {
            for (int64_t j = 0; j < H; ++j) cb[j] = gi[j] * gg[j];
        }
    }
}

void lstmHidden(const float *gates, const float *tanhC, float *h, int64_t B, int64_t H) {
    for (int64_t b = 0; b < B; ++b) {
        const float *go = gates + b * 4 * H + 3 * H, *tb = tanhC + b * H;
        float *hb = h + b * H;
        for (int64_t j = 0; j < H; ++j) hb[j] = go[j] * tb[j];
    }
}

void lstmCellBackward(const float *gates, const float *tanhC, const float *cPrev, const float *dhOut, const float *dhNext,
                      float *dcNext, float *dGates, int64_t B, int64_t H) {
    for (int64_t b = 0; b < B; ++b) {
        const float *gi = gates + b * 4 * H, *gf = gi + H, *gg = gi + 2 * H, *go = gi + 3 * H, *tb = tanhC + b * H;
        const float *dho = dhOut + b * H, *dhn = dhNext ? dhNext + b * H : nullptr, *cp = cPrev ? cPrev + b * H : nullptr;
        float *di = dGates + b * 4 * H, *df = di + H, *dg = di + 2 * H, *dout = di + 3 * H, *dc = dcNext + b * H;
        for (int64_t j = 0; j < H; ++j) {
            float dh = dhn ? dho[j] + dhn[j] : dho[j];
            float dcj = dh * go[j] * (1.f - tb[j] * tb[j]) + dc[j];
            float c0 = cp ? cp[j] : 0.f;
            dout[j] = dh * tb[j] * go[j] * (1.f - go[j]);
            di[j] = dcj * gg[j] * gi[j] * (1.f - gi[j]);
            df[j] = dcj * c0 * gf[j] * (1.f - gf[j]);
            dg[j] = dcj * gi[j] * (1.f - gg[j] * gg[j]);
            dc[j] = dcj * gf[j];
        }
    }
}

namespace {
// SplitMix64: a counter-based generator, good enough for dropout masks and cheap.
inline uint64_t mix(uint64_t z) {
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
}  // namespace

void targetedDropoutMask(const float *x, float *mask, int64_t rows, int64_t cols, int64_t k, double dropRate, uint64_t seed) {
    std::vector<float> mag(static_cast<size_t>(cols));
    k = std::clamp<int64_t>(k, 1, cols);
    // draws below this integer are drops (53-bit uniform compared in integers)
    const uint64_t below = uint64_t(std::clamp(dropRate, 0.0, 1.0) * double(1ull << 53));
    for (int64_t r = 0; r < rows; ++r) {
        const float *xr = x + r * cols;
        float *mr = mask + r * cols;
        for (int64_t j = 0; j < cols; ++j) mag[size_t(j)] = std::fabs(xr[j]);
        std::nth_element(mag.begin(), mag.begin() + (k - 1), mag.end());
        const float threshold = mag[size_t(k - 1)];
        uint64_t counter = mix(seed ^ mix(uint64_t(r)));
        for (int64_t j = 0; j < cols; ++j) {
            bool drop = false;
            if (std::fabs(xr[j]) <= threshold) drop = (mix(counter + uint64_t(j)) >> 11) < below;
            mr[j] = drop ? 0.f : 1.f;
        }
    }
}

namespace {
double logSumExp(const double *x, int64_t n) {
    double m = x[0];
    for (int64_t i = 1; i < n; ++i) m = std::max(m, x[i]);
    double sum = 0;
    for (int64_t i = 0; i < n; ++i) sum += std::exp(x[i] - m);
    return m + std::log(sum);
}

// Forward pass of one sequence of length n: alpha[t][j] = log sum over paths ending in j at t.
// Returns log Z. tmp holds K doubles.
double crfForward(const float *e, const float *trans, const float *start, const float *end, int64_t n, int64_t K, double *alpha,
                  double *tmp) {
    for (int64_t j = 0; j < K; ++j) alpha[j] = double(start[j]) + e[j];
    for (int64_t t = 1; t < n; ++t)
        for (int64_t j = 0; j < K; ++j) {
            for (int64_t i = 0; i < K; ++i) tmp[i] = alpha[(t - 1) * K + i] + trans[i * K + j];
            alpha[t * K + j] = logSumExp(tmp, K) + e[t * K + j];
        }
    for (int64_t j = 0; j < K; ++j) tmp[j] = alpha[(n - 1) * K + j] + end[j];
    return logSumExp(tmp, K);
}

// Backward pass: beta[t][i] = log sum over continuations from i at t.
void crfBackward(const float *e, const float *trans, const float *end, int64_t n, int64_t K, double *beta, double *tmp) {
    for (int64_t i = 0; i < K; ++i) beta[(n - 1) * K + i] = end[i];
    for (int64_t t = n - 2; t >= 0; --t)
        for (int64_t i = 0; i < K; ++i) {
            for (int64_t j = 0; j < K; ++j) tmp[j] = double(trans[i * K + j]) + e[(t + 1) * K + j] + beta[(t + 1) * K + j];
            beta[t * K + i] = logSumExp(tmp, K);
        }
}
}  // namespace

double crfNll(const float *em, const float *trans, const float *start, const float *end, const int64_t *tags,
              const int64_t *lengths, int64_t B, int64_t T, int64_t K, double scale, float *dEm, float *dTrans, float *dStart,
              float *dEnd) {
    std::vector<double> alpha(static_cast<size_t>(T * K)), beta(static_cast<size_t>(T * K)), tmp(static_cast<size_t>(K));
    double total = 0;
    for (int64_t b = 0; b < B; ++b) {
        const int64_t n = std::clamp<int64_t>(lengths[b], 1, T);
        const float *e = em + b * T * K;
        const int64_t *y = tags + b * T;
        const double logZ = crfForward(e, trans, start, end, n, K, alpha.data(), tmp.data());
        double gold = double(start[y[0]]) + end[y[n - 1]];
        for (int64_t t = 0; t < n; ++t) gold += e[t * K + y[t]];
        for (int64_t t = 1; t < n; ++t) gold += trans[y[t - 1] * K + y[t]];
        total += logZ - gold;
        if (!dEm) continue;
        crfBackward(e, trans, end, n, K, beta.data(), tmp.data());
        float *de = dEm + b * T * K;
        for (int64_t t = 0; t < n; ++t)
            for (int64_t j = 0; j < K; ++j) {
                double p = std::exp(alpha[size_t(t * K + j)] + beta[size_t(t * K + j)] - logZ);
                de[t * K + j] += float(scale * (p - (y[t] == j ? 1.0 : 0.0)));
                if (t == 0) dStart[j] += float(scale * (p - (y[0] == j ? 1.0 : 0.0)));
                if (t == n - 1) dEnd[j] += float(scale * (p - (y[n - 1] == j ? 1.0 : 0.0)));
            }
        for (int64_t t = 1; t < n; ++t) {
            for (int64_t i = 0; i < K; ++i)
                for (int64_t j = 0; j < K; ++j) {
                    double xi = std::exp(alpha[size_t((t - 1) * K + i)] + trans[i * K + j] + e[t * K + j] +
                                         beta[size_t(t * K + j)] - logZ);
                    dTrans[i * K + j] += float(scale * xi);
                }
            dTrans[y[t - 1] * K + y[t]] -= float(scale);
        }
    }
    return total;
}

void crfMarginals(const float *em, const float *trans, const float *start, const float *end, const int64_t *lengths, int64_t B,
                  int64_t T, int64_t K, float *out) {
    std::vector<double> alpha(static_cast<size_t>(T * K)), beta(static_cast<size_t>(T * K)), tmp(static_cast<size_t>(K));
    std::fill(out, out + B * T * K, 0.f);
    for (int64_t b = 0; b < B; ++b) {
        const int64_t n = std::clamp<int64_t>(lengths[b], 1, T);
        const float *e = em + b * T * K;
        const double logZ = crfForward(e, trans, start, end, n, K, alpha.data(), tmp.data());
        crfBackward(e, trans, end, n, K, beta.data(), tmp.data());
        float *o = out + b * T * K;
        for (int64_t t = 0; t < n * K; ++t) o[t] = float(std::exp(alpha[size_t(t)] + beta[size_t(t)] - logZ));
    }
}

void im2colSame(const float *x, float *cols, int64_t N, int64_t L, int64_t C, int64_t k) {
    const int64_t left = (k - 1) / 2;
    const size_t rowBytes = size_t(C) * sizeof(float);
    for (int64_t n = 0; n < N; ++n) {
        const float *xn = x + n * L * C;
        float *out = cols + n * L * k * C;
        for (int64_t l = 0; l < L; ++l)
            for (int64_t i = 0; i < k; ++i, out += C) {
                int64_t src = l + i - left;
                if (src >= 0 && src < L)
                    std::memcpy(out, xn + src * C, rowBytes);
                else
                    std::memset(out, 0, rowBytes);
            }
    }
}

void im2colSameBackward(const float *dcols, float *dx, int64_t N, int64_t L, int64_t C, int64_t k) {
    const int64_t left = (k - 1) / 2;
    std::memset(dx, 0, size_t(N * L * C) * sizeof(float));
    for (int64_t n = 0; n < N; ++n) {
        float *dxn = dx + n * L * C;
        const float *in = dcols + n * L * k * C;
        for (int64_t l = 0; l < L; ++l)
            for (int64_t i = 0; i < k; ++i, in += C) {
                int64_t dst = l + i - left;
                if (dst < 0 || dst >= L) continue;
                float *d = dxn + dst * C;
                for (int64_t c = 0; c < C; ++c) d[c] += in[c];
            }
    }
}

void maxPool2(const float *x, float *y, uint8_t *second, int64_t N, int64_t L, int64_t C) {
    const int64_t rows = N * (L / 2);
    for (int64_t r = 0; r < rows; ++r) {
        const float *a = x + 2 * r * C, *b = a + C;
        float *yr = y + r * C;
        uint8_t *sr = second + r * C;
        for (int64_t c = 0; c < C; ++c) {
            bool s = b[c] > a[c];
            sr[c] = s;
            yr[c] = s ? b[c] : a[c];
        }
    }
}

void maxPool2Backward(const float *dy, const uint8_t *second, float *dx, int64_t N, int64_t L, int64_t C) {
    const int64_t rows = N * (L / 2);
    for (int64_t r = 0; r < rows; ++r) {
        const float *g = dy + r * C;
        const uint8_t *sr = second + r * C;
        float *a = dx + 2 * r * C, *b = a + C;
        for (int64_t c = 0; c < C; ++c) {
            a[c] = sr[c] ? 0.f : g[c];
            b[c] = sr[c] ? g[c] : 0.f;
        }
    }
}

void upsample2(const float *x, float *y, int64_t N, int64_t L, int64_t C) {
    const size_t rowBytes = size_t(C) * sizeof(float);
    for (int64_t r = 0; r < N * L; ++r) {
        std::memcpy(y + 2 * r * C, x + r * C, rowBytes);
        std::memcpy(y + (2 * r + 1) * C, x + r * C, rowBytes);
    }
}

void upsample2Backward(const float *dy, float *dx, int64_t N, int64_t L, int64_t C) {
    for (int64_t r = 0; r < N * L; ++r) {
        const float *a = dy + 2 * r * C, *b = a + C;
        float *d = dx + r * C;
        for (int64_t c = 0; c < C; ++c) d[c] = a[c] + b[c];
    }
}

}  // namespace mner::kernels

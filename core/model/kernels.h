// Plain float loops behind the model library's fused CPU operations (no torch here, so this
// file compiles in a second and with the flags that let the loops vectorise). Every pointer is
// to contiguous row-major data; sizes are element counts.
#pragma once

#include <cstdint>

namespace mner::kernels {

// One Adam/AdamW update of n parameters. Requires m and v from earlier steps (zeros at first).
// g is multiplied by gradScale before use (gradient clipping without touching g); with decay > 0
// the parameter first shrinks by lr * decay (decoupled weight decay). c1, c2: bias corrections
// 1 - b1^t and 1 - b2^t. Same arithmetic as torch::optim::Adam (AdamW with decay).
struct AdamStep {
    double lr, b1, b2, eps, c1, c2, decay, gradScale;
};
void adamUpdate(float *p, const float *g, float *m, float *v, int64_t n, const AdamStep &s);

// LSTM cell, one time step for B rows, gate order i, f, g, o (PyTorch's). On entry gates [B, 4H]
// holds the pre-activations with i, f, o already through the sigmoid and g through tanh (the
// caller runs the vectorised library functions); cPrev [B, H] may be null (zero state).
// Writes c [B, H]. The caller then sets tanhC = tanh(c) and calls lstmHidden.
void lstmCell(const float *gates, const float *cPrev, float *c, int64_t B, int64_t H);
// h = o * tanh(c): gates [B, 4H], tanhC [B, H] -> h [B, H]
void lstmHidden(const float *gates, const float *tanhC, float *h, int64_t B, int64_t H);
// Backward of one step. In: the step's activated gates, tanh(c), c of the step before (null at
// t = 0), dh [B, H] (from the output and from the next step, summed by the caller: dhOut + dhNext,
// dhNext may be null), dcNext [B, H] (in/out: the cell gradient from the next step on entry, this
// step's contribution to the step before on exit). Out: dGates [B, 4H], pre-activation gradients.
void lstmCellBackward(const float *gates, const float *tanhC, const float *cPrev, const float *dhOut, const float *dhNext,
                      float *dcNext, float *dGates, int64_t B, int64_t H);

// Targeted dropout's keep mask for `rows` samples of `cols` units: mask = 0 where |x| is among the
// k smallest magnitudes of its row (ties at the threshold count as small) and a uniform draw is
// below dropRate, else 1. The draws come from a counter-based generator keyed by seed and row, so
// a seed gives the same mask every time.
void targetedDropoutMask(const float *x, float *mask, int64_t rows, int64_t cols, int64_t k, double dropRate, uint64_t seed);

// Linear-chain CRF over B sequences padded to T steps: emissions em [B, T, K], transitions
// trans[i * K + j] (from i to j), start and end scores [K], gold tags [B, T], lengths[b] in 1..T.
// Returns the summed negative log-likelihood of the gold paths (log Z - path score). When dEm is
// not null, adds scale * the gradient to dEm [B, T, K] (nothing past a length), dTrans [K, K],
// dStart and dEnd [K] (forward-backward marginals minus the gold path's counts).
double crfNll(const float *em, const float *trans, const float *start, const float *end, const int64_t *tags,
              const int64_t *lengths, int64_t B, int64_t T, int64_t K, double scale, float *dEm, float *dTrans, float *dStart,
              float *dEnd);
// The same CRF's per-token tag probabilities (forward-backward in double): out [B, T, K], rows
// at t >= lengths[b] set to 0.
void crfMarginals(const float *em, const float *trans, const float *start, const float *end, const int64_t *lengths, int64_t B,
                  int64_t T, int64_t K, float *out);

// Character-CNN helpers over channels-last maps x [N, L, C] (row n, position l, channel c).
// Columns for a "same" convolution of width k (left padding (k-1)/2, the rest on the right):
// cols [N, L, k, C], cols[n, l, i, c] = x[n, l + i - (k-1)/2, c], 0 outside the map.
void im2colSame(const float *x, float *cols, int64_t N, int64_t L, int64_t C, int64_t k);
// Its backward: dx[n, l, c] = sum over i of dcols[n, l - i + (k-1)/2, i, c]; dx is overwritten.
void im2colSameBackward(const float *dcols, float *dx, int64_t N, int64_t L, int64_t C, int64_t k);
// Max over position pairs (L even): y [N, L/2, C]; second[j] = 1 where position 2j+1 won
// (ties go to the first, as max-pooling does).
void maxPool2(const float *x, float *y, uint8_t *second, int64_t N, int64_t L, int64_t C);
// dx [N, L, C] (overwritten) from dy [N, L/2, C]: each gradient to the position that won.
void maxPool2Backward(const float *dy, const uint8_t *second, float *dx, int64_t N, int64_t L, int64_t C);
// Nearest-neighbour doubling along the positions: y [N, 2L, C]; backward sums each pair.
void upsample2(const float *x, float *y, int64_t N, int64_t L, int64_t C);
void upsample2Backward(const float *dy, float *dx, int64_t N, int64_t L, int64_t C);

}  // namespace mner::kernels

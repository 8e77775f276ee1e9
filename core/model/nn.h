// libtorch internals of the model library. Only the model library's own sources and its tests
// include this header: it must never reach Qt code.
#pragma once

#include "io/json.h"
#include "model/kernels.h"
#include "model/model.h"

#include <torch/torch.h>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace mner::nn {

// The fused loops (kernels.cpp) take float tensors in CPU memory; anything else runs as tensor operations.
inline bool plainCpuFloat(const torch::Tensor &x) { return x.is_cpu() && x.scalar_type() == torch::kFloat; }

// SineReLU (eq. 12): x for x > 0, eps * (sin x - cos x) otherwise.
torch::Tensor sineRelu(const torch::Tensor &x, double eps);

// Targeted dropout: in training, per sample, units whose magnitude is in the lowest `targetRate`
// fraction are dropped with probability `dropRate`. Identity when not training.
// x: [N, ...]; the ranking is over all units of one sample.
torch::Tensor targetedDropout(const torch::Tensor &x, double dropRate, double targetRate, bool training);

// A linear-chain CRF over K tags with transitions that can be forbidden (BIO2 rules, or BIOES
// ones when the tags have S- or E- tags).
// Sequences in a batch are left-aligned: mask[b, t] is true for t < length[b], length >= 1.
struct CrfImpl : torch::nn::Module {
    CrfImpl(int numTags, const std::vector<std::string> &tags);
    // log Z for each sequence: emissions [B, T, K], mask [B, T] (bool) -> [B]
    torch::Tensor logPartition(const torch::Tensor &emissions, const torch::Tensor &mask) const;
    // Score of the given tag paths: tags [B, T] (long) -> [B]
    torch::Tensor pathScore(const torch::Tensor &emissions, const torch::Tensor &tags, const torch::Tensor &mask) const;
    // Mean negative log-likelihood (on the CPU one fused node, kernels::crfNll).
    torch::Tensor nll(const torch::Tensor &emissions, const torch::Tensor &tags, const torch::Tensor &mask) const;
    // The same from logPartition and pathScore with tensor operations (any device; the yardstick).
    torch::Tensor nllReference(const torch::Tensor &emissions, const torch::Tensor &tags, const torch::Tensor &mask) const;
    // Best paths, each as long as its sequence.
    std::vector<std::vector<int>> viterbi(const torch::Tensor &emissions, const torch::Tensor &mask) const;
    // Per-token tag probabilities [B, T, K] (forward-backward); rows past a sequence's end are 0.
    // On the CPU without gradients (as when tagging) one fused loop (kernels::crfMarginals); else
    // marginalsReference.
    torch::Tensor marginals(const torch::Tensor &emissions, const torch::Tensor &mask) const;
    // The same with tensor operations (any device, with gradients; the yardstick).
    torch::Tensor marginalsReference(const torch::Tensor &emissions, const torch::Tensor &mask) const;
    // Transitions with forbidden moves set to a large negative value.
    torch::Tensor effectiveTransitions() const;
    torch::Tensor effectiveStart() const;
    torch::Tensor effectiveEnd() const;

    int k;
    torch::Tensor transitions, start, end;    // learned
    torch::Tensor forbidden, forbiddenStart;  // constant masks (buffers)
    torch::Tensor forbiddenEnd;               // the same for the last tag (BIOES only; no buffer)
};
TORCH_MODULE(Crf);

// Maps strings to ids; ids 0 and 1 are padding and unknown.
struct Vocab {
    std::vector<std::string> items{"<pad>", "<unk>"};
    std::unordered_map<std::string, int64_t> index{{"<pad>", 0}, {"<unk>", 1}};
    int64_t add(const std::string &s);
    int64_t get(const std::string &s) const;
    int64_t size() const { return int64_t(items.size()); }
};

// The word-table key of a lower-cased word: with twitterWords URLs become "<url>" and @mentions
// "<user>"; otherwise the word itself.
std::string tableWord(const std::string &lowered, bool twitterWords);
// The id of a lower-cased word's key; with twitterWords a "#word" the table lacks reads "word"
// (1 = unknown when neither is there).
int64_t wordId(const Vocab &v, const std::string &lowered, bool twitterWords);

// Code points of a UTF-8 word, as strings.
std::vector<std::string> characters(const std::string &word);
std::string lower(const std::string &s);

// Word lists as token features (gazetteer.cpp): per category two features, "a listed phrase
// begins here" and "one continues here". Phrases and tokens match lower-cased (ASCII), a
// hashtag "#word" as "word"; every match counts, overlapping ones too.
struct Gazetteer {
    static constexpr size_t kMaxCategories = 16;
    std::vector<std::string> categories;
    std::vector<std::vector<std::string>> phrases;  // per category, as added (tokens joined by ' ')
    bool empty() const { return categories.empty(); }
    int64_t dim() const { return 2 * int64_t(categories.size()); }
    // Adds a phrase (any spacing, any case) to a category, which is created at the end when new.
    // Throws ModelError past kMaxCategories categories; empty phrases are ignored.
    void add(const std::string &category, const std::string &phrase);
    // Writes the features of words into out, row t at out + t * dim() (out zeroed by the caller).
    void features(const std::vector<std::string> &words, float *out) const;

private:
    std::unordered_map<std::string, uint32_t> index_;  // phrase -> bit per category
    size_t maxTokens_ = 0;
};
// Reads "CATEGORY=FILE" lists, one phrase a line (blank lines skipped). Throws ModelError naming
// the file (cannot open, not UTF-8 text) or the argument (no category).
Gazetteer readGazetteers(const std::vector<std::string> &categoryFiles);

struct Vocabs {
    Vocab glove, words, chars, image;
    std::vector<std::string> tags;
    Gazetteer gaz;  // empty: the model has no gazetteer features
};

struct Batch {
    torch::Tensor glove, words, chars, image, imageLengths, lengths, mask, tags;
    torch::Tensor gaz;  // [B, T, gaz.dim()] floats, defined when the vocabularies have a gazetteer
    int64_t maxLen = 0;
};
// Encodes examples; with wantTags, the tags too (every example must have them, all known).
Batch encode(const std::vector<const Example *> &ex, const Vocabs &v, const CwiConfig &c, bool wantTags = false);

// The character feature extractor of Table 5; one fixed-size vector per token.
struct CharCnnImpl : torch::nn::Module {
    CharCnnImpl(int64_t numChars, const CwiConfig &c);
    torch::Tensor forward(const torch::Tensor &chars);  // [N, L] -> [N, outDim]
    int64_t outDim() const { return 32; }
    CwiConfig cfg;
    torch::nn::Embedding emb{nullptr};
    torch::nn::Conv1d c3{nullptr}, c5{nullptr}, c7{nullptr}, c9{nullptr}, c11{nullptr}, c13{nullptr};
    torch::nn::GroupNorm gn{nullptr};
};
TORCH_MODULE(CharCnn);

struct CwiNetImpl : torch::nn::Module {
    CwiNetImpl(const CwiConfig &c, const Vocabs &v, int64_t gloveDim);
    torch::Tensor emissions(const Batch &b);  // [B, T, K]
    CwiConfig cfg;
    int64_t gloveDim, gazDim;
    torch::nn::Embedding glove{nullptr}, words{nullptr}, image{nullptr};
    CharCnn chars{nullptr};
    torch::nn::LSTM wordLstm{nullptr}, imageLstm{nullptr}, fusion{nullptr};
    torch::nn::Linear attention{nullptr}, out{nullptr};
    torch::nn::Dropout drop{nullptr};
    Crf crf{nullptr};
};
TORCH_MODULE(CwiNet);

// Log Z, the best and the second-best path score of one sequence under a CRF (exact: max-product
// forward-backward). em [T, K]; trans [K, K], start [K], end [K] as the CRF applies them.
struct PathScores {
    double logZ = 0, best = 0, second = -1e30;
};
PathScores pathScores(const torch::Tensor &em, const torch::Tensor &trans, const torch::Tensor &start, const torch::Tensor &end);

// Model selection on dev F1 shared by the trainers: scores each epoch, keeps the best epoch's
// weights and report, and puts them back at the end.
class EpochSelection {
public:
    using Tensors = std::vector<std::pair<std::string, torch::Tensor>>;
    // devGold empty: every epoch counts as best (the last one is kept).
    explicit EpochSelection(std::vector<std::vector<std::string>> devGold) : devGold_(std::move(devGold)) {}
    // The epoch's report; predictDev is called only when there is a dev set.
    EpochReport finish(int epoch, int epochs, double loss, std::chrono::steady_clock::time_point started,
                       const std::function<std::vector<std::vector<std::string>>()> &predictDev, const Tensors &weights);
    // Copies the best epoch's weights into weights (same order as given to finish) and returns
    // the result (best epoch, its F1 and report, seconds per epoch).
    TrainResult restore(const Tensors &weights);
    // A candidate that is no epoch's own weights: the mean of the weights at the end of epochs
    // from..epoch (stochastic weight averaging). Kept, like an epoch, when its dev F1 is the best
    // so far; not counted as an epoch. Returns its dev F1 (0 without a dev set, and not kept then).
    double offerAverage(int from, int epoch, const std::function<std::vector<std::vector<std::string>>()> &predictDev,
                        const Tensors &weights);

private:
    // The weights and scores of a new best candidate.
    void keep(double f1, int epoch, int averagedFrom, std::string report, const Tensors &weights);
    std::vector<std::vector<std::string>> devGold_;
    Tensors best_;
    TrainResult result_;
    double seconds_ = 0;
    int epochs_ = 0;
};

// Adam over a fixed list of parameters (AdamW where decay > 0 and the parameter's flag is set).
// The moments are plain tensors so checkpoints can hold them. On the CPU each parameter takes one
// fused pass (kernels::adamUpdate); elsewhere the same arithmetic runs as tensor operations.
struct Adam {
    std::vector<torch::Tensor> params, m, v;
    std::vector<bool> decays;  // per parameter: weight decay applies (all, when not given)
    int64_t t = 0;
    double b1 = 0.9, b2 = 0.999, eps = 1e-8, decay = 0;
    explicit Adam(std::vector<torch::Tensor> params, std::vector<bool> decays = {});
    // Drops the gradients (the next backward pass writes fresh ones).
    void zeroGrad();
    // Gradient clipping as torch::nn::utils::clip_grad_norm_: the next step() scales the
    // gradients by min(1, maxNorm / (norm + 1e-6)). Returns the gradients' joint L2 norm.
    double clipGradNorm(double maxNorm);
    void step(double lr);

private:
    double scale_ = 1;
};

// Distillation (distil.cpp): a teacher's CRF distribution over the tag paths of each tweet.
// Training learns from its best path, or from a path drawn afresh every epoch: learning from
// draws minimises the cross-entropy between the teacher's path distribution and the student's,
// so the student sees where the teacher hesitates instead of its best path only.
class TeacherPaths {
public:
    // Runs the teacher over ex (batches of 64 by length): its best paths, and what drawing from
    // its CRF needs. Paths come as indexes into studentTags of the teacher's tags read as BIO2.
    // Throws ModelError when the student lacks one of those; tags only the student has are
    // never drawn.
    TeacherPaths(const Tagger &teacher, const std::vector<Example> &ex, const std::vector<std::string> &studentTags);
    // A path for example i drawn from the teacher's distribution (forward filtering, backward
    // sampling), as student tag indexes.
    std::vector<int> sample(size_t i, std::mt19937_64 &rng) const;
    // The teacher's best path for example i (its own Viterbi), as student tag indexes.
    const std::vector<int> &best(size_t i) const { return best_.at(i); }
    size_t size() const { return best_.size(); }

private:
    size_t K_ = 0;                            // the teacher's CRF tags
    std::vector<int> to_;                     // [K]: each one's student tag
    std::vector<float> trans_, end_;          // [K*K], [K]
    std::vector<std::vector<int>> best_;      // per example [T]
    std::vector<std::vector<double>> alpha_;  // per example [T*K]: the forward log-weights
};

// Appends, per example of the batch, each word's row of probs [B, T, K] (marginals or softmax).
void appendTokenRows(const torch::Tensor &probs, const std::vector<const Example *> &batch,
                     std::vector<std::vector<std::vector<float>>> &out);

// MSB models behind Tagger (msb_file.cpp).
struct MsbModel;
std::shared_ptr<MsbModel> msbFromFile(const json::Value &header, std::map<std::string, torch::Tensor> &tensors,
                                      const std::string &path);
const std::vector<std::string> &msbTags(const MsbModel &m);
const MsbConfig &msbConfig(const MsbModel &m);
std::vector<std::vector<std::string>> msbPredict(MsbModel &m, const std::vector<Example> &ex, int batchSize);
std::vector<std::vector<std::vector<float>>> msbMarginals(MsbModel &m, const std::vector<Example> &ex, int batchSize);

// A Conv1d module applied with "same" padding to channels-last maps, as one batched GEMM:
// x [N, L, in] -> [N, L, out], equal to conv(pad(x as [N, in, L])) transposed back.
torch::Tensor conv1dSame(torch::nn::Conv1d &conv, const torch::Tensor &x);

// One direction of a one-layer LSTM over left-aligned padded sequences (see layers.cpp).
torch::Tensor runDirection(torch::nn::LSTM &lstm, const torch::Tensor &x, const torch::Tensor &reverseIndex, bool reverse);
// Runs a (bi)LSTM over left-aligned padded sequences, respecting their lengths.
torch::Tensor runLstm(torch::nn::LSTM &lstm, const torch::Tensor &x, const torch::Tensor &lengths);
// The last valid hidden state of a forward LSTM: [B, H].
torch::Tensor lastState(torch::nn::LSTM &lstm, const torch::Tensor &x, const torch::Tensor &lengths);

}  // namespace mner::nn

// What the Tagger's own sources share (tagger.cpp, uncertainty.cpp, train_cwi.cpp). Torch inside.
#pragma once

#include "model/nn.h"

#include <functional>
#include <map>
#include <memory>
#include <utility>

namespace mner {

struct Tagger::Impl {
    ModelMeta meta;
    CwiConfig cfg;
    nn::Vocabs v;
    nn::CwiNet net{nullptr};
    std::shared_ptr<nn::MsbModel> msb;  // set for MSB models instead of net
    // An ensemble (ensemble.cpp): CWI members over one tag set whose emission potentials and CRF
    // parameters are averaged and decoded once; net stays null and crfMean holds the mean CRF.
    std::vector<std::unique_ptr<Tagger>> members;
    nn::Crf crfMean{nullptr};
    torch::Device device{torch::kCPU};  // where the network runs (device.cpp); the CRF stays on the CPU
    // What predictions and marginals are in: v.tags read as BIO2 (a BIOES CRF's S-X and E-X fold
    // into B-X and I-X), and each CRF tag's column among them. The Tagger's constructor sets both.
    std::vector<std::string> shownTags;
    std::vector<int64_t> shownColumn;

    // Per-token probabilities [B, T, K] over v.tags summed into the columns of shownTags.
    torch::Tensor shownColumns(const torch::Tensor &probs) const;

    // (emissions [B, T, K], mask [B, T]) of a batch: the network's, or the members' mean.
    std::pair<torch::Tensor, torch::Tensor> emissions(const std::vector<const Example *> &batch);
    // The CRF that decodes those emissions.
    const nn::CrfImpl &crf() const;
    // A tagger from a checked container's header and tensors (Tagger::loadBytes); an ensemble
    // file's members are read the same way, one level deep only.
    static std::unique_ptr<Tagger> fromParsed(const json::Value &h, std::map<std::string, torch::Tensor> &tensors,
                                              const std::string &path, bool member);
    static std::unique_ptr<Tagger> ensembleFromParsed(const json::Value &h, std::map<std::string, torch::Tensor> &tensors,
                                                      const std::string &path);
};

namespace nn {
// Tag paths (CRF tag indexes) as BIO2 tag names.
std::vector<std::vector<std::string>> decodeBio2(const std::vector<std::vector<int>> &paths,
                                                 const std::vector<std::string> &tags);
// The network's parameters and buffers by name, in the order the model file stores them.
std::vector<std::pair<std::string, torch::Tensor>> namedTensors(CwiNet &net);
// Viterbi tags for every example, in input order (batches of similar length inside).
std::vector<std::vector<std::string>> predictWith(CwiNet &net, const Vocabs &v, const CwiConfig &c,
                                                  const std::vector<Example> &ex, int batchSize);
// Calls fn(batch, indexes) for batches of examples of similar length; indexes are the examples'
// places in ex (results go back there).
void forEachBatchByLength(const std::vector<Example> &ex, int batchSize,
                          const std::function<void(const std::vector<const Example *> &, const std::vector<size_t> &)> &fn);
// Calls fn(batch, first) for consecutive batches of ex in input order; first = the index of the
// batch's first example.
void forEachBatch(const std::vector<Example> &ex, int batchSize,
                  const std::function<void(const std::vector<const Example *> &, size_t)> &fn);
}  // namespace nn

}  // namespace mner

// What the Tagger's own sources share (tagger.cpp, uncertainty.cpp, train_cwi.cpp). Torch inside.
#pragma once

#include "model/nn.h"

#include <functional>

namespace mner {

struct Tagger::Impl {
    ModelMeta meta;
    CwiConfig cfg;
    nn::Vocabs v;
    nn::CwiNet net{nullptr};
    std::shared_ptr<nn::MsbModel> msb;  // set for MSB models instead of net
};

namespace nn {
// The network's parameters and buffers by name, in the order the model file stores them.
std::vector<std::pair<std::string, torch::Tensor>> namedTensors(CwiNet &net);
// Viterbi tags for every example, in input order (batches of similar length inside).
std::vector<std::vector<std::string>> predictWith(CwiNet &net, const Vocabs &v, const CwiConfig &c,
                                                  const std::vector<Example> &ex, int batchSize);
// Calls fn(batch, first) for consecutive batches of ex in input order; first = the index of the
// batch's first example.
void forEachBatch(const std::vector<Example> &ex, int batchSize,
                  const std::function<void(const std::vector<const Example *> &, size_t)> &fn);
}  // namespace nn

}  // namespace mner

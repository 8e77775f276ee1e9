// MSB: the multimodal small BERT of the paper (Table 2).
//
// Input: [CLS] word pieces [SEP] image-word pieces [SEP], segment 0 up to the first [SEP] and 1
// after it, learned positions (128). Encoder: post-layer-norm transformer layers as in BERT
// (multi-head self-attention, feed-forward 4 x hidden with GELU, residuals, dropout 0.1).
// Output: a linear layer over the tags from each word's first piece, or that and the CRF.
// URLs are removed before tokenising (the paper): their words have no piece and read the [CLS]
// state. Sequences that do not fit lose image pieces first, then the last words' pieces.
#include "model/msb_net.h"

#include <numeric>

namespace mner {

MsbConfig MsbConfig::forArch(const std::string &arch, bool crf) {
    MsbConfig c;
    c.arch = arch;
    c.crf = crf;
    if (arch == "msb-tiny") {
        c.hidden = 128;
        c.heads = 2;
        c.layers = 2;
    } else if (arch == "msb-small") {
        c.hidden = 512;
        c.heads = 8;
        c.layers = 4;
    } else {
        throw ModelError("unknown MSB architecture '" + arch + "' (msb-tiny or msb-small)");
    }
    return c;
}

namespace nn {

MsbBatch encodeBatch(const std::vector<const Example *> &ex, const WordPiece &wp, const MsbConfig &c,
                     const std::unordered_map<std::string, int64_t> *tagIndex) {
    const size_t B = ex.size();
    std::vector<std::vector<int64_t>> ids(B), segs(B), first(B);
    size_t L = 0, Tw = 0;
    for (size_t b = 0; b < B; ++b) {
        const Example &e = *ex[b];
        std::vector<int64_t> &x = ids[b];
        x.push_back(wp.cls());
        const size_t budget = size_t(c.maxPositions) - 3;
        for (const auto &w : e.words) {
            std::vector<int64_t> pieces;
            if (!isUrl(w))
                for (const auto &t : WordPiece::basicTokens(w))
                    for (const auto &p : wp.pieces(t)) pieces.push_back(wp.id(p));
            if (pieces.empty() || x.size() - 1 + pieces.size() > budget) {
                first[b].push_back(0);
                continue;
            }
            first[b].push_back(int64_t(x.size()));
            x.insert(x.end(), pieces.begin(), pieces.end());
        }
        x.push_back(wp.sep());
        size_t textLen = x.size();
        std::vector<int64_t> img;
        for (const auto &w : e.imageWords)
            for (const auto &t : WordPiece::basicTokens(w))
                for (const auto &p : wp.pieces(t)) img.push_back(wp.id(p));
        size_t room = std::min<size_t>(size_t(c.maxImagePieces), size_t(c.maxPositions) - 1 - x.size());
        if (img.size() > room) img.resize(room);
        if (!img.empty()) {
            x.insert(x.end(), img.begin(), img.end());
            x.push_back(wp.sep());
        }
        segs[b].assign(x.size(), 0);
        for (size_t i = textLen; i < x.size(); ++i) segs[b][i] = 1;
        L = std::max(L, x.size());
        Tw = std::max(Tw, e.words.size());
    }
    Tw = std::max<size_t>(Tw, 1);
    MsbBatch r;
    r.ids = torch::full({int64_t(B), int64_t(L)}, wp.pad(), torch::kLong);
    r.segs = torch::zeros({int64_t(B), int64_t(L)}, torch::kLong);
    r.attn = torch::zeros({int64_t(B), int64_t(L)}, torch::kBool);
    r.first = torch::zeros({int64_t(B), int64_t(Tw)}, torch::kLong);
    r.mask = torch::zeros({int64_t(B), int64_t(Tw)}, torch::kBool);
    r.tags = torch::zeros({int64_t(B), int64_t(Tw)}, torch::kLong);
    auto I = r.ids.accessor<int64_t, 2>(), S = r.segs.accessor<int64_t, 2>(), F = r.first.accessor<int64_t, 2>();
    auto A = r.attn.accessor<bool, 2>(), M = r.mask.accessor<bool, 2>();
    auto T = r.tags.accessor<int64_t, 2>();
    bool withTags = tagIndex != nullptr;
    for (size_t b = 0; b < B; ++b) {
        for (size_t i = 0; i < ids[b].size(); ++i) {
            I[int64_t(b)][int64_t(i)] = ids[b][i];
            S[int64_t(b)][int64_t(i)] = segs[b][i];
            A[int64_t(b)][int64_t(i)] = true;
        }
        for (size_t t = 0; t < first[b].size(); ++t) {
            F[int64_t(b)][int64_t(t)] = first[b][t];
            M[int64_t(b)][int64_t(t)] = true;
            if (withTags && t < ex[b]->tags.size()) {
                auto it = tagIndex->find(ex[b]->tags[t]);
                T[int64_t(b)][int64_t(t)] = it == tagIndex->end() ? 0 : it->second;
            }
        }
        if (ex[b]->words.empty()) M[int64_t(b)][0] = true;  // the CRF needs one step; the word list is empty
    }
    return r;
}

torch::Tensor emissions(MsbNet &net, const MsbBatch &b) {
    auto h = net->encode(b.ids, b.segs, b.attn);                   // [B, L, H]
    auto idx = b.first.unsqueeze(-1).expand({-1, -1, h.size(2)});  // [B, Tw, H]
    return net->out(net->drop(torch::gather(h, 1, idx)));          // [B, Tw, K]
}

std::vector<std::vector<std::string>> predictBatches(MsbNet &net, const WordPiece &wp, const std::vector<std::string> &tags,
                                                     const std::vector<Example> &ex, int batchSize) {
    torch::NoGradGuard ng;
    net->eval();
    std::vector<std::vector<std::string>> out(ex.size());
    std::vector<size_t> order(ex.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ex[a].words.size() < ex[b].words.size(); });
    size_t bs = size_t(std::max(1, batchSize));
    for (size_t s = 0; s < order.size(); s += bs) {
        std::vector<const Example *> batch;
        for (size_t i = s; i < std::min(order.size(), s + bs); ++i) batch.push_back(&ex[order[i]]);
        MsbBatch b = encodeBatch(batch, wp, net->cfg, nullptr);
        auto em = emissions(net, b);
        std::vector<std::vector<int>> paths;
        if (net->crf) {
            paths = net->crf->viterbi(em, b.mask);
        } else {
            auto best = em.argmax(-1).contiguous();
            auto A = best.accessor<int64_t, 2>();
            for (size_t i = 0; i < batch.size(); ++i) {
                std::vector<int> p;
                for (size_t t = 0; t < batch[i]->words.size(); ++t) p.push_back(int(A[int64_t(i)][int64_t(t)]));
                paths.push_back(std::move(p));
            }
        }
        for (size_t i = 0; i < batch.size(); ++i) {
            std::vector<std::string> t;
            for (size_t k = 0; k < batch[i]->words.size(); ++k) t.push_back(tags[size_t(paths[i][k])]);
            out[order[s + i]] = std::move(t);
        }
    }
    return out;
}

}  // namespace nn
}  // namespace mner

// The CWI network's input: vocabularies and the encoding of tweets into padded batches.
#include "model/nn.h"

#include "text/tags.h"

#include <string_view>
#include <unordered_map>

namespace mner::nn {

int64_t Vocab::add(const std::string &s) {
    auto it = index.find(s);
    if (it != index.end()) return it->second;
    items.push_back(s);
    index.emplace(s, int64_t(items.size()) - 1);
    return int64_t(items.size()) - 1;
}

int64_t Vocab::get(const std::string &s) const {
    auto it = index.find(s);
    return it == index.end() ? 1 : it->second;
}

std::vector<std::string> characters(const std::string &w) {
    std::vector<std::string> out;
    for (size_t i = 0; i < w.size();) {
        unsigned char c = static_cast<unsigned char>(w[i]);
        size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        out.push_back(w.substr(i, len));
        i += len;
    }
    return out;
}

std::string lower(const std::string &s) {
    std::string o = s;
    for (char &c : o)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return o;
}

std::string tableWord(const std::string &lowered, bool twitterWords) {
    if (!twitterWords) return lowered;
    // each URL and @mention would be its own rare entry (38 % of the training vocabulary);
    // in Twitter-2015 URLs are never entities and mentions almost never
    if (lowered.rfind("http://", 0) == 0 || lowered.rfind("https://", 0) == 0) return "<url>";
    if (lowered.size() > 1 && lowered[0] == '@') return "<user>";
    return lowered;
}

int64_t wordId(const Vocab &v, const std::string &lowered, bool twitterWords) {
    std::string key = tableWord(lowered, twitterWords);
    int64_t id = v.get(key);
    // a quarter of the hashtags in Twitter-2015 are entities (#California, #Monsanto), and most
    // are missing from GloVe while the word without '#' is there
    if (id == 1 && twitterWords && key.size() > 1 && key[0] == '#') id = v.get(key.substr(1));
    return id;
}

Batch encode(const std::vector<const Example *> &ex, const Vocabs &v, const CwiConfig &c, bool wantTags) {
    Batch b;
    int64_t B = int64_t(ex.size()), T = 1, M = 1;
    bool withTags = wantTags;
    for (const Example *e : ex) {
        if (e->words.empty()) throw ModelError("cannot tag an empty tweet");
        T = std::max<int64_t>(T, int64_t(e->words.size()));
        M = std::max<int64_t>(M, std::min<int64_t>(c.maxImageWords, int64_t(e->imageWords.size())));
        withTags = withTags && e->tags.size() == e->words.size();
    }
    int64_t L = c.maxChars;
    b.maxLen = T;
    b.glove = torch::zeros({B, T}, torch::kLong);
    b.words = torch::zeros({B, T}, torch::kLong);
    b.chars = torch::zeros({B, T, L}, torch::kLong);
    b.image = torch::zeros({B, M}, torch::kLong);
    b.imageLengths = torch::ones({B}, torch::kLong);
    b.lengths = torch::zeros({B}, torch::kLong);
    b.mask = torch::zeros({B, T}, torch::kBool);
    b.tags = torch::zeros({B, T}, torch::kLong);
    if (!v.gaz.empty()) b.gaz = torch::zeros({B, T, v.gaz.dim()}, torch::kFloat);
    auto G = b.glove.accessor<int64_t, 2>(), W = b.words.accessor<int64_t, 2>(), I = b.image.accessor<int64_t, 2>();
    auto C = b.chars.accessor<int64_t, 3>();
    auto Tg = b.tags.accessor<int64_t, 2>();
    auto Mk = b.mask.accessor<bool, 2>();
    std::unordered_map<std::string, int64_t> tagIndex;
    for (size_t i = 0; i < v.tags.size(); ++i) tagIndex[v.tags[i]] = int64_t(i);
    const bool bioes = isBioesTagSet(v.tags);  // a BIOES CRF learns from the examples' BIO2 tags rewritten
    std::vector<std::string> rewritten;
    for (int64_t i = 0; i < B; ++i) {
        const Example &e = *ex[size_t(i)];
        b.lengths[i] = int64_t(e.words.size());
        if (b.gaz.defined()) v.gaz.features(e.words, b.gaz.data_ptr<float>() + i * T * v.gaz.dim());
        if (withTags && bioes) rewritten = bioesTagsOf(spansOf(e.tags), int(e.tags.size()));
        const std::vector<std::string> &tags = withTags && bioes ? rewritten : e.tags;
        for (int64_t t = 0; t < int64_t(e.words.size()); ++t) {
            std::string lw = lower(e.words[size_t(t)]);
            G[i][t] = wordId(v.glove, lw, c.twitterWords);
            W[i][t] = wordId(v.words, lw, c.twitterWords);
            Mk[i][t] = true;
            auto ch = characters(e.words[size_t(t)]);
            for (int64_t k = 0; k < L && k < int64_t(ch.size()); ++k) C[i][t][k] = v.chars.get(ch[size_t(k)]);
            if (withTags) {
                auto it = tagIndex.find(tags[size_t(t)]);
                if (it == tagIndex.end()) throw ModelError("tag '" + tags[size_t(t)] + "' is not in the model's tag set");
                Tg[i][t] = it->second;
            }
        }
        int64_t m = std::min<int64_t>(c.maxImageWords, int64_t(e.imageWords.size()));
        if (m == 0) {
            I[i][0] = v.image.get("<none>");
        } else {
            for (int64_t k = 0; k < m; ++k) I[i][k] = v.image.get(e.imageWords[size_t(k)]);
            b.imageLengths[i] = m;
        }
    }
    if (!withTags) b.tags = torch::Tensor();
    return b;
}

}  // namespace mner::nn

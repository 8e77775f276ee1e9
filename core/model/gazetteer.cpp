// Gazetteer features for the CWI network: which tokens begin or continue a listed phrase.
#include "model/nn.h"

#include "text/utf8.h"

#include <fstream>
#include <sstream>

namespace mner::nn {

namespace {
// The matching key of a token: lower-cased, a hashtag without its '#'s. A key is its own key,
// so phrases stored as keys read back unchanged.
std::string key(const std::string &word) {
    std::string k = lower(word);
    size_t hashes = 0;
    while (hashes + 1 < k.size() && k[hashes] == '#') ++hashes;
    k.erase(0, hashes);
    return k;
}
}  // namespace

void Gazetteer::add(const std::string &category, const std::string &phrase) {
    std::istringstream in(phrase);
    std::string tok, joined;
    size_t n = 0;
    while (in >> tok) {
        joined += (n ? " " : "") + key(tok);
        ++n;
    }
    if (n == 0) return;
    size_t c = 0;
    while (c < categories.size() && categories[c] != category) ++c;
    if (c == categories.size()) {
        if (categories.size() == kMaxCategories)
            throw ModelError("at most " + std::to_string(kMaxCategories) + " gazetteer categories (adding '" + category + "')");
        categories.push_back(category);
        phrases.emplace_back();
    }
    uint32_t &bits = index_[joined];
    if (!(bits & (1u << c))) phrases[c].push_back(joined);
    bits |= 1u << c;
    maxTokens_ = std::max(maxTokens_, n);
}

void Gazetteer::features(const std::vector<std::string> &words, float *out) const {
    if (empty()) return;
    const size_t T = words.size(), D = size_t(dim());
    std::vector<std::string> keys(T);
    for (size_t t = 0; t < T; ++t) keys[t] = key(words[t]);
    std::string phrase;
    for (size_t i = 0; i < T; ++i) {
        phrase = keys[i];
        for (size_t len = 1; len <= maxTokens_ && i + len <= T; ++len) {
            if (len > 1) phrase += ' ' + keys[i + len - 1];
            auto it = index_.find(phrase);
            if (it == index_.end()) continue;
            for (size_t c = 0; c < categories.size(); ++c) {
                if (!(it->second & (1u << c))) continue;
                out[i * D + 2 * c] = 1;
                for (size_t j = i + 1; j < i + len; ++j) out[j * D + 2 * c + 1] = 1;
            }
        }
    }
}

Gazetteer readGazetteers(const std::vector<std::string> &categoryFiles) {
    Gazetteer g;
    for (const std::string &spec : categoryFiles) {
        const size_t eq = spec.find('=');
        if (eq == 0 || eq == std::string::npos || eq + 1 == spec.size())
            throw ModelError("gazetteer '" + spec + "': expected CATEGORY=FILE");
        const std::string category = spec.substr(0, eq), path = spec.substr(eq + 1);
        std::ifstream f(path, std::ios::binary);
        if (!f) throw ModelError(path + ": cannot open the gazetteer");
        std::string line;
        int lineNo = 0;
        bool any = false;
        while (std::getline(f, line)) {
            ++lineNo;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (firstInvalidUtf8(line) != std::string::npos)
                throw ModelError(path + ":" + std::to_string(lineNo) + ": expected UTF-8 text, one phrase a line");
            g.add(category, line);
            any = any || line.find_first_not_of(" \t") != std::string::npos;
        }
        if (!any) throw ModelError(path + ": the gazetteer has no phrases");
    }
    return g;
}

}  // namespace mner::nn

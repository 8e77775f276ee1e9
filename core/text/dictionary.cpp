#include "text/dictionary.h"

#include "text/tags.h"
#include "text/utf8.h"

#include <fstream>
#include <stdexcept>

namespace mner {

std::string PhraseDictionary::key(const std::vector<std::string> &phrase) {
    std::string k;
    for (const std::string &w : phrase) {
        if (!k.empty()) k += '\x1f';  // a separator no token contains
        for (char c : w) k += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return k;
}

void PhraseDictionary::add(const std::vector<std::string> &phrase, const std::string &type) {
    if (phrase.empty() || type.empty()) return;
    auto &types = phrases_[key(phrase)];
    if (types.empty()) ++lengths_[phrase.size()];
    ++types[type];
}

void PhraseDictionary::remove(const std::vector<std::string> &phrase, const std::string &type) {
    auto it = phrases_.find(key(phrase));
    if (it == phrases_.end()) return;
    auto t = it->second.find(type);
    if (t == it->second.end()) return;
    if (--t->second <= 0) it->second.erase(t);
    if (it->second.empty()) {
        phrases_.erase(it);
        if (--lengths_[phrase.size()] <= 0) lengths_.erase(phrase.size());
    }
}

void PhraseDictionary::addSpans(const std::vector<std::string> &words, const std::vector<std::string> &tags) {
    if (words.size() != tags.size()) return;
    for (const Span &s : spansOf(tags)) add({words.begin() + s.begin, words.begin() + s.end}, s.type);
}

void PhraseDictionary::removeSpans(const std::vector<std::string> &words, const std::vector<std::string> &tags) {
    if (words.size() != tags.size()) return;
    for (const Span &s : spansOf(tags)) remove({words.begin() + s.begin, words.begin() + s.end}, s.type);
}

void PhraseDictionary::loadGazetteer(const std::string &path, const std::string &defaultType) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot read the gazetteer");
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        if (firstInvalidUtf8(line) != std::string::npos)
            throw std::runtime_error(path + ":" + std::to_string(n) + ": expected UTF-8 text");
        std::string phrase = line, type = defaultType;
        if (auto tab = line.find('\t'); tab != std::string::npos) {
            phrase = line.substr(0, tab);
            type = line.substr(tab + 1);
        }
        if (type.empty())
            throw std::runtime_error(path + ":" + std::to_string(n) +
                                     ": expected PHRASE<TAB>TYPE (the file has no default type)");
        std::vector<std::string> words;
        size_t i = 0;
        while (i < phrase.size()) {
            size_t j = phrase.find(' ', i);
            if (j == std::string::npos) j = phrase.size();
            if (j > i) words.push_back(phrase.substr(i, j - i));
            i = j + 1;
        }
        add(words, type);
    }
}

std::vector<std::string> PhraseDictionary::tag(const std::vector<std::string> &tokens) const {
    std::vector<std::string> out(tokens.size(), "O");
    for (size_t i = 0; i < tokens.size();) {
        size_t took = 0;
        for (auto l = lengths_.rbegin(); l != lengths_.rend() && !took; ++l) {
            const size_t n = l->first;
            if (i + n > tokens.size()) continue;
            auto it = phrases_.find(key({tokens.begin() + long(i), tokens.begin() + long(i + n)}));
            if (it == phrases_.end()) continue;
            std::string best;
            int most = 0;
            for (const auto &[type, count] : it->second)
                if (count > most) best = type, most = count;
            out[i] = "B-" + best;
            for (size_t k = 1; k < n; ++k) out[i + k] = "I-" + best;
            took = n;
        }
        i += took ? took : 1;
    }
    return out;
}

}  // namespace mner

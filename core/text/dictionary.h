// Dictionary suggestions: phrases with an entity type, from spans annotators labelled before and
// from gazetteer files, matched in a tweet's tokens (longest match first, left to right).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace mner {

class PhraseDictionary {
public:
    // Counts one more sighting of phrase (tokens) as type; remove() takes one back.
    void add(const std::vector<std::string> &phrase, const std::string &type);
    void remove(const std::vector<std::string> &phrase, const std::string &type);
    // Every span of a tagged sentence, added (or removed).
    void addSpans(const std::vector<std::string> &words, const std::vector<std::string> &tags);
    void removeSpans(const std::vector<std::string> &words, const std::vector<std::string> &tags);
    // Reads a gazetteer: one phrase per line (words separated by spaces), optionally followed by a
    // tab and its type; lines without a type take defaultType; blank lines and lines starting
    // with # are skipped. Throws std::runtime_error naming the file (and line) when it cannot be
    // read, a line is not UTF-8, or a line has no type and there is no default.
    void loadGazetteer(const std::string &path, const std::string &defaultType);
    // BIO2 tags for the tokens: at each position the longest known phrase (ASCII letters compared
    // without case) with its most frequent type; O elsewhere.
    std::vector<std::string> tag(const std::vector<std::string> &tokens) const;
    size_t size() const { return phrases_.size(); }

private:
    static std::string key(const std::vector<std::string> &phrase);
    std::unordered_map<std::string, std::map<std::string, int>> phrases_;  // key -> type -> count
    std::map<size_t, int> lengths_;                                        // phrase lengths in use
};

}  // namespace mner

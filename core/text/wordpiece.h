// BERT's uncased WordPiece tokenizer: basic tokenisation (clean-up, lower-casing, accent
// stripping, splitting on whitespace and punctuation, spaces around CJK ideographs) followed by
// greedy longest-match-first word pieces with "##" continuations, "[UNK]" for a word with no
// split or over 100 characters. URLs are removed from tweets before tokenising, as in the paper.
//
// Unicode without ICU: accents are stripped for Latin-1, Latin Extended-A/B and Greek letters and
// for combining marks (U+0300-U+036F), which covers the vocabulary's accented pieces; punctuation
// is ASCII punctuation plus the General Punctuation, CJK punctuation and Latin-1 punctuation
// blocks.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace mner {

class WordPiece {
public:
    // Reads a vocabulary, one piece per line (its line number is its id). Throws std::runtime_error
    // when the file cannot be read or lacks [PAD], [UNK], [CLS], [SEP] or [MASK].
    static WordPiece fromFile(const std::string &path);
    explicit WordPiece(std::vector<std::string> vocab);

    // The basic tokens of a text (lower-cased, accents stripped, punctuation split off).
    static std::vector<std::string> basicTokens(const std::string &text);
    // The pieces of one basic token: greedy longest match, "##" continuations, or {"[UNK]"}.
    std::vector<std::string> pieces(const std::string &token) const;
    // Basic tokens, then pieces, for a whole text.
    std::vector<std::string> tokenize(const std::string &text) const;

    int64_t id(const std::string &piece) const;  // unk() when absent
    const std::string &piece(int64_t id) const { return vocab_[size_t(id)]; }
    int64_t size() const { return int64_t(vocab_.size()); }
    int64_t pad() const { return pad_; }
    int64_t unk() const { return unk_; }
    int64_t cls() const { return cls_; }
    int64_t sep() const { return sep_; }
    int64_t mask() const { return mask_; }
    const std::vector<std::string> &vocab() const { return vocab_; }

private:
    std::vector<std::string> vocab_;
    std::unordered_map<std::string, int64_t> index_;
    int64_t pad_ = 0, unk_ = 0, cls_ = 0, sep_ = 0, mask_ = 0;
};

// True for tokens that are URLs (http://, https://, www.), removed before tokenising.
bool isUrl(const std::string &token);

}  // namespace mner

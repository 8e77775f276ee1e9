// Tokens, tags and spans: the data every other part of mner-studio passes around.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mner {

// One token of a tweet. `middle` holds the exact bytes that stood between the token and its tag in
// the source file (a tab, or the extra CoNLL columns with their separators), so that export can
// reproduce an imported file byte for byte.
struct Token {
    std::string text;
    std::string tag;  // BIO2 tag as read ("O", "B-PER", "I-LOC", ...)
    std::string middle = "\t";
};

struct Tweet {
    std::string id;       // IMGID of Twitter-2015, the "id" of JSONL, or a generated ordinal
    std::string imageId;  // image file name or IMGID; empty when the tweet has no image
    std::vector<Token> tokens;
    std::string text;      // original text for doccano-style input; empty when tokens are primary
    int line = 0;          // 1-based line in the source file where the tweet starts
    std::string preamble;  // a line before the tweet that is no token (CoNLL-2003's -DOCSTART-), written back
};

// A tag split the way conlleval (2004-01-26) splits it: prefix before the first '-', type all
// after it (types may contain hyphens, e.g. geo-loc), "" when there is no '-'.
struct TagParts {
    std::string prefix;
    std::string type;
};
TagParts splitTag(std::string_view tag);

// True for "O" and for B-/I- followed by a non-empty type. Requires nothing; guarantees no throw.
bool isValidBioTag(std::string_view tag);

// An entity span over token indexes [begin, end).
struct Span {
    int begin = 0;
    int end = 0;
    std::string type;
    bool operator==(const Span &o) const { return begin == o.begin && end == o.end && type == o.type; }
};

// Chunks of a tag sequence under conlleval's rules: a chunk starts at B-, at O->I- and at a type
// change, and ends before O, before B- and at a type change.
std::vector<Span> spansOf(const std::vector<std::string> &tags);

// Tags of a sequence of length n carrying the given spans in BIO2 (later spans win on overlap).
std::vector<std::string> tagsOf(const std::vector<Span> &spans, int n);

// The same spans in BIOES, the scheme a CRF may be trained in: a one-token span is S-type, a
// longer one B-type, I-type..., E-type. Tags outside every span are O.
std::vector<std::string> bioesTagsOf(const std::vector<Span> &spans, int n);

// True when some tag has the prefix S or E: a BIOES tag set.
bool isBioesTagSet(const std::vector<std::string> &tags);

// A BIOES tag read as BIO2 (S-X as B-X, E-X as I-X); any other tag is returned as it is. Token by
// token, this turns every BIOES sequence a CRF allows into the BIO2 sequence of the same spans.
std::string bio2Tag(std::string_view tag);

// Convenience accessors.
std::vector<std::string> tagsOf(const Tweet &t);
std::vector<std::string> wordsOf(const Tweet &t);

}  // namespace mner

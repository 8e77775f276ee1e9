#include "text/tags.h"

namespace mner {

TagParts splitTag(std::string_view tag) {
    TagParts p;
    auto dash = tag.find('-');
    if (dash == std::string_view::npos) {
        p.prefix = std::string(tag);
        return p;
    }
    p.prefix = std::string(tag.substr(0, dash));
    p.type = std::string(tag.substr(dash + 1));  // types may contain hyphens (geo-loc)
    return p;
}

bool isValidBioTag(std::string_view tag) {
    if (tag == "O") return true;
    if (tag.size() < 3 || tag[1] != '-') return false;
    return tag[0] == 'B' || tag[0] == 'I';
}

std::vector<Span> spansOf(const std::vector<std::string> &tags) {
    std::vector<Span> out;
    std::string prevPrefix = "O", prevType;
    for (int i = 0; i < static_cast<int>(tags.size()); ++i) {
        TagParts t = splitTag(tags[i]);
        bool start = t.prefix == "B" || (prevPrefix == "O" && t.prefix == "I") || (t.prefix != "O" && prevType != t.type);
        if (t.prefix == "O") {
            // nothing to open
        } else if (start || out.empty() || out.back().end != i) {
            out.push_back({i, i + 1, t.type});
        } else {
            out.back().end = i + 1;
        }
        prevPrefix = t.prefix;
        prevType = t.type;
    }
    return out;
}

std::vector<std::string> tagsOf(const std::vector<Span> &spans, int n) {
    std::vector<std::string> tags(static_cast<size_t>(n), "O");
    for (const Span &s : spans)
        for (int i = s.begin; i < s.end && i < n; ++i)
            if (i >= 0) tags[static_cast<size_t>(i)] = (i == s.begin ? "B-" : "I-") + s.type;
    return tags;
}

std::vector<std::string> bioesTagsOf(const std::vector<Span> &spans, int n) {
    std::vector<std::string> tags = tagsOf(spans, n);
    // from the BIO2 tags, so that overlaps resolve as there: a chunk ends where the next tag is
    // no I- of it
    for (size_t i = 0; i < tags.size(); ++i) {
        TagParts t = splitTag(tags[i]);
        if (t.prefix == "O") continue;
        const bool last = i + 1 == tags.size() || tags[i + 1] != "I-" + t.type;
        if (last) tags[i] = (t.prefix == "B" ? "S-" : "E-") + t.type;
    }
    return tags;
}

bool isBioesTagSet(const std::vector<std::string> &tags) {
    for (const auto &t : tags) {
        const std::string p = splitTag(t).prefix;
        if (p == "S" || p == "E") return true;
    }
    return false;
}

std::string bio2Tag(std::string_view tag) {
    if (tag.size() >= 2 && tag[1] == '-' && (tag[0] == 'S' || tag[0] == 'E'))
        return std::string(tag[0] == 'S' ? "B" : "I") + std::string(tag.substr(1));
    return std::string(tag);
}

std::vector<std::string> tagsOf(const Tweet &t) {
    std::vector<std::string> v;
    v.reserve(t.tokens.size());
    for (const auto &tok : t.tokens) v.push_back(tok.tag);
    return v;
}

std::vector<std::string> wordsOf(const Tweet &t) {
    std::vector<std::string> v;
    v.reserve(t.tokens.size());
    for (const auto &tok : t.tokens) v.push_back(tok.text);
    return v;
}

}  // namespace mner

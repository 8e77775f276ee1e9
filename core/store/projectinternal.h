// Pieces the store's source files share (not part of the store's interface): the edit history's
// tag lists, its SELECT, the model metrics column.
#pragma once

#include "store/project.h"

#include "io/json.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace mner::internal {

// The schema's forward migration from version `from` to from + 1 (SQLite's dialect).
const char *migration(int from);

inline std::string joinTags(const std::vector<std::string> &tags) {
    std::string s;
    for (size_t i = 0; i < tags.size(); ++i) {
        if (i) s += ' ';
        s += tags[i];
    }
    return s;
}

// A tweet's words as the tweets table keeps them (its display column): how a tweet is found again.
inline std::string displayOf(const Tweet &t) {
    std::string display;
    for (size_t i = 0; i < t.tokens.size(); ++i) {
        if (i) display += ' ';
        display += t.tokens[i].text;
    }
    return display;
}

// Span errors of a model's tags against the reference's (-1: not comparable, e.g. no prediction).
int disagreement(const std::vector<std::string> &ref, const std::vector<std::string> &pred);

inline std::vector<std::string> splitTags(const std::string &s) {
    std::vector<std::string> out;
    size_t p = 0;
    while (p < s.size()) {
        size_t e = s.find(' ', p);
        if (e == std::string::npos) e = s.size();
        out.push_back(s.substr(p, e - p));
        p = e + 1;
    }
    return out;
}

constexpr const char *kEditSelect =
    "SELECT e.id, l.name, e.who, e.at, e.tweet_id, e.begin_idx, e.end_idx, e.old_tags, e.new_tags, e.kind, "
    "coalesce(e.reverts, 0) FROM edits e JOIN layers l ON l.id = e.layer_id ";

inline EditRecord readEdit(const Statement &st) {
    return {st.int64(0),           st.text(1),       st.text(2),       st.text(3),
            st.int64(4),           int(st.int64(5)), int(st.int64(6)), splitTags(st.text(7)),
            splitTags(st.text(8)), st.text(9),       st.int64(10)};
}

// The metrics column: the fingerprint as a JSON string (escaped: it is data) and the dev scores,
// which must be JSON themselves (anything else is kept as a string rather than corrupt the column).
inline std::string modelMetrics(const std::string &fingerprint, const std::string &devJson) {
    std::string dev = devJson.empty() ? std::string("{}") : devJson;
    try {
        json::parse(dev);
    } catch (const json::Error &) { dev = json::quote(devJson); }
    return "{\"fingerprint\": " + json::quote(fingerprint) + ", \"dev\": " + dev + "}";
}

inline std::string readFile(const std::filesystem::path &p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return {};
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace mner::internal

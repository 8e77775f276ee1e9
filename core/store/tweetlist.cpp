// The tweet list's queries: which tweets, in which order, and a page of rows. Every sort key is a
// kept, indexed column (see summary.cpp), so that sorting a million tweets reads one index.
#include "store/project.h"
#include "store/projectinternal.h"

#include <algorithm>
#include <map>

namespace mner {

using namespace internal;

namespace {
// The filter's WHERE clause over tweets t and datasets d; parameters ?1 text, ?2 split, ?3 status.
std::string where(bool postgres) {
    // SQLite's instr is PostgreSQL's strpos
    return std::string(" WHERE (?1 = '' OR ") + (postgres ? "strpos" : "instr") +
           "(lower(t.display), lower(?1)) > 0) AND (?2 = '' OR d.split = ?2) AND (?3 < 0 OR t.status = ?3)";
}
}  // namespace

std::vector<int64_t> Project::listTweets(const TweetQuery &q) {
    using Key = TweetQuery::Key;
    const std::string from = " FROM tweets t JOIN datasets d ON d.id = t.dataset_id", filter = where(db_.postgres());
    auto ids = [&](const std::string &sql, int64_t layer = 0) {
        auto st = db_.prepare(sql);
        st.bind(1, q.text).bind(2, q.split).bind(3, q.status);
        if (layer) st.bind(4, layer);
        std::vector<int64_t> out;
        while (st.step()) out.push_back(st.int64(0));
        return out;
    };
    std::vector<int64_t> out;
    switch (q.key) {
    case Key::Number: out = ids("SELECT t.id" + from + filter + " ORDER BY t.id"); break;
    case Key::Status: out = ids("SELECT t.id" + from + filter + " ORDER BY t.status, t.id"); break;
    case Key::Entities: out = ids("SELECT t.id" + from + filter + " ORDER BY t.entities, t.id"); break;
    case Key::Id: out = ids("SELECT t.id" + from + filter + " ORDER BY t.ext_id, t.id"); break;
    case Key::Text: out = ids("SELECT t.id" + from + filter + " ORDER BY t.display, t.id"); break;
    case Key::Split: {
        // a split's rank from the few datasets, then one pass in id order: no sort of the rows
        std::map<std::string, int> rank;
        for (const std::string &s : splits()) rank[s] = 0;
        int r = 0;
        for (auto &[name, v] : rank) v = r++;
        auto st = db_.prepare("SELECT t.id, d.split" + from + filter + " ORDER BY t.id");
        st.bind(1, q.text).bind(2, q.split).bind(3, q.status);
        std::vector<std::pair<int, int64_t>> keyed;
        while (st.step()) keyed.emplace_back(rank[st.text(1)], st.int64(0));
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        out.reserve(keyed.size());
        for (const auto &k : keyed) out.push_back(k.second);
        break;
    }
    case Key::Disagreement:
    case Key::Uncertainty: {
        int64_t layer = 0;
        {
            auto st = db_.prepare("SELECT id FROM layers WHERE name = ?");
            st.bind(1, q.modelLayer);
            if (st.step()) layer = st.int64(0);
        }
        if (!layer) {  // nothing to sort by: every key is unknown, so import order
            out = ids("SELECT t.id" + from + filter + " ORDER BY t.id");
            break;
        }
        const std::string col = q.key == Key::Uncertainty ? "s.uncertainty" : "s.disagreement";
        // the scored tweets in key order along the layer's index, and those without a score (key
        // unknown, as -1) merged in by id among the scored ones whose key is unknown too
        auto st = db_.prepare("SELECT s.tweet_id, " + col + " FROM tweet_scores s JOIN tweets t ON t.id = s.tweet_id " +
                              "JOIN datasets d ON d.id = t.dataset_id" + filter + " AND s.layer_id = ?4 ORDER BY " + col +
                              ", s.tweet_id");
        st.bind(1, q.text).bind(2, q.split).bind(3, q.status).bind(4, layer);
        std::vector<int64_t> unknown, known;
        while (st.step()) (st.real(1) < 0 ? unknown : known).push_back(st.int64(0));
        int64_t scored = 0;
        {
            auto c = db_.prepare("SELECT count(*) FROM tweet_scores WHERE layer_id = ?");
            c.bind(1, layer);
            if (c.step()) scored = c.int64(0);
        }
        std::vector<int64_t> unscored;
        if (scored < tweetCount())
            unscored = ids("SELECT t.id" + from + filter +
                               " AND NOT EXISTS (SELECT 1 FROM tweet_scores s WHERE s.tweet_id = t.id AND s.layer_id = ?4) ORDER BY t.id",
                           layer);
        out.reserve(unknown.size() + unscored.size() + known.size());
        std::merge(unknown.begin(), unknown.end(), unscored.begin(), unscored.end(), std::back_inserter(out));
        out.insert(out.end(), known.begin(), known.end());
        break;
    }
    }
    if (q.descending) std::reverse(out.begin(), out.end());
    return out;
}

std::vector<TweetRow> Project::tweetRows(const std::vector<int64_t> &ids, const std::string &modelLayer) {
    std::vector<TweetRow> out;
    if (ids.empty()) return out;
    int64_t layer = 0;
    if (!modelLayer.empty()) {
        auto st = db_.prepare("SELECT id FROM layers WHERE name = ?");
        st.bind(1, modelLayer);
        if (st.step()) layer = st.int64(0);
    }
    // up to 256 tweets per query: one round trip per page on a server
    std::map<int64_t, TweetRow> found;
    constexpr size_t kChunk = 256;
    for (size_t at = 0; at < ids.size(); at += kChunk) {
        const size_t n = std::min(kChunk, ids.size() - at);
        std::string in;
        for (size_t i = 0; i < n; ++i) in += i ? ", ?" : "?";
        auto st = db_.prepare(
            "SELECT t.id, t.ext_id, d.split, t.display, t.status, t.entities, coalesce(s.disagreement, -1), "
            "coalesce(s.uncertainty, -1) FROM tweets t JOIN datasets d ON d.id = t.dataset_id "
            "LEFT JOIN tweet_scores s ON s.tweet_id = t.id AND s.layer_id = ? WHERE t.id IN (" +
            in + ")");
        st.bind(1, layer);
        for (size_t i = 0; i < n; ++i) st.bind(int(i + 2), ids[at + i]);
        while (st.step())
            found[st.int64(0)] = {st.int64(0),       st.text(1),       st.text(2),       st.text(3),
                                  int(st.int64(4)), int(st.int64(5)), int(st.int64(6)), st.real(7)};
    }
    out.reserve(ids.size());
    for (int64_t id : ids)
        if (auto it = found.find(id); it != found.end()) out.push_back(it->second);
    return out;
}

int Project::countTweets(const std::string &split, int status) {
    auto st = db_.prepare("SELECT count(*) FROM tweets t JOIN datasets d ON d.id = t.dataset_id WHERE (?1 = '' OR d.split = ?1) "
                          "AND (?2 < 0 OR t.status = ?2)");
    st.bind(1, split).bind(2, status);
    return st.step() ? int(st.int64(0)) : 0;
}

}  // namespace mner

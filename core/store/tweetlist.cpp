// The tweet list's queries: which tweets, in which order, and a page of rows. Every sort key is a
// kept, indexed column (see summary.cpp), so that sorting a million tweets reads one index.
#include "store/project.h"
#include "store/projectinternal.h"

#include <algorithm>
#include <map>

namespace mner {

using namespace internal;

namespace {
// A layer's id by name; 0 when there is none.
int64_t layerIdOf(Database &db, const std::string &name) {
    auto st = db.prepare("SELECT id FROM layers WHERE name = ?");
    st.bind(1, name);
    return st.step() ? st.int64(0) : 0;
}
}  // namespace

std::vector<int64_t> Project::listTweets(const TweetQuery &q) {
    using Key = TweetQuery::Key;
    // only what the filter needs is joined and tested: with no filter a sort reads one index
    std::string where;
    std::vector<std::string> texts;
    if (!q.text.empty()) {
        // SQLite: our own function (ASCII case ignored, as LIKE does, at memchr speed; the scan of
        // a million rows is the cost of this filter); the server's lower() folds every letter
        where += db_.postgres() ? " AND strpos(lower(t.display), lower(?)) > 0" : " AND contains_text(t.display, ?)";
        texts.push_back(q.text);
    }
    if (!q.split.empty()) {
        where += " AND d.split = ?";
        texts.push_back(q.split);
    }
    if (q.status >= 0) where += " AND t.status = " + std::to_string(q.status);
    const bool filtered = !where.empty();
    const std::string tweets =
        std::string(" FROM tweets t") + (q.split.empty() && q.key != Key::Split ? "" : " JOIN datasets d ON d.id = t.dataset_id");
    auto run = [&](const std::string &sql, int64_t layer, auto &&row) {
        auto st = db_.prepare(sql);
        int i = 1;
        if (layer) st.bind(i++, layer);
        for (const std::string &t : texts) st.bind(i++, t);
        while (st.step()) row(st);
    };
    auto ids = [&](const std::string &sql, int64_t layer = 0) {
        std::vector<int64_t> out;
        run(sql, layer, [&](Statement &st) { out.push_back(st.int64(0)); });
        return out;
    };
    const std::string filter = filtered ? " WHERE" + where.substr(4) : std::string();
    std::vector<int64_t> out;
    switch (q.key) {
    case Key::Number: out = ids("SELECT t.id" + tweets + filter + " ORDER BY t.id"); break;
    case Key::Status: out = ids("SELECT t.id" + tweets + filter + " ORDER BY t.status, t.id"); break;
    case Key::Entities: out = ids("SELECT t.id" + tweets + filter + " ORDER BY t.entities, t.id"); break;
    case Key::Id: out = ids("SELECT t.id" + tweets + filter + " ORDER BY t.ext_id, t.id"); break;
    case Key::Text: out = ids("SELECT t.id" + tweets + filter + " ORDER BY t.display, t.id"); break;
    case Key::Split: {
        // a split's rank from the few datasets, then one pass in id order: no sort of the rows
        std::map<std::string, int> rank;
        for (const std::string &s : splits()) rank[s] = 0;
        int r = 0;
        for (auto &[name, v] : rank) v = r++;
        std::vector<std::pair<int, int64_t>> keyed;
        run("SELECT t.id, d.split" + tweets + filter + " ORDER BY t.id", 0,
            [&](Statement &st) { keyed.emplace_back(rank[st.text(1)], st.int64(0)); });
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        out.reserve(keyed.size());
        for (const auto &k : keyed) out.push_back(k.second);
        break;
    }
    case Key::Disagreement:
    case Key::Uncertainty: {
        const int64_t layer = layerIdOf(db_, q.modelLayer);
        if (!layer) {  // nothing to sort by: every key is unknown, so import order
            out = ids("SELECT t.id" + tweets + filter + " ORDER BY t.id");
            break;
        }
        const std::string col = q.key == Key::Uncertainty ? "s.uncertainty" : "s.disagreement";
        // the scored tweets in key order along the layer's index (the tweets joined only to
        // filter them), and those without a score (key unknown, as -1) merged in by id among the
        // scored ones whose key is unknown too
        std::vector<int64_t> unknown, known;
        run("SELECT s.tweet_id, " + col + " FROM tweet_scores s" +
                (filtered ? " JOIN tweets t ON t.id = s.tweet_id" +
                                std::string(q.split.empty() ? "" : " JOIN datasets d ON d.id = t.dataset_id")
                          : std::string()) +
                " WHERE s.layer_id = ?" + where + " ORDER BY " + col + ", s.tweet_id",
            layer, [&](Statement &st) { (st.real(1) < 0 ? unknown : known).push_back(st.int64(0)); });
        int64_t scored = 0;
        {
            auto c = db_.prepare("SELECT count(*) FROM tweet_scores WHERE layer_id = ?");
            c.bind(1, layer);
            if (c.step()) scored = c.int64(0);
        }
        std::vector<int64_t> unscored;
        if (scored < tweetCount())
            unscored = ids("SELECT t.id" + tweets +
                               " WHERE NOT EXISTS (SELECT 1 FROM tweet_scores s WHERE s.tweet_id = t.id AND s.layer_id = ?)" +
                               where + " ORDER BY t.id",
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
    const int64_t layer = modelLayer.empty() ? 0 : layerIdOf(db_, modelLayer);
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

// The per-tweet numbers the tweet list sorts and filters by (the reference's entity count, each
// model layer's disagreement with it), kept current by the writes that change them, so that a
// project of any size opens and sorts without reading its labels.
#include "store/project.h"
#include "store/projectinternal.h"

#include "eval/errors.h"
#include "text/tags.h"

#include <algorithm>
#include <limits>
#include <map>

namespace mner {

using namespace internal;

int internal::disagreement(const std::vector<std::string> &ref, const std::vector<std::string> &pred) {
    if (pred.empty() || pred.size() != ref.size()) return -1;
    int n = 0;
    for (const SpanError &e : classifySpans(spansOf(ref), spansOf(pred))) n += e.kind != ErrorKind::Correct;
    return n;
}

void Project::updateSummary(int64_t tweetId, const std::vector<std::string> &reference) {
    auto ent = db_.prepare("UPDATE tweets SET entities = ? WHERE id = ?");
    ent.bind(1, int64_t(spansOf(reference).size())).bind(2, tweetId).run();
    // the model layers that scored this tweet compare with the new reference
    auto models = db_.prepare("SELECT s.layer_id, l.name FROM tweet_scores s JOIN layers l ON l.id = s.layer_id "
                              "WHERE s.tweet_id = ? AND l.kind = 'model'");
    models.bind(1, tweetId);
    std::vector<std::pair<int64_t, std::string>> layers;
    while (models.step()) layers.emplace_back(models.int64(0), models.text(1));
    auto dis = db_.prepare("UPDATE tweet_scores SET disagreement = ? WHERE tweet_id = ? AND layer_id = ?");
    for (const auto &[lid, name] : layers)
        dis.bind(1, int64_t(disagreement(reference, labels(name, tweetId)))).bind(2, tweetId).bind(3, lid).run();
}

namespace {
// meta's value for key (empty when absent); writing an empty value removes the key.
std::string getMeta(Database &db, const std::string &key) {
    auto st = db.prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.text(0) : std::string();
}
void putMeta(Database &db, const std::string &key, const std::string &value) {
    if (value.empty()) {
        auto del = db.prepare("DELETE FROM meta WHERE key = ?");
        del.bind(1, key).run();
        return;
    }
    auto put = db.prepare("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    put.bind(1, key).bind(2, value).run();
}

// Tags of the tweets in [from, to] of a layer (by id), read in one query.
std::map<int64_t, std::vector<std::string>> rangeTags(Database &db, int64_t layer, int64_t from, int64_t to) {
    auto st = db.prepare("SELECT tweet_id, tag FROM labels WHERE layer_id = ? AND tweet_id BETWEEN ? AND ? ORDER BY tweet_id, idx");
    st.bind(1, layer).bind(2, from).bind(3, to);
    std::map<int64_t, std::vector<std::string>> out;
    while (st.step()) out[st.int64(0)].push_back(st.text(1));
    return out;
}
}  // namespace

void Project::countSummaries(Database &db) {
    usedTypes(db);  // counted once here rather than at every open
    std::map<std::string, int64_t> layerIds;
    std::vector<int64_t> models;
    {
        auto st = db.prepare("SELECT id, name, kind FROM layers");
        while (st.step()) {
            layerIds[st.text(1)] = st.int64(0);
            if (st.text(2) == "model") models.push_back(st.int64(0));
        }
    }
    auto idOf = [&](const char *name) { return layerIds.count(name) ? layerIds[name] : int64_t(-1); };
    auto page = db.prepare("SELECT id FROM tweets WHERE id > ? ORDER BY id LIMIT 5000");
    auto ent = db.prepare("UPDATE tweets SET entities = ? WHERE id = ?");
    auto dis = db.prepare("UPDATE tweet_scores SET disagreement = ? WHERE tweet_id = ? AND layer_id = ?");
    // a page of tweets at a time: bounded memory whatever the project's size
    for (int64_t after = std::numeric_limits<int64_t>::min();;) {
        std::vector<int64_t> ids;
        page.bind(1, after);
        while (page.step()) ids.push_back(page.int64(0));
        page.reset();
        if (ids.empty()) break;
        after = ids.back();
        auto ref = rangeTags(db, idOf("corrected"), ids.front(), ids.back());
        for (auto &[id, tags] : rangeTags(db, idOf("gold"), ids.front(), ids.back())) ref.emplace(id, std::move(tags));
        for (int64_t id : ids) ent.bind(1, int64_t(spansOf(ref[id]).size())).bind(2, id).run();
        for (int64_t m : models)
            for (const auto &[id, pred] : rangeTags(db, m, ids.front(), ids.back()))
                dis.bind(1, int64_t(disagreement(ref[id], pred))).bind(2, id).bind(3, m).run();
    }
}

std::vector<std::string> Project::usedTypes(Database &db) {
    if (const std::string kept = getMeta(db, "used_types"); !kept.empty()) return splitTags(kept);
    std::vector<std::string> out;
    auto used = db.prepare("SELECT DISTINCT substr(tag, 3) FROM labels WHERE tag != 'O' AND layer_id IN "
                           "(SELECT id FROM layers WHERE kind IN ('gold', 'corrected'))");
    while (used.step()) out.push_back(used.text(0));
    std::sort(out.begin(), out.end());
    try {
        putMeta(db, "used_types", joinTags(out));
    } catch (const StoreError &) {
        // a reader on a server may not write: counted again next time
    }
    return out;
}

void Project::noteTypes(const std::vector<std::string> &tags) {
    std::vector<std::string> known = usedTypes(db_);
    bool added = false;
    for (const std::string &t : tags) {
        if (t.size() < 3 || t == "O") continue;
        const std::string type = t.substr(2);
        if (std::find(known.begin(), known.end(), type) == known.end()) {
            known.insert(std::upper_bound(known.begin(), known.end(), type), type);
            added = true;
        }
    }
    if (added) putMeta(db_, "used_types", joinTags(known));
}

std::string Project::metaValue(const std::string &key) { return getMeta(db_, key); }

void Project::setMetaValue(const std::string &key, const std::string &value) { putMeta(db_, key, value); }

}  // namespace mner

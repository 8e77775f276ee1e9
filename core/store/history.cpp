// The edit history: durable edits, undo and redo as edits of their own, an annotator's undo stack;
// tweet statuses with who set them, and each annotator's work.
#include "store/project.h"
#include "store/projectinternal.h"
#include "text/isotime.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace mner {

using namespace internal;

int64_t Project::writeEdit(const std::string &layer, int64_t tweetId, int begin, const std::vector<std::string> &newTags,
                           const std::vector<std::string> *expectedOld, const std::string &who, const char *kind,
                           int64_t reverts) {
    if (layer == "gold") throw StoreError("the gold layer is read-only; edits go to 'corrected' or an annotator's layer");
    int64_t lid = layerId(layer, layer == "corrected" ? "corrected" : layer == "curated" ? "curated" : "annotator", true);
    if (db_.postgres()) {
        // edits of one tweet in one layer take turns until commit: each starts from the last one's result
        auto lock = db_.prepare("SELECT pg_advisory_xact_lock(CAST(? AS integer), CAST(? AS integer))");
        lock.bind(1, lid).bind(2, tweetId).run();
    }
    // the layer's own labels of the tweet; without them it starts from what lies beneath
    std::vector<std::string> current;
    {
        auto own = db_.prepare("SELECT tag FROM labels WHERE layer_id = ? AND tweet_id = ? ORDER BY idx");
        own.bind(1, lid).bind(2, tweetId);
        while (own.step()) current.push_back(own.text(0));
    }
    const bool hasOwn = !current.empty();
    if (!hasOwn) current = labels(layer, tweetId);
    if (current.empty()) current = labels("gold", tweetId);  // an annotator starts from the imported labels
    int end = begin + static_cast<int>(newTags.size());
    if (begin < 0 || newTags.empty() || end > static_cast<int>(current.size()))
        throw StoreError("edit of tokens [" + std::to_string(begin) + ", " + std::to_string(end) + ") outside tweet " +
                         std::to_string(tweetId) + " of " + std::to_string(current.size()) + " tokens");
    for (const auto &t : newTags)
        if (!isValidBioTag(t)) throw StoreError("invalid tag '" + t + "': expected O, B-TYPE or I-TYPE");
    std::vector<std::string> old(current.begin() + begin, current.begin() + end);
    if (expectedOld && old != *expectedOld)
        throw StoreError(Message{"tweet {1} was changed elsewhere since this edit; reload it", {std::to_string(tweetId)}});
    for (int i = begin; i < end; ++i) current[size_t(i)] = newTags[size_t(i - begin)];
    // one statement for the tokens written (few round trips to a server): the edited ones, or
    // the whole tweet when the layer had none of its own yet
    const size_t from = hasOwn ? size_t(begin) : 0, to = hasOwn ? size_t(end) : current.size();
    std::string sql = "INSERT INTO labels(layer_id, tweet_id, idx, tag) VALUES ";
    for (size_t i = from; i < to; ++i) sql += i > from ? ", (?, ?, ?, ?)" : "(?, ?, ?, ?)";
    auto up = db_.prepare(sql + " ON CONFLICT(layer_id, tweet_id, idx) DO UPDATE SET tag = excluded.tag");
    int p = 1;
    for (size_t i = from; i < to; ++i, p += 4) up.bind(p, lid).bind(p + 1, tweetId).bind(p + 2, int64_t(i)).bind(p + 3, current[i]);
    up.run();
    auto ins =
        db_.prepare("INSERT INTO edits(layer_id, tweet_id, begin_idx, end_idx, old_tags, new_tags, who, at, kind, reverts) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    ins.bind(1, lid)
        .bind(2, tweetId)
        .bind(3, begin)
        .bind(4, end)
        .bind(5, joinTags(old))
        .bind(6, joinTags(newTags))
        .bind(7, who)
        .bind(8, nowIso())
        .bind(9, kind);
    if (reverts)
        ins.bind(10, reverts);
    else
        ins.bindNull(10);
    if (!ins.step()) throw StoreError("the edit was not recorded");
    int64_t id = ins.int64(0);
    ins.reset();
    if (layer == "corrected") {  // the list's reference changed
        updateSummary(tweetId, current);
        noteTypes(newTags);
    }
    return id;
}

int64_t Project::applyEdit(const std::string &layer, int64_t tweetId, int begin, const std::vector<std::string> &newTags,
                           const std::string &who) {
    Transaction tx(db_);
    int64_t id = writeEdit(layer, tweetId, begin, newTags, nullptr, who, "edit", 0);
    tx.commit();
    return id;
}

Project::LayerImport Project::importLayer(const std::string &layer, const Document &doc, const std::string &who,
                                         const Progress &progress) {
    if (layer == "gold" || layer.rfind("model:", 0) == 0)
        throw StoreError(Message{"labels from a file go to corrected, curated or an annotator's layer, not '{1}'", {layer}});
    std::string file = doc.file.empty() ? std::string("the imported data") : doc.file;
    Transaction tx(db_);
    auto find = db_.prepare("SELECT id FROM tweets WHERE ext_id = ? AND display = ? ORDER BY id");
    std::map<std::pair<std::string, std::string>, std::vector<int64_t>> seen;  // copies met so far
    LayerImport r;
    size_t done = 0;
    for (const Tweet &t : doc.tweets) {
        const std::string display = displayOf(t);
        auto key = std::make_pair(t.id, display);
        size_t copy = seen[key].size();
        find.bind(1, t.id).bind(2, display);
        int64_t id = 0;
        for (size_t k = 0; find.step(); ++k)
            if (k == copy) id = find.int64(0);
        find.reset();
        if (!id)
            throw ParseError(file, t.line,
                             Message{"tweet '{1}' is not in the project (its id and words are matched); nothing was recorded", {t.id}});
        seen[key].push_back(id);
        std::vector<std::string> current = labels(layer, id);
        if (current.empty()) current = labels("gold", id);
        int first = -1, last = -1;
        for (size_t i = 0; i < t.tokens.size() && i < current.size(); ++i)
            if (t.tokens[i].tag != current[i]) {
                if (first < 0) first = int(i);
                last = int(i);
            }
        ++r.tweets;
        if (first >= 0) {
            std::vector<std::string> tags;
            for (int i = first; i <= last; ++i) tags.push_back(t.tokens[size_t(i)].tag);
            try {
                writeEdit(layer, id, first, tags, nullptr, who, "edit", 0);
            } catch (const StoreError &e) {
                if (e.failure() == StoreFailure::Denied) throw;
                throw ParseError(file, t.line, Message{"{1}; nothing was recorded", {e.what()}});
            }
            ++r.changed;
        }
        if (progress && (++done % 256 == 0 || done == doc.tweets.size()) && !progress(done, doc.tweets.size()))
            throw StoreError(Message{"import cancelled; nothing was recorded", {}});
    }
    tx.commit();
    return r;
}

EditRecord Project::edit(int64_t id) {
    auto st = db_.prepare(std::string(kEditSelect) + "WHERE e.id = ?");
    st.bind(1, id);
    if (!st.step()) throw StoreError("no edit with id " + std::to_string(id));
    return readEdit(st);
}

int64_t Project::revertEdit(int64_t editId, const std::string &who, bool undo) {
    Transaction tx(db_);
    EditRecord e = edit(editId);
    // undo puts the old tags back where the edit's new ones must still be; redo the other way
    const auto &to = undo ? e.oldTags : e.newTags, &expected = undo ? e.newTags : e.oldTags;
    int64_t id = writeEdit(e.layer, e.tweetId, e.begin, to, &expected, who, undo ? "undo" : "redo", editId);
    tx.commit();
    return id;
}

int64_t Project::undoEdit(int64_t editId, const std::string &who) { return revertEdit(editId, who, true); }
int64_t Project::redoEdit(int64_t editId, const std::string &who) { return revertEdit(editId, who, false); }

UndoState Project::undoState(const std::string &who) {
    UndoState u;
    auto st = db_.prepare("SELECT id, kind, coalesce(reverts, 0) FROM edits WHERE who = ? ORDER BY id");
    st.bind(1, who);
    while (st.step()) {
        std::string kind = st.text(1);
        int64_t id = st.int64(0), target = st.int64(2);
        if (kind == "edit") {
            u.undo.push_back(id);
            u.redo.clear();
        } else if (kind == "undo") {
            auto it = std::find(u.undo.begin(), u.undo.end(), target);
            if (it != u.undo.end()) u.undo.erase(it);
            u.redo.push_back(target);
        } else {
            auto it = std::find(u.redo.begin(), u.redo.end(), target);
            if (it != u.redo.end()) u.redo.erase(it);
            u.undo.push_back(target);
        }
    }
    return u;
}

std::vector<EditRecord> Project::edits(int64_t tweetId) {
    auto st = db_.prepare(std::string(kEditSelect) + "WHERE ?1 = 0 OR e.tweet_id = ?1 ORDER BY e.id");
    st.bind(1, tweetId);
    std::vector<EditRecord> out;
    while (st.step()) out.push_back(readEdit(st));
    return out;
}

void Project::setStatus(int64_t tweetId, int status, const std::string &who) {
    Transaction tx(db_);
    auto st = db_.prepare("UPDATE tweets SET status = ? WHERE id = ?");
    st.bind(1, status).bind(2, tweetId).run();
    if (db_.changes() == 0) throw StoreError("no tweet with id " + std::to_string(tweetId) + " in " + path_);
    auto log = db_.prepare("INSERT INTO status_log(tweet_id, status, who, at) VALUES (?, ?, ?, ?)");
    log.bind(1, tweetId).bind(2, status).bind(3, who).bind(4, nowIso()).run();
    tx.commit();
}

std::vector<AnnotatorWork> Project::annotatorWork() {
    // seconds since 1970 of an ISO time column, -1 when it is not one
    auto epoch = [&](const std::string &col) -> std::string {
        if (!db_.postgres()) return "COALESCE(CAST(strftime('%s', " + col + ") AS INTEGER), -1)";
        return "CASE WHEN " + col + " ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9:]+)?$' THEN CAST(extract(epoch FROM CAST(" +
               col + " AS timestamptz)) AS bigint) ELSE -1 END";
    };
    std::map<std::string, AnnotatorWork> work;
    std::map<std::string, std::vector<int64_t>> times;
    {
        // the database reads the ISO times (no C library parsing, no locale); unreadable ones are -1
        auto st = db_.prepare("SELECT who, kind, " + epoch("at") + " FROM edits");
        while (st.step()) {
            AnnotatorWork &w = work[st.text(0)];
            w.who = st.text(0);
            w.edits += st.text(1) == "edit";
            times[w.who].push_back(st.int64(2));
        }
    }
    {
        // the tweets' current status is the last one logged for each
        auto st =
            db_.prepare("SELECT l.who, l.status, " + epoch("l.at") +
                        ", l.id = (SELECT MAX(id) FROM status_log m WHERE m.tweet_id = l.tweet_id) FROM status_log l");
        while (st.step()) {
            AnnotatorWork &w = work[st.text(0)];
            w.who = st.text(0);
            if (st.int64(3) && st.int64(1) == 1) ++w.tweetsDone;
            times[w.who].push_back(st.int64(2));
        }
    }
    std::vector<AnnotatorWork> out;
    for (auto &[who, w] : work) {
        std::vector<int64_t> &t = times[who];
        t.erase(std::remove(t.begin(), t.end(), int64_t(-1)), t.end());
        std::sort(t.begin(), t.end());
        for (size_t i = 1; i < t.size(); ++i)
            if (t[i] - t[i - 1] <= 300) w.activeSeconds += t[i] - t[i - 1];
        out.push_back(w);
    }
    return out;
}

}  // namespace mner

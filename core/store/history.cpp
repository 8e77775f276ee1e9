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
    std::vector<std::string> current = labels(layer, tweetId);
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
    auto up = db_.prepare("INSERT OR REPLACE INTO labels(layer_id, tweet_id, idx, tag) VALUES (?, ?, ?, ?)");
    for (size_t i = 0; i < current.size(); ++i) up.bind(1, lid).bind(2, tweetId).bind(3, int64_t(i)).bind(4, current[i]).run();
    auto ins =
        db_.prepare("INSERT INTO edits(layer_id, tweet_id, begin_idx, end_idx, old_tags, new_tags, who, at, kind, reverts) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
    ins.run();
    return db_.lastInsertId();
}

int64_t Project::applyEdit(const std::string &layer, int64_t tweetId, int begin, const std::vector<std::string> &newTags,
                           const std::string &who) {
    Transaction tx(db_);
    int64_t id = writeEdit(layer, tweetId, begin, newTags, nullptr, who, "edit", 0);
    tx.commit();
    return id;
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
    std::map<std::string, AnnotatorWork> work;
    std::map<std::string, std::vector<int64_t>> times;
    {
        // SQLite reads the ISO times (no C library parsing, no locale); unreadable ones are NULL -> -1
        auto st = db_.prepare("SELECT who, kind, COALESCE(CAST(strftime('%s', at) AS INTEGER), -1) FROM edits");
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
            db_.prepare("SELECT l.who, l.status, COALESCE(CAST(strftime('%s', l.at) AS INTEGER), -1), "
                        "l.id = (SELECT MAX(id) FROM status_log m WHERE m.tweet_id = l.tweet_id) FROM status_log l");
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

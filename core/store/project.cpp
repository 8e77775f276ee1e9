#include "store/project.h"
#include "store/projectinternal.h"
#include "text/numbers.h"

#include "io/captions.h"
#include "io/json.h"
#include "text/isotime.h"
#include "text/sha256.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>

namespace fs = std::filesystem;

namespace mner {

using namespace internal;

int64_t Project::layerId(const std::string &name, const std::string &kind, bool create) {
    auto st = db_.prepare("SELECT id FROM layers WHERE name = ?");
    st.bind(1, name);
    if (st.step()) return st.int64(0);
    if (!create) throw StoreError("no layer named '" + name + "' in " + path_);
    // another client may create it at the same moment: then take theirs
    auto ins = db_.prepare("INSERT INTO layers(name, kind) VALUES (?, ?) ON CONFLICT(name) DO NOTHING");
    ins.bind(1, name).bind(2, kind).run();
    st.reset();
    st.bind(1, name);
    if (!st.step()) throw StoreError("layer '" + name + "' could not be created in " + path_);
    return st.int64(0);
}
int Project::tweetCount(const std::string &split) {
    auto st = split.empty()
                  ? db_.prepare("SELECT count(*) FROM tweets")
                  : db_.prepare("SELECT count(*) FROM tweets t JOIN datasets d ON d.id = t.dataset_id WHERE d.split = ?");
    if (!split.empty()) st.bind(1, split);
    st.step();
    return static_cast<int>(st.int64(0));
}

std::vector<int64_t> Project::tweetIds(const std::string &split) {
    auto st = db_.prepare("SELECT t.id FROM tweets t JOIN datasets d ON d.id = t.dataset_id "
                          "WHERE ?1 = '' OR d.split = ?1 ORDER BY t.id");
    st.bind(1, split);
    std::vector<int64_t> out;
    while (st.step()) out.push_back(st.int64(0));
    return out;
}

std::map<int64_t, double> Project::uncertainties(const std::string &layer) {
    auto st =
        db_.prepare("SELECT tweet_id, uncertainty FROM tweet_scores WHERE layer_id = (SELECT id FROM layers WHERE name = ?)");
    st.bind(1, layer);
    std::map<int64_t, double> out;
    while (st.step()) out[st.int64(0)] = st.real(1);
    return out;
}

TweetRecord Project::tweet(int64_t id) {
    Memo *m = memo();
    if (m)
        if (auto it = m->tweets.find(id); it != m->tweets.end()) return it->second;
    auto st = db_.prepare(
        "SELECT t.ext_id, d.split, t.status, t.raw_text, i.name, i.path, i.data IS NOT NULL, t.image_id, t.n_tokens "
        "FROM tweets t JOIN datasets d ON d.id = t.dataset_id LEFT JOIN images i ON i.id = t.image_id WHERE t.id = ?");
    st.bind(1, id);
    if (!st.step()) throw StoreError("no tweet with id " + std::to_string(id) + " in " + path_);
    TweetRecord r;
    r.id = id;
    r.tweet.id = st.text(0);
    r.split = st.text(1);
    r.status = int(st.int64(2));
    r.tweet.text = st.text(3);
    r.imageName = st.text(4);
    r.tweet.imageId = r.imageName;
    if (!st.isNull(5)) {
        fs::path rel(st.text(5));
        r.imagePath = (fs::path(dir_) / rel).lexically_normal().string();
        fs::path norm = rel.lexically_normal();
        r.imageOutside = norm.is_absolute() || (!norm.empty() && *norm.begin() == "..");
    }
    r.imageEmbedded = st.int64(6) != 0;
    int64_t imageId = st.int64(7);
    auto tok = db_.prepare(
        "SELECT k.text, k.middle, l.tag FROM tokens k LEFT JOIN labels l ON l.tweet_id = k.tweet_id AND l.idx = k.idx "
        "AND l.layer_id = (SELECT id FROM layers WHERE name = 'gold') WHERE k.tweet_id = ? ORDER BY k.idx");
    tok.bind(1, id);
    while (tok.step()) r.tweet.tokens.push_back({tok.text(0), tok.isNull(2) ? "O" : tok.text(2), tok.text(1)});
    if (imageId) {
        auto w = db_.prepare("SELECT source, words FROM image_words WHERE image_id = ? ORDER BY source");
        w.bind(1, imageId);
        while (w.step()) r.imageWords[w.text(0)] = w.text(1);
    }
    if (m) m->tweets[id] = r;
    return r;
}

std::vector<unsigned char> Project::imageBytes(const TweetRecord &t, bool allowOutside) {
    ImageRef r;
    r.name = t.imageName;
    r.path = t.imagePath;
    r.embedded = t.imageEmbedded;
    r.outside = t.imageOutside;
    return imageBytes(r, allowOutside);
}

std::vector<unsigned char> Project::imageBytes(const ImageRef &img, bool allowOutside) {
    if (img.embedded) {
        auto st = db_.prepare("SELECT data FROM images WHERE name = ?");
        st.bind(1, img.name);
        if (st.step()) return st.blob(0);
        return {};
    }
    if (img.path.empty()) return {};
    if (img.outside && !allowOutside)
        throw StoreError("image " + img.name + " lies outside the project's folder (" + img.path +
                         "); it is only read when images outside the project are allowed");
    std::string s = readFile(img.path);
    return std::vector<unsigned char>(s.begin(), s.end());
}

std::vector<ImageRef> Project::images(const std::string &withoutSource) {
    std::string sql = "SELECT id, name, path, data IS NOT NULL FROM images WHERE (path IS NOT NULL OR data IS NOT NULL)";
    if (!withoutSource.empty()) sql += " AND id NOT IN (SELECT image_id FROM image_words WHERE source = ?)";
    auto st = db_.prepare(sql + " ORDER BY id");
    if (!withoutSource.empty()) st.bind(1, withoutSource);
    std::vector<ImageRef> out;
    while (st.step()) {
        ImageRef r;
        r.id = st.int64(0);
        r.name = st.text(1);
        if (!st.isNull(2)) {
            fs::path rel(st.text(2));
            r.path = (fs::path(dir_) / rel).lexically_normal().string();
            fs::path norm = rel.lexically_normal();
            r.outside = norm.is_absolute() || (!norm.empty() && *norm.begin() == "..");
        }
        r.embedded = st.int64(3) != 0;
        out.push_back(std::move(r));
    }
    return out;
}

void Project::setImageWords(const std::vector<ImageWordsRow> &rows) {
    Transaction tx(db_);
    auto st = db_.prepare("INSERT INTO image_words(image_id, source, words, scores) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT(image_id, source) DO UPDATE SET words = excluded.words, scores = excluded.scores");
    for (const auto &r : rows) {
        st.bind(1, r.imageId).bind(2, r.source).bind(3, r.words);
        if (r.scores.empty())
            st.bindNull(4);
        else
            st.bind(4, r.scores);
        st.run();
    }
    tx.commit();
}

std::vector<std::string> Project::splits() {
    auto st = db_.prepare("SELECT split FROM datasets GROUP BY split ORDER BY min(id)");
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.text(0));
    return out;
}

std::vector<LayerInfo> Project::layers() {
    auto st = db_.prepare("SELECT l.id, l.name, l.kind, (SELECT count(DISTINCT tweet_id) FROM labels WHERE layer_id = l.id) "
                          "FROM layers l ORDER BY l.id");
    std::vector<LayerInfo> out;
    while (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2), int(st.int64(3))});
    return out;
}

std::vector<LayerInfo> Project::layerList() {
    Memo *m = memo();
    if (m && m->layers) return *m->layers;
    auto st = db_.prepare("SELECT id, name, kind FROM layers ORDER BY id");
    std::vector<LayerInfo> out;
    while (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2), 0});
    if (m) m->layers = out;
    return out;
}

std::vector<std::string> Project::labels(const std::string &layer, int64_t tweetId) {
    Memo *m = memo();
    const auto key = std::make_pair(layer, tweetId);
    if (m)
        if (auto it = m->labels.find(key); it != m->labels.end()) return it->second;
    std::vector<std::string> out = ownOrBeneath(layer, tweetId);
    if (m) m->labels[key] = out;
    return out;
}

std::vector<std::string> Project::ownOrBeneath(const std::string &layer, int64_t tweetId) {
    auto st = db_.prepare(
        "SELECT tag FROM labels WHERE layer_id = (SELECT id FROM layers WHERE name = ?) AND tweet_id = ? ORDER BY idx");
    st.bind(1, layer).bind(2, tweetId);
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.text(0));
    if (out.empty() && layer == "corrected") return labels("gold", tweetId);
    if (out.empty() && layer == "curated") return labels("corrected", tweetId);
    return out;
}

std::map<int64_t, std::vector<std::string>> Project::layerTags(const std::string &layer) {
    return layerTags(layer, std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max());
}

std::map<int64_t, std::vector<std::string>> Project::layerTags(const std::string &layer, int64_t from, int64_t to) {
    std::map<int64_t, std::vector<std::string>> out;
    auto read = [&](const std::string &name, bool onlyMissing) {
        auto st = db_.prepare("SELECT tweet_id, tag FROM labels WHERE layer_id = (SELECT id FROM layers WHERE name = ?) "
                              "AND tweet_id BETWEEN ? AND ? ORDER BY tweet_id, idx");
        st.bind(1, name).bind(2, from).bind(3, to);
        std::map<int64_t, std::vector<std::string>> got;
        while (st.step()) got[st.int64(0)].push_back(st.text(1));
        for (auto &[id, tags] : got)
            if (!onlyMissing || !out.count(id)) out[id] = std::move(tags);
    };
    read(layer, false);
    if (layer == "curated") read("corrected", true);
    if (layer == "corrected" || layer == "curated") read("gold", true);
    return out;
}

std::map<int64_t, std::vector<std::string>> Project::allWords() {
    return allWords(std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max());
}

std::map<int64_t, std::vector<std::string>> Project::allWords(int64_t from, int64_t to) {
    std::map<int64_t, std::vector<std::string>> out;
    auto st = db_.prepare("SELECT tweet_id, text FROM tokens WHERE tweet_id BETWEEN ? AND ? ORDER BY tweet_id, idx");
    st.bind(1, from).bind(2, to);
    while (st.step()) out[st.int64(0)].push_back(st.text(1));
    return out;
}

std::vector<int64_t> Project::tweetIdsAfter(int64_t after, int limit) {
    auto st = db_.prepare("SELECT id FROM tweets WHERE id > ? ORDER BY id LIMIT ?");
    st.bind(1, after).bind(2, limit);
    std::vector<int64_t> out;
    while (st.step()) out.push_back(st.int64(0));
    return out;
}

std::map<int64_t, std::map<std::string, std::string>> Project::allImageWords() {
    return allImageWords(std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max());
}

std::vector<int64_t> Project::scoredTweets(const std::string &layer, int64_t from, int64_t to) {
    auto st = db_.prepare("SELECT tweet_id FROM tweet_scores WHERE layer_id = (SELECT id FROM layers WHERE name = ?) "
                          "AND tweet_id BETWEEN ? AND ? ORDER BY tweet_id");
    st.bind(1, layer).bind(2, from).bind(3, to);
    std::vector<int64_t> out;
    while (st.step()) out.push_back(st.int64(0));
    return out;
}

std::map<int64_t, std::map<std::string, std::string>> Project::allImageWords(int64_t from, int64_t to) {
    auto st = db_.prepare("SELECT t.id, w.source, w.words FROM tweets t JOIN image_words w ON w.image_id = t.image_id "
                          "WHERE t.id BETWEEN ? AND ?");
    st.bind(1, from).bind(2, to);
    std::map<int64_t, std::map<std::string, std::string>> out;
    while (st.step()) out[st.int64(0)][st.text(1)] = st.text(2);
    return out;
}

std::vector<float> Project::confidences(const std::string &layer, int64_t tweetId) {
    Memo *m = memo();
    const auto key = std::make_pair(layer, tweetId);
    if (m)
        if (auto it = m->confidences.find(key); it != m->confidences.end()) return it->second;
    auto st = db_.prepare(
        "SELECT confidences FROM tweet_scores WHERE tweet_id = ? AND layer_id = (SELECT id FROM layers WHERE name = ?)");
    st.bind(1, tweetId).bind(2, layer);
    std::vector<float> out;
    if (st.step()) out = parseNumberList(st.text(0));
    if (m) m->confidences[key] = out;
    return out;
}

Document Project::exportLayer(const std::string &layer, const std::string &split) {
    const std::string &layerName = layer;
    bool corrected = layer == "corrected" || layer == "curated";  // both fall back to what lies beneath
    {
        auto st = db_.prepare("SELECT id FROM layers WHERE name = ?");
        st.bind(1, layerName);
        if (!st.step()) throw StoreError(Message{"no layer named '{1}' in {2} (see 'mner info')", {layer, path_}});
    }
    Document doc;
    auto st = db_.prepare(
        "SELECT t.id, t.ext_id, t.raw_text, i.name, d.id, d.format, d.bom, d.crlf, d.trailing_blank, d.final_newline, t.preamble "
        "FROM tweets t JOIN datasets d ON d.id = t.dataset_id LEFT JOIN images i ON i.id = t.image_id "
        "WHERE ?1 = '' OR d.split = ?1 ORDER BY t.id");
    st.bind(1, split);
    auto tok = db_.prepare("SELECT k.text, k.middle, "
                           "  coalesce(l.tag, CASE WHEN ?2 = 1 THEN c.tag END, CASE WHEN ?2 = 1 THEN g.tag END) "
                           "FROM tokens k "
                           "LEFT JOIN labels l ON l.tweet_id = k.tweet_id AND l.idx = k.idx AND l.layer_id = (SELECT id FROM "
                           "layers WHERE name = ?1) "
                           "LEFT JOIN labels c ON c.tweet_id = k.tweet_id AND c.idx = k.idx AND c.layer_id = (SELECT id FROM "
                           "layers WHERE name = 'corrected') "
                           "LEFT JOIN labels g ON g.tweet_id = k.tweet_id AND g.idx = k.idx AND g.layer_id = (SELECT id FROM "
                           "layers WHERE name = 'gold') "
                           "WHERE k.tweet_id = ?3 ORDER BY k.idx");
    int64_t firstDataset = -1;
    bool oneDataset = true;
    while (st.step()) {
        Tweet t;
        int64_t id = st.int64(0);
        t.id = st.text(1);
        t.text = st.text(2);
        t.imageId = st.text(3);
        t.preamble = st.text(10);
        int64_t ds = st.int64(4);
        if (firstDataset < 0) {
            firstDataset = ds;
            doc.format = parseFormat(st.text(5));
            doc.layout = {st.int64(6) != 0, st.int64(7) != 0, int(st.int64(8)), st.int64(9) != 0};
        } else if (ds != firstDataset) {
            oneDataset = false;
        }
        tok.bind(1, layerName).bind(2, int64_t(corrected)).bind(3, id);
        while (tok.step()) {
            if (tok.isNull(2)) {
                tok.reset();
                throw StoreError("layer '" + layer + "' has no labels for tweet " + t.id);
            }
            t.tokens.push_back({tok.text(0), tok.text(2), tok.text(1)});
        }
        tok.reset();
        doc.tweets.push_back(std::move(t));
    }
    if (doc.tweets.empty()) throw StoreError(split.empty() ? "the project has no tweets" : "no tweets in split '" + split + "'");
    if (!oneDataset) doc.layout = Layout{};  // several files: write plainly
    return doc;
}

int64_t Project::storageBytes() {
    if (db_.postgres()) {
        auto st =
            db_.prepare("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'");
        return st.step() ? st.int64(0) : 0;
    }
    std::error_code ec;
    int64_t bytes = 0;
    for (const char *suffix : {"", "-wal"}) {
        auto n = fs::file_size(path_ + suffix, ec);
        if (!ec) bytes += int64_t(n);
    }
    return bytes;
}

std::pair<int64_t, int64_t> Project::compact() {
    const int64_t before = storageBytes();
    if (db_.postgres()) {
        std::vector<std::string> tables;
        {
            auto st = db_.prepare("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                  "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname");
            while (st.step()) tables.push_back(st.text(0));
        }
        for (const std::string &t : tables) db_.exec("VACUUM (FULL, ANALYZE) \"" + t + "\"");
    } else {
        db_.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        db_.exec("VACUUM");
        db_.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    return {before, storageBytes()};
}

void Project::setAutoCheckpoint(int pages) {
    if (!db_.postgres()) sqlite3_wal_autocheckpoint(db_.handle(), pages);
}

std::pair<int, int> Project::checkpoint() {
    if (db_.postgres()) return {0, 0};
    int log = 0, copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(db_.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &copied);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY) db_.fail("checkpoint", rc);
    return {std::max(log, 0), std::max(copied, 0)};
}

ProjectInfo Project::info() {
    ProjectInfo in;
    in.schemaVersion = kSchemaVersion;
    auto one = [&](const char *sql) {
        auto st = db_.prepare(sql);
        st.step();
        return static_cast<int>(st.int64(0));
    };
    in.tweets = one("SELECT count(*) FROM tweets");
    in.tokens = one("SELECT coalesce(sum(n_tokens), 0) FROM tweets");
    in.images = one("SELECT count(*) FROM images");
    in.imagesWithFile = one("SELECT count(*) FROM images WHERE path IS NOT NULL OR data IS NOT NULL");
    in.edits = one("SELECT count(*) FROM edits");
    in.models = one("SELECT count(*) FROM models");
    auto st = db_.prepare("SELECT d.split, count(t.id), coalesce(sum(t.n_tokens), 0) FROM datasets d "
                          "LEFT JOIN tweets t ON t.dataset_id = d.id GROUP BY d.split ORDER BY min(d.id)");
    while (st.step()) in.splits.push_back({st.text(0), int(st.int64(1)), int(st.int64(2))});
    in.layers = layers();
    return in;
}

}  // namespace mner

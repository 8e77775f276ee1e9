#include "store/project.h"
#include "text/numbers.h"
#include "io/imagefiles.h"

#include "io/captions.h"
#include "io/json.h"
#include "text/isotime.h"
#include "text/sha256.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace mner {

namespace {

constexpr int64_t kApplicationId = 0x4D4E4552;  // "MNER"

// Forward migrations: entry i takes a project from schema i to i + 1.
const char *const kMigrations[] = {
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE datasets(
  id INTEGER PRIMARY KEY, split TEXT NOT NULL, format TEXT NOT NULL, source TEXT NOT NULL,
  bom INTEGER NOT NULL, crlf INTEGER NOT NULL, trailing_blank INTEGER NOT NULL,
  final_newline INTEGER NOT NULL, imported_at TEXT NOT NULL);
CREATE TABLE images(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, path TEXT, data BLOB, sha256 TEXT, size INTEGER);
CREATE TABLE image_words(
  image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE, source TEXT NOT NULL,
  words TEXT NOT NULL, scores TEXT, PRIMARY KEY(image_id, source)) WITHOUT ROWID;
CREATE TABLE tweets(
  id INTEGER PRIMARY KEY, dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL, ext_id TEXT NOT NULL, image_id INTEGER REFERENCES images(id),
  raw_text TEXT NOT NULL DEFAULT '', display TEXT NOT NULL, n_tokens INTEGER NOT NULL,
  status INTEGER NOT NULL DEFAULT 0);
CREATE INDEX tweets_by_dataset ON tweets(dataset_id, ordinal);
CREATE TABLE tokens(
  tweet_id INTEGER NOT NULL REFERENCES tweets(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  text TEXT NOT NULL, middle TEXT NOT NULL, PRIMARY KEY(tweet_id, idx)) WITHOUT ROWID;
CREATE TABLE models(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, version INTEGER NOT NULL, architecture TEXT NOT NULL,
  file TEXT NOT NULL, metrics TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL, UNIQUE(name, version));
CREATE TABLE layers(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK(kind IN ('gold', 'corrected', 'annotator', 'model', 'curated')),
  model_id INTEGER REFERENCES models(id));
CREATE TABLE labels(
  layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
  tweet_id INTEGER NOT NULL REFERENCES tweets(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  tag TEXT NOT NULL, PRIMARY KEY(layer_id, tweet_id, idx)) WITHOUT ROWID;
CREATE TABLE edits(
  id INTEGER PRIMARY KEY, layer_id INTEGER NOT NULL REFERENCES layers(id),
  tweet_id INTEGER NOT NULL REFERENCES tweets(id), begin_idx INTEGER NOT NULL, end_idx INTEGER NOT NULL,
  old_tags TEXT NOT NULL, new_tags TEXT NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX edits_by_tweet ON edits(tweet_id, id);
CREATE TRIGGER edits_no_update BEFORE UPDATE ON edits BEGIN SELECT RAISE(ABORT, 'the edit history is append-only'); END;
CREATE TRIGGER edits_no_delete BEFORE DELETE ON edits BEGIN SELECT RAISE(ABORT, 'the edit history is append-only'); END;
INSERT INTO layers(name, kind) VALUES ('gold', 'gold'), ('corrected', 'corrected');
)sql",
    // 2: undo and redo are edits too (they revert an earlier edit); per-tweet model uncertainty.
    R"sql(
ALTER TABLE edits ADD COLUMN kind TEXT NOT NULL DEFAULT 'edit' CHECK(kind IN ('edit', 'undo', 'redo'));
ALTER TABLE edits ADD COLUMN reverts INTEGER REFERENCES edits(id);
CREATE TABLE tweet_scores(
  tweet_id INTEGER NOT NULL REFERENCES tweets(id) ON DELETE CASCADE,
  layer_id INTEGER NOT NULL REFERENCES layers(id) ON DELETE CASCADE,
  uncertainty REAL NOT NULL, confidences TEXT NOT NULL, PRIMARY KEY(tweet_id, layer_id)) WITHOUT ROWID;
)sql",
    // 3: models trained in the tool are kept in the project (their file's bytes); a default model.
    R"sql(
ALTER TABLE models ADD COLUMN data BLOB;
)sql",
    // 4: tweets found by id (re-imports); the project's own entity types and aliases.
    R"sql(
CREATE INDEX tweets_by_ext_id ON tweets(ext_id);
ALTER TABLE tweets ADD COLUMN preamble TEXT NOT NULL DEFAULT '';
CREATE TABLE entity_types(
  name TEXT PRIMARY KEY, position INTEGER NOT NULL, color TEXT NOT NULL DEFAULT '', key TEXT NOT NULL DEFAULT '');
CREATE TABLE type_aliases(alias TEXT PRIMARY KEY, type TEXT NOT NULL);
)sql",
};


std::string joinTags(const std::vector<std::string> &tags) {
    std::string s;
    for (size_t i = 0; i < tags.size(); ++i) {
        if (i) s += ' ';
        s += tags[i];
    }
    return s;
}

std::vector<std::string> splitTags(const std::string &s) {
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

EditRecord readEdit(const Statement &st) {
    return {st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4), int(st.int64(5)), int(st.int64(6)),
            splitTags(st.text(7)), splitTags(st.text(8)), st.text(9), st.int64(10)};
}

// The metrics column: the fingerprint as a JSON string (escaped: it is data) and the dev scores,
// which must be JSON themselves (anything else is kept as a string rather than corrupt the column).
std::string modelMetrics(const std::string &fingerprint, const std::string &devJson) {
    std::string dev = devJson.empty() ? std::string("{}") : devJson;
    try {
        json::parse(dev);
    } catch (const json::Error &) {
        dev = json::quote(devJson);
    }
    return "{\"fingerprint\": " + json::quote(fingerprint) + ", \"dev\": " + dev + "}";
}

std::string readFile(const fs::path &p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return {};
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

Duplicates parseDuplicates(const std::string &name) {
    if (name == "skip") return Duplicates::Skip;
    if (name == "keep") return Duplicates::Keep;
    if (name == "replace") return Duplicates::Replace;
    throw std::invalid_argument("'" + name + "' is not a way to treat duplicates (skip, keep or replace)");
}

Project::Project(std::string path, Database db) : path_(std::move(path)), db_(std::move(db)) {
    dir_ = fs::absolute(fs::path(path_)).parent_path().string();
}

Project::~Project() = default;

std::unique_ptr<Project> Project::open(const std::string &path, bool create) {
    bool exists = fs::exists(path);
    if (!exists && !create) throw StoreError(Message{"{1}: no such project file", {path}});
    Database db(path, create);
    try {
        db.exec("PRAGMA busy_timeout = 5000");
        // Each query runs to completion so that no read transaction stays open.
        auto scalar = [&](const char *sql) {
            auto st = db.prepare(sql);
            int64_t v = st.step() ? st.int64(0) : 0;
            st.reset();
            return v;
        };
        int version = static_cast<int>(scalar("PRAGMA user_version"));
        int64_t appId = scalar("PRAGMA application_id");
        bool empty = scalar("SELECT count(*) FROM sqlite_master") == 0;
        if (!empty && appId != kApplicationId)
            throw StoreError(Message{"{1}: not an mner-studio project (an SQLite file of another program)", {path}});
        if (version > kSchemaVersion)
            throw StoreError(path + ": the project uses schema version " + std::to_string(version) +
                             ", newer than this mner-studio understands (" + std::to_string(kSchemaVersion) +
                             "); open it with a newer version");
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA foreign_keys = ON");
        if (version < kSchemaVersion) {
            Transaction tx(db);
            for (int v = version; v < kSchemaVersion; ++v) db.exec(kMigrations[v]);
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
            tx.commit();
        }
    } catch (const StoreError &e) {
        std::string msg = e.what();
        if (msg.find("file is not a database") != std::string::npos)
            throw StoreError(Message{"{1}: not an mner-studio project (not an SQLite database)", {path}});
        if (msg.rfind(path, 0) == 0) throw;
        throw StoreError(path + ": " + msg);
    }
    return std::unique_ptr<Project>(new Project(path, std::move(db)));
}

int64_t Project::layerId(const std::string &name, const std::string &kind, bool create) {
    auto st = db_.prepare("SELECT id FROM layers WHERE name = ?");
    st.bind(1, name);
    if (st.step()) return st.int64(0);
    if (!create) throw StoreError("no layer named '" + name + "' in " + path_);
    auto ins = db_.prepare("INSERT INTO layers(name, kind) VALUES (?, ?)");
    ins.bind(1, name).bind(2, kind).run();
    return db_.lastInsertId();
}

ImportResult Project::import(const std::vector<std::pair<Document, std::string>> &docs, const ImportOptions &opt,
                             const Progress &progress) {
    ImportResult r;
    size_t total = 0, done = 0;
    for (const auto &d : docs) total += d.first.tweets.size();
    Transaction tx(db_);
    int64_t gold = layerId("gold", "gold", true);
    auto insDataset = db_.prepare(
        "INSERT INTO datasets(split, format, source, bom, crlf, trailing_blank, final_newline, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto insTweet = db_.prepare(
        "INSERT INTO tweets(dataset_id, ordinal, ext_id, image_id, raw_text, display, n_tokens, preamble) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto insToken = db_.prepare("INSERT INTO tokens(tweet_id, idx, text, middle) VALUES (?, ?, ?, ?)");
    auto insLabel = db_.prepare("INSERT INTO labels(layer_id, tweet_id, idx, tag) VALUES (?, ?, ?, ?)");
    auto findImage = db_.prepare("SELECT id FROM images WHERE name = ?");
    auto insImage = db_.prepare("INSERT INTO images(name, path, data, sha256, size) VALUES (?, ?, ?, ?, ?)");
    auto insWords = db_.prepare("INSERT OR REPLACE INTO image_words(image_id, source, words) VALUES (?, ?, ?)");
    std::map<std::string, int64_t> imageIds;
    std::string now = nowIso();
    // Tweets already in the project: same id and same words. Found before anything is inserted,
    // so that tweets repeated within the files being imported are not taken for re-imports.
    auto findTweet = db_.prepare("SELECT id FROM tweets WHERE ext_id = ? AND display = ? ORDER BY id LIMIT 1");
    auto displayOf = [](const Tweet &t) {
        std::string display;
        for (size_t i = 0; i < t.tokens.size(); ++i) {
            if (i) display += ' ';
            display += t.tokens[i].text;
        }
        return display;
    };
    std::vector<std::vector<int64_t>> existing(docs.size());
    for (size_t d = 0; d < docs.size(); ++d) {
        const Document &doc = docs[d].first;
        existing[d].resize(doc.tweets.size(), 0);
        for (size_t i = 0; i < doc.tweets.size(); ++i) {
            findTweet.bind(1, doc.tweets[i].id).bind(2, displayOf(doc.tweets[i]));
            if (findTweet.step()) existing[d][i] = findTweet.int64(0);
            findTweet.reset();
            if (!existing[d][i]) continue;
            if (r.duplicates++ == 0 && opt.duplicates == Duplicates::Refuse) {
                // count them all for the message, then refuse
                int n = 0;
                for (size_t e = d; e < docs.size(); ++e)
                    for (size_t k = e == d ? i : 0; k < docs[e].first.tweets.size(); ++k) {
                        findTweet.bind(1, docs[e].first.tweets[k].id).bind(2, displayOf(docs[e].first.tweets[k]));
                        if (findTweet.step()) ++n;
                        findTweet.reset();
                    }
                std::string file = doc.file.empty() ? std::string("the imported data") : doc.file;
                throw DuplicateError(n, file, doc.tweets[i].line,
                                     Message{"{1}:{2}: {3} tweet(s) are already in the project (the first: id '{4}'); "
                                             "choose to skip, keep or replace them; nothing was imported",
                                             {file, std::to_string(doc.tweets[i].line), std::to_string(n), doc.tweets[i].id}});
            }
        }
    }
    auto replaceGold = db_.prepare("UPDATE labels SET tag = ? WHERE layer_id = ? AND tweet_id = ? AND idx = ?");
    size_t docIndex = 0;
    for (const auto &[doc, split] : docs) {
        const std::vector<int64_t> &dup = existing[docIndex++];
        insDataset.bind(1, split).bind(2, formatName(doc.format)).bind(3, opt.source)
            .bind(4, int(doc.layout.bom)).bind(5, int(doc.layout.crlf)).bind(6, int(doc.layout.trailingBlank))
            .bind(7, int(doc.layout.finalNewline)).bind(8, now).run();
        int64_t datasetId = db_.lastInsertId();
        int ordinal = 0;
        for (size_t ti = 0; ti < doc.tweets.size(); ++ti) {
            const Tweet &t = doc.tweets[ti];
            if (dup[ti] && opt.duplicates != Duplicates::Keep) {
                if (opt.duplicates == Duplicates::Replace)
                    for (size_t i = 0; i < t.tokens.size(); ++i)
                        replaceGold.bind(1, t.tokens[i].tag).bind(2, gold).bind(3, dup[ti]).bind(4, int64_t(i)).run();
                ++done;
                continue;
            }
            int64_t imageId = 0;
            if (!t.imageId.empty()) {
                auto it = imageIds.find(t.imageId);
                if (it != imageIds.end()) {
                    imageId = it->second;
                } else {
                    findImage.bind(1, t.imageId);
                    if (findImage.step()) imageId = findImage.int64(0);
                    findImage.reset();
                    if (!imageId) {
                        std::string bytes;
                        fs::path file;
                        if (!opt.imagesDir.empty()) {
                            try {
                                if (auto p = findImageFile(opt.imagesDir, t.imageId)) file = *p;
                            } catch (const std::invalid_argument &e) {
                                throw ParseError(doc.file.empty() ? std::string("the imported data") : doc.file, t.line,
                                                 Message{"{1}; nothing was imported", {e.what()}});
                            }
                        }
                        insImage.bind(1, t.imageId);
                        if (!file.empty()) {
                            bytes = readFile(file);
                            if (opt.embedImages) {
                                insImage.bindNull(2).bindBlob(3, bytes.data(), bytes.size());
                            } else {
                                insImage.bind(2, fs::relative(fs::absolute(file), dir_).generic_string()).bindNull(3);
                            }
                            insImage.bind(4, sha256Hex(bytes.data(), bytes.size())).bind(5, int64_t(bytes.size()));
                            ++r.images;
                        } else {
                            insImage.bindNull(2).bindNull(3).bindNull(4).bindNull(5);
                        }
                        insImage.run();
                        imageId = db_.lastInsertId();
                    }
                    imageIds[t.imageId] = imageId;
                    if (opt.captions) {
                        if (const std::string *cap = findCaption(*opt.captions, t.imageId)) {
                            insWords.bind(1, imageId).bind(2, opt.captionSource).bind(3, *cap).run();
                            ++r.captions;
                        }
                    }
                }
            }
            std::string display = displayOf(t);
            insTweet.bind(1, datasetId).bind(2, ordinal++).bind(3, t.id);
            if (imageId) insTweet.bind(4, imageId); else insTweet.bindNull(4);
            insTweet.bind(5, t.text).bind(6, display).bind(7, int(t.tokens.size())).bind(8, t.preamble).run();
            int64_t tweetId = db_.lastInsertId();
            for (size_t i = 0; i < t.tokens.size(); ++i) {
                insToken.bind(1, tweetId).bind(2, int64_t(i)).bind(3, t.tokens[i].text).bind(4, t.tokens[i].middle).run();
                insLabel.bind(1, gold).bind(2, tweetId).bind(3, int64_t(i)).bind(4, t.tokens[i].tag).run();
            }
            r.tweets++;
            r.tokens += static_cast<int>(t.tokens.size());
            ++done;
            if (progress && (done % 256 == 0 || done == total) && !progress(done, total))
                throw StoreError(Message{"import cancelled; nothing was imported", {}});
        }
    }
    tx.commit();
    return r;
}

int Project::tweetCount(const std::string &split) {
    auto st = split.empty() ? db_.prepare("SELECT count(*) FROM tweets")
                            : db_.prepare("SELECT count(*) FROM tweets t JOIN datasets d ON d.id = t.dataset_id WHERE d.split = ?");
    if (!split.empty()) st.bind(1, split);
    st.step();
    return static_cast<int>(st.int64(0));
}

std::vector<TweetSummary> Project::tweets(int offset, int limit) {
    auto st = db_.prepare(
        "SELECT t.id, t.ext_id, d.split, t.display, t.status, t.n_tokens FROM tweets t "
        "JOIN datasets d ON d.id = t.dataset_id ORDER BY t.id LIMIT ? OFFSET ?");
    st.bind(1, limit).bind(2, offset);
    std::vector<TweetSummary> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), int(st.int64(4)), int(st.int64(5))});
    return out;
}

std::vector<int64_t> Project::tweetIds(const std::string &split) {
    auto st = db_.prepare("SELECT t.id FROM tweets t JOIN datasets d ON d.id = t.dataset_id "
                          "WHERE ?1 = '' OR d.split = ?1 ORDER BY t.id");
    st.bind(1, split);
    std::vector<int64_t> out;
    while (st.step()) out.push_back(st.int64(0));
    return out;
}

std::vector<int64_t> Project::findTweets(const std::string &text, const std::string &split, int status) {
    auto st = db_.prepare("SELECT t.id FROM tweets t JOIN datasets d ON d.id = t.dataset_id "
                          "WHERE (?1 = '' OR instr(lower(t.display), lower(?1)) > 0) AND (?2 = '' OR d.split = ?2) "
                          "AND (?3 < 0 OR t.status = ?3) ORDER BY t.id");
    st.bind(1, text).bind(2, split).bind(3, status);
    std::vector<int64_t> out;
    while (st.step()) out.push_back(st.int64(0));
    return out;
}

std::vector<TweetSummary> Project::tweetsByIds(const std::vector<int64_t> &ids) {
    auto st = db_.prepare("SELECT t.id, t.ext_id, d.split, t.display, t.status, t.n_tokens FROM tweets t "
                          "JOIN datasets d ON d.id = t.dataset_id WHERE t.id = ?");
    std::vector<TweetSummary> out;
    out.reserve(ids.size());
    for (int64_t id : ids) {
        st.bind(1, id);
        if (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), int(st.int64(4)), int(st.int64(5))});
        st.reset();
    }
    return out;
}

std::map<int64_t, double> Project::uncertainties(const std::string &layer) {
    auto st = db_.prepare("SELECT tweet_id, uncertainty FROM tweet_scores WHERE layer_id = (SELECT id FROM layers WHERE name = ?)");
    st.bind(1, layer);
    std::map<int64_t, double> out;
    while (st.step()) out[st.int64(0)] = st.real(1);
    return out;
}

TweetRecord Project::tweet(int64_t id) {
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
    auto st = db_.prepare("INSERT OR REPLACE INTO image_words(image_id, source, words, scores) VALUES (?, ?, ?, ?)");
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
    auto st = db_.prepare(
        "SELECT l.id, l.name, l.kind, (SELECT count(DISTINCT tweet_id) FROM labels WHERE layer_id = l.id) "
        "FROM layers l ORDER BY l.id");
    std::vector<LayerInfo> out;
    while (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2), int(st.int64(3))});
    return out;
}

std::vector<LayerInfo> Project::layerList() {
    auto st = db_.prepare("SELECT id, name, kind FROM layers ORDER BY id");
    std::vector<LayerInfo> out;
    while (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2), 0});
    return out;
}

std::vector<std::string> Project::labels(const std::string &layer, int64_t tweetId) {
    auto st = db_.prepare(
        "SELECT tag FROM labels WHERE layer_id = (SELECT id FROM layers WHERE name = ?) AND tweet_id = ? ORDER BY idx");
    st.bind(1, layer).bind(2, tweetId);
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.text(0));
    if (out.empty() && layer == "corrected") return labels("gold", tweetId);
    if (out.empty() && layer == "curated") return labels("corrected", tweetId);
    return out;
}

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
    auto ins = db_.prepare("INSERT INTO edits(layer_id, tweet_id, begin_idx, end_idx, old_tags, new_tags, who, at, kind, reverts) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, lid).bind(2, tweetId).bind(3, begin).bind(4, end).bind(5, joinTags(old)).bind(6, joinTags(newTags))
        .bind(7, who).bind(8, nowIso()).bind(9, kind);
    if (reverts) ins.bind(10, reverts); else ins.bindNull(10);
    ins.run();
    return db_.lastInsertId();
}

int64_t Project::applyEdit(const std::string &layer, int64_t tweetId, int begin,
                           const std::vector<std::string> &newTags, const std::string &who) {
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

void Project::setStatus(int64_t tweetId, int status) {
    auto st = db_.prepare("UPDATE tweets SET status = ? WHERE id = ?");
    st.bind(1, status).bind(2, tweetId).run();
}

int64_t Project::registerModel(const std::string &name, const std::string &arch, const std::string &file,
                               const std::string &fingerprint, const std::string &metricsJson) {
    Transaction tx(db_);
    auto last = db_.prepare("SELECT id, version, metrics FROM models WHERE name = ? ORDER BY version DESC LIMIT 1");
    last.bind(1, name);
    int version = 1;
    std::string metrics = modelMetrics(fingerprint, metricsJson);
    if (last.step()) {
        if (last.text(2) == metrics) return last.int64(0);  // the same model again
        version = int(last.int64(1)) + 1;
    }
    last.reset();
    auto ins = db_.prepare("INSERT INTO models(name, version, architecture, file, metrics, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    ins.bind(1, name).bind(2, version).bind(3, arch).bind(4, file).bind(5, metrics).bind(6, nowIso()).run();
    int64_t id = db_.lastInsertId();
    tx.commit();
    return id;
}

int64_t Project::storeModel(const std::string &name, const std::string &arch, const std::string &bytes,
                            const std::string &fingerprint, const std::string &metricsJson) {
    Transaction tx(db_);
    auto last = db_.prepare("SELECT coalesce(max(version), 0) FROM models WHERE name = ?");
    last.bind(1, name);
    last.step();
    int version = int(last.int64(0)) + 1;
    last.reset();
    std::string metrics = modelMetrics(fingerprint, metricsJson);
    auto ins = db_.prepare(
        "INSERT INTO models(name, version, architecture, file, metrics, created_at, data) VALUES (?, ?, ?, '', ?, ?, ?)");
    ins.bind(1, name).bind(2, version).bind(3, arch).bind(4, metrics).bind(5, nowIso()).bindBlob(6, bytes.data(), bytes.size()).run();
    int64_t id = db_.lastInsertId();
    tx.commit();
    return id;
}

std::vector<ModelRow> Project::models() {
    auto st = db_.prepare("SELECT id, name, version, architecture, file, metrics, created_at, data IS NOT NULL FROM models ORDER BY name, version");
    std::vector<ModelRow> out;
    while (st.step())
        out.push_back({st.int64(0), st.text(1), int(st.int64(2)), st.text(3), st.text(4), st.text(5), st.text(6), st.int64(7) != 0});
    return out;
}

std::string Project::modelBytes(int64_t id) {
    auto st = db_.prepare("SELECT data FROM models WHERE id = ?");
    st.bind(1, id);
    if (!st.step() || st.isNull(0)) throw StoreError("model " + std::to_string(id) + " is not stored in the project");
    auto b = st.blob(0);
    return std::string(b.begin(), b.end());
}

void Project::setDefaultModel(int64_t id) {
    auto st = db_.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('default_model', ?)");
    st.bind(1, std::to_string(id)).run();
}

int64_t Project::defaultModel() {
    auto st = db_.prepare("SELECT value FROM meta WHERE key = 'default_model'");
    if (!st.step()) return 0;
    return std::atoll(st.text(0).c_str());
}

void Project::writeLayer(const std::string &layer, const std::string &kind, const std::vector<LayerRow> &rows,
                         int64_t modelId) {
    Transaction tx(db_);
    int64_t lid = layerId(layer, kind, true);
    if (modelId) {
        auto up = db_.prepare("UPDATE layers SET model_id = ? WHERE id = ?");
        up.bind(1, modelId).bind(2, lid).run();
    }
    auto del = db_.prepare("DELETE FROM labels WHERE layer_id = ? AND tweet_id = ?");
    auto ins = db_.prepare("INSERT INTO labels(layer_id, tweet_id, idx, tag) VALUES (?, ?, ?, ?)");
    auto score = db_.prepare("INSERT OR REPLACE INTO tweet_scores(tweet_id, layer_id, uncertainty, confidences) VALUES (?, ?, ?, ?)");
    for (const LayerRow &r : rows) {
        del.bind(1, lid).bind(2, r.tweetId).run();
        for (size_t i = 0; i < r.tags.size(); ++i) ins.bind(1, lid).bind(2, r.tweetId).bind(3, int64_t(i)).bind(4, r.tags[i]).run();
        if (!r.confidences.empty()) {
            std::string c;
            double minConf = 1.0;
            for (size_t i = 0; i < r.confidences.size(); ++i) {
                c += (i ? " " : "") + formatFixed(double(r.confidences[i]), 3);
                minConf = std::min(minConf, double(r.confidences[i]));
            }
            score.bind(1, r.tweetId).bind(2, lid).bind(3, r.uncertainty >= 0 ? r.uncertainty : 1.0 - minConf).bind(4, c).run();
        }
    }
    tx.commit();
}

std::map<int64_t, std::vector<std::string>> Project::layerTags(const std::string &layer) {
    std::map<int64_t, std::vector<std::string>> out;
    auto read = [&](const std::string &name, bool onlyMissing) {
        auto st = db_.prepare("SELECT tweet_id, tag FROM labels WHERE layer_id = (SELECT id FROM layers WHERE name = ?) "
                              "ORDER BY tweet_id, idx");
        st.bind(1, name);
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
    std::map<int64_t, std::vector<std::string>> out;
    auto st = db_.prepare("SELECT tweet_id, text FROM tokens ORDER BY tweet_id, idx");
    while (st.step()) out[st.int64(0)].push_back(st.text(1));
    return out;
}

std::map<int64_t, std::map<std::string, std::string>> Project::allImageWords() {
    auto st = db_.prepare("SELECT t.id, w.source, w.words FROM tweets t JOIN image_words w ON w.image_id = t.image_id");
    std::map<int64_t, std::map<std::string, std::string>> out;
    while (st.step()) out[st.int64(0)][st.text(1)] = st.text(2);
    return out;
}

std::vector<float> Project::confidences(const std::string &layer, int64_t tweetId) {
    auto st = db_.prepare("SELECT confidences FROM tweet_scores WHERE tweet_id = ? AND layer_id = (SELECT id FROM layers WHERE name = ?)");
    st.bind(1, tweetId).bind(2, layer);
    std::vector<float> out;
    if (!st.step()) return out;
    return parseNumberList(st.text(0));
}

Document Project::exportLayer(const std::string &layer, const std::string &split) {
    std::string layerName = layer;
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
    auto tok = db_.prepare(
        "SELECT k.text, k.middle, "
        "  coalesce(l.tag, CASE WHEN ?2 THEN c.tag END, CASE WHEN ?2 THEN g.tag END) "
        "FROM tokens k "
        "LEFT JOIN labels l ON l.tweet_id = k.tweet_id AND l.idx = k.idx AND l.layer_id = (SELECT id FROM layers WHERE name = ?1) "
        "LEFT JOIN labels c ON c.tweet_id = k.tweet_id AND c.idx = k.idx AND c.layer_id = (SELECT id FROM layers WHERE name = 'corrected') "
        "LEFT JOIN labels g ON g.tweet_id = k.tweet_id AND g.idx = k.idx AND g.layer_id = (SELECT id FROM layers WHERE name = 'gold') "
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
    if (doc.tweets.empty())
        throw StoreError(split.empty() ? "the project has no tweets" : "no tweets in split '" + split + "'");
    if (!oneDataset) doc.layout = Layout{};  // several files: write plainly
    return doc;
}

namespace {
void checkTypeName(const std::string &n) {
    if (n.empty() || n == "O" || n.find_first_of(" \t\n\r") != std::string::npos)
        throw StoreError(Message{"'{1}' cannot be an entity type (a name without spaces, not O)", {n}});
}
} // namespace

std::vector<std::string> Project::entityTypes() {
    std::vector<std::string> out;
    auto listed = db_.prepare("SELECT name FROM entity_types ORDER BY position, name");
    while (listed.step()) out.push_back(listed.text(0));
    if (!out.empty()) return out;
    auto used = db_.prepare(
        "SELECT DISTINCT substr(tag, 3) FROM labels WHERE tag != 'O' AND layer_id IN "
        "(SELECT id FROM layers WHERE kind IN ('gold', 'corrected'))");
    std::vector<std::string> rest;
    while (used.step()) rest.push_back(used.text(0));
    for (const char *first : {"PER", "LOC", "ORG"})
        if (auto it = std::find(rest.begin(), rest.end(), first); it != rest.end()) {
            out.push_back(first);
            rest.erase(it);
        }
    std::sort(rest.begin(), rest.end());
    out.insert(out.end(), rest.begin(), rest.end());
    return out;
}

void Project::setEntityTypes(const std::vector<std::string> &names) {
    for (size_t i = 0; i < names.size(); ++i) {
        checkTypeName(names[i]);
        for (size_t j = 0; j < i; ++j)
            if (names[j] == names[i]) throw StoreError("entity type '" + names[i] + "' is listed twice");
    }
    Transaction tx(db_);
    db_.exec("DELETE FROM entity_types");
    auto ins = db_.prepare("INSERT INTO entity_types(name, position) VALUES (?, ?)");
    for (size_t i = 0; i < names.size(); ++i) ins.bind(1, names[i]).bind(2, int64_t(i)).run();
    tx.commit();
}

int Project::renameEntityType(const std::string &from, const std::string &to) {
    checkTypeName(from);
    checkTypeName(to);
    if (from == to) return 0;
    std::vector<std::string> types = entityTypes();
    Transaction tx(db_);
    int changed = 0;
    for (const char *prefix : {"B-", "I-"}) {
        auto st = db_.prepare("UPDATE labels SET tag = ? WHERE tag = ?");
        st.bind(1, prefix + to).bind(2, prefix + from).run();
        changed += db_.changes();
    }
    // aliases that pointed at the old name point at the new one
    auto aliases = db_.prepare("UPDATE type_aliases SET type = ? WHERE type = ?");
    aliases.bind(1, to).bind(2, from).run();
    // the list: `to` takes `from`'s place unless it is there already (a merge)
    std::vector<std::string> next;
    bool merged = std::find(types.begin(), types.end(), to) != types.end();
    for (const auto &t : types) {
        if (t == from) {
            if (!merged) next.push_back(to);
        } else {
            next.push_back(t);
        }
    }
    db_.exec("DELETE FROM entity_types");
    auto ins = db_.prepare("INSERT INTO entity_types(name, position) VALUES (?, ?)");
    for (size_t i = 0; i < next.size(); ++i) ins.bind(1, next[i]).bind(2, int64_t(i)).run();
    tx.commit();
    return changed;
}

TypeAliases Project::typeAliases() {
    TypeAliases a;
    auto st = db_.prepare("SELECT alias, type FROM type_aliases ORDER BY alias");
    while (st.step()) a.add(st.text(0), st.text(1));
    return a;
}

std::vector<std::pair<std::string, std::string>> Project::storedTypeAliases() {
    std::vector<std::pair<std::string, std::string>> out;
    auto st = db_.prepare("SELECT alias, type FROM type_aliases ORDER BY alias");
    while (st.step()) out.emplace_back(st.text(0), st.text(1));
    return out;
}

void Project::setTypeAliases(const std::vector<std::pair<std::string, std::string>> &aliases) {
    for (const auto &[a, t] : aliases) {
        checkTypeName(a);
        checkTypeName(t);
    }
    Transaction tx(db_);
    db_.exec("DELETE FROM type_aliases");
    auto st = db_.prepare("INSERT OR REPLACE INTO type_aliases(alias, type) VALUES (?, ?)");
    for (const auto &[a, t] : aliases) st.bind(1, a).bind(2, t).run();
    tx.commit();
}

void Project::addTypeAlias(const std::string &modelType, const std::string &projectType) {
    auto st = db_.prepare("INSERT OR REPLACE INTO type_aliases(alias, type) VALUES (?, ?)");
    st.bind(1, modelType).bind(2, projectType).run();
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

} // namespace mner

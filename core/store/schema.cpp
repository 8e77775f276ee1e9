// Opening a project: the schema and its forward migrations.
#include "store/project.h"
#include "store/projectinternal.h"

#include <string>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace mner {

using namespace internal;

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
    // 5: who marked which tweet done or skipped, and when (throughput per annotator).
    R"sql(
CREATE TABLE status_log(
  id INTEGER PRIMARY KEY, tweet_id INTEGER NOT NULL REFERENCES tweets(id) ON DELETE CASCADE,
  status INTEGER NOT NULL, who TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX status_log_by_tweet ON status_log(tweet_id, id);
)sql",
    // 6: what the tweet list sorts and filters by, kept by every write instead of counted at open
    // (a large project opens at once): the reference's entities per tweet (corrected, else gold;
    // -1 until counted) and a model layer's disagreement with it (-1: not comparable).
    R"sql(
ALTER TABLE tweets ADD COLUMN entities INTEGER NOT NULL DEFAULT -1;
ALTER TABLE tweet_scores ADD COLUMN disagreement INTEGER NOT NULL DEFAULT -1;
CREATE INDEX tweets_by_status ON tweets(status, id);
CREATE INDEX tweets_by_entities ON tweets(entities, id);
CREATE INDEX tweet_scores_by_uncertainty ON tweet_scores(layer_id, uncertainty, tweet_id);
CREATE INDEX tweet_scores_by_disagreement ON tweet_scores(layer_id, disagreement, tweet_id);
)sql",
};
}  // namespace

const char *internal::migration(int from) { return kMigrations[from]; }

Project::Project(std::string path, Database db) : path_(std::move(path)), db_(std::move(db)) {
    if (!db_.postgres()) dir_ = fs::absolute(fs::path(path_)).parent_path().string();
}

Project::~Project() = default;

std::unique_ptr<Project> Project::open(const std::string &path, bool create) {
    if (isServerUrl(path)) return openServer(path, create);
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
            if (version < 6) Project::countSummaries(db);
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
            tx.commit();
        }
    } catch (const StoreError &e) {
        std::string msg = e.what();
        if (msg.find("file is not a database") != std::string::npos)
            throw StoreError(Message{"{1}: not an mner-studio project (not an SQLite database)", {path}});
        // the file is locked past the busy timeout: most likely `mner import` is bulk-loading it
        if (e.failure() == StoreFailure::Busy)
            throw StoreError(Message{"{1}: another program is writing this project (an import into a new project?); "
                                     "open it again when it has finished",
                                     {path}});
        if (msg.rfind(path, 0) == 0) throw;
        throw StoreError(path + ": " + msg);
    }
    return std::unique_ptr<Project>(new Project(path, std::move(db)));
}

}  // namespace mner

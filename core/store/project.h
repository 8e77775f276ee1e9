// The project file: one SQLite database per project (*.mner) holding the tweets, their images and
// image words, every annotation layer, the append-only edit history and the models.
//
// Durability: WAL journal, synchronous=FULL, foreign keys on, a busy timeout for a second process,
// prepared statements only. Every public mutator is one transaction: it happens whole or not at all.
#pragma once

#include "io/captions.h"
#include "io/formats.h"
#include "store/sqlite.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mner {

constexpr int kSchemaVersion = 6;

// Called with (done, total); returning false cancels the operation (it is rolled back).
using Progress = std::function<bool(size_t, size_t)>;

// What an import does with a tweet that is already in the project (the same id and the same
// words): Refuse throws DuplicateError and imports nothing; Skip leaves it out; Keep imports it
// again as a tweet of its own; Replace overwrites the existing tweet's gold tags with the file's
// (its corrections, edit history and model layers stay).
enum class Duplicates { Refuse, Skip, Keep, Replace };
// "skip", "keep", "replace"; throws std::invalid_argument.
Duplicates parseDuplicates(const std::string &name);

// Thrown by an import that met tweets already in the project without being told what to do.
class DuplicateError : public StoreError {
public:
    DuplicateError(int count, std::string file, int line, Message what)
        : StoreError(std::move(what)), count_(count), file_(std::move(file)), line_(line) {}
    int count() const { return count_; }
    const std::string &file() const { return file_; }  // where the first one is
    int line() const { return line_; }

private:
    int count_;
    std::string file_;
    int line_;
};

struct ImportOptions {
    std::string split;                   // empty: the file's stem (train, valid, ...)
    std::string source;                  // where the data came from, kept for the record
    const Captions *captions = nullptr;  // image words by caption
    std::string captionSource = "caption";
    std::string imagesDir;     // look for each tweet's image here
    bool embedImages = false;  // store image bytes in the project instead of a relative path
    Duplicates duplicates = Duplicates::Refuse;
};

struct ImportResult {
    int tweets = 0, tokens = 0, images = 0, captions = 0;
    int duplicates = 0;  // tweets already in the project (skipped, kept again or replaced)
};

// What the tweet list shows and in which order: a filter and a sort key. Ties (and the default)
// go by import order; descending reverses the whole order.
struct TweetQuery {
    enum class Key { Number, Split, Id, Status, Entities, Disagreement, Uncertainty, Text };
    std::string text;   // the words contain it, in any case (empty: any)
    std::string split;  // empty: any
    int status = -1;    // < 0: any
    Key key = Key::Number;
    bool descending = false;
    std::string modelLayer;  // what Disagreement and Uncertainty refer to
};

// A row of the tweet list: the tweet and its kept sort keys (see TweetQuery).
struct TweetRow {
    int64_t id = 0;
    std::string extId, split, text;
    int status = 0;
    int entities = 0;         // spans of the reference (corrected, else gold)
    int disagreement = -1;    // the model layer's span errors against it; -1: none to compare
    double uncertainty = -1;  // the model layer's score for the tweet; -1: unknown
};

struct TweetRecord {
    int64_t id = 0;
    std::string split;
    int status = 0;
    Tweet tweet;            // tokens carry the gold tags
    std::string imageName;  // empty when the tweet has no image
    std::string imagePath;  // absolute path when stored as a path
    bool imageEmbedded = false;
    bool imageOutside = false;                      // the stored path leads out of the project's folder
    std::map<std::string, std::string> imageWords;  // by source ("caption", tagger name)
};

// An image of the project as the taggers see it.
struct ImageRef {
    int64_t id = 0;
    std::string name;
    std::string path;  // absolute; empty when embedded or missing
    bool embedded = false;
    bool outside = false;  // the stored path leads out of the project's folder
};

// A tagger's result for one image: class names joined by '|', their probabilities by spaces.
struct ImageWordsRow {
    int64_t imageId = 0;
    std::string source, words, scores;
};

struct ModelRow {
    int64_t id = 0;
    std::string name;
    int version = 0;
    std::string arch, file, metrics, created;
    bool stored = false;  // the model file's bytes are in the project
};

struct LayerInfo {
    int64_t id = 0;
    std::string name, kind;
    int tweets = 0;  // tweets that have labels in this layer
};

struct SplitInfo {
    std::string name;
    int tweets = 0, tokens = 0;
};

struct AnnotatorWork {
    std::string who;
    int tweetsDone = 0, edits = 0;
    int64_t activeSeconds = 0;
};

struct ProjectInfo {
    int schemaVersion = 0;
    int tweets = 0, tokens = 0, images = 0, imagesWithFile = 0, edits = 0, models = 0;
    std::vector<SplitInfo> splits;
    std::vector<LayerInfo> layers;
};

struct EditRecord {
    int64_t id = 0;
    std::string layer, who, at;
    int64_t tweetId = 0;
    int begin = 0, end = 0;
    std::vector<std::string> oldTags, newTags;
    std::string kind = "edit";  // "edit", or "undo"/"redo" of the edit `reverts`
    int64_t reverts = 0;
};

// An annotator's undo and redo stacks as the edit history defines them (top at the back).
struct UndoState {
    std::vector<int64_t> undo, redo;
};

class Project {
public:
    // Reads made while a ReadScope is open may be answered from memory: the same tweet, labels,
    // confidences and layer list read twice give what the first read gave, unless this connection
    // wrote in between. For the bursts of reads one user action makes (an edit redraws the tweet,
    // its list row and the docks): on a server each read is a round trip. Scopes nest.
    class ReadScope {
    public:
        explicit ReadScope(Project *p) : p_(p) {
            if (p_) ++p_->readDepth_;
        }
        ~ReadScope() {
            if (p_ && --p_->readDepth_ == 0) p_->memo_.clear();
        }
        ReadScope(const ReadScope &) = delete;
        ReadScope &operator=(const ReadScope &) = delete;

    private:
        Project *p_;
    };

    // Opens an existing project; with create, makes a new one when the file does not exist.
    // Throws StoreError when the file is not a project, is from a newer schema, or cannot be opened.
    // A postgresql://USER@HOST/DB?project=NAME URL opens the project NAME on that server; with
    // create, a project that is not there is made (schema, roles, row-level security: the user
    // needs the right to create schemas and roles).
    static std::unique_ptr<Project> open(const std::string &path, bool create = false);
    ~Project();

    // The file's path, or the server URL (without a password).
    const std::string &path() const { return path_; }
    bool onServer() const { return db_.postgres(); }
    // The user the server knows this connection as (empty for a file): on a server, edits and
    // statuses are recorded under this name and an annotator writes only "annotator:" + it.
    std::string serverUser();
    // The user's team role on a server: "owner" (made the project, or a superuser), "curator",
    // "annotator" or "reader"; empty for a file.
    std::string serverRole();
    // Live edits on a server: after listenForChanges(), changedTweets() returns (without waiting)
    // the tweets other clients changed since the last call (edits, statuses); a file has none.
    // It also carries on reconnecting a lost connection; 0 among the ids: the connection came
    // back and changes made meanwhile were not heard (read everything shown again).
    void listenForChanges();
    // How long a write waits for a lost server connection to come back before it fails as
    // transient (the reconnect goes on in the next calls). 5 s by default; the GUI waits little.
    void setReconnectWait(int ms);
    std::vector<int64_t> changedTweets();
    // Team roles on a server: adds a login (or updates its password and role) as "annotator",
    // "curator" or "reader". Requires a user allowed to create roles. An empty password adds no
    // password (the server's other methods, e.g. ~/.pgpass with its own password, peer, cert).
    static void addServerUser(const std::string &url, const std::string &name, const std::string &role,
                              const std::string &password = {});

    // Imports documents in one transaction: all of them or, on error or cancel, none.
    ImportResult import(const std::vector<std::pair<Document, std::string>> &docsWithSplit, const ImportOptions &opt,
                        const Progress &progress = {});
    // The same for files (path, split), read a chunk of tweets at a time: a file of any size in
    // bounded memory, still one transaction. Progress counts tweets.
    ImportResult importFiles(const std::vector<std::pair<std::string, std::string>> &filesWithSplit, const ReadOptions &ro,
                             const ImportOptions &opt, const Progress &progress = {});
    class ImportSession;

    int tweetCount(const std::string &split = {});
    std::vector<int64_t> tweetIds(const std::string &split = {});
    // The ids of the list's tweets in its order. Reads indexed columns only (the kept entity
    // counts, disagreements and uncertainties): no labels, whatever the project's size.
    std::vector<int64_t> listTweets(const TweetQuery &q);
    // The list's rows of these tweets, in the order given (unknown ids are left out), with the
    // sort keys of modelLayer (empty: none).
    std::vector<TweetRow> tweetRows(const std::vector<int64_t> &ids, const std::string &modelLayer);
    // Tweets of a split (any when empty) with a status (any when < 0), counted on the index.
    int countTweets(const std::string &split, int status);
    // Model uncertainty of each tweet for a layer (1 - the lowest token confidence).
    std::map<int64_t, double> uncertainties(const std::string &layer);
    // Throws StoreError when there is no such tweet.
    TweetRecord tweet(int64_t id);
    // The image's bytes (empty when there is no image file). A path that leads out of the
    // project's folder (a project file from elsewhere could point anywhere) is only read with
    // allowOutside; otherwise StoreError says where it points.
    std::vector<unsigned char> imageBytes(const TweetRecord &t, bool allowOutside = false);

    std::vector<std::string> splits();
    // All layers with how many tweets each labels (scans the labels: for summaries, not hot paths).
    std::vector<LayerInfo> layers();
    // Layers without the counts (cheap).
    std::vector<LayerInfo> layerList();
    // Labels of a tweet in a layer; empty when the layer has none for it. "corrected" falls back
    // to gold for tweets nobody has corrected.
    std::vector<std::string> labels(const std::string &layer, int64_t tweetId);

    // Replaces tags [begin, end) of a tweet in a layer ("corrected" or an annotator's) and appends
    // the edit to the history, durably, in one transaction. Returns the edit's id.
    // Requires 0 <= begin < end <= token count and newTags.size() == end - begin.
    int64_t applyEdit(const std::string &layer, int64_t tweetId, int begin, const std::vector<std::string> &newTags,
                      const std::string &who);
    // Records a file's labels as edits of `layer` ("corrected", "curated" or "annotator:NAME") by
    // `who`, history included: each of the file's tweets is found in the project by its id and
    // words (the n-th copy in the file is the n-th in the project); where its labels differ from
    // the layer's, one edit spans the first to the last differing token. One transaction. Throws
    // ParseError naming the first tweet that is not in the project (nothing is recorded).
    struct LayerImport {
        int tweets = 0, changed = 0;  // tweets matched, tweets whose labels changed (one edit each)
    };
    LayerImport importLayer(const std::string &layer, const Document &doc, const std::string &who, const Progress &progress = {});
    std::vector<EditRecord> edits(int64_t tweetId = 0);
    EditRecord edit(int64_t id);
    // Reverts (undo) or re-applies (redo) an edit, durably, as a new history entry. Throws
    // StoreError when the tokens no longer hold what the edit left (changed elsewhere).
    int64_t undoEdit(int64_t editId, const std::string &who);
    int64_t redoEdit(int64_t editId, const std::string &who);
    // Replays the history of one annotator: what undo and redo would act on next.
    UndoState undoState(const std::string &who);
    // Sets a tweet's status (0 open, 1 done, 2 skipped) and logs who set it and when, in one transaction.
    void setStatus(int64_t tweetId, int status, const std::string &who = {});
    // Each annotator's work: tweets whose current status they set to done, label edits made (not
    // undos or redos), and active time (the gaps of at most five minutes between their edits and
    // status changes, summed). Sorted by name.
    std::vector<AnnotatorWork> annotatorWork();
    // Registers a model (a new version when its fingerprint or scores differ from the last one of
    // that name) and returns its id.
    int64_t registerModel(const std::string &name, const std::string &arch, const std::string &file,
                          const std::string &fingerprint, const std::string &metricsJson);
    // Keeps a model trained in the tool in the project as the next version of its name.
    int64_t storeModel(const std::string &name, const std::string &arch, const std::string &bytes, const std::string &fingerprint,
                       const std::string &metricsJson);
    std::vector<ModelRow> models();
    std::string modelBytes(int64_t id);  // throws StoreError when the model's file is not stored
    // The model used for pre-annotation (0: the bundled default).
    void setDefaultModel(int64_t id);
    int64_t defaultModel();
    // Writes labels of a layer (a model's predictions), replacing what it had for those tweets,
    // with per-token confidences (max marginal) when given.
    struct LayerRow {
        int64_t tweetId;
        std::vector<std::string> tags;
        std::vector<float> confidences;
        double uncertainty = -1;  // the model's uncertainty about the tweet; < 0: 1 - least confidence of a token
    };
    void writeLayer(const std::string &layer, const std::string &kind, const std::vector<LayerRow> &rows, int64_t modelId = 0);
    // Every tweet's tags in a layer ("corrected" falls back to gold per tweet), by tweet id, in
    // one query; and every tweet's words.
    std::map<int64_t, std::vector<std::string>> layerTags(const std::string &layer);
    std::map<int64_t, std::vector<std::string>> allWords();
    // The same for the tweets whose ids lie in [from, to]: whole-project passes in bounded memory,
    // a page of ids (tweetIdsAfter) at a time.
    std::map<int64_t, std::vector<std::string>> layerTags(const std::string &layer, int64_t from, int64_t to);
    std::map<int64_t, std::vector<std::string>> allWords(int64_t from, int64_t to);
    // Up to `limit` tweet ids greater than `after`, in id order.
    std::vector<int64_t> tweetIdsAfter(int64_t after, int limit);
    // The images that have a file or embedded bytes; with withoutSource, only those that have
    // no words from that source yet.
    std::vector<ImageRef> images(const std::string &withoutSource = {});
    std::vector<unsigned char> imageBytes(const ImageRef &img, bool allowOutside = false);
    // Stores (or replaces) image words, all rows in one transaction.
    void setImageWords(const std::vector<ImageWordsRow> &rows);
    // Every tweet's image words by source, in one query.
    std::map<int64_t, std::map<std::string, std::string>> allImageWords();
    std::map<int64_t, std::map<std::string, std::string>> allImageWords(int64_t from, int64_t to);
    // Tweets in [from, to] that a layer has a scores row for (a model run has tagged them).
    std::vector<int64_t> scoredTweets(const std::string &layer, int64_t from, int64_t to);
    // Per-token confidences of a model layer for a tweet; empty when none were stored.
    std::vector<float> confidences(const std::string &layer, int64_t tweetId);

    // The tweets of a split (all when empty) with the layer's tags ("gold", "corrected",
    // "model:NAME", an annotator's name), in the layout of the file they were imported from.
    // Throws StoreError when the layer is unknown or lacks labels for some tweet.
    Document exportLayer(const std::string &layer, const std::string &split = {});

    // The project's entity types: those listed in its type table, else those its gold and
    // corrected labels use (PER, LOC, ORG first, then the rest by name).
    std::vector<std::string> entityTypes();
    // Aliases between a model's types and the project's (MISC = OTHER built in, more stored).
    TypeAliases typeAliases();
    void addTypeAlias(const std::string &modelType, const std::string &projectType);
    // The stored aliases (model type, project type), without the built-in ones; and replacing them.
    std::vector<std::pair<std::string, std::string>> storedTypeAliases();
    void setTypeAliases(const std::vector<std::pair<std::string, std::string>> &aliases);
    // Fixes the project's types and their order (keys 1-9 follow it). Requires distinct names
    // that are valid in a tag (no space, not empty); throws StoreError otherwise.
    void setEntityTypes(const std::vector<std::string> &names);
    // Renames a type in every layer's labels and in the type list, in one transaction; when `to`
    // is already a type the two merge. Returns how many labels changed. The edit history keeps
    // the names it was written with.
    int renameEntityType(const std::string &from, const std::string &to);

    ProjectInfo info();
    // A value of the project's meta table (empty when absent); setting it empty removes it.
    std::string metaValue(const std::string &key);
    void setMetaValue(const std::string &key, const std::string &value);
    // Bytes the project takes: the file and its write-ahead log, or on a server its tables and
    // their indexes.
    int64_t storageBytes();
    // Gives the space deleted and rewritten rows left back (SQLite VACUUM; on a server VACUUM FULL
    // of the project's tables, which holds them locked while it runs). Returns the bytes before
    // and after. Requires no transaction open; on a server, the project's owner.
    std::pair<int64_t, int64_t> compact();
    // SQLite copies its write-ahead log back into the file once the log holds `pages` pages (1,000
    // unless set), inside whichever commit crosses the mark: a pause of several milliseconds in one
    // edit of hundreds. A window raises the mark (the log stays bounded) and calls checkpoint()
    // when its user pauses instead. Nothing on a server.
    void setAutoCheckpoint(int pages);
    // Copies what it can of the log into the file now, without waiting for readers or writers
    // (SQLite's PASSIVE checkpoint). Returns the pages in the log and the pages copied; {0, 0} on
    // a server. Throws StoreError.
    std::pair<int, int> checkpoint();
    Database &db() { return db_; }

private:
    Project(std::string path, Database db);
    static std::unique_ptr<Project> openServer(const std::string &url, bool create);
    std::vector<std::string> ownOrBeneath(const std::string &layer, int64_t tweetId);
    // Keeps the list's sort keys of a tweet whose reference (corrected) tags changed: its entity
    // count and each model layer's disagreement with it. Inside the writer's transaction.
    void updateSummary(int64_t tweetId, const std::vector<std::string> &reference);
    // Counts them for every tweet (a migration, a type rename), a page at a time.
    static void countSummaries(Database &db);
    // The types the gold and corrected labels have used, kept in meta ('used_types') so that
    // opening does not read every label: counted once when missing, then extended by the writes
    // that bring types (imports, corrections); a type whose last label goes stays listed.
    static std::vector<std::string> usedTypes(Database &db);
    void noteTypes(const std::vector<std::string> &tags);
    int64_t layerId(const std::string &name, const std::string &kind, bool create);
    int64_t revertEdit(int64_t editId, const std::string &who, bool undo);
    int64_t writeEdit(const std::string &layer, int64_t tweetId, int begin, const std::vector<std::string> &newTags,
                      const std::vector<std::string> *expectedOld, const std::string &who, const char *kind, int64_t reverts);
    std::string path_;
    std::string dir_;
    Database db_;
    // what a ReadScope remembers, valid while db_.writes() is `writes`
    struct Memo {
        uint64_t writes = 0;
        std::map<int64_t, TweetRecord> tweets;
        std::map<std::pair<std::string, int64_t>, std::vector<std::string>> labels;
        std::map<std::pair<std::string, int64_t>, std::vector<float>> confidences;
        std::optional<std::vector<LayerInfo>> layers;
        void clear() { *this = Memo{}; }
    };
    int readDepth_ = 0;
    Memo memo_;
    // The memo when reads may use it (a scope is open and nothing was written since), else null.
    Memo *memo() {
        if (readDepth_ == 0) return nullptr;
        if (memo_.writes != db_.writes()) {
            memo_.clear();
            memo_.writes = db_.writes();
        }
        return &memo_;
    }
};

}  // namespace mner

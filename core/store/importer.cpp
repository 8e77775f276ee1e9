// Importing documents into a project: tweets, tokens, gold labels, images, captions, duplicates.
#include "store/project.h"
#include "store/projectinternal.h"
#include "io/captions.h"
#include "io/chunks.h"
#include "io/imagefiles.h"
#include "text/isotime.h"
#include "text/sha256.h"
#include "text/tags.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace fs = std::filesystem;

namespace mner {

using namespace internal;

Duplicates parseDuplicates(const std::string &name) {
    if (name == "skip") return Duplicates::Skip;
    if (name == "keep") return Duplicates::Keep;
    if (name == "replace") return Duplicates::Replace;
    throw std::invalid_argument("'" + name + "' is not a way to treat duplicates (skip, keep or replace)");
}

// An import fed a chunk of tweets at a time, in one transaction. Tweets already in the project are
// those there before the import began (a tweet repeated within the files is not a re-import).
// Rows of tokens and labels go many to a statement: the import's cost is the rows, not the calls.
class Project::ImportSession {
public:
    ~ImportSession() {
        try {
            if (!db_.postgres()) db_.exec("PRAGMA cache_size = -2000");
        } catch (...) {
        }
    }
    ImportSession(const ImportSession &) = delete;
    ImportSession &operator=(const ImportSession &) = delete;
    ImportSession(Project &p, const ImportOptions &opt, const Progress &progress, size_t total)
        : p_(p), db_(p.db_), opt_(opt), progress_(progress), total_(total), bulk_(bulkLoad(p.db_)), journal_(p.db_, bulk_),
          tx_(p.db_) {
        // the new rows' pages stay in memory until commit rather than spilling to the log and being
        // read back (SQLite's default cache is 2 MB; a million tweets' rows are ~900 MB)
        if (!db_.postgres()) db_.exec("PRAGMA cache_size = -131072");
        gold_ = p.layerId("gold", "gold", true);
        auto st = db_.prepare("SELECT coalesce(max(id), 0) FROM tweets");
        if (st.step()) before_ = st.int64(0);
        st.reset();  // no statement may be reading when indexes are dropped
        auto images = db_.prepare("SELECT count(*) FROM images");
        if (images.step()) imagesBefore_ = images.int64(0);
        images.reset();
        now_ = nowIso();
        if (bulk_ && before_ == 0) {  // still none now that the transaction holds the file
            auto idx = db_.prepare(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tweets' AND sql IS NOT NULL");
            while (idx.step()) droppedIndexes_.emplace_back(idx.text(0), idx.text(1));
            idx.reset();
            for (const auto &[name, sql] : droppedIndexes_) db_.exec("DROP INDEX \"" + name + "\"");
        }
    }

    // A chunk of a file: `first` begins the file (its dataset, made when its first tweet is
    // added), `last` ends it (its trailing layout). `captions`, when given, holds each tweet's
    // caption looked up already (else they are looked up here).
    void add(const Document &doc, const std::string &split, bool first, bool last,
             const std::vector<std::optional<std::string>> *captions = nullptr) {
        if (first) {
            datasetId_ = 0;
            ordinal_ = 0;
            fileLayout_ = doc.layout;
        }
        if (last) {
            fileLayout_.trailingBlank = doc.layout.trailingBlank;
            fileLayout_.finalNewline = doc.layout.finalNewline;
        }
        std::vector<int64_t> existing(doc.tweets.size(), 0);
        for (size_t i = 0; i < doc.tweets.size() && before_ > 0; ++i) {  // an empty project has none
            const Tweet &t = doc.tweets[i];
            findTweet_.bind(1, t.id).bind(2, displayOf(t)).bind(3, before_);
            if (findTweet_.step()) existing[i] = findTweet_.int64(0);
            findTweet_.reset();
            if (existing[i] && r_.duplicates++ == 0) {
                dupFile_ = doc.file.empty() ? std::string("the imported data") : doc.file;
                dupLine_ = t.line;
                dupId_ = t.id;
            }
        }
        if (r_.duplicates && opt_.duplicates == Duplicates::Refuse) {
            done_ += doc.tweets.size();  // only counted from here on: nothing will be imported
            tick(true);
            return;
        }
        for (size_t ti = 0; ti < doc.tweets.size(); ++ti) {
            const Tweet &t = doc.tweets[ti];
            ++done_;
            if (existing[ti] && opt_.duplicates != Duplicates::Keep) {
                if (opt_.duplicates == Duplicates::Replace) replace(existing[ti], t);
                tick(false);
                continue;
            }
            if (!datasetId_) makeDataset(doc, split);
            insertTweet(doc, t, captions ? &(*captions)[ti] : nullptr);
            tick(false);
        }
        if (last && datasetId_) {
            flushRows();
            auto up = db_.prepare("UPDATE datasets SET trailing_blank = ?, final_newline = ? WHERE id = ?");
            up.bind(1, fileLayout_.trailingBlank).bind(2, int(fileLayout_.finalNewline)).bind(3, datasetId_).run();
        }
    }

    ImportResult finish() {
        if (r_.duplicates && opt_.duplicates == Duplicates::Refuse)
            throw DuplicateError(r_.duplicates, dupFile_, dupLine_,
                                 Message{"{1}:{2}: {3} tweet(s) are already in the project (the first: id '{4}'); "
                                         "choose to skip, keep or replace them; nothing was imported",
                                         {dupFile_, std::to_string(dupLine_), std::to_string(r_.duplicates), dupId_}});
        flushRows();
        for (const auto &index : droppedIndexes_) db_.exec(index.second);  // in the same transaction
        p_.noteTypes(std::vector<std::string>(types_.begin(), types_.end()));
        tx_.commit();
        return r_;
    }

private:
    static constexpr size_t kRowsPerInsert = 250;  // 1,000 parameters a statement

    // An import into an SQLite project without tweets (a new project, often a large one) is a bulk
    // load: the tweets' secondary indexes are dropped and built once at the end, a sort instead of
    // a random insert per tweet and index, and the rollback journal stands in for the write-ahead
    // log (see RollbackJournal): a million tweets in 42 s instead of 58 s.
    static bool bulkLoad(Database &db) {
        if (db.postgres()) return false;
        auto st = db.prepare("SELECT NOT EXISTS (SELECT 1 FROM tweets)");
        const bool empty = st.step() && st.int64(0) == 1;
        st.reset();
        return empty;
    }

    // While it lives, the rollback journal instead of the write-ahead log, when `on` and no other
    // connection has the file open (SQLite refuses the switch then, at once, and nothing changes).
    // Pages a transaction adds to the end of the file are not journaled: a bulk load writes its
    // pages once instead of to the log and again into the file. Still atomic and durable; the log
    // is back when the import ends, however it ends (a crash: Project::open puts it back).
    struct RollbackJournal {
        Database &db;
        bool switched = false;
        RollbackJournal(Database &d, bool on) : db(d) {
            if (!on) return;
            try {
                auto st = db.prepare("PRAGMA journal_mode = DELETE");
                switched = st.step() && st.text(0) == "delete";
                st.reset();
            } catch (const StoreError &) {  // another connection: stay with the log
            }
        }
        ~RollbackJournal() {
            if (!switched) return;
            try {
                db.exec("PRAGMA journal_mode = WAL");
            } catch (...) {  // another connection came meanwhile: the next open switches
            }
        }
        RollbackJournal(const RollbackJournal &) = delete;
        RollbackJournal &operator=(const RollbackJournal &) = delete;
    };

    void tick(bool force) {
        if (progress_ && (force || done_ % 256 == 0 || done_ == total_) && !progress_(done_, std::max(total_, done_)))
            throw StoreError(Message{"import cancelled; nothing was imported", {}});
    }

    void makeDataset(const Document &doc, const std::string &split) {
        auto ins = db_.prepare("INSERT INTO datasets(split, format, source, bom, crlf, trailing_blank, final_newline, imported_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bind(1, split)
            .bind(2, formatName(doc.format))
            .bind(3, opt_.source)
            .bind(4, int(fileLayout_.bom))
            .bind(5, int(fileLayout_.crlf))
            .bind(6, int(fileLayout_.trailingBlank))
            .bind(7, int(fileLayout_.finalNewline))
            .bind(8, now_)
            .run();
        datasetId_ = db_.lastInsertId();
    }

    void replace(int64_t id, const Tweet &t) {
        for (size_t i = 0; i < t.tokens.size(); ++i)
            replaceGold_.bind(1, t.tokens[i].tag).bind(2, gold_).bind(3, id).bind(4, int64_t(i)).run();
        p_.updateSummary(id, p_.labels("corrected", id));
        for (const Token &tok : t.tokens)
            if (tok.tag.size() > 2) types_.insert("B-" + tok.tag.substr(2));
    }

    int64_t image(const Document &doc, const Tweet &t, const std::optional<std::string> *caption) {
        auto it = imageIds_.find(t.imageId);
        if (it != imageIds_.end()) return it->second;
        int64_t imageId = 0;
        if (imagesBefore_) {  // images of earlier imports; this import's are in imageIds_
            findImage_.bind(1, t.imageId);
            if (findImage_.step()) imageId = findImage_.int64(0);
            findImage_.reset();
        }
        if (!imageId) {
            fs::path file;
            if (!opt_.imagesDir.empty()) {
                try {
                    if (auto found = findImageFile(opt_.imagesDir, t.imageId)) file = *found;
                } catch (const std::invalid_argument &e) {
                    throw ParseError(doc.file.empty() ? std::string("the imported data") : doc.file, t.line,
                                     Message{"{1}; nothing was imported", {e.what()}});
                }
            }
            insImage_.bind(1, t.imageId);
            if (!file.empty()) {
                const std::string bytes = readFile(file);
                if (opt_.embedImages || db_.postgres()) {  // a server has no folder beside it
                    insImage_.bindNull(2).bindBlob(3, bytes.data(), bytes.size());
                } else {
                    insImage_.bind(2, fs::relative(fs::absolute(file), p_.dir_).generic_string()).bindNull(3);
                }
                insImage_.bind(4, sha256Hex(bytes.data(), bytes.size())).bind(5, int64_t(bytes.size()));
                ++r_.images;
            } else {
                insImage_.bindNull(2).bindNull(3).bindNull(4).bindNull(5);
            }
            insImage_.run();
            imageId = db_.lastInsertId();
        }
        // images met again (several tweets, one image) are found here; past 65,536 the map starts
        // over and the table is asked (bounded memory for a million images)
        if (imageIds_.size() >= 65536) {
            imageIds_.clear();
            imagesBefore_ = 1;
        }
        imageIds_[t.imageId] = imageId;
        if (opt_.captions) {
            std::optional<std::string> found;
            if (!caption) found = opt_.captions->find(t.imageId);
            if (const std::optional<std::string> &cap = caption ? *caption : found) {
                insWords_.bind(1, imageId).bind(2, opt_.captionSource).bind(3, *cap).run();
                ++r_.captions;
            }
        }
        return imageId;
    }

    void insertTweet(const Document &doc, const Tweet &t, const std::optional<std::string> *caption) {
        const int64_t imageId = t.imageId.empty() ? 0 : image(doc, t, caption);
        std::vector<std::string> tags;
        tags.reserve(t.tokens.size());
        for (const Token &tok : t.tokens) tags.push_back(tok.tag);
        const std::vector<Span> spans = spansOf(tags);
        for (const Span &s : spans) types_.insert("B-" + s.type);
        insTweet_.bind(1, datasetId_).bind(2, ordinal_++).bind(3, t.id);
        if (imageId)
            insTweet_.bind(4, imageId);
        else
            insTweet_.bindNull(4);
        insTweet_.bind(5, t.text)
            .bind(6, displayOf(t))
            .bind(7, int(t.tokens.size()))
            .bind(8, t.preamble)
            .bind(9, int64_t(spans.size()))
            .run();
        const int64_t tweetId = db_.lastInsertId();
        for (size_t i = 0; i < t.tokens.size(); ++i) {
            tokens_.push_back({tweetId, int64_t(i), t.tokens[i].text, t.tokens[i].middle});
            labels_.push_back({tweetId, int64_t(i), t.tokens[i].tag});
        }
        if (tokens_.size() >= 4 * kRowsPerInsert) flushRows();
        r_.tweets++;
        r_.tokens += static_cast<int>(t.tokens.size());
    }

    // The buffered token and label rows, kRowsPerInsert to a statement.
    void flushRows() {
        size_t at = 0;
        for (; at + kRowsPerInsert <= tokens_.size(); at += kRowsPerInsert) {
            for (size_t k = 0; k < kRowsPerInsert; ++k) {
                const TokenRow &t = tokens_[at + k];
                const int b = int(4 * k);
                // the buffered rows outlive the statements' runs: their text is not copied again
                insTokens_.bind(b + 1, t.tweet).bind(b + 2, t.idx).bindView(b + 3, t.text).bindView(b + 4, t.middle);
                const LabelRow &l = labels_[at + k];
                insLabels_.bind(b + 1, gold_).bind(b + 2, l.tweet).bind(b + 3, l.idx).bindView(b + 4, l.tag);
            }
            insTokens_.run();
            insLabels_.run();
        }
        for (; at < tokens_.size(); ++at) {
            insToken_.bind(1, tokens_[at].tweet).bind(2, tokens_[at].idx).bind(3, tokens_[at].text).bind(4, tokens_[at].middle).run();
            insLabel_.bind(1, gold_).bind(2, labels_[at].tweet).bind(3, labels_[at].idx).bind(4, labels_[at].tag).run();
        }
        tokens_.clear();
        labels_.clear();
    }

    static std::string manyRows(const std::string &head, size_t n) {
        std::string sql = head + " VALUES ";
        for (size_t i = 0; i < n; ++i) sql += i ? ", (?, ?, ?, ?)" : "(?, ?, ?, ?)";
        return sql;
    }

    struct TokenRow {
        int64_t tweet, idx;
        std::string text, middle;
    };
    struct LabelRow {
        int64_t tweet, idx;
        std::string tag;
    };
    Project &p_;
    Database &db_;
    const ImportOptions &opt_;
    const Progress &progress_;
    size_t total_, done_ = 0;
    const bool bulk_;
    RollbackJournal journal_;  // before tx_: switched before it begins, back after it has ended
    Transaction tx_;
    std::vector<std::pair<std::string, std::string>> droppedIndexes_;  // name, SQL to build it again
    int64_t gold_ = 0, before_ = 0, imagesBefore_ = 0, datasetId_ = 0;
    int ordinal_ = 0;
    Layout fileLayout_;
    std::string now_, dupFile_, dupId_;
    int dupLine_ = 0;
    ImportResult r_;
    std::set<std::string> types_;  // the types the imported labels bring, as B- tags
    std::map<std::string, int64_t> imageIds_;
    std::vector<TokenRow> tokens_;
    std::vector<LabelRow> labels_;
    Statement findTweet_ = db_.prepare("SELECT id FROM tweets WHERE ext_id = ? AND display = ? AND id <= ? ORDER BY id LIMIT 1");
    Statement insTweet_ = db_.prepare("INSERT INTO tweets(dataset_id, ordinal, ext_id, image_id, raw_text, display, n_tokens, "
                                      "preamble, entities) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement insToken_ = db_.prepare("INSERT INTO tokens(tweet_id, idx, text, middle) VALUES (?, ?, ?, ?)");
    Statement insLabel_ = db_.prepare("INSERT INTO labels(layer_id, tweet_id, idx, tag) VALUES (?, ?, ?, ?)");
    Statement insTokens_ = db_.prepare(manyRows("INSERT INTO tokens(tweet_id, idx, text, middle)", kRowsPerInsert));
    Statement insLabels_ = db_.prepare(manyRows("INSERT INTO labels(layer_id, tweet_id, idx, tag)", kRowsPerInsert));
    Statement findImage_ = db_.prepare("SELECT id FROM images WHERE name = ?");
    Statement insImage_ = db_.prepare("INSERT INTO images(name, path, data, sha256, size) VALUES (?, ?, ?, ?, ?)");
    Statement insWords_ = db_.prepare("INSERT INTO image_words(image_id, source, words) VALUES (?, ?, ?) "
                                      "ON CONFLICT(image_id, source) DO UPDATE SET words = excluded.words");
    Statement replaceGold_ = db_.prepare("UPDATE labels SET tag = ? WHERE layer_id = ? AND tweet_id = ? AND idx = ?");
};

ImportResult Project::import(const std::vector<std::pair<Document, std::string>> &docs, const ImportOptions &opt,
                             const Progress &progress) {
    size_t total = 0;
    for (const auto &d : docs) total += d.first.tweets.size();
    ImportSession s(*this, opt, progress, total);
    for (const auto &[doc, split] : docs) s.add(doc, split, true, true);
    return s.finish();
}

namespace {
// A chunk parsed ahead, with its tweets' captions (empty when the import has none).
struct ParsedChunk {
    DocumentChunk chunk;
    size_t file = 0;
    std::vector<std::optional<std::string>> captions;
};
struct ReaderStopped {};  // unwinds the reader when the import ends early
}  // namespace

// Files are parsed, and their captions looked up, on a second thread a chunk or two ahead of the
// one writing (~15% of a million-tweet import's work, measured, moved off the writer)
ImportResult Project::importFiles(const std::vector<std::pair<std::string, std::string>> &files, const ReadOptions &ro,
                                  const ImportOptions &opt, const Progress &progress) {
    size_t total = 0;
    if (progress)
        for (const auto &f : files) total += countTweetGroups(f.first);
    ImportSession s(*this, opt, progress, total);

    // tweets parsed and waiting: two chunks of 5,000 (a JSON lines or doccano file is one chunk,
    // and one such file waits at most): bounded memory
    constexpr size_t kAheadTweets = 10000;
    std::mutex m;
    std::condition_variable cv;
    std::deque<ParsedChunk> queue;
    size_t queuedTweets = 0;
    bool readerDone = false, stop = false;
    std::exception_ptr readerError;
    std::thread reader([&] {
        try {
            for (size_t i = 0; i < files.size(); ++i) {
                {
                    std::lock_guard<std::mutex> lock(m);
                    if (stop) break;
                }
                readDocumentChunks(files[i].first, ro, 5000, [&](DocumentChunk &c) {
                    ParsedChunk pc{std::move(c), i, {}};
                    if (opt.captions) {
                        pc.captions.reserve(pc.chunk.doc.tweets.size());
                        for (const Tweet &t : pc.chunk.doc.tweets)
                            pc.captions.push_back(t.imageId.empty() ? std::nullopt : opt.captions->find(t.imageId));
                    }
                    std::unique_lock<std::mutex> lock(m);
                    cv.wait(lock, [&] { return stop || queue.empty() || queuedTweets < kAheadTweets; });
                    if (stop) throw ReaderStopped{};
                    queuedTweets += pc.chunk.doc.tweets.size();
                    queue.push_back(std::move(pc));
                    cv.notify_all();
                });
            }
        } catch (const ReaderStopped &) {
        } catch (...) {
            std::lock_guard<std::mutex> lock(m);
            readerError = std::current_exception();
        }
        std::lock_guard<std::mutex> lock(m);
        readerDone = true;
        cv.notify_all();
    });
    struct Joiner {  // stops and joins the reader on every way out (cancel, bad data, errors)
        std::mutex &m;
        std::condition_variable &cv;
        bool &stop;
        std::thread &t;
        ~Joiner() {
            {
                std::lock_guard<std::mutex> lock(m);
                stop = true;
            }
            cv.notify_all();
            t.join();
        }
    } joiner{m, cv, stop, reader};

    for (;;) {
        ParsedChunk pc;
        {
            std::unique_lock<std::mutex> lock(m);
            cv.wait(lock, [&] { return !queue.empty() || readerDone; });
            if (queue.empty()) {  // the chunks before a bad line first: their errors come first
                if (readerError) std::rethrow_exception(readerError);
                break;
            }
            pc = std::move(queue.front());
            queue.pop_front();
            queuedTweets -= pc.chunk.doc.tweets.size();
        }
        cv.notify_all();
        s.add(pc.chunk.doc, files[pc.file].second, pc.chunk.first, pc.chunk.last, opt.captions ? &pc.captions : nullptr);
    }
    return s.finish();
}

}  // namespace mner

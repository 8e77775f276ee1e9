#include "check.h"

#include "io/captions.h"
#include "io/formats.h"
#include "store/project.h"
#include "text/sha256.h"
#include "text/tags.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sqlite3.h>
#include <unistd.h>

using namespace mner;
namespace fs = std::filesystem;

namespace {
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("mner-test-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};
std::string exported(Project &p, const std::string &layer, const std::string &split = {}) {
    std::ostringstream o;
    writeDocument(o, p.exportLayer(layer, split));
    return o.str();
}
// Where a test's project lives: a file in its folder, or, when the tests run against a server
// (MNER_TEST_SERVER names the file holding the test cluster's URL), a project of its own there.
std::string serverUrl() {
    static std::string url = [] {
        const char *f = std::getenv("MNER_TEST_SERVER");
        std::string u;
        if (f) std::getline(std::ifstream(f) >> std::ws, u);
        return u;
    }();
    return url;
}
bool onServer() { return std::getenv("MNER_TEST_SERVER") != nullptr; }
std::string where(const TempDir &t, const std::string &name) {
    static int n = 0;
    if (!onServer()) return (t.path / name).string();
    if (serverUrl().empty()) SKIP("no PostgreSQL server binaries (setup.sh installs postgresql)");
    return serverUrl() + "?project=t" + std::to_string(::getpid()) + "_" + std::to_string(++n);
}
// For tests of what only a file has (SQLite's pragmas, a folder beside the project).
#define FILE_ONLY()                                                                                                              \
    if (onServer()) SKIP("a file's behaviour")
const char *kSample = "IMGID:10\nGeorge\tB-PER\nshot\tO\n\nIMGID:11\nin\tO\nParis\tB-LOC\ntoday\tO\n";
}  // namespace

TEST(sha256_known_vectors) {
    CHECK_EQ(sha256Hex("", 0), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK_EQ(sha256Hex("abc", 3), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    std::string m(1000, 'a');
    CHECK_EQ(sha256Hex(m.data(), m.size()), std::string("41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"));
}

TEST(import_export_round_trip_and_info) {
    TempDir t;
    auto p = Project::open(where(t, "a.mner"), true);
    Document d = parseDocument(kSample, "s.txt");
    ImportResult r = p->import({{d, "train"}}, {});
    CHECK_EQ(r.tweets, 2);
    CHECK_EQ(r.tokens, 5);
    CHECK_EQ(exported(*p, "gold"), std::string(kSample));
    CHECK_EQ(exported(*p, "corrected"), std::string(kSample));
    ProjectInfo in = p->info();
    CHECK_EQ(in.tweets, 2);
    CHECK_EQ(in.splits.size(), size_t(1));
    CHECK_EQ(in.splits[0].name, std::string("train"));
    CHECK_THROWS(StoreError, p->exportLayer("model:none"), "no layer named 'model:none'");
    CHECK_THROWS(StoreError, p->exportLayer("gold", "test"), "no tweets in split 'test'");
}

TEST(edits_are_durable_and_append_only) {
    TempDir t;
    std::string path = where(t, "e.mner");
    int64_t id;
    {
        auto p = Project::open(path, true);
        p->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
        id = p->tweetIds()[1];
        p->applyEdit("corrected", id, 2, {"B-OTHER"}, "alice");
        CHECK_THROWS(StoreError, p->applyEdit("corrected", id, 2, {"B-OTHER", "O"}, "alice"), "outside tweet");
        CHECK_THROWS(StoreError, p->applyEdit("corrected", id, 0, {"Q-X"}, "alice"), "invalid tag");
        CHECK_THROWS(StoreError, p->applyEdit("gold", id, 0, {"O"}, "alice"), "read-only");
    }
    auto p = Project::open(path);  // a fresh connection sees the edit
    auto tags = p->labels("corrected", id);
    CHECK(tags == (std::vector<std::string>{"O", "B-LOC", "B-OTHER"}));
    CHECK(p->labels("gold", id) == (std::vector<std::string>{"O", "B-LOC", "O"}));
    auto e = p->edits();
    CHECK_EQ(e.size(), size_t(1));
    CHECK_EQ(e[0].who, std::string("alice"));
    CHECK(e[0].oldTags == std::vector<std::string>{"O"});
    CHECK(exported(*p, "corrected").find("today\tB-OTHER") != std::string::npos);
    CHECK_THROWS(StoreError, p->db().exec("DELETE FROM edits"), "append-only");
}

TEST(failed_import_leaves_project_untouched) {
    TempDir t;
    auto p = Project::open(where(t, "f.mner"), true);
    p->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
    bool cancelled = false;
    try {
        p->import({{parseDocument(kSample, "s.txt"), "more"}}, {}, [](size_t, size_t) { return false; });
    } catch (const StoreError &) { cancelled = true; }
    CHECK(cancelled);
    CHECK_EQ(p->tweetCount(), 2);
}

// Files of several chunks: parsed on a second thread, written on this one; into an empty SQLite
// project as a bulk load (indexes built at the end, rollback journal); bad data and cancelling
// leave nothing behind and the project as it was.
TEST(file_imports_in_chunks_bulk_load_and_roll_back) {
    TempDir t;
    const int n = 25001;  // five chunks of 5,000 and a tweet: the reader waits on the writer
    std::string text, caps;
    for (int i = 1; i <= n; ++i) {
        text += "IMGID:" + std::to_string(i) + "\nGeorge\tB-PER\nw" + std::to_string(i) + "\tO\n\n";
        if (i % 3) caps += std::to_string(i) + ".jpg :caption " + std::to_string(i) + "\n";
    }
    const std::string good = (t.path / "good.txt").string(), bad = (t.path / "bad.txt").string();
    std::ofstream(good, std::ios::binary) << text;
    std::ofstream(bad, std::ios::binary) << text << "IMGID:x\nword\tX-PER\n";  // in the last chunk
    std::ofstream(t.path / "caps.txt", std::ios::binary) << caps;
    Captions captions((t.path / "caps.txt").string());
    ImportOptions o;
    o.captions = &captions;
    auto indexes = [](Project &p) {
        auto st =
            p.db().prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tweets' AND sql IS NOT NULL");
        return st.step() ? st.int64(0) : -1;
    };
    auto journal = [](Project &p) {
        auto st = p.db().prepare("PRAGMA journal_mode");
        return st.step() ? st.text(0) : std::string();
    };
    auto p = Project::open(where(t, "c.mner"), true);
    const int64_t indexesBefore = onServer() ? 0 : indexes(*p);
    if (!onServer()) CHECK_EQ(indexesBefore, int64_t(4));
    size_t lastDone = 0, calls = 0;
    auto stopAt = [&](size_t at) {
        return [&, at](size_t done, size_t total) {
            ++calls;
            CHECK_EQ(total, size_t(n));
            lastDone = done;
            return done < at;
        };
    };
    CHECK_THROWS(ParseError, p->importFiles({{bad, "train"}}, {}, o), "bad.txt:" + std::to_string(4 * n + 2));
    CHECK_THROWS(StoreError, p->importFiles({{good, "train"}}, {}, o, stopAt(7000)), "cancelled");
    CHECK(lastDone >= 7000 && lastDone < size_t(n));
    CHECK_THROWS(StoreError, p->importFiles({{good, "train"}}, {}, o, stopAt(1)), "cancelled");  // at once
    CHECK_EQ(lastDone, size_t(256));
    for (int k = 0; k < 2 && !onServer(); ++k) {  // after each failure: as before
        CHECK_EQ(p->tweetCount(), 0);
        CHECK_EQ(indexes(*p), indexesBefore);
        CHECK_EQ(journal(*p), std::string("wal"));
    }
    calls = 0;
    std::string during;  // the journal in the middle of the import
    ImportResult r = p->importFiles({{good, "train"}}, {}, o, [&](size_t done, size_t total) {
        if (done == 6144 && !onServer()) during = journal(*p);
        return stopAt(size_t(n) + 1)(done, total);
    });
    if (!onServer()) CHECK_EQ(during, std::string("delete"));
    CHECK_EQ(r.tweets, n);
    CHECK_EQ(r.captions, n - n / 3);
    CHECK_EQ(lastDone, size_t(n));
    CHECK(calls > 40);  // every 256 tweets
    CHECK_EQ(p->tweetCount(), n);
    if (!onServer()) {
        CHECK_EQ(indexes(*p), indexesBefore);
        CHECK_EQ(journal(*p), std::string("wal"));
        auto plan = p->db().prepare("EXPLAIN QUERY PLAN SELECT id FROM tweets WHERE ext_id = '77'");
        CHECK(plan.step());
        CHECK(plan.text(3).find("tweets_by_ext_id") != std::string::npos);
    }
    CHECK_EQ(exported(*p, "gold"), text);
    const std::vector<int64_t> ids = p->tweetIds();
    CHECK_EQ(p->tweet(ids[1]).imageWords["caption"], std::string("caption 2"));
    CHECK(p->tweet(ids[2]).imageWords.count("caption") == 0);
    CHECK_EQ(p->tweet(ids[n - 1]).imageWords["caption"], std::string("caption " + std::to_string(n)));

    // another connection has the file open: the import keeps the log and reads go on meanwhile
    if (!onServer()) {
        auto q = Project::open(where(t, "d.mner"), true);
        sqlite3 *other = nullptr;
        int reads = -1;
        CHECK_EQ(sqlite3_open(q->path().c_str(), &other), SQLITE_OK);
        CHECK_EQ(sqlite3_exec(other, "SELECT count(*) FROM tweets", nullptr, nullptr, nullptr), SQLITE_OK);
        CHECK_EQ(q->importFiles({{good, "train"}}, {}, o,
                                [&](size_t done, size_t) {
                                    if (done == 6144) {
                                        during = journal(*q);
                                        reads = sqlite3_exec(other, "SELECT count(*) FROM tweets", nullptr, nullptr, nullptr);
                                    }
                                    return true;
                                })
                     .tweets,
                 n);
        CHECK_EQ(during, std::string("wal"));
        CHECK_EQ(reads, SQLITE_OK);
        CHECK_EQ(journal(*q), std::string("wal"));
        CHECK_EQ(indexes(*q), indexesBefore);
        CHECK_EQ(sqlite3_exec(other, "SELECT count(*) FROM tweets", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(other);
        // a second file into a project with tweets: no bulk load, the same result
        ImportOptions keep;
        keep.duplicates = Duplicates::Keep;
        CHECK_EQ(q->importFiles({{good, "more"}}, {}, keep).tweets, n);
        CHECK_EQ(q->tweetCount(), 2 * n);
        const std::string path = q->path();
        q.reset();
        // left without its log (a bulk load that crashed): the next open puts the log back
        CHECK_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
        CHECK_EQ(sqlite3_exec(other, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr), SQLITE_OK);
        // while a writer holds the file, opening says so (after SQLite's 5 s of waiting)
        CHECK_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        CHECK_THROWS(StoreError, Project::open(path), "another program is writing this project");
        CHECK_EQ(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(other);
        auto again = Project::open(path);
        CHECK_EQ(journal(*again), std::string("wal"));
        CHECK_EQ(again->tweetCount(), 2 * n);
    }
}

TEST(refuses_foreign_and_newer_files) {
    FILE_ONLY();
    TempDir t;
    fs::path junk = t.path / "junk.mner";
    std::ofstream(junk) << "this is not a database at all, just some text that is long enough to have a header";
    CHECK_THROWS(StoreError, Project::open(junk.string()), "not an mner-studio project");
    CHECK_THROWS(StoreError, Project::open((t.path / "missing.mner").string()), "no such project file");
    fs::path newer = t.path / "newer.mner";
    {
        auto p = Project::open(newer.string(), true);
        p->db().exec("PRAGMA user_version = 99");
    }
    CHECK_THROWS(StoreError, Project::open(newer.string()), "schema version 99, newer than this mner-studio understands");
    fs::path other = t.path / "other.sqlite";
    {
        sqlite3 *db = nullptr;
        sqlite3_open(other.c_str(), &db);
        sqlite3_exec(db, "CREATE TABLE x(a)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    CHECK_THROWS(StoreError, Project::open(other.string()), "another program");
}

TEST(images_and_captions) {
    TempDir t;
    fs::create_directories(t.path / "img");
    std::ofstream(t.path / "img" / "10.jpg", std::ios::binary) << "\xFF\xD8\xFF\xE0 fake jpeg";
    std::ofstream(t.path / "caps.txt", std::ios::binary) << "10.jpg :a man on a street\n";
    Captions caps((t.path / "caps.txt").string());
    ImportOptions o;
    o.imagesDir = (t.path / "img").string();
    o.captions = &caps;
    auto p = Project::open(where(t, "i.mner"), true);
    p->import({{parseDocument(kSample, "s.txt"), "train"}}, o);
    TweetRecord r = p->tweet(p->tweetIds()[0]);
    CHECK_EQ(r.imageName, std::string("10"));
    CHECK(!onServer() ? !r.imagePath.empty() : r.imageEmbedded);  // a server keeps the bytes
    CHECK_EQ(r.imageWords["caption"], std::string("a man on a street"));
    CHECK_EQ(p->imageBytes(r).size(), size_t(14));
    TweetRecord r2 = p->tweet(p->tweetIds()[1]);
    CHECK(r2.imagePath.empty());
    CHECK(p->imageBytes(r2).empty());
    auto st = p->db().prepare("SELECT path FROM images WHERE name = '10'");
    CHECK(st.step());
    if (!onServer()) CHECK_EQ(st.text(0), std::string("img/10.jpg"));  // relative to the project
}

TEST(image_paths_outside_the_project_are_not_followed_silently) {
    FILE_ONLY();
    TempDir t;
    fs::create_directories(t.path / "proj");
    fs::create_directories(t.path / "elsewhere");
    std::ofstream(t.path / "elsewhere" / "10.jpg", std::ios::binary) << "\xFF\xD8\xFF\xE0 jpeg";
    ImportOptions o;
    o.imagesDir = (t.path / "elsewhere").string();
    auto p = Project::open((t.path / "proj" / "p.mner").string(), true);
    p->import({{parseDocument(kSample, "s.txt"), "train"}}, o);
    TweetRecord r = p->tweet(p->tweetIds()[0]);
    CHECK(r.imageOutside);
    CHECK_THROWS(StoreError, p->imageBytes(r), "outside the project's folder");
    CHECK_EQ(p->imageBytes(r, true).size(), size_t(9));
    // a path written into the file by hand is judged the same way
    p->db().exec("UPDATE images SET path = '/etc/hostname' WHERE name = '10'");
    CHECK(p->tweet(p->tweetIds()[0]).imageOutside);
}

TEST(shared_twitter2015_import_round_trip) {
    fs::path dir = fs::path(mner_test::sharedDir()) / "data/twitter2015";
    if (!fs::exists(dir / "train.txt")) SKIP("no shared data");
    TempDir t;
    auto p = Project::open(where(t, "tw.mner"), true);
    Document tr = readDocument((dir / "train.txt").string()), va = readDocument((dir / "valid.txt").string());
    p->import({{tr, "train"}, {va, "valid"}}, {});
    for (const char *s : {"train", "valid"}) {
        std::ifstream in(dir / (std::string(s) + (s[0] == 't' ? ".txt" : ".txt")), std::ios::binary);
        std::string want(std::istreambuf_iterator<char>(in), {});
        CHECK(exported(*p, "gold", s) == want);
    }
}

TEST(undo_redo_are_history_and_survive_reopening) {
    TempDir t;
    std::string path = where(t, "u.mner");
    int64_t id, e1, e2;
    {
        auto p = Project::open(path, true);
        p->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
        id = p->tweetIds()[1];
        e1 = p->applyEdit("corrected", id, 0, {"B-PER"}, "alice");
        e2 = p->applyEdit("corrected", id, 2, {"B-ORG"}, "alice");
        p->applyEdit("corrected", id, 1, {"O"}, "bob");
        p->undoEdit(e2, "alice");
        CHECK(p->labels("corrected", id) == (std::vector<std::string>{"B-PER", "O", "O"}));
    }
    auto p = Project::open(path);
    UndoState u = p->undoState("alice");
    CHECK(u.undo == std::vector<int64_t>{e1});
    CHECK(u.redo == std::vector<int64_t>{e2});
    CHECK(p->undoState("bob").undo.size() == 1);
    p->redoEdit(e2, "alice");
    CHECK(p->labels("corrected", id) == (std::vector<std::string>{"B-PER", "O", "B-ORG"}));
    u = p->undoState("alice");
    CHECK(u.undo == (std::vector<int64_t>{e1, e2}));
    CHECK(u.redo.empty());
    // another change to the same tokens makes the old edit's undo a conflict, not a silent overwrite
    p->applyEdit("corrected", id, 2, {"B-LOC"}, "bob");
    CHECK_THROWS(StoreError, p->undoEdit(e2, "alice"), "changed elsewhere");
    auto hist = p->edits(id);
    CHECK_EQ(hist.size(), size_t(6));
    CHECK_EQ(hist[3].kind, std::string("undo"));
    CHECK_EQ(hist[3].reverts, e2);
}

TEST(model_layers_versions_and_confidences) {
    TempDir t;
    auto p = Project::open(where(t, "m.mner"), true);
    p->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
    auto ids = p->tweetIds();
    int64_t m1 = p->registerModel("cwi", "cwi", "cwi.mnerm", "abc", "{\"f1\": 65}");
    CHECK_EQ(p->registerModel("cwi", "cwi", "cwi.mnerm", "abc", "{\"f1\": 65}"), m1);
    int64_t m2 = p->registerModel("cwi", "cwi", "cwi.mnerm", "def", "{\"f1\": 66}");
    CHECK(m2 != m1);
    p->writeLayer("model:cwi", "model", {{ids[0], {"B-PER", "O"}, {0.9f, 0.4f}}, {ids[1], {"O", "B-LOC", "O"}, {}}}, m2);
    CHECK(p->labels("model:cwi", ids[0]) == (std::vector<std::string>{"B-PER", "O"}));
    auto c = p->confidences("model:cwi", ids[0]);
    CHECK(c.size() == 2 && std::abs(c[1] - 0.4f) < 1e-3);
    CHECK(p->confidences("model:cwi", ids[1]).empty());
    CHECK_EQ(p->info().models, 2);
}

#include <clocale>

// A re-import never doubles a project silently: refused until told skip, keep or replace.
TEST(reimport_asks_what_to_do_with_duplicates) {
    TempDir t;
    auto p = Project::open(where(t, "a.mner"), true);
    p->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
    CHECK_EQ(p->tweetCount(), 2);
    Document again = parseDocument(kSample, "s.txt");
    CHECK_THROWS(DuplicateError, p->import({{again, "train"}}, {}), "s.txt:1: 2 tweet(s) are already in the project");
    CHECK_EQ(p->tweetCount(), 2);
    ImportOptions o;
    o.duplicates = Duplicates::Skip;
    size_t lastDone = 0;
    ImportResult r = p->import({{again, "train"}}, o, [&](size_t d, size_t) {
        lastDone = d;
        return true;
    });
    CHECK_EQ(r.tweets, 0);
    CHECK_EQ(r.duplicates, 2);
    CHECK_EQ(p->tweetCount(), 2);
    CHECK_EQ(lastDone, size_t(2));  // progress reaches the end
    CHECK_EQ(p->info().splits.size(), size_t(1));
    {
        auto st = p->db().prepare("SELECT count(*) FROM datasets");
        st.step();
        CHECK_EQ(st.int64(0), int64_t(1));  // a file entirely skipped adds no dataset
    }
    // a file with one old and one new tweet: only the new one comes in
    Document mixed = parseDocument("IMGID:10\nGeorge\tB-PER\nshot\tO\n\nIMGID:12\nnew\tO\n", "m.txt");
    r = p->import({{mixed, "train"}}, o);
    CHECK_EQ(r.tweets, 1);
    CHECK_EQ(p->tweetCount(), 3);
    // replace: the gold tags of the tweet already there change, nothing is added
    int64_t paris = p->tweetIds()[1];
    p->applyEdit("corrected", paris, 2, {"B-MISC"}, "ann");
    o.duplicates = Duplicates::Replace;
    Document relabelled = parseDocument("IMGID:11\nin\tO\nParis\tB-ORG\ntoday\tO\n", "r.txt");
    r = p->import({{relabelled, "train"}}, o);
    CHECK_EQ(r.tweets, 0);
    CHECK_EQ(p->tweetCount(), 3);
    CHECK(p->labels("gold", paris) == (std::vector<std::string>{"O", "B-ORG", "O"}));
    CHECK(p->labels("corrected", paris) == (std::vector<std::string>{"O", "B-LOC", "B-MISC"}));
    o.duplicates = Duplicates::Keep;
    r = p->import({{again, "train"}}, o);
    CHECK_EQ(r.tweets, 2);
    CHECK_EQ(p->tweetCount(), 5);
    // the same id with other words is another tweet (CoNLL files number their sentences 1, 2, ...)
    r = p->import({{parseDocument("IMGID:10\nsomething\tO\nelse\tO\n", "o.txt"), "train"}}, {});
    CHECK_EQ(r.tweets, 1);
    CHECK_THROWS(std::invalid_argument, parseDuplicates("ask"), "skip, keep or replace");
}

// IMGID:../secret/s with an images folder and embedding copies nothing from outside the folder.
TEST(import_refuses_image_ids_that_leave_the_folder) {
    TempDir t;
    fs::create_directories(t.path / "images");
    fs::create_directories(t.path / "secret");
    std::ofstream(t.path / "secret/s.jpg") << "secret bytes";
    auto p = Project::open(where(t, "a.mner"), true);
    ImportOptions o;
    o.imagesDir = (t.path / "images").string();
    o.embedImages = true;
    Document d = parseDocument("IMGID:1\na\tO\n\nIMGID:../secret/s\nb\tO\n", "evil.txt");
    CHECK_THROWS(ParseError, p->import({{d, "train"}}, o), "evil.txt:4: image id '../secret/s' is a path");
    CHECK_EQ(p->tweetCount(), 0);
    CHECK_EQ(p->info().images, 0);
}

// Projects written by older versions open, migrate and keep every tweet, label and edit.
TEST(old_schema_projects_open_and_migrate) {
    FILE_ONLY();
    for (const char *name : {"schema-1.mner", "schema-2.mner"}) {
        TempDir t;
        fs::path copy = t.path / name;
        fs::copy_file(fs::path(MNER_SOURCE_DIR) / "tests/fixtures" / name, copy);
        auto p = Project::open(copy.string());
        CHECK_EQ(p->info().schemaVersion, kSchemaVersion);
        CHECK_EQ(p->tweetCount(), 2);
        CHECK_EQ(exported(*p, "gold"), std::string(kSample));
        CHECK_EQ(exported(*p, "corrected"),
                 std::string("IMGID:10\nGeorge\tB-PER\nshot\tO\n\nIMGID:11\nin\tO\nParis\tB-ORG\ntoday\tO\n"));
        auto e = p->edits();
        CHECK_EQ(e.size(), size_t(1));
        CHECK_EQ(e[0].who, std::string("ann"));
        CHECK_EQ(e[0].kind, std::string("edit"));
        // the list's entity counts were counted by the migration, and follow the undo
        auto entitiesKept = [&] {
            for (const TweetRow &r : p->tweetRows(p->tweetIds(), {}))
                if (r.entities != int(spansOf(p->labels("corrected", r.id)).size())) return false;
            return true;
        };
        CHECK(entitiesKept());
        // the old history still undoes
        UndoState u = p->undoState("ann");
        CHECK_EQ(u.undo.size(), size_t(1));
        p->undoEdit(u.undo.back(), "ann");
        CHECK_EQ(exported(*p, "corrected"), std::string(kSample));
        CHECK(entitiesKept());
        CHECK_EQ(p->tweetCount(), 2);
    }
}

// The tweet list's sort keys are kept by every write that changes them (import, correction,
// undo, model run, type merge) and listTweets orders by them exactly as sorting the labels would.
TEST(tweet_list_keys_follow_every_write) {
    TempDir t;
    auto p = Project::open(where(t, "a.mner"), true);
    p->import({{parseDocument("IMGID:1\nBob\tB-PER\nin\tO\nParis\tB-LOC\n\nIMGID:2\nno\tO\nnames\tO\n\n"
                              "IMGID:3\nEU\tB-ORG\nand\tO\nUN\tB-ORG\nmet\tO\nObama\tB-PER\n\nIMGID:4\nobama\tB-PER\nagain\tO\n\n"
                              "IMGID:5\nhi\tO\n",
                              "m.txt"),
                "train"}},
              {});
    const std::vector<int64_t> ids = p->tweetIds();
    CHECK_EQ(ids.size(), size_t(5));
    // a model tags four of the five (the last is left without a score), one without confidences
    p->writeLayer("model:x", "model",
                  {{ids[0], {"B-PER", "O", "B-ORG"}, {0.9f, 0.8f, 0.4f}, -1},
                   {ids[1], {"O", "B-LOC"}, {0.7f, 0.2f}, -1},
                   {ids[2], {"B-ORG", "O", "B-ORG", "O", "B-PER"}, {}, -1},
                   {ids[3], {"B-PER", "O"}, {0.95f, 0.99f}, -1}});
    struct Want {
        int entities, disagreement;
        double uncertainty;
    };
    auto truth = [&](int64_t id) {
        const auto ref = p->labels("corrected", id), pred = p->labels("model:x", id);
        int dis = -1;
        if (!pred.empty() && pred.size() == ref.size()) {
            dis = 0;
            auto rs = spansOf(ref), ps = spansOf(pred);
            for (const Span &s : ps) dis += std::find(rs.begin(), rs.end(), s) == rs.end();
            for (const Span &s : rs)
                dis += std::find(ps.begin(), ps.end(), s) == ps.end() &&
                       std::none_of(ps.begin(), ps.end(), [&](const Span &q) { return q.begin < s.end && s.begin < q.end; });
        }
        const auto c = p->confidences("model:x", id);
        double u = c.empty() ? -1.0 : 1.0 - *std::min_element(c.begin(), c.end());
        return Want{int(spansOf(ref).size()), dis, u};
    };
    auto check = [&](const char *when) {
        using Key = TweetQuery::Key;
        for (const TweetRow &r : p->tweetRows(ids, "model:x")) {
            const Want w = truth(r.id);
            if (r.entities != w.entities || r.disagreement != w.disagreement || std::fabs(r.uncertainty - w.uncertainty) > 1e-3) {
                std::fprintf(stderr, "%s: tweet %lld kept %d/%d/%.3f, labels say %d/%d/%.3f\n", when, (long long)r.id, r.entities,
                             r.disagreement, r.uncertainty, w.entities, w.disagreement, w.uncertainty);
                CHECK(false);
            }
        }
        for (Key k : {Key::Number, Key::Status, Key::Entities, Key::Disagreement, Key::Uncertainty})
            for (bool down : {false, true}) {
                std::vector<int64_t> want = ids;
                std::stable_sort(want.begin(), want.end(), [&](int64_t a, int64_t b) {
                    auto key = [&](int64_t id) {
                        const Want w = truth(id);
                        return k == Key::Entities       ? double(w.entities)
                               : k == Key::Disagreement ? double(w.disagreement)
                               : k == Key::Uncertainty  ? w.uncertainty
                               : k == Key::Status       ? double(p->tweet(id).status)
                                                        : 0.0;
                    };
                    return key(a) != key(b) ? key(a) < key(b) : a < b;
                });
                if (down) std::reverse(want.begin(), want.end());
                TweetQuery q;
                q.key = k;
                q.descending = down;
                q.modelLayer = "model:x";
                if (p->listTweets(q) != want) {
                    std::fprintf(stderr, "%s: order by key %d%s differs\n", when, int(k), down ? " descending" : "");
                    CHECK(false);
                }
            }
    };
    check("after import and run");
    p->applyEdit("corrected", ids[1], 1, {"B-LOC"}, "ann");  // now agrees with the model
    p->applyEdit("corrected", ids[0], 2, {"B-ORG"}, "ann");
    p->setStatus(ids[3], 1, "ann");
    check("after corrections");
    p->undoEdit(p->undoState("ann").undo.back(), "ann");
    check("after an undo");
    // the types in use are kept, not read from every label: a correction brings a new one
    CHECK(p->entityTypes() == (std::vector<std::string>{"PER", "LOC", "ORG"}));
    p->applyEdit("corrected", ids[4], 0, {"B-EVENT"}, "ann");
    CHECK(p->entityTypes() == (std::vector<std::string>{"PER", "LOC", "ORG", "EVENT"}));
    check("after a new type");
    CHECK_EQ(p->renameEntityType("ORG", "LOC"), 5);  // a merge: gold 2, model 3
    check("after a type merge");
    // filters: text in any case, status
    TweetQuery q;
    q.text = "OBAMA";
    CHECK(p->listTweets(q) == (std::vector<int64_t>{ids[2], ids[3]}));
    q.status = 1;
    CHECK(p->listTweets(q) == (std::vector<int64_t>{ids[3]}));
    CHECK_EQ(p->countTweets({}, 1), 1);
    CHECK(p->entityTypes() == (std::vector<std::string>{"PER", "LOC", "EVENT"}));
}

// Confidences written and read under a comma-decimal C locale are the numbers the model gave.
TEST(confidences_survive_a_comma_locale) {
    std::string saved = std::setlocale(LC_ALL, nullptr);
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8")) SKIP("no de_DE.UTF-8 locale (setup.sh generates it)");
    TempDir t;
    auto p = Project::open(where(t, "a.mner"), true);
    p->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
    int64_t id = p->tweetIds()[0];
    p->writeLayer("model:x", "model", {{id, {"B-PER", "O"}, {0.953f, 0.5f}, -1}});
    std::setlocale(LC_ALL, "C");  // written under German, read under C (and the other way below)
    auto c = p->confidences("model:x", id);
    CHECK_EQ(c.size(), size_t(2));
    CHECK(c.size() == 2 && std::fabs(c[0] - 0.953f) < 1e-6 && std::fabs(c[1] - 0.5f) < 1e-6);
    auto u = p->uncertainties("model:x");
    CHECK(std::fabs(u[id] - 0.5) < 1e-6);
    p->writeLayer("model:y", "model", {{id, {"B-PER", "O"}, {0.25f, 0.125f}, -1}});
    std::setlocale(LC_ALL, "de_DE.UTF-8");
    c = p->confidences("model:y", id);
    CHECK(c.size() == 2 && std::fabs(c[0] - 0.25f) < 1e-6 && std::fabs(c[1] - 0.125f) < 1e-6);
    std::setlocale(LC_ALL, saved.c_str());
}

// A project's types: from its labels until fixed; renamed and merged in every layer at once.
TEST(entity_types_list_rename_and_merge) {
    TempDir t;
    auto p = Project::open(where(t, "a.mner"), true);
    p->import({{parseDocument("IMGID:1\nEU\tB-MISC\nin\tO\nParis\tB-LOC\n\nIMGID:2\nBob\tB-PER\n", "m.txt"), "train"}}, {});
    CHECK(p->entityTypes() == (std::vector<std::string>{"PER", "LOC", "MISC"}));
    int64_t first = p->tweetIds()[0];
    p->applyEdit("corrected", first, 0, {"B-MISC"}, "ann");
    p->writeLayer("model:x", "model", {{first, {"B-MISC", "O", "O"}, {}, -1}});
    CHECK_EQ(p->renameEntityType("MISC", "OTHER"), 3);  // gold, corrected, model layer
    CHECK(p->entityTypes() == (std::vector<std::string>{"PER", "LOC", "OTHER"}));
    CHECK(p->labels("gold", first) == (std::vector<std::string>{"B-OTHER", "O", "B-LOC"}));
    CHECK(p->labels("model:x", first)[0] == "B-OTHER");
    p->setEntityTypes({"LOC", "PER", "OTHER", "EVENT"});
    CHECK(p->entityTypes() == (std::vector<std::string>{"LOC", "PER", "OTHER", "EVENT"}));
    // merge: LOC into OTHER; LOC leaves the list, its labels become OTHER
    CHECK_EQ(p->renameEntityType("LOC", "OTHER"), 2);  // gold and corrected
    CHECK(p->entityTypes() == (std::vector<std::string>{"PER", "OTHER", "EVENT"}));
    CHECK(p->labels("gold", first) == (std::vector<std::string>{"B-OTHER", "O", "B-OTHER"}));
    p->setTypeAliases({{"geo-loc", "OTHER"}});
    CHECK_EQ(p->renameEntityType("OTHER", "MISC"), 5);  // gold 2, corrected 2, model 1; the alias follows
    CHECK(p->storedTypeAliases() == (std::vector<std::pair<std::string, std::string>>{{"geo-loc", "MISC"}}));
    CHECK_EQ(p->renameEntityType("MISC", "OTHER"), 5);
    CHECK_THROWS(StoreError, p->setEntityTypes({"A", "A"}), "listed twice");
    CHECK_THROWS(StoreError, p->renameEntityType("PER", "a b"), "cannot be an entity type");
    CHECK_EQ(exported(*p, "gold"), std::string("IMGID:1\nEU\tB-OTHER\nin\tO\nParis\tB-OTHER\n\nIMGID:2\nBob\tB-PER\n"));
}

// Storage failures come with SQLite's code: a read-only project and a full disk are "transient"
// (keep the work, retry), a conflict is not. The GUI decides on these, never on English text.
TEST(storage_errors_carry_sqlite_codes) {
    FILE_ONLY();
    TempDir t;
    auto p = Project::open(where(t, "a.mner"), true);
    p->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
    int64_t id = p->tweetIds()[0];
    p->db().exec("PRAGMA query_only = 1");
    try {
        p->applyEdit("corrected", id, 0, {"B-ORG"}, "ann");
        CHECK(false);
    } catch (const StoreError &e) {
        CHECK(e.failure() == StoreFailure::ReadOnly);
        CHECK(e.transient());
    }
    p->db().exec("PRAGMA query_only = 0");
    // a full disk: the file may not grow past its current pages
    auto pages = p->db().prepare("PRAGMA page_count");
    pages.step();
    int64_t n = pages.int64(0);
    pages.reset();
    p->db().exec("PRAGMA max_page_count = " + std::to_string(n));
    bool full = false;
    try {
        std::string big(1 << 20, 'x');
        p->storeModel("big", "cwi", big, "f", "{}");
    } catch (const StoreError &e) { full = e.failure() == StoreFailure::Full && e.transient(); }
    CHECK(full);
    // not transient: an edit that conflicts with the history
    try {
        p->undoEdit(999999, "ann");
        CHECK(false);
    } catch (const StoreError &e) { CHECK(!e.transient()); }
}

TEST(annotator_work_counts_done_edits_and_active_time) {
    TempDir t;
    auto p = Project::open(where(t, "w.mner"), true);
    p->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
    auto ids = p->tweetIds();
    CHECK(ids.size() >= 2);
    p->applyEdit("corrected", ids[0], 0, {"B-PER"}, "alice");
    int64_t e = p->applyEdit("corrected", ids[1], 0, {"B-LOC"}, "alice");
    p->undoEdit(e, "alice");  // an undo is not an edit of its own
    p->setStatus(ids[0], 1, "alice");
    p->setStatus(ids[1], 1, "alice");
    p->setStatus(ids[1], 0, "alice");  // reopened: no longer done
    CHECK_EQ(p->tweet(ids[0]).status, 1);
    CHECK_THROWS(StoreError, p->setStatus(987654, 1, "alice"), "no tweet");
    // bob's work at known times: gaps of 3 and 4 minutes count, 17 minutes do not
    for (const char *at : {"2026-01-05T10:00:00Z", "2026-01-05T10:03:00Z", "2026-01-05T10:20:00Z", "2026-01-05T10:24:00Z"})
        p->db().exec("INSERT INTO status_log(tweet_id, status, who, at) VALUES (" + std::to_string(ids[1]) + ", 1, 'bob', '" +
                     at + "')");
    auto work = p->annotatorWork();
    CHECK_EQ(work.size(), size_t(2));
    CHECK_EQ(work[0].who, std::string("alice"));
    CHECK_EQ(work[0].tweetsDone, 1);
    CHECK_EQ(work[0].edits, 2);
    CHECK(work[0].activeSeconds >= 0 && work[0].activeSeconds < 60);  // all within this test
    CHECK_EQ(work[1].who, std::string("bob"));
    CHECK_EQ(work[1].tweetsDone, 1);  // bob's mark is the last on ids[1]
    CHECK_EQ(work[1].edits, 0);
    CHECK_EQ(work[1].activeSeconds, int64_t(420));
}

// A project's size, and compaction giving back what deleted rows left (file and server alike).
TEST(checkpoints_wait_until_asked) {
    if (onServer()) SKIP("SQLite's write-ahead log");
    TempDir t;
    auto p = Project::open(where(t, "w.mner"), true);
    p->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
    p->setAutoCheckpoint(100000);
    p->checkpoint();
    const int64_t id = p->tweetIds()[0];
    for (int i = 0; i < 400; ++i) p->applyEdit("corrected", id, 0, {i % 2 ? "B-PER" : "B-LOC"}, "ann");
    // SQLite's own mark (1,000 pages) would have put the log back and started it over by now
    auto [log, copied] = p->checkpoint();
    CHECK(log > 1000);
    CHECK_EQ(copied, log);
    p->setAutoCheckpoint(1000);
    for (int i = 0; i < 400; ++i) p->applyEdit("corrected", id, 0, {i % 2 ? "B-PER" : "B-LOC"}, "ann");
    CHECK(p->checkpoint().first < 1000);
}

TEST(storage_size_and_compaction) {
    TempDir t;
    auto p = Project::open(where(t, "c.mner"), true);
    p->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
    const int64_t empty = p->storageBytes();
    CHECK(empty > 0);
    std::string big(3 << 20, 'x');
    uint32_t x = 12345;  // random bytes: a server compresses large values
    for (char &c : big) c = char((x = x * 1664525u + 1013904223u) >> 24);
    p->storeModel("big", "cwi", big, "f", "{}");
    const int64_t grown = p->storageBytes();
    CHECK(grown > empty + (2 << 20));
    p->db().exec("DELETE FROM models");
    if (!onServer()) p->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");  // the log folded in: the file alone
    auto [before, after] = p->compact();
    CHECK(before >= grown - (1 << 20));
    CHECK(after < before - (2 << 20));
    CHECK_EQ(p->tweetCount(), 2);  // nothing else went
    CHECK_EQ(exported(*p, "gold"), std::string(kSample));
}

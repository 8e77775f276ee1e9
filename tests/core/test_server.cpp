// Projects on a PostgreSQL server (a throwaway cluster the tests start: tests/server/cluster.sh):
// roles enforced by the server, push and pull, concurrent writers.
#include "store/project.h"
#include "store/transfer.h"

#include "check.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace mner;
namespace fs = std::filesystem;

namespace {

std::string adminUrl() {
    const char *f = std::getenv("MNER_TEST_SERVER");
    std::string u;
    if (f) std::getline(std::ifstream(f) >> std::ws, u);
    if (u.empty()) SKIP("no PostgreSQL server binaries (setup.sh installs postgresql)");
    return u;
}
// The same server as another user.
std::string as(const std::string &user, const std::string &admin) {
    size_t s = admin.find("://") + 3, at = admin.find('@');
    return admin.substr(0, s) + user + admin.substr(at);
}
std::string project(const std::string &url, const std::string &name) {
    return url + "?project=" + name + "_" + std::to_string(::getpid());
}
std::string exported(Project &p, const std::string &layer) {
    std::ostringstream o;
    writeDocument(o, p.exportLayer(layer));
    return o.str();
}
const char *kSample = "IMGID:10\nGeorge\tB-PER\nshot\tO\n\nIMGID:11\nin\tO\nParis\tB-LOC\ntoday\tO\n";

// Runs f and returns the failure it threw (Other with "no error" when it threw nothing).
template <class F> std::pair<StoreFailure, std::string> failureOf(F f) {
    try {
        f();
    } catch (const StoreError &e) { return {e.failure(), e.what()}; }
    return {StoreFailure::Other, "no error"};
}

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("mner-server-test-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

}  // namespace

// An annotator writes its own layer and history rows only; a curator also curated; a reader
// nothing. Refused by the server, whatever the client sends (checked in SQL too).
TEST(roles_are_enforced_by_the_server) {
    std::string admin = adminUrl();
    auto owner = Project::open(project(admin, "rls"), true);
    owner->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
    int64_t id = owner->tweetIds()[1];
    Project::addServerUser(admin, "alice", "annotator");
    Project::addServerUser(admin, "bob", "annotator");
    Project::addServerUser(admin, "carol", "curator");
    Project::addServerUser(admin, "rita", "reader");
    CHECK_THROWS(StoreError, Project::addServerUser(admin, "eve", "owner"), "unknown role");
    auto alice = Project::open(project(as("alice", admin), "rls"));
    auto bob = Project::open(project(as("bob", admin), "rls"));
    auto carol = Project::open(project(as("carol", admin), "rls"));
    auto rita = Project::open(project(as("rita", admin), "rls"));
    CHECK_EQ(alice->serverUser(), std::string("alice"));

    alice->applyEdit("annotator:alice", id, 0, {"B-PER"}, "alice");
    CHECK(alice->labels("annotator:alice", id) == (std::vector<std::string>{"B-PER", "B-LOC", "O"}));
    // another annotator's layer: refused whether it exists yet or not
    auto f = failureOf([&] { alice->applyEdit("annotator:bob", id, 0, {"B-ORG"}, "alice"); });
    CHECK(f.first == StoreFailure::Denied);
    CHECK(f.second.find("refused") != std::string::npos);
    bob->applyEdit("annotator:bob", id, 1, {"O"}, "bob");
    CHECK(failureOf([&] { alice->applyEdit("annotator:bob", id, 0, {"B-ORG"}, "alice"); }).first == StoreFailure::Denied);
    CHECK(owner->labels("annotator:bob", id) == (std::vector<std::string>{"O", "O", "O"}));
    // curated, corrected, and history rows in someone else's name
    CHECK(failureOf([&] { alice->applyEdit("curated", id, 0, {"B-ORG"}, "alice"); }).first == StoreFailure::Denied);
    CHECK(failureOf([&] { alice->applyEdit("corrected", id, 0, {"B-ORG"}, "alice"); }).first == StoreFailure::Denied);
    CHECK(failureOf([&] { alice->applyEdit("annotator:alice", id, 2, {"B-ORG"}, "bob"); }).first == StoreFailure::Denied);
    CHECK(alice->labels("annotator:alice", id) == (std::vector<std::string>{"B-PER", "B-LOC", "O"}));  // rolled back whole
    // the same at the SQL level: policies, not the client, decide
    CHECK(failureOf([&] {
              alice->db().exec("INSERT INTO labels(layer_id, tweet_id, idx, tag) SELECT id, " + std::to_string(id) +
                               ", 5, 'O' FROM layers WHERE name = 'annotator:bob'");
          }).first == StoreFailure::Denied);
    alice->db().exec("UPDATE labels SET tag = 'B-ORG'");  // only her own rows are visible to change
    alice->db().exec("DELETE FROM labels WHERE layer_id <> (SELECT id FROM layers WHERE name = 'annotator:alice')");
    CHECK(owner->labels("gold", id) == (std::vector<std::string>{"O", "B-LOC", "O"}));
    CHECK(owner->labels("annotator:bob", id) == (std::vector<std::string>{"O", "O", "O"}));
    CHECK(owner->labels("annotator:alice", id) == (std::vector<std::string>{"B-ORG", "B-ORG", "B-ORG"}));
    CHECK(failureOf([&] { alice->db().exec("UPDATE tweets SET display = 'x'"); }).first == StoreFailure::Denied);
    CHECK(failureOf([&] { alice->db().exec("DELETE FROM edits"); }).first == StoreFailure::Denied);
    CHECK(failureOf([&] { owner->db().exec("DELETE FROM edits"); }).second.find("append-only") != std::string::npos);
    CHECK_EQ(owner->edits().size(), size_t(2));
    // statuses under one's own name
    alice->setStatus(id, 1, "alice");
    CHECK(failureOf([&] { alice->setStatus(id, 2, "bob"); }).first == StoreFailure::Denied);
    CHECK_EQ(owner->tweet(id).status, 1);
    // a curator curates, but does not write an annotator's layer
    carol->applyEdit("curated", id, 0, {"B-PER"}, "carol");
    CHECK(failureOf([&] { carol->applyEdit("annotator:bob", id, 0, {"B-PER"}, "carol"); }).first == StoreFailure::Denied);
    // a reader reads
    CHECK_EQ(exported(*rita, "gold"), std::string(kSample));
    CHECK(failureOf([&] { rita->applyEdit("annotator:rita", id, 0, {"B-PER"}, "rita"); }).first == StoreFailure::Denied);
    CHECK(failureOf([&] { rita->setStatus(id, 0, "rita"); }).first == StoreFailure::Denied);
}

// push then pull: every layer exports the same, the history and models come back whole.
TEST(push_pull_round_trip) {
    std::string admin = adminUrl();
    TempDir t;
    std::string file = (t.path / "a.mner").string();
    fs::path dir = fs::path(mner_test::sharedDir()) / "data/twitter2015";
    auto src = Project::open(file, true);
    fs::create_directories(t.path / "img");
    std::ofstream(t.path / "img" / "10.jpg", std::ios::binary) << "\xFF\xD8\xFF\xE0 fake jpeg";
    ImportOptions o;
    o.imagesDir = (t.path / "img").string();
    src->import({{parseDocument(kSample, "s.txt"), "train"}}, o);
    if (fs::exists(dir / "valid.txt")) src->import({{readDocument((dir / "valid.txt").string()), "valid"}}, {});
    auto ids = src->tweetIds();
    int64_t e = src->applyEdit("corrected", ids[1], 2, {"B-OTHER"}, "ann");
    src->applyEdit("annotator:ann", ids[0], 0, {"B-ORG"}, "ann");
    src->undoEdit(e, "ann");
    src->setStatus(ids[0], 1, "ann");
    src->writeLayer("model:cwi", "model", {{ids[0], {"B-PER", "O"}, {0.9f, 0.25f}, -1}});
    src->storeModel("mine", "cwi", std::string("model\0bytes", 11), "fp", "{\"f1\": 70.5}");
    src->setEntityTypes({"PER", "LOC", "ORG", "OTHER"});
    std::string url = project(admin, "push");
    TransferResult pushed;
    {
        auto to = Project::open(url, true);
        pushed = copyProject(*src, *to);
        CHECK_EQ(pushed.imagesEmbedded, 1);
        CHECK_THROWS(StoreError, copyProject(*src, *to), "already holds tweets");
    }
    std::string back = (t.path / "b.mner").string();
    auto server = Project::open(url);
    auto dst = Project::open(back, true);
    TransferResult pulled = copyProject(*server, *dst);
    CHECK_EQ(pulled.rows, pushed.rows);
    for (const auto &l : src->layerList()) CHECK(src->layerTags(l.name) == dst->layerTags(l.name));
    for (const char *l : {"gold", "corrected"}) CHECK(exported(*src, l) == exported(*dst, l));
    CHECK_EQ(exported(*server, "corrected"), exported(*src, "corrected"));
    auto he = src->edits(), hd = dst->edits();
    CHECK_EQ(he.size(), hd.size());
    for (size_t i = 0; i < std::min(he.size(), hd.size()); ++i)
        CHECK(he[i].id == hd[i].id && he[i].newTags == hd[i].newTags && he[i].kind == hd[i].kind && he[i].at == hd[i].at);
    CHECK(dst->undoState("ann").redo == src->undoState("ann").redo);
    CHECK_EQ(dst->tweet(ids[0]).status, 1);
    CHECK_EQ(dst->imageBytes(dst->tweet(ids[0])).size(), size_t(14));  // the file's bytes travelled
    CHECK(dst->confidences("model:cwi", ids[0]) == src->confidences("model:cwi", ids[0]));
    auto models = dst->models();
    CHECK(models.size() == 1 && dst->modelBytes(models[0].id) == std::string("model\0bytes", 11));
    CHECK(dst->entityTypes() == src->entityTypes());
    // ids go on after the copied ones on the server
    int64_t next = server->applyEdit("corrected", ids[1], 0, {"B-PER"}, "ann");
    CHECK(next > he.back().id);
}

// 8 annotators × 500 edits at once, each on its own connection and layer, and two curators on
// the same tweets of curated: every acknowledged edit is there, each layer is the replay of its
// history, nothing deadlocks.
TEST(concurrent_writers_lose_nothing) {
    std::string admin = adminUrl();
    std::string name = "conc";
    {
        auto owner = Project::open(project(admin, name), true);
        fs::path dir = fs::path(mner_test::sharedDir()) / "data/twitter2015";
        if (fs::exists(dir / "valid.txt"))
            owner->import({{readDocument((dir / "valid.txt").string()), "valid"}}, {});
        else
            owner->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
    }
    constexpr int kWriters = 8, kEdits = 500, kCurators = 2, kCuratorEdits = 150;
    for (int w = 0; w < kWriters; ++w) Project::addServerUser(admin, "w" + std::to_string(w), "annotator");
    for (int c = 0; c < kCurators; ++c) Project::addServerUser(admin, "c" + std::to_string(c), "curator");
    std::vector<std::vector<int64_t>> acked(kWriters + kCurators);
    std::vector<std::vector<double>> latency(kWriters + kCurators);
    std::atomic<int> errors{0};
    auto writer = [&](int k, std::string user, std::string layer, int n) {
        try {
            auto p = Project::open(project(as(user, admin), name));
            auto ids = p->tweetIds();
            std::mt19937 rng(unsigned(k) + 1);
            const char *tags[] = {"O", "B-PER", "B-LOC", "B-ORG", "B-OTHER"};
            for (int i = 0; i < n; ++i) {
                // the curators share a few tweets (all of a small project)
                int64_t id = layer == "curated" ? ids[size_t(i) % std::min<size_t>(5, ids.size())] : ids[rng() % ids.size()];
                int len = int(p->labels("gold", id).size());
                auto t0 = std::chrono::steady_clock::now();
                acked[size_t(k)].push_back(p->applyEdit(layer, id, int(rng() % unsigned(len)), {tags[rng() % 5]}, user));
                latency[size_t(k)].push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            }
        } catch (const std::exception &e) {
            std::fprintf(stderr, "writer %s: %s\n", user.c_str(), e.what());
            ++errors;
        }
    };
    auto t0 = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w) threads.emplace_back(writer, w, "w" + std::to_string(w), "annotator:w" + std::to_string(w), kEdits);
    for (int c = 0; c < kCurators; ++c) threads.emplace_back(writer, kWriters + c, "c" + std::to_string(c), "curated", kCuratorEdits);
    for (auto &th : threads) th.join();
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK_EQ(errors.load(), 0);
    auto owner = Project::open(project(admin, name));
    std::vector<EditRecord> history = owner->edits();
    std::set<int64_t> stored;
    for (const auto &e : history) stored.insert(e.id);
    size_t total = 0, missing = 0;
    std::vector<double> all;
    for (size_t k = 0; k < acked.size(); ++k) {
        total += acked[k].size();
        for (int64_t id : acked[k]) missing += !stored.count(id);
        all.insert(all.end(), latency[k].begin(), latency[k].end());
    }
    CHECK_EQ(total, size_t(kWriters * kEdits + kCurators * kCuratorEdits));
    CHECK_EQ(missing, size_t(0));
    // replay each layer's history from gold, in id order
    std::map<std::pair<std::string, int64_t>, std::vector<std::string>> replay;
    for (const auto &e : history) {
        auto key = std::make_pair(e.layer, e.tweetId);
        if (!replay.count(key)) replay[key] = owner->labels("gold", e.tweetId);
        auto &tags = replay[key];
        CHECK(std::vector<std::string>(tags.begin() + e.begin, tags.begin() + e.end) == e.oldTags);
        std::copy(e.newTags.begin(), e.newTags.end(), tags.begin() + e.begin);
    }
    size_t differ = 0;
    for (const auto &[key, tags] : replay) differ += owner->labels(key.first, key.second) != tags;
    CHECK_EQ(differ, size_t(0));
    std::sort(all.begin(), all.end());
    if (!all.empty())
        std::printf("%zu edits by %d writers in %.2f s (%.0f edits/s); latency median %.2f ms, p99 %.2f ms\n", all.size(),
                    kWriters + kCurators, seconds, double(all.size()) / seconds, all[all.size() / 2], all[all.size() * 99 / 100]);
}

// The server crashes (pg_ctl stop -m immediate) with edits acknowledged and more coming: the
// client's edit fails as a transient error (the GUI keeps it waiting), the connection comes back
// by itself once the server is up, and nothing acknowledged is lost.
TEST(server_restart_loses_nothing_acknowledged) {
    std::string admin = adminUrl();
    const char *f = std::getenv("MNER_TEST_SERVER");
    std::string cluster = "bash " + mner_test::sourceDir() + "/tests/server/cluster.sh";
    std::string dir = fs::path(f).parent_path().string();
    auto p = Project::open(project(admin, "restart"), true);
    p->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
    int64_t id = p->tweetIds()[1];
    int64_t before = p->applyEdit("corrected", id, 0, {"B-PER"}, "ann");
    CHECK_EQ(std::system((cluster + " crash " + dir).c_str()), 0);
    auto down = failureOf([&] { p->applyEdit("corrected", id, 1, {"O"}, "ann"); });
    CHECK(down.first == StoreFailure::Io);
    CHECK(failureOf([&] { p->applyEdit("corrected", id, 1, {"O"}, "ann"); }).first == StoreFailure::Io);  // still down
    CHECK_EQ(std::system((cluster + " restart " + dir).c_str()), 0);
    int64_t after = p->applyEdit("corrected", id, 1, {"O"}, "ann");  // the waiting edit, written on reconnect
    CHECK(after > before);
    auto fresh = Project::open(project(admin, "restart"));
    CHECK(fresh->labels("corrected", id) == (std::vector<std::string>{"B-PER", "O", "O"}));
    CHECK_EQ(fresh->edits().size(), size_t(2));
}

// One client's committed edit reaches another's changedTweets() within a second; its own don't.
TEST(edits_of_others_are_heard_at_once) {
    std::string admin = adminUrl();
    auto a = Project::open(project(admin, "live"), true);
    a->import({{parseDocument(kSample, "s.txt"), "train"}}, {});
    auto b = Project::open(project(admin, "live"));
    a->listenForChanges();
    int64_t id = a->tweetIds()[1];
    a->applyEdit("corrected", id, 0, {"B-PER"}, "ann");
    b->applyEdit("corrected", id, 1, {"O"}, "bob");
    b->setStatus(a->tweetIds()[0], 1, "bob");
    std::vector<int64_t> heard;
    auto t0 = std::chrono::steady_clock::now();
    while (heard.size() < 2 && std::chrono::steady_clock::now() - t0 < std::chrono::seconds(1)) {
        for (int64_t t : a->changedTweets()) heard.push_back(t);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    CHECK(heard == (std::vector<int64_t>{id, a->tweetIds()[0]}));
    CHECK(b->changedTweets().empty());  // b does not listen
    CHECK(Project::open(project(admin, "live"))->serverRole() == "owner");
}

// Kills an editing process with SIGKILL at random moments and checks, after every kill, that the
// project passes PRAGMA integrity_check and holds every edit that was acknowledged before it.
// Usage: mner-crash-harness WRITER RUNS EDITS [SEED]   (prints a summary; exit 1 on any loss)
#include "io/formats.h"
#include "store/project.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace mner;

int main(int argc, char **argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s WRITER RUNS EDITS [SEED]\n", argv[0]);
        return 2;
    }
    std::string writer = argv[1];
    int runs = std::atoi(argv[2]), edits = std::atoi(argv[3]);
    std::mt19937 rng(unsigned(argc > 4 ? std::atoi(argv[4]) : 1));
    fs::path dir = fs::temp_directory_path() / ("mner-crash-" + std::to_string(getpid()));
    fs::create_directories(dir);
    std::string path = (dir / "crash.mner").string();
    {
        std::string text;
        for (int i = 0; i < 50; ++i) text += "IMGID:" + std::to_string(i) + "\nsome\tO\nwords\tO\nin\tO\nParis\tB-LOC\n\n";
        Project::open(path, true)->import({{parseDocument(text, "crash.txt"), "train"}}, {});
    }
    int acknowledged = 0, lost = 0, corrupt = 0, killedMidway = 0;
    for (int run = 0; run < runs; ++run) {
        int fds[2];
        if (pipe(fds) != 0) return 1;
        pid_t pid = fork();
        if (pid == 0) {
            dup2(fds[1], STDOUT_FILENO);
            close(fds[0]);
            close(fds[1]);
            // far more edits than fit before the kill, so that every run is cut off mid-way
            std::string n = std::to_string(edits * 20), seed = std::to_string(run + 1);
            execl(writer.c_str(), writer.c_str(), path.c_str(), n.c_str(), seed.c_str(), (char *)nullptr);
            _exit(127);
        }
        close(fds[1]);
        // a durable edit takes about 0.4 ms here: kill somewhere within the expected run
        int delayUs = int(rng() % unsigned(std::max(1, edits) * 350)) + 2000;
        std::this_thread::sleep_for(std::chrono::microseconds(delayUs));
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        if (WIFSIGNALED(status)) ++killedMidway;
        std::string out;
        char buf[4096];
        ssize_t n;
        while ((n = read(fds[0], buf, sizeof buf)) > 0) out.append(buf, size_t(n));
        close(fds[0]);
        // every complete line is an edit the writer saw committed
        std::map<long long, std::pair<long long, std::pair<int, std::string>>> acked;
        std::istringstream in(out);
        std::string line;
        while (std::getline(in, line)) {
            if (in.eof() && !out.empty() && out.back() != '\n') break;  // a half-written last line
            std::istringstream f(line);
            long long e, t;
            int idx;
            std::string tag;
            if (f >> e >> t >> idx >> tag) acked[e] = {t, {idx, tag}};
        }
        acknowledged += int(acked.size());
        auto p = Project::open(path);
        auto st = p->db().prepare("PRAGMA integrity_check");
        if (!st.step() || st.text(0) != "ok") ++corrupt;
        st.reset();
        std::map<long long, EditRecord> history;
        for (auto &e : p->edits()) history[e.id] = e;
        for (const auto &[id, what] : acked) {
            auto it = history.find(id);
            if (it == history.end() || it->second.tweetId != what.first || it->second.begin != what.second.first ||
                it->second.newTags.size() != 1 || it->second.newTags[0] != what.second.second)
                ++lost;
        }
        // the labels agree with the last edit of each token in the history
        std::map<std::pair<long long, int>, std::string> last;
        for (auto &[id, e] : history) last[{e.tweetId, e.begin}] = e.newTags[0];
        for (auto &[key, tag] : last)
            if (p->labels("corrected", key.first)[size_t(key.second)] != tag) ++lost;
    }
    fs::remove_all(dir);
    std::printf("crash test: %d runs, %d killed mid-way, %d acknowledged edits, %d lost, %d integrity failures\n", runs,
                killedMidway, acknowledged, lost, corrupt);
    // A run proves something only when the writer was really cut off while writing, after it had
    // committed edits: a writer that never started (or finished early) must not pass.
    bool idle = killedMidway < runs || runs < 1 || acknowledged < runs;
    if (killedMidway < runs) std::printf("only %d of %d runs were killed mid-way (did the writer start?)\n", killedMidway, runs);
    if (acknowledged < runs) std::printf("only %d edits acknowledged in %d runs (fewer than one a run)\n", acknowledged, runs);
    bool failed = lost || corrupt || idle;
    std::printf("%d passed, %d failed\n", failed ? 0 : 1, failed ? 1 : 0);
    return failed ? 1 : 0;
}

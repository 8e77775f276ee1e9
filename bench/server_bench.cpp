// Edits/s a PostgreSQL server sustains: N writers, each its own annotator on its own connection,
// each making M durable edits (one transaction each) on random tweets of one server project.
// Usage: mner-server-bench ADMIN_URL PROJECT WRITERS EDITS   (ADMIN_URL without ?project=)
#include "store/project.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace mner;

int main(int argc, char **argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: %s ADMIN_URL PROJECT WRITERS EDITS\n", argv[0]);
        return 2;
    }
    const std::string admin = argv[1], project = argv[2];
    const int writers = std::atoi(argv[3]), edits = std::atoi(argv[4]);
    const size_t s = admin.find("://") + 3, at = admin.find('@');
    if (at == std::string::npos) {
        std::fprintf(stderr, "the URL must name its user (USER@HOST)\n");
        return 2;
    }
    for (int w = 0; w < writers; ++w) Project::addServerUser(admin, "bench" + std::to_string(w), "annotator");
    std::vector<std::vector<double>> latency(static_cast<size_t>(writers));
    std::atomic<int> errors{0};
    auto t0 = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w)
        threads.emplace_back([&, w] {
            const std::string user = "bench" + std::to_string(w);
            try {
                auto p = Project::open(admin.substr(0, s) + user + admin.substr(at) + "?project=" + project);
                auto ids = p->tweetIds();
                std::mt19937 rng(unsigned(w) + 1);
                const char *tags[] = {"O", "B-PER", "B-LOC", "B-ORG", "B-OTHER"};
                for (int i = 0; i < edits; ++i) {
                    int64_t id = ids[rng() % ids.size()];
                    int len = int(p->labels("gold", id).size());
                    auto e0 = std::chrono::steady_clock::now();
                    p->applyEdit("annotator:" + user, id, int(rng() % unsigned(len)), {tags[rng() % 5]}, user);
                    latency[size_t(w)].push_back(
                        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - e0).count());
                }
            } catch (const std::exception &e) {
                std::fprintf(stderr, "%s: %s\n", user.c_str(), e.what());
                ++errors;
            }
        });
    for (auto &t : threads) t.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::vector<double> all;
    for (const auto &l : latency) all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());
    if (all.empty()) return 1;
    std::printf("%d writers x %d edits: %zu edits in %.2f s = %.0f edits/s; latency median %.2f ms, p99 %.2f ms%s\n", writers,
                edits, all.size(), seconds, double(all.size()) / seconds, all[all.size() / 2], all[all.size() * 99 / 100],
                errors ? " (with errors)" : "");
    return errors ? 1 : 0;
}

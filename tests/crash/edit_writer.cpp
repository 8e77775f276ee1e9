// Performs label edits through the store API the GUI uses and reports each acknowledged one on
// standard output ("EDIT_ID TWEET_ID TOKEN TAG"), flushed, only after its transaction committed.
// The crash harness kills this process at random moments.
// Usage: mner-edit-writer PROJECT EDITS SEED
#include "store/project.h"

#include <cstdio>
#include <cstdlib>
#include <random>

int main(int argc, char **argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s PROJECT EDITS SEED\n", argv[0]);
        return 2;
    }
    try {
        auto p = mner::Project::open(argv[1]);
        auto ids = p->tweetIds();
        std::mt19937 rng(unsigned(std::atoi(argv[3])));
        const char *tags[] = {"B-PER", "B-LOC", "B-ORG", "O"};
        int n = std::atoi(argv[2]);
        for (int i = 0; i < n; ++i) {
            int64_t tweet = ids[rng() % ids.size()];
            int tokens = int(p->labels("corrected", tweet).size());
            int idx = int(rng() % unsigned(tokens));
            const char *tag = tags[rng() % 4];
            int64_t edit = p->applyEdit("corrected", tweet, idx, {tag}, "crash-test");
            std::printf("%lld %lld %d %s\n", (long long)edit, (long long)tweet, idx, tag);
            std::fflush(stdout);
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "mner-edit-writer: %s\n", e.what());
        return 1;
    }
    return 0;
}

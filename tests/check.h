// A minimal test harness for the core libraries, which must build without Qt: TEST cases register
// themselves, CHECK macros count failures, main prints "N passed, M failed" and the exit status.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace mner_test {

struct Case {
    const char *name;
    std::function<void()> fn;
};
inline std::vector<Case> &cases() {
    static std::vector<Case> c;
    return c;
}
inline int &failures() {
    static int f = 0;
    return f;
}
struct Register {
    Register(const char *n, std::function<void()> f) { cases().push_back({n, std::move(f)}); }
};
struct Skip {
    std::string why;
};

inline std::string sharedDir() {
    const char *e = std::getenv("MNER_SHARED_DIR");
    return e ? e : MNER_SHARED_DIR_DEFAULT;
}
inline std::string sourceDir() { return MNER_SOURCE_DIR; }

}  // namespace mner_test

// glog (pulled in by libtorch) has macros of the same names: ours win in test files, which
// include check.h after every library header.
#undef CHECK
#undef CHECK_EQ
#undef CHECK_THROWS

#define MNER_CAT2(a, b) a##b
#define MNER_CAT(a, b) MNER_CAT2(a, b)
#define TEST(name)                                                                                                               \
    static void name();                                                                                                          \
    static mner_test::Register MNER_CAT(reg_, name)(#name, name);                                                                \
    static void name()

#define CHECK(cond)                                                                                                              \
    do {                                                                                                                         \
        if (!(cond)) {                                                                                                           \
            std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);                                        \
            ++mner_test::failures();                                                                                             \
        }                                                                                                                        \
    } while (0)

#define CHECK_EQ(a, b)                                                                                                           \
    do {                                                                                                                         \
        auto va_ = (a);                                                                                                          \
        auto vb_ = (b);                                                                                                          \
        if (!(va_ == vb_)) {                                                                                                     \
            std::ostringstream os_;                                                                                              \
            os_ << va_ << " != " << vb_;                                                                                         \
            std::fprintf(stderr, "%s:%d: CHECK_EQ failed: %s == %s (%s)\n", __FILE__, __LINE__, #a, #b, os_.str().c_str());      \
            ++mner_test::failures();                                                                                             \
        }                                                                                                                        \
    } while (0)

// Checks that expr throws ExType whose what() contains substr.
#define CHECK_THROWS(ExType, expr, substr)                                                                                       \
    do {                                                                                                                         \
        bool threw_ = false;                                                                                                     \
        try {                                                                                                                    \
            (void)(expr);                                                                                                        \
        } catch (const ExType &e_) {                                                                                             \
            threw_ = true;                                                                                                       \
            if (std::string(e_.what()).find(substr) == std::string::npos) {                                                      \
                std::fprintf(stderr, "%s:%d: message '%s' lacks '%s'\n", __FILE__, __LINE__, e_.what(),                          \
                             std::string(substr).c_str());                                                                       \
                ++mner_test::failures();                                                                                         \
            }                                                                                                                    \
        }                                                                                                                        \
        if (!threw_) {                                                                                                           \
            std::fprintf(stderr, "%s:%d: expected %s from %s\n", __FILE__, __LINE__, #ExType, #expr);                            \
            ++mner_test::failures();                                                                                             \
        }                                                                                                                        \
    } while (0)

#define SKIP(why)                                                                                                                \
    throw mner_test::Skip { why }

#ifdef MNER_TEST_MAIN
int main(int argc, char **argv) {
    int passed = 0, failed = 0, skipped = 0;
    for (const auto &c : mner_test::cases()) {
        if (argc > 1 && std::string(argv[1]) != c.name) continue;
        int before = mner_test::failures();
        try {
            c.fn();
        } catch (const mner_test::Skip &s) {
            std::printf("SKIP %s: %s\n", c.name, s.why.c_str());
            ++skipped;
            continue;
        } catch (const std::exception &e) {
            std::fprintf(stderr, "%s: unexpected exception: %s\n", c.name, e.what());
            ++mner_test::failures();
        }
        bool ok = mner_test::failures() == before;
        std::printf("%s %s\n", ok ? "PASS" : "FAIL", c.name);
        ok ? ++passed : ++failed;
    }
    std::printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
    return failed ? 1 : 0;
}
#endif

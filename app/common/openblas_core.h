// OpenBLAS chooses its kernels from the CPU model. On virtual machines that report a model it does
// not know it falls back to its Prescott (SSE3) kernels, which run matrix products 2-4x slower than
// the CPU can (measured here: 32 GFLOP/s instead of 145). When that happened and the CPU has
// AVX2 or AVX-512, the process starts itself once more with OPENBLAS_CORETYPE set; setting it
// by hand, or MNER_KEEP_BLAS_CORE=1, leaves everything as it is.
#pragma once

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace mner {

inline void fixOpenblasCore(char **argv) {
    if (std::getenv("OPENBLAS_CORETYPE") || std::getenv("MNER_KEEP_BLAS_CORE")) return;
    using CoreName = char *(*)();
    auto corename = reinterpret_cast<CoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    if (!corename) return;
    const char *core = corename();
    if (!core || (strcasecmp(core, "prescott") != 0 && strcasecmp(core, "core2") != 0)) return;
    __builtin_cpu_init();
    const char *want = nullptr;
    if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl"))
        want = "SkylakeX";
    else if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        want = "Haswell";
    if (!want) return;
    setenv("OPENBLAS_CORETYPE", want, 1);
    execv("/proc/self/exe", argv);  // only returns on failure: go on with the slow kernels
}

}  // namespace mner

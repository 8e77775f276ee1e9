#!/usr/bin/env bash
# Builds the test suite with AddressSanitizer + UndefinedBehaviorSanitizer (CMake preset
# "sanitize", build-sanitize/) and runs it. Leak checks are off: libtorch and Qt keep
# process-lifetime allocations that are not leaks of ours.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset sanitize
cmake --build --preset sanitize
ctest --preset sanitize

#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (-fsanitize=fuzzer,address,undefined) into build-fuzz/
# and runs each for RUNS executions (default 1,000,000) starting from tests/fuzz/corpus/TARGET.
# New crash reproducers land in build-fuzz/ (copy them into the corpus: ctest replays it).
# Usage: bench/fuzz.sh [RUNS] [TARGET...]   (targets: formats json image tflite model)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1000000}
shift || true
targets=${*:-formats json image tflite model}
mkdir -p build-fuzz
flags=(-std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Icore)
for t in $targets; do
  case $t in
    formats) clang++ "${flags[@]}" tests/fuzz/fuzz_formats.cpp core/io/*.cpp core/text/*.cpp -o build-fuzz/fuzz_formats ;;
    json) clang++ "${flags[@]}" tests/fuzz/fuzz_json.cpp core/io/json.cpp core/text/utf8.cpp core/text/numbers.cpp -o build-fuzz/fuzz_json ;;
    image) clang++ "${flags[@]}" $(pkg-config --cflags opencv4) tests/fuzz/fuzz_image.cpp core/image/image.cpp \
             $(pkg-config --libs opencv4) -o build-fuzz/fuzz_image ;;
    tflite) clang++ "${flags[@]}" tests/fuzz/fuzz_tflite.cpp core/image/tflite.cpp core/text/numbers.cpp -o build-fuzz/fuzz_tflite ;;
    # libtorch itself is not instrumented; the model reader around it is (with MSB and the fused
    # kernels, which the reader's network uses).
    model) clang++ "${flags[@]}" -Wno-unused-parameter -I/usr/include/torch/csrc/api/include tests/fuzz/fuzz_model.cpp \
             $(ls core/model/*.cpp | grep -v -e imagetagger -e taggers) \
             core/io/*.cpp core/eval/*.cpp core/text/*.cpp \
             -ltorch -ltorch_cpu -lc10 -o build-fuzz/fuzz_model ;;
  esac
  work=build-fuzz/corpus-$t
  mkdir -p "$work"
  cp -n tests/fuzz/corpus/$t/* "$work"/ 2>/dev/null || true
  (cd build-fuzz && ./fuzz_$t -runs="$runs" -max_len=8192 -rss_limit_mb=2048 -print_final_stats=1 "corpus-$t" 2>&1 | tail -12)
done

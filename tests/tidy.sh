#!/usr/bin/env bash
# clang-tidy with the project's .clang-tidy over core (but the libtorch model library) and the
# CLI; any warning fails. Usage: tidy.sh CLANG_TIDY SOURCE_DIR BUILD_DIR
set -u
tidy=$1 src=$2 build=$3
cd "$src" || exit 1
files=$(git ls-files 'core/text/*.cpp' 'core/io/*.cpp' 'core/eval/*.cpp' 'core/store/*.cpp' 'core/pipeline/*.cpp' \
        'core/image/*.cpp' 'app/mner/*.cpp' 2>/dev/null)
[ -n "$files" ] || files=$(ls core/text/*.cpp core/io/*.cpp core/eval/*.cpp core/store/*.cpp core/pipeline/*.cpp core/image/*.cpp app/mner/*.cpp)
n=$(echo "$files" | wc -w)
out=$("$tidy" -p "$build" --quiet $files 2>/dev/null)
warnings=$(echo "$out" | grep -c 'warning:')
echo "$out" | grep -A3 'warning:'
echo "tidy: $n files, $warnings warnings"
if [ "$warnings" = 0 ]; then echo "1 passed, 0 failed"; exit 0; else echo "0 passed, 1 failed"; exit 1; fi

#!/usr/bin/env bash
# clang-tidy with the project's .clang-tidy over the project's own sources: core (the libtorch
# model library too), the GUI and the CLI; any warning fails. Usage: tidy.sh CLANG_TIDY SOURCE_DIR BUILD_DIR
set -u
tidy=$1 src=$2 build=$3
cd "$src" || exit 1
parts='core/text core/io core/eval core/store core/pipeline core/image core/model ui app/common app/mner app/mner-studio'
files=$(for d in $parts; do ls "$d"/*.cpp 2>/dev/null; done)
n=$(echo "$files" | wc -w)
# GCC's precompiled headers (the model library's torch header) are not clang's: tidy reads a copy
# of the compilation database without them (the sources include what they need).
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
sed -E 's/-include [^ ]*cmake_pch\.hxx//g; s/-Winvalid-pch//g' "$build/compile_commands.json" > "$db/compile_commands.json"
# A file tidy cannot compile is a failure too (its errors would otherwise hide its warnings).
jobs=$(( $(nproc) < 2 ? 1 : 2 ))
out=$(echo $files | xargs -n 4 -P "$jobs" "$tidy" -p "$db" --quiet 2>&1)
warnings=$(echo "$out" | grep -cE ': (warning|error):')
echo "$out" | grep -A3 -E ': (warning|error):'
echo "tidy: $n files, $warnings warnings or errors"
if [ "$warnings" = 0 ]; then echo "1 passed, 0 failed"; exit 0; else echo "0 passed, 1 failed"; exit 1; fi

#!/usr/bin/env bash
# Times importing Twitter-2015 train + valid (and the captions) into a fresh project.
# Usage: bench/import.sh [BUILD_DIR] [SHARED_DIR]
set -euo pipefail
build=${1:-build} shared=${2:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
d=$shared/data/twitter2015
# The test split (3,257 tweets) is held out: its stand-in is the first 3,257 tweets of train,
# so the benchmark imports as many tweets as the whole corpus has (8,257).
awk 'BEGIN{RS=""; ORS="\n\n"} NR<=3257' "$d/train.txt" >"$tmp/stand-in.txt"
for i in 1 2 3; do
  rm -f "$tmp"/p.mner*
  s=$(date +%s%N)
  "$build/bin/mner" import "$tmp/p.mner" "$d/train.txt" "$d/valid.txt" "$tmp/stand-in.txt" \
    --captions "$d/captions-blip2.txt" >"$tmp/log"
  e=$(date +%s%N)
  echo "run $i: $(( (e - s) / 1000000 )) ms: $(cat "$tmp/log")"
done

#!/usr/bin/env bash
# Times importing 8,257 tweets (Twitter-2015 train + valid + a stand-in for the held-out test
# split) with their captions into a fresh project, three times.
# Usage: bench/import.sh [BUILD_DIR] [SHARED_DIR]
set -euo pipefail
build=${1:-build} shared=${2:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/twitter8257.sh"
for i in 1 2 3; do
  rm -f "$tmp"/p.mner*
  s=$(date +%s%N)
  "$build/bin/mner" import "$tmp/p.mner" "${TWITTER_8257[@]}" --captions "$TWITTER_CAPTIONS" >"$tmp/log"
  e=$(date +%s%N)
  echo "run $i: $(( (e - s) / 1000000 )) ms: $(cat "$tmp/log")"
done

#!/usr/bin/env bash
# Builds an 8,257-tweet project (Twitter-2015 train + valid + a stand-in for the held-out test
# split, with captions), tags it with the bundled model, and times the GUI on it offscreen.
# Usage: bench/gui.sh [BUILD_DIR] [SHARED_DIR]
set -euo pipefail
build=${1:-build} shared=${2:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
d=$shared/data/twitter2015
awk 'BEGIN{RS=""; ORS="\n\n"} NR<=3257' "$d/train.txt" >"$tmp/stand-in.txt"
"$build/bin/mner" import "$tmp/p.mner" "$d/train.txt" "$d/valid.txt" "$tmp/stand-in.txt" --captions "$d/captions-blip2.txt"
QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1 "$build/bin/mner-studio-bench" "$tmp/p.mner" 300 resources/models/cwi.mnerm

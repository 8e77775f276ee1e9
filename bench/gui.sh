#!/usr/bin/env bash
# Builds an 8,257-tweet project (see twitter8257.sh) with captions, tags it with the bundled
# model through "Run model", and times the GUI on it offscreen (mner-studio-bench).
# Usage: bench/gui.sh [BUILD_DIR] [SHARED_DIR]
set -euo pipefail
build=${1:-build} shared=${2:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/twitter8257.sh"
"$build/bin/mner" import "$tmp/p.mner" "${TWITTER_8257[@]}" --captions "$TWITTER_CAPTIONS"
QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1 "$build/bin/mner-studio-bench" "$tmp/p.mner" 300 resources/models/cwi.mnerm

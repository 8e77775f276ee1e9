#!/usr/bin/env bash
# MSB taught by CWI (issue 16): the bundled cwi labels the text of WNUT-16, WNUT-17 and BTC train
# (their own labels unused: our types, cwi's spans), and MSB-Tiny+CRF continues from a fine-tuned
# MSB (by default the one bench/msb.sh made before this step, as bundled until 2026-12-02) on
# Twitter-2015 train + those 12,126 tweets, 6 epochs, seeds 1..3, the epoch chosen on valid.
# Usage: bench/msb-distil.sh [BUILD_DIR] [SHARED_DIR] [OUT_DIR] [START_MODEL] [TEACHER]
set -euo pipefail
build=${1:-build} shared=${2:-../shared} out=${3:-$(mktemp -d)}
start=${4:-$out/msb-start.mnerm} teacher=${5:-resources/models/cwi.mnerm}
[ -f "$start" ] || git show 3deba03:resources/models/msb.mnerm >"$start"  # the MSB before this step
d=$shared/data/twitter2015
export OMP_NUM_THREADS=1
pseudo=()
for f in wnut16/train.conll wnut17/train.conll btc/train.conll; do
  name=$out/pseudo-$(echo "$f" | tr '/' '-')
  "$build/bin/mner" predict --model "$teacher" "$shared/data/$f" -o "$name" 2>/dev/null
  pseudo+=(--train "$name")
done
for s in 1 2 3; do
  t0=$(date +%s)
  "$build/bin/mner" train --arch msb-tiny --crf --init "$start" --train "$d/train.txt" "${pseudo[@]}" --dev "$d/valid.txt" \
    --captions "$d/captions-blip2.txt" --epochs 6 --seed $s --name msb -o "$out/msb-distil-$s.mnerm" >"$out/msb-distil-$s.log" 2>&1
  echo "msb taught by cwi, seed $s: $(grep '^best epoch' "$out/msb-distil-$s.log") ($(( $(date +%s) - t0 )) s)"
  grep -E '^ +(LOC|ORG|OTHER|PER):' "$out/msb-distil-$s.log" | tail -4 | awk '{print "   ", $1, "F1", $7}'
done

#!/usr/bin/env bash
# Trains the plain recipe on Twitter-2015 train (BLIP-2 captions as image words, GloVe 100-d),
# selecting the epoch on valid, with mner train's defaults: the bundled cwi-att, and the cwi that was
# bundled before self-training (today's bundled cwi is bench/ensemble.sh's second round, seed 2).
# Seeds: the best of 1-3 on valid (bench/ablations.sh with SEEDS="1 2 3"): 2 for cwi, 3 for cwi-att.
# Usage: bench/train-bundled.sh [BUILD_DIR] [SHARED_DIR] [OUT_DIR] [SEED (default: those)]
set -euo pipefail
build=${1:-build} shared=${2:-../shared} out=${3:-resources/models} seed=${4:-}
d=$shared/data/twitter2015
mkdir -p "$out"
for arch in cwi cwi-att; do
  s=$seed
  [ -z "$s" ] && { [ $arch = cwi ] && s=2 || s=3; }
  OMP_NUM_THREADS=1 "$build/bin/mner" train --arch $arch --name $arch --seed "$s" --epochs 10 \
    --train "$d/train.txt" --dev "$d/valid.txt" --captions "$d/captions-blip2.txt" \
    --embeddings "$shared/embeddings/glove.6B.100d.filtered.txt" -o "$out/$arch.mnerm"
done

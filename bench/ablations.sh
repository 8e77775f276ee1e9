#!/usr/bin/env bash
# Dev (Twitter-2015 valid) scores of CWI, CWI-att and the ablations of the CWI issue.
# Usage: bench/ablations.sh [BUILD_DIR] [SHARED_DIR] [OUT_DIR] [EPOCHS]
#   VARIANTS="cwi cwi-att ..." picks variants, SEEDS="1 2 3" the seeds (default: all variants, seed 1).
set -euo pipefail
build=${1:-build} shared=${2:-../shared} out=${3:-$(mktemp -d)} epochs=${4:-10}
seeds=${SEEDS:-1}
variants=${VARIANTS:-cwi cwi-att no-image no-chars no-td-gn-sinerelu no-extra-words extra-data}
d=$shared/data/twitter2015
common=(--train "$d/train.txt" --dev "$d/valid.txt" --captions "$d/captions-blip2.txt"
        --embeddings "$shared/embeddings/glove.6B.100d.filtered.txt" --epochs "$epochs")
args_of() {
  case $1 in
    cwi) echo "--arch cwi" ;;
    cwi-att) echo "--arch cwi-att" ;;
    no-image) echo "--arch cwi --no-image" ;;
    no-chars) echo "--arch cwi --no-chars" ;;
    no-td-gn-sinerelu) echo "--arch cwi --no-td-gn-sinerelu" ;;
    no-extra-words) echo "--arch cwi --no-extra-words" ;;
    word-dim-50) echo "--arch cwi --word-dim 50" ;;
    word-dim-200) echo "--arch cwi --word-dim 200" ;;
    fasttext) echo "--arch cwi --word-vectors build/fasttext/vectors-100.txt" ;;  # bench/fasttext-vectors.sh first
    swa) echo "--arch cwi --swa-from 2" ;;  # the mean of epochs 2..k is a candidate too
    swa-decay85) echo "--arch cwi --swa-from 2 --lr-decay 0.85" ;;  # with the rate shrinking 15% an epoch
    swa-decay70) echo "--arch cwi --swa-from 2 --lr-decay 0.7" ;;
    extra-data) echo "--arch cwi --extra $shared/data/wnut17/train.conll --extra $shared/data/btc/train.conll" ;;
  esac
}
for v in $variants; do
  for s in $seeds; do
    extra=()
    [ "$v" = extra-data ] && extra=(--extra-type-map "person=PER,location=LOC,corporation=ORG,group=ORG,product=OTHER,creative-work=OTHER")
    # shellcheck disable=SC2046
    OMP_NUM_THREADS=1 "$build/bin/mner" train "${common[@]}" --seed "$s" --name "$v" $(args_of "$v") "${extra[@]}" \
      -o "$out/$v-$s.mnerm" >"$out/$v-$s.log" 2>"$out/$v-$s.err"
    echo "$v seed $s: $(grep '^best epoch' "$out/$v-$s.log")"
    grep -E '^ +(LOC|ORG|OTHER|PER):' "$out/$v-$s.log" | awk '{print "   ", $1, "F1", $7}'
  done
done

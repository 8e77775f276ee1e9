#!/usr/bin/env bash
# Dev (Twitter-2015 valid) scores of CWI and its ablations, one seed per run unless SEEDS is set.
# Usage: bench/ablations.sh [BUILD_DIR] [SHARED_DIR] [OUT_DIR] [EPOCHS]
set -euo pipefail
build=${1:-build} shared=${2:-../shared} out=${3:-$(mktemp -d)} epochs=${4:-6}
seeds=${SEEDS:-1}
d=$shared/data/twitter2015
common=(--train "$d/train.txt" --dev "$d/valid.txt" --captions "$d/captions-blip2.txt"
        --embeddings "$shared/embeddings/glove.6B.100d.filtered.txt" --epochs "$epochs")
run() {  # run NAME ARGS...
  local name=$1; shift
  for s in $seeds; do
    OMP_NUM_THREADS=1 "$build/bin/mner" train "${common[@]}" --seed "$s" "$@" -o "$out/$name-$s.mnerm" \
      >"$out/$name-$s.log" 2>"$out/$name-$s.err"
    echo "$name seed $s: $(grep '^best epoch' "$out/$name-$s.log")"
    grep -E '^ +(LOC|ORG|OTHER|PER):' "$out/$name-$s.log" | awk '{print "   ", $1, "F1", $7}'
  done
}
run cwi --arch cwi
run cwi-att --arch cwi-att
run no-image --arch cwi --no-image
run no-chars --arch cwi --no-chars
run no-td-gn-sinerelu --arch cwi --no-td-gn-sinerelu
run extra-data --arch cwi --extra "$shared/data/wnut17/train.conll" --extra "$shared/data/btc/train.conll" --extra-type-map "person=PER,location=LOC,corporation=ORG,group=ORG,product=OTHER,creative-work=OTHER"

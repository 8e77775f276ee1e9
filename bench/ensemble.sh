#!/usr/bin/env bash
# Ensembles and self-training for CWI (issue 16), all selected on Twitter-2015 valid:
#   1. the bundled cwi recipe with seeds 1..5 (bench/train-bundled.sh's settings);
#   2. ensembles of seeds 1-3 and 1-5 (mner ensemble), dev F1 of each;
#   3. the 5-model ensemble labels the text of WNUT-16, WNUT-17 and BTC train (their own labels are
#      not used: our types, our model's spans);
#   4. one CWI trained on Twitter-2015 train + those pseudo-labelled tweets, seeds 1..3;
#   5. the ensemble of those three (dev F1) labels the same texts again;
#   6. a second round: CWI on train + the new labels, seeds 1..3, and their ensemble;
#   7. a third round: the round-2 ensemble (or, when step 6 has not run in OUT_DIR, the bundled cwi,
#      itself a round-2 network) labels the texts again; CWI on train + those, seeds 1..3, and their
#      ensemble;
#   8. a fourth round taught by the round-3 ensemble, the same way;
#   9. a fifth round taught by the round-4 ensemble, on the text of the dev splits of WNUT-16,
#      WNUT-17 and BTC as well (a quarter more tweets; Twitter-2015 valid stays out: it selects);
#  10. round 4 again with the teacher (the round-3 ensemble) labelling inside training (mner train
#      --teacher --distil): the same models as step 8, or with TRAIN_ARGS="--swa-from 2
#      --sampled-paths" a path drawn from the teacher each epoch; GOLD_TWICE=1 gives the
#      Twitter-2015 train tweets twice.
#  11. round 4's texts (WNUT-16, WNUT-17 and BTC train) labelled by the round-4 ensemble instead of
#      the round-3 one: CWI on train + those, seeds 1..3 (step 9 without the dev splits' text).
# Usage: bench/ensemble.sh [BUILD_DIR] [SHARED_DIR] [OUT_DIR]   (STEPS="1 2 3 4 5 6" picks steps;
#   TRAIN_ARGS="--swa-from 2" adds options to every training, e.g. weight averaging; TEACHER=FILE
#   is step 7's teacher when step 6 has not run in OUT_DIR, instead of the bundled cwi; JOBS=2
#   trains two seeds at a time, one thread each; MODEL_NAME=cwi names
#   the self-trained models as the bundled one is named; GAZETTEERS=1 gives every training the word
#   lists of ../shared/data/gazetteers as features: person, country, city, region, nationality)
set -euo pipefail
build=${1:-build} shared=${2:-../shared} out=${3:-$(mktemp -d)}
steps=${STEPS:-1 2 3 4 5 6}
mkdir -p "$out"
d=$shared/data/twitter2015
mner=("$build/bin/mner")
export OMP_NUM_THREADS=1
# shellcheck disable=SC2206
common=(--arch cwi --epochs 10 --dev "$d/valid.txt" --captions "$d/captions-blip2.txt"
        --embeddings "$shared/embeddings/glove.6B.100d.filtered.txt" ${TRAIN_ARGS:-})
if [ "${GAZETTEERS:-0}" = 1 ]; then
  g=$shared/data/gazetteers
  common+=(--gazetteer "person=$g/first-names-female.txt" --gazetteer "person=$g/first-names-male.txt"
           --gazetteer "country=$g/countries.txt" --gazetteer "city=$g/uscities.txt"
           --gazetteer "region=$g/usstates.txt" --gazetteer "region=$g/caprovinces.txt"
           --gazetteer "nationality=$g/nationalities.txt")
fi
# self_train LABEL NAME GLOB: CWI on Twitter-2015 train + the files GLOB matches, seeds 1..3
self_train() {
  local label=$1 name=$2 glob=$3 s f pseudo=()
  for f in $glob; do pseudo+=(--train "$f"); done
  for s in 1 2 3; do
    (
      t0=$(date +%s)
      "${mner[@]}" train "${common[@]}" --train "$d/train.txt" "${pseudo[@]}" --seed $s --name "${MODEL_NAME:-$name}" \
        -o "$out/$name-$s.mnerm" >"$out/$name-$s.log" 2>&1
      echo "$label cwi seed $s: $(grep '^best epoch' "$out/$name-$s.log") ($(( $(date +%s) - t0 )) s)"
    ) &
    while [ "$(jobs -rp | wc -l)" -ge "${JOBS:-1}" ]; do wait -n; done
  done
  wait
}
for step in $steps; do
  case $step in
  1)
    for s in 1 2 3 4 5; do
      t0=$(date +%s)
      "${mner[@]}" train "${common[@]}" --train "$d/train.txt" --seed $s --name cwi -o "$out/cwi-$s.mnerm" >"$out/cwi-$s.log" 2>&1
      echo "cwi seed $s: $(grep '^best epoch' "$out/cwi-$s.log") ($(( $(date +%s) - t0 )) s)"
    done ;;
  2)
    for n in 3 5; do
      members=()
      for s in $(seq 1 $n); do members+=("$out/cwi-$s.mnerm"); done
      echo "ensemble of $n: $("${mner[@]}" ensemble -o "$out/cwi-ens$n.mnerm" --name "cwi-ensemble" \
        --dev "$d/valid.txt" --captions "$d/captions-blip2.txt" "${members[@]}" | head -1)"
      "${mner[@]}" bench predict --model "$out/cwi-ens$n.mnerm" --input "$d/valid.txt" --captions "$d/captions-blip2.txt" | grep "batch 64" || true
    done ;;
  3)
    for f in wnut16/train.conll wnut17/train.conll btc/train.conll; do
      name=$(echo "$f" | tr '/' '-')
      "${mner[@]}" predict --model "$out/cwi-ens5.mnerm" "$shared/data/$f" -o "$out/pseudo-$name" 2>>"$out/pseudo.err"
      echo "pseudo-labelled $f: $(grep -c '^$' "$out/pseudo-$name") tweets, $(grep -c $'\tB-' "$out/pseudo-$name") entities"
    done ;;
  4) self_train self-trained cwi-st "$out/pseudo-*.conll" ;;
  5)
    echo "ensemble of self-trained 1-3: $("${mner[@]}" ensemble -o "$out/cwi-st-ens3.mnerm" --name cwi-st-ensemble \
      --dev "$d/valid.txt" --captions "$d/captions-blip2.txt" "$out"/cwi-st-{1,2,3}.mnerm | head -1)"
    for f in wnut16/train.conll wnut17/train.conll btc/train.conll; do
      name=$(echo "$f" | tr '/' '-')
      "${mner[@]}" predict --model "$out/cwi-st-ens3.mnerm" "$shared/data/$f" -o "$out/pseudo2-$name" 2>>"$out/pseudo.err"
    done ;;
  6)
    self_train second-round cwi-st2 "$out/pseudo2-*.conll"
    echo "ensemble of second-round 1-3: $("${mner[@]}" ensemble -o "$out/cwi-st2-ens3.mnerm" --name cwi-st2-ensemble \
      --dev "$d/valid.txt" --captions "$d/captions-blip2.txt" "$out"/cwi-st2-{1,2,3}.mnerm | head -1)" ;;
  7|8)
    # 7: taught by the round-2 ensemble (else the bundled cwi); 8: by the round-3 ensemble
    teacher=$out/cwi-st2-ens3.mnerm
    [ -f "$teacher" ] || teacher=${TEACHER:-resources/models/cwi.mnerm}
    [ "$step" = 8 ] && teacher=$out/cwi-st3-ens3.mnerm
    echo "round $(( step - 4 )) taught by $teacher"
    for f in wnut16/train.conll wnut17/train.conll btc/train.conll; do
      name=$(echo "$f" | tr '/' '-')
      "${mner[@]}" predict --model "$teacher" "$shared/data/$f" -o "$out/pseudo$step-$name" 2>>"$out/pseudo.err"
    done
    r=$(( step - 4 ))  # round 3 or 4
    self_train "round-$r" "cwi-st$r" "$out/pseudo$step-*.conll"
    echo "ensemble of round-$r 1-3: $("${mner[@]}" ensemble -o "$out/cwi-st$r-ens3.mnerm" --name "cwi-st$r-ensemble" \
      --dev "$d/valid.txt" --captions "$d/captions-blip2.txt" "$out"/cwi-st$r-{1,2,3}.mnerm | head -1)" ;;
  9)
    teacher=$out/cwi-st4-ens3.mnerm
    echo "round 5 taught by $teacher"
    for f in wnut16/train.conll wnut17/train.conll btc/train.conll wnut16/dev.conll wnut17/dev.conll btc/dev.conll; do
      name=$(echo "$f" | tr '/' '-')
      "${mner[@]}" predict --model "$teacher" "$shared/data/$f" -o "$out/pseudo9-$name" 2>>"$out/pseudo.err"
    done
    self_train round-5 cwi-st5 "$out/pseudo9-*.conll"
    echo "ensemble of round-5 1-3: $("${mner[@]}" ensemble -o "$out/cwi-st5-ens3.mnerm" --name cwi-st5-ensemble \
      --dev "$d/valid.txt" --captions "$d/captions-blip2.txt" "$out"/cwi-st5-{1,2,3}.mnerm | head -1)" ;;
  10)
    teacher=$out/cwi-st3-ens3.mnerm
    distil=()
    for f in btc wnut16 wnut17; do distil+=(--distil "$shared/data/$f/train.conll"); done
    gold=(--train "$d/train.txt")
    [ "${GOLD_TWICE:-0}" = 1 ] && gold+=(--train "$d/train.txt")
    for s in 1 2 3; do
      (
        t0=$(date +%s)
        "${mner[@]}" train "${common[@]}" "${gold[@]}" --teacher "$teacher" "${distil[@]}" --seed $s \
          --name "${MODEL_NAME:-cwi-st4t}" -o "$out/cwi-st4t-$s.mnerm" >"$out/cwi-st4t-$s.log" 2>&1
        echo "round 4, teacher inside training, seed $s: $(grep '^best epoch' "$out/cwi-st4t-$s.log") ($(( $(date +%s) - t0 )) s)"
      ) &
      while [ "$(jobs -rp | wc -l)" -ge "${JOBS:-1}" ]; do wait -n; done
    done
    wait ;;
  11)
    teacher=$out/cwi-st4-ens3.mnerm
    echo "round 4 texts taught by $teacher"
    for f in wnut16/train.conll wnut17/train.conll btc/train.conll; do
      name=$(echo "$f" | tr '/' '-')
      "${mner[@]}" predict --model "$teacher" "$shared/data/$f" -o "$out/pseudo11-$name" 2>>"$out/pseudo.err"
    done
    self_train "round-4 texts, round-4 teacher" cwi-st4b "$out/pseudo11-*.conll" ;;
  esac
done

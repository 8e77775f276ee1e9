#!/usr/bin/env bash
# MSB end to end on one CPU thread: masked-LM pre-training (resumable), fine-tuning on CoNLL-2003
# (MISC mapped to OTHER so the tag layer carries over), then on Twitter-2015; dev P/R/F1 of the
# four variants. Pre-training text: build/fasttext/corpus.txt (bench/fasttext-vectors.sh makes it:
# unlabeled text, the training splits' tweets and sentences, captions).
# Usage: bench/msb.sh [OUT_DIR] [PRETRAIN_MINUTES] [EPOCHS]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/msb} minutes=${2:-25} epochs=${3:-10}
s=../shared
d=$s/data/twitter2015
mkdir -p "$out"
export OMP_NUM_THREADS=1
mner=build/bin/mner
common=(--train "$d/train.txt" --dev "$d/valid.txt" --captions "$d/captions-blip2.txt" --epochs "$epochs")
for arch in msb-tiny msb-small; do
  pt=$out/$arch-pretrained.mnerm
  # resumes from the checkpoint when it exists; --max-minutes bounds each call
  $mner pretrain --arch "$arch" --vocab $s/vocab/bert-base-uncased-vocab.txt --corpus build/fasttext/corpus.txt \
    --glove $s/embeddings/glove.6B.100d.filtered.txt --steps 1000000 --max-minutes "$minutes" -o "$pt" 2>&1 | tail -2
  $mner train --arch "$arch" --init "$pt" --train $s/data/conll2003/eng.train --dev $s/data/conll2003/eng.testa \
    --type-map misc-other --epochs 2 -o "$out/$arch-conll.mnerm" > "$out/$arch-conll.log" 2>&1
  grep '^best epoch' "$out/$arch-conll.log"
  for crf in "" --crf; do
    name=$arch${crf:+-crf}
    $mner train --arch "$arch" $crf --init "$out/$arch-conll.mnerm" "${common[@]}" -o "$out/$name.mnerm" > "$out/$name.log" 2>&1
    echo "$name: $(grep '^best epoch' "$out/$name.log")"
    grep -E '^ +(LOC|ORG|OTHER|PER):' "$out/$name.log" | awk '{print "   ", $1, "F1", $7}'
  done
done

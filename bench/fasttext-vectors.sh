#!/usr/bin/env bash
# fastText subword vectors as the start of CWI's second word table (issue: GloVe beside a second
# table). Trains skipgram vectors with Debian's fasttext (libfasttext) on the shared text that is
# not a dev or test split: the unlabeled corpora, the training splits of Twitter-2015, WNUT-16/17,
# BTC and CoNLL-2003, and the BLIP-2 captions; then writes a vector for every word of Twitter-2015
# train (subwords give one to words never seen). Output: build/fasttext/vectors-DIM.txt
# Usage: bench/fasttext-vectors.sh [DIM]   (needs: apt install fasttext)
set -euo pipefail
cd "$(dirname "$0")/.."
dim=${1:-100}
s=../shared/data
out=build/fasttext
mkdir -p "$out"
command -v fasttext >/dev/null || { echo "fasttext is not installed (apt install fasttext)" >&2; exit 1; }
lower() { tr '[:upper:]' '[:lower:]'; }
tokens() {  # the first column of token lines, one tweet or sentence a line
  awk -F'[\t ]' '/^(IMGID:|-DOCSTART-)/ {next} NF == 0 {if (l != "") print l; l = ""; next} {l = l (l == "" ? "" : " ") $1} END {if (l != "") print l}' "$@"
}
{
  cat $s/unlabeled/*.txt
  tokens $s/twitter2015/train.txt $s/conll2003/eng.train
  for f in $s/wnut16/train* $s/wnut17/train* $s/btc/train*; do [ -f "$f" ] && tokens "$f"; done
  sed 's/^[^:]*://' $s/twitter2015/captions-blip2.txt
} | lower > "$out/corpus.txt"
echo "corpus: $(wc -w < "$out/corpus.txt") words"
time fasttext skipgram -input "$out/corpus.txt" -output "$out/model-$dim" -dim "$dim" -minn 3 -maxn 6 -epoch 10 \
  -minCount 2 -thread 1 -verbose 1
tokens $s/twitter2015/train.txt | lower | tr ' ' '\n' | sort -u | grep -v '^$' > "$out/words.txt"
fasttext print-word-vectors "$out/model-$dim.bin" < "$out/words.txt" > "$out/vectors-$dim.txt"
echo "$(wc -l < "$out/vectors-$dim.txt") vectors in $out/vectors-$dim.txt"

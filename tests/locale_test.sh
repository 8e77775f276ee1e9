#!/usr/bin/env bash
# The whole loop under comma-decimal and Persian C locales gives what it gives under C: run the
# bundled model, retrain two epochs from the project, tag the images, export; then reopen each
# project under LC_ALL=C and compare tags, confidences (1e-6), image words and exported files.
# Usage: locale_test.sh MNER SOURCE_DIR SHARED_DIR
set -u
mner=$1 src=$2 shared=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*" >&2; fail=$((fail + 1)); }
run() {  # run LOCALE CMD...: fails the test on a non-zero exit
    local loc=$1; shift
    if ! LC_ALL=$loc LANG=$loc "$@" >"$tmp/out" 2>"$tmp/err"; then bad "[$loc] $*: $(head -c 400 "$tmp/err")"; return 1; fi
    ok
}
dump() {  # dump PROJECT: confidences and image words as C reads them, via mner itself
    LC_ALL=C "$mner" export "$1" --layer model:cwi
    LC_ALL=C "$mner" export "$1" --layer "model:cwi v2"
    LC_ALL=C "$mner" models --project "$1" | awk '{print $1, $2, $3, $6}'
}
locales=(C de_DE.UTF-8 fa_IR.UTF-8)
for loc in de_DE.UTF-8 fa_IR.UTF-8; do
    if ! locale -a 2>/dev/null | grep -qix "${loc%.UTF-8}.utf8"; then
        echo "FAIL: locale $loc is not generated (setup.sh generates it)" >&2
        exit 1
    fi
done
# The locale must really be comma-decimal, or this test proves nothing.
if [ "$(env LC_ALL=de_DE.UTF-8 /usr/bin/printf '%.1f' 0.5 2>/dev/null)" = "0,5" ]; then ok; else bad "de_DE.UTF-8 does not write 0,5"; fi
have_tagger=0
[ -f "$shared/imagenet/mobilenet_v2_1.0_224_quant.tflite" ] && have_tagger=1
for loc in "${locales[@]}"; do
    d=$tmp/$loc
    mkdir -p "$d"
    cp -r "$src/resources/demo/images" "$d/images"
    run "$loc" "$mner" import "$d/p.mner" "$src/resources/demo/demo.txt" --captions "$src/resources/demo/captions.txt" --images "$d/images"
    run "$loc" "$mner" run "$d/p.mner" --model cwi
    run "$loc" "$mner" train --project "$d/p.mner" --init cwi --epochs 2 --lr 0.003 --seed 7 --dev-split demo --splits demo
    run "$loc" "$mner" run "$d/p.mner" --model cwi:v2
    if [ $have_tagger = 1 ]; then
        LC_ALL=$loc "$mner" tag-images "$d/p.mner" >"$tmp/out" 2>"$tmp/err"  # exits 1: demo11 is not an image
        if grep -q "tagged 10 images" "$tmp/out"; then ok; else bad "[$loc] tag-images: $(cat "$tmp/out" "$tmp/err")"; fi
    fi
    run "$loc" "$mner" export "$d/p.mner" --layer "model:cwi v2" -o "$d/export.txt"
    run "$loc" "$mner" export "$d/p.mner" --layer "model:cwi v2" --format jsonl -o "$d/export.jsonl"
    dump "$d/p.mner" >"$d/dump.txt"
done
# confidences and image-word scores exactly as stored, read back by a C program (mner under C)
scores() {
    LC_ALL=C "$mner" info "$1" >/dev/null
    python3 - "$1" <<'PY' 2>/dev/null || sqlite3 "$1" "SELECT confidences FROM tweet_scores ORDER BY tweet_id, layer_id; SELECT words, scores FROM image_words ORDER BY image_id, source;"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for (c,) in db.execute("SELECT confidences FROM tweet_scores ORDER BY tweet_id, layer_id"): print(c)
for w, s in db.execute("SELECT words, scores FROM image_words ORDER BY image_id, source"): print(w, s)
PY
}
for loc in de_DE.UTF-8 fa_IR.UTF-8; do
    for f in dump.txt export.txt export.jsonl; do
        if cmp -s "$tmp/C/$f" "$tmp/$loc/$f"; then ok; else bad "[$loc] $f differs from C's: $(diff "$tmp/C/$f" "$tmp/$loc/$f" | head -5)"; fi
    done
    scores "$tmp/C/p.mner" >"$tmp/c.scores"
    scores "$tmp/$loc/p.mner" >"$tmp/l.scores"
    if [ -s "$tmp/c.scores" ] && ! grep -q ',' "$tmp/l.scores" && cmp -s "$tmp/c.scores" "$tmp/l.scores"; then ok
    else bad "[$loc] stored confidences or image scores differ: $(diff "$tmp/c.scores" "$tmp/l.scores" | head -4)"; fi
done
# a model file written under German reads under C and the other way round
if LC_ALL=C "$mner" models --project "$tmp/de_DE.UTF-8/p.mner" --export v2 -o "$tmp/de.mnerm" >/dev/null 2>&1 &&
   LC_ALL=de_DE.UTF-8 "$mner" predict --model "$tmp/de.mnerm" "$src/resources/demo/demo.txt" --captions "$src/resources/demo/captions.txt" >"$tmp/p1" 2>/dev/null &&
   LC_ALL=C "$mner" predict --model "$tmp/de.mnerm" "$src/resources/demo/demo.txt" --captions "$src/resources/demo/captions.txt" >"$tmp/p2" 2>/dev/null &&
   cmp -s "$tmp/p1" "$tmp/p2"; then ok; else bad "a German-written model predicts differently under C"; fi
# numbers on the command line are data: 0.003 under German, and 0,003 is refused
LC_ALL=de_DE.UTF-8 "$mner" train --train "$src/resources/demo/demo.txt" --epochs 1 --lr 0,003 -o "$tmp/x.mnerm" >/dev/null 2>"$tmp/err"
if [ $? = 2 ] && grep -q "expects a number with a '.' decimal point, found '0,003'" "$tmp/err"; then ok; else bad "--lr 0,003: $(cat "$tmp/err")"; fi
echo "locale: $pass passed, $fail failed"
[ "$fail" = 0 ]

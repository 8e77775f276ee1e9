#!/usr/bin/env bash
# End-to-end checks of the mner command-line tool: exit codes, error messages, round trips and
# the conlleval golden cases. Usage: cli_test.sh MNER SOURCE_DIR SHARED_DIR
set -u
mner=$1 src=$2 shared=$3 make_onnx=${4:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*" >&2; fail=$((fail + 1)); }
expect_status() {  # expect_status CODE CMD...
    local want=$1; shift
    "$@" >"$tmp/out" 2>"$tmp/err"
    local got=$?
    if [ "$got" = "$want" ]; then ok; else bad "$* exited $got, expected $want: $(head -c 300 "$tmp/err")"; fi
}
expect_err() {  # expect_err TEXT: the last command's stderr contains TEXT
    if grep -qF -- "$1" "$tmp/err"; then ok; else bad "stderr lacks '$1': $(head -c 300 "$tmp/err")"; fi
}

# help and usage
expect_status 0 "$mner" --help
expect_status 0 "$mner" --version
for c in import export eval info; do expect_status 0 "$mner" "$c" --help; done
expect_status 2 "$mner"
expect_status 2 "$mner" frobnicate
expect_status 2 "$mner" eval onlyone
expect_status 2 "$mner" import x.mner a.txt --format nope
expect_err "unknown format 'nope'"
expect_status 2 "$mner" export x.mner --bogus
expect_err "unknown option --bogus"

# conlleval goldens through the CLI
for d in "$src"/tests/golden/conlleval/*/; do
    "$mner" eval "$d/gold.txt" "$d/pred.txt" >"$tmp/report" 2>"$tmp/err"
    if cmp -s "$tmp/report" "$d/expected.txt"; then ok; else bad "eval report differs for $d"; fi
done

# eval alignment errors name the tweet
printf 'IMGID:1\na\tO\nb\tO\n' >"$tmp/g.txt"
printf 'IMGID:1\na\tO\n' >"$tmp/p.txt"
expect_status 1 "$mner" eval "$tmp/g.txt" "$tmp/p.txt"
expect_err "tweet 1 (id 1"
printf 'IMGID:1\na\tO\nc\tO\n' >"$tmp/p.txt"
expect_status 1 "$mner" eval "$tmp/g.txt" "$tmp/p.txt"
expect_err "token 2 is 'b' in gold but 'c' in prediction"

# import: bad input is a data error and imports nothing
printf 'IMGID:1\na\tO\n' >"$tmp/good.txt"
printf 'IMGID:2\nb\tQ-PER\n' >"$tmp/bad.txt"
expect_status 1 "$mner" import "$tmp/p.mner" "$tmp/good.txt" "$tmp/bad.txt"
expect_err "bad.txt:2: expected a tag O, B-TYPE or I-TYPE, found 'Q-PER'"
expect_status 0 "$mner" import "$tmp/p.mner" "$tmp/good.txt"
expect_status 1 "$mner" import "$tmp/p.mner" "$tmp/bad.txt"
"$mner" info "$tmp/p.mner" >"$tmp/info"
if grep -q "tweets:   1 " "$tmp/info"; then ok; else bad "failed import changed the project: $(cat "$tmp/info")"; fi
expect_status 1 "$mner" info "$tmp/missing.mner"
expect_err "no such project file"
expect_status 1 "$mner" export "$tmp/p.mner" --layer model:nothing
expect_err "no layer named 'model:nothing'"

# export to a file, and to another format
expect_status 0 "$mner" export "$tmp/p.mner" --layer gold -o "$tmp/out.txt"
if cmp -s "$tmp/out.txt" "$tmp/good.txt"; then ok; else bad "export -o differs"; fi
"$mner" export "$tmp/p.mner" --format jsonl >"$tmp/out.jsonl"
if grep -qF '"tokens": ["a"]' "$tmp/out.jsonl"; then ok; else bad "jsonl export: $(cat "$tmp/out.jsonl")"; fi

# train a small model on the demo tweets, predict, score, list it
demo=$src/resources/demo/demo.txt
expect_status 2 "$mner" train --train "$demo"
expect_err "-o MODEL is required"
expect_status 0 "$mner" train --arch cwi --train "$demo" --dev "$demo" --captions "$src/resources/demo/captions.txt" \
    --epochs 2 --seed 3 -o "$tmp/m.mnerm"
expect_status 0 "$mner" predict --model "$tmp/m.mnerm" "$demo" --captions "$src/resources/demo/captions.txt" -o "$tmp/pred.txt"
if [ "$(grep -c '^IMGID' "$tmp/pred.txt")" = 12 ]; then ok; else bad "predict wrote $(grep -c '^IMGID' "$tmp/pred.txt") tweets"; fi
expect_status 0 "$mner" eval "$demo" "$tmp/pred.txt"
if grep -q "^processed 150 tokens" "$tmp/out"; then ok; else bad "eval of predictions: $(cat "$tmp/out")"; fi
mkdir -p "$tmp/models" && cp "$tmp/m.mnerm" "$tmp/models/demo.mnerm"
export MNER_MODELS_DIR=$tmp/models
expect_status 0 "$mner" models
if grep -q "^demo " "$tmp/out"; then ok; else bad "models does not list demo: $(cat "$tmp/out")"; fi
expect_status 0 "$mner" predict --model demo "$demo" -o "$tmp/pred2.txt"
export MNER_MODELS_DIR=$shared/imagenet  # the image tagger, below
# the bundled MSB tags the demo through the same predict command
if [ -f "$src/resources/models/msb.mnerm" ]; then
    expect_status 0 "$mner" predict --model msb "$demo" --captions "$src/resources/demo/captions.txt" -o "$tmp/pred-msb.txt"
    expect_status 0 "$mner" eval "$demo" "$tmp/pred-msb.txt"
    if grep -q "^processed 150 tokens" "$tmp/out"; then ok; else bad "msb predictions: $(cat "$tmp/out")"; fi
fi
printf 'garbage' >"$tmp/bad.mnerm"
expect_status 1 "$mner" predict --model "$tmp/bad.mnerm" "$demo"
expect_err "not an mner model file"
expect_status 1 "$mner" predict --model no-such-model "$demo"
expect_err "no model file or bundled model named 'no-such-model'"

# Twitter-2015 round trip, byte for byte, and import time
if [ -f "$shared/data/twitter2015/train.txt" ]; then
    d=$shared/data/twitter2015
    expect_status 0 "$mner" import "$tmp/tw.mner" "$d/train.txt" "$d/valid.txt" --captions "$d/captions-blip2.txt"
    for s in train valid; do
        "$mner" export "$tmp/tw.mner" --layer gold --split $s >"$tmp/$s.txt"
        if cmp -s "$tmp/$s.txt" "$d/$s.txt"; then ok; else bad "round trip of $s.txt differs"; fi
    done
    "$mner" eval "$d/valid.txt" "$tmp/valid.txt" >"$tmp/report"
    if grep -q "FB1: 100.00" "$tmp/report"; then ok; else bad "self-eval of valid not 100"; fi
else
    echo "SKIP: shared Twitter-2015 data not found"
fi

# Image tagging: an ONNX classifier written by the tests, then the bundled MobileNetV2 when the
# shared folder has it.
if [ -n "$make_onnx" ]; then
    "$make_onnx" "$tmp"
    expect_status 0 "$mner" tag --tagger "onnx:$tmp/colours.onnx" --labels "$tmp/colours.txt" --size 8x8 "$tmp/red.bmp" "$tmp/green.bmp"
    if [ "$(cut -f2 "$tmp/out" | tr '\n' ,)" = "red thing,green thing," ]; then ok; else bad "onnx tag: $(cat "$tmp/out")"; fi
    expect_status 0 "$mner" tag --tagger "onnx:$tmp/colours.onnx" --labels "$tmp/colours.txt" --size 8x8 --scale 0.00392157 --mean 0 --std 1 "$tmp/red.bmp"
    if cut -f2 "$tmp/out" | grep -qx "red thing"; then ok; else bad "onnx tag with [0,1] input: $(cat "$tmp/out")"; fi
    expect_status 2 "$mner" tag --tagger "onnx:$tmp/colours.onnx" --size 8by8 "$tmp/red.bmp"
    expect_err "--size takes WxH"
    expect_status 1 "$mner" tag --tagger "onnx:$tmp/nothing.onnx" --labels "$tmp/colours.txt" "$tmp/red.bmp"
    expect_err "no such file"
fi
if [ -f "$shared/imagenet/mobilenet_v2_1.0_224_quant.tflite" ]; then
    n=$shared/imagenet
    expect_status 0 "$mner" tag "$n/cat.bmp" "$n/grace_hopper.bmp"
    if [ "$(cut -f2 "$tmp/out" | tr '\n' ,)" = "Egyptian cat,military uniform," ]; then ok; else bad "tag: $(cat "$tmp/out")"; fi
    if [ "$(head -1 "$tmp/out" | awk -F'\t' '{print NF}')" = 11 ]; then ok; else bad "tag line has not 1 + 5 pairs of fields"; fi
    printf 'not an image' >"$tmp/junk.jpg"
    expect_status 1 "$mner" tag "$n/cat.bmp" "$tmp/junk.jpg"
    expect_err "junk.jpg: not an image"
    if grep -q "Egyptian cat" "$tmp/out"; then ok; else bad "a bad image stopped the good ones"; fi
    expect_status 1 env MNER_MODELS_DIR="$tmp/none" XDG_DATA_HOME="$tmp/none" XDG_DATA_DIRS="$tmp/none" "$mner" tag "$n/cat.bmp"
    expect_err "is not in the models folders"
    # tag-images stores words per image and tagger and skips them the next time
    cp -r "$src/resources/demo" "$tmp/demo"
    expect_status 0 "$mner" import "$tmp/demo/demo.mner" "$tmp/demo/demo.txt" --images "$tmp/demo/images"
    expect_status 1 "$mner" tag-images "$tmp/demo/demo.mner"
    expect_err "image demo11: not an image"
    if grep -q "tagged 10 images with mobilenet_v2" "$tmp/out"; then ok; else bad "tag-images: $(cat "$tmp/out")"; fi
    expect_status 1 "$mner" tag-images "$tmp/demo/demo.mner"
    if grep -q "tagged 0 images .*10 already tagged" "$tmp/out"; then ok; else bad "tag-images again: $(cat "$tmp/out")"; fi
    # predict with image words tagged on the fly
    t=$shared/images/twitter2015-samples/dev
    if [ -f "$t/tweets.jsonl" ]; then
        expect_status 0 "$mner" predict --model default "$t/tweets.jsonl" --images "$t" -o "$tmp/pred.jsonl"
        if grep -q "no readable image" "$tmp/err"; then bad "predict --images missed images: $(cat "$tmp/err")"; else ok; fi
        expect_status 0 "$mner" eval "$t/tweets.jsonl" "$tmp/pred.jsonl"
    fi
else
    echo "SKIP: no MobileNetV2 .tflite in the shared folder"
fi

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]

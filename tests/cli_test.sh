#!/usr/bin/env bash
# End-to-end checks of the mner command-line tool: exit codes, error messages, round trips and
# the conlleval golden cases. Usage: cli_test.sh MNER SOURCE_DIR SHARED_DIR
set -u
mner=$1 src=$2 shared=$3 make_onnx=${4:-}
source "$(dirname "$0")/cli_lib.sh"

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
# info: each annotator's tweets done and active time (here from a status log written by hand)
if command -v sqlite3 >/dev/null; then
  sqlite3 "$tmp/p.mner" "INSERT INTO status_log(tweet_id, status, who, at) SELECT id, 1, 'bob', '2026-01-05T10:00:00Z' FROM tweets;
    INSERT INTO status_log(tweet_id, status, who, at) SELECT id, 1, 'bob', '2026-01-05T10:04:00Z' FROM tweets;"
  "$mner" info "$tmp/p.mner" >"$tmp/info"
  if grep -q "bob: 1 tweets done, 0 edits, active 0 h 4 min" "$tmp/info"; then ok; else bad "info annotators: $(cat "$tmp/info")"; fi
fi
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
# a student of that model on the demo's text, with a word list as features
printf 'Lisbon\nHalifax\n' >"$tmp/cities.txt"
expect_status 0 "$mner" train --train "$demo" --dev "$demo" --epochs 1 --teacher demo --distil "$demo" \
    --gazetteer "city=$tmp/cities.txt" -o "$tmp/student.mnerm"
expect_err "+ 12 labelled by the teacher"
expect_status 0 "$mner" predict --model "$tmp/student.mnerm" "$demo" -o "$tmp/pred3.txt"
# a CRF over BIOES tags learns the demo and predicts in BIO2
expect_status 0 "$mner" train --train "$demo" --dev "$demo" --epochs 30 --lr 0.01 --batch 4 --tag-scheme bioes -o "$tmp/bioes.mnerm"
expect_out "(dev F1 100)"
expect_status 0 "$mner" predict --model "$tmp/bioes.mnerm" "$demo" -o "$tmp/pred4.txt"
expect_status 0 "$mner" eval "$demo" "$tmp/pred4.txt"
if grep -q "^accuracy: 100.00%; precision: 100.00%; recall: 100.00%; FB1: 100.00" "$tmp/out" && ! grep -q $'\t[SE]-' "$tmp/pred4.txt"; then ok
else bad "a BIOES model's predictions: $(grep -c $'\t[SE]-' "$tmp/pred4.txt") S-/E- tags; $(head -3 "$tmp/out")"; fi
expect_status 2 "$mner" train --train "$demo" --tag-scheme iob -o "$tmp/x.mnerm"
expect_err "--tag-scheme must be bio2 or bioes"
expect_status 2 "$mner" train --train "$demo" --teacher demo -o "$tmp/x.mnerm"
expect_err "--teacher and --distil go together"
expect_status 2 "$mner" train --train "$demo" --sampled-paths -o "$tmp/x.mnerm"
expect_err "--sampled-paths needs --teacher"
expect_status 1 "$mner" train --train "$demo" --gazetteer "$tmp/cities.txt" -o "$tmp/x.mnerm"
expect_err "expected CATEGORY=FILE"
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


# re-imports: refused unless told what to do; image ids stay inside the images folder
printf 'IMGID:1\na\tO\n\nIMGID:5\nb\tB-PER\n' >"$tmp/re.txt"
expect_status 0 "$mner" import "$tmp/re.mner" "$tmp/re.txt"
expect_status 1 "$mner" import "$tmp/re.mner" "$tmp/re.txt"
expect_err "2 tweet(s) are already in the project"
expect_err "--duplicates skip|keep|replace"
expect_status 0 "$mner" import "$tmp/re.mner" "$tmp/re.txt" --duplicates skip
if grep -q "imported 0 tweets.*2 already there, skipped" "$tmp/out"; then ok; else bad "--duplicates skip: $(cat "$tmp/out")"; fi
expect_status 2 "$mner" import "$tmp/re.mner" "$tmp/re.txt" --duplicates ask
mkdir -p "$tmp/imgs" "$tmp/secret" && printf 'secret' >"$tmp/secret/s.jpg"
printf 'IMGID:../secret/s\na\tO\n' >"$tmp/evil.txt"
expect_status 1 "$mner" import "$tmp/evil.mner" "$tmp/evil.txt" --images "$tmp/imgs" --embed-images
expect_err "evil.txt:1: image id '../secret/s' is a path"
ln -s "$tmp/secret/s.jpg" "$tmp/imgs/s.jpg"
printf 'IMGID:s\na\tO\n' >"$tmp/link.txt"
expect_status 1 "$mner" import "$tmp/evil.mner" "$tmp/link.txt" --images "$tmp/imgs" --embed-images
expect_err "leads out of the images folder"

# numeric JSON ids keep every digit through import and export
printf '{"id": 1234567, "image_id": 12345678901234567890123, "tokens": ["a"], "label": ["O"]}\n' >"$tmp/ids.jsonl"
expect_status 0 "$mner" import "$tmp/ids.mner" "$tmp/ids.jsonl"
"$mner" export "$tmp/ids.mner" >"$tmp/ids-out.jsonl"
if grep -qF '"id": "1234567", "image_id": "12345678901234567890123"' "$tmp/ids-out.jsonl"; then ok; else bad "ids: $(cat "$tmp/ids-out.jsonl")"; fi

# a project end to end on the command line: run a model into a layer, agreement, retrain from
# the project (kept as a named version), list, export and use that version
cp "$src/resources/demo/demo.txt" "$tmp/pd.txt"
expect_status 0 "$mner" import "$tmp/pd.mner" "$tmp/pd.txt" --captions "$src/resources/demo/captions.txt"
expect_status 0 "$mner" run "$tmp/pd.mner" --model "$tmp/models/demo.mnerm"
if grep -q "demo tagged 12 tweets .* into layer model:demo" "$tmp/out"; then ok; else bad "run: $(cat "$tmp/out")"; fi
expect_status 0 "$mner" export "$tmp/pd.mner" --layer model:demo -o "$tmp/pd-run.txt"
MNER_MODELS_DIR=$tmp/models "$mner" predict --model demo "$tmp/pd.txt" --captions "$src/resources/demo/captions.txt" -o "$tmp/pd-pred.txt"
if cmp -s "$tmp/pd-run.txt" "$tmp/pd-pred.txt"; then ok; else bad "mner run tags differ from mner predict"; fi
# an interrupted run (its mark left in meta, its last tweets untagged) is resumed: only those are
# tagged, and the layer is whole; a run that was not interrupted tags everything again
if command -v sqlite3 >/dev/null; then
  sqlite3 "$tmp/pd.mner" "INSERT INTO meta(key, value) SELECT 'run:model:demo', json_extract(metrics, '\$.fingerprint') FROM models WHERE name = 'demo';
    DELETE FROM labels WHERE layer_id = (SELECT id FROM layers WHERE name = 'model:demo') AND tweet_id > (SELECT min(id) + 8 FROM tweets);
    DELETE FROM tweet_scores WHERE layer_id = (SELECT id FROM layers WHERE name = 'model:demo') AND tweet_id > (SELECT min(id) + 8 FROM tweets);"
  expect_status 0 "$mner" run "$tmp/pd.mner" --model "$tmp/models/demo.mnerm"
  if grep -q "resumed: 9 tweets" "$tmp/out" && grep -q "demo tagged 3 tweets" "$tmp/out"; then ok; else bad "run resumed: $(cat "$tmp/out")"; fi
  expect_status 0 "$mner" export "$tmp/pd.mner" --layer model:demo -o "$tmp/pd-run.txt"
  if cmp -s "$tmp/pd-run.txt" "$tmp/pd-pred.txt"; then ok; else bad "a resumed run's layer differs from mner predict"; fi
  expect_status 0 "$mner" run "$tmp/pd.mner" --model "$tmp/models/demo.mnerm"
  if grep -q "demo tagged 12 tweets" "$tmp/out" && ! grep -q resumed "$tmp/out"; then ok; else bad "run after a whole one: $(cat "$tmp/out")"; fi
fi
# where it runs: asked for CUDA where libtorch has none (Debian's), it runs on the CPU and says so
expect_status 0 "$mner" run "$tmp/pd.mner" --model "$tmp/models/demo.mnerm" --device cuda
if grep -q "CPU" "$tmp/out" || grep -q "cuda" "$tmp/out"; then ok; else bad "run --device cuda: $(cat "$tmp/out")"; fi
grep -q "cuda)" "$tmp/out" || expect_err "no CUDA device"
expect_status 2 "$mner" run "$tmp/pd.mner" --model "$tmp/models/demo.mnerm" --device tpu
# an ensemble of one model twice predicts what the model predicts, and records its dev score
expect_status 0 "$mner" ensemble -o "$tmp/ens.mnerm" --dev "$tmp/pd.txt" --captions "$src/resources/demo/captions.txt" \
    "$tmp/models/demo.mnerm" "$tmp/models/demo.mnerm"
if grep -q "^dev F1 [0-9]" "$tmp/out" && grep -q "(2 members)" "$tmp/out"; then ok; else bad "ensemble: $(cat "$tmp/out")"; fi
"$mner" predict --model "$tmp/ens.mnerm" "$tmp/pd.txt" --captions "$src/resources/demo/captions.txt" -o "$tmp/pd-ens.txt"
if cmp -s "$tmp/pd-ens.txt" "$tmp/pd-pred.txt"; then ok; else bad "an ensemble of one model twice tags otherwise"; fi
expect_status 1 "$mner" ensemble -o "$tmp/ens2.mnerm" "$tmp/ens.mnerm"
expect_err "not a CWI model"
expect_status 0 "$mner" agree "$tmp/pd.mner" gold gold
if grep -q "Cohen's kappa 1.0000" "$tmp/out" && grep -q "^all .* 100.00 " "$tmp/out"; then ok; else bad "agree gold gold: $(cat "$tmp/out")"; fi
expect_status 0 "$mner" agree "$tmp/pd.mner" gold model:demo
agreeF1=$(awk '$1 == "all" {print $4}' "$tmp/out")
evalF1=$("$mner" eval "$tmp/pd.txt" "$tmp/pd-run.txt" | sed -n 's/.*FB1: *\([0-9.]*\)$/\1/p' | head -1)
if [ -n "$agreeF1" ] && [ "$agreeF1" = "$evalF1" ]; then ok; else bad "agree span F1 '$agreeF1' vs eval '$evalF1'"; fi
expect_status 1 "$mner" agree "$tmp/pd.mner" gold model:nothing
expect_status 0 "$mner" agree "$tmp/pd.mner" gold model:demo --split pd
if grep -q "gold vs model:demo: 12 tweets" "$tmp/out"; then ok; else bad "agree --split pd: $(cat "$tmp/out")"; fi
expect_status 1 "$mner" agree "$tmp/pd.mner" gold model:demo --split other
expect_err "no tweet in common"
expect_status 0 "$mner" train --project "$tmp/pd.mner" --init "$tmp/models/demo.mnerm" --epochs 1
if grep -q "kept in the project as demo version 2" "$tmp/out"; then ok; else bad "train --project: $(cat "$tmp/out")"; fi
expect_status 0 "$mner" models --project "$tmp/pd.mner"
if grep -q "^demo  *v2 .*kept in the project" "$tmp/out" && grep -q "^demo  *v1 " "$tmp/out"; then ok; else bad "models --project: $(cat "$tmp/out")"; fi
expect_status 0 "$mner" models --project "$tmp/pd.mner" --export v2 -o "$tmp/v2.mnerm"
expect_status 0 "$mner" predict --model "$tmp/v2.mnerm" "$tmp/pd.txt" -o "$tmp/v2-file.txt"
expect_status 0 "$mner" predict --model "$tmp/pd.mner:v2" "$tmp/pd.txt" -o "$tmp/v2-kept.txt"
if cmp -s "$tmp/v2-file.txt" "$tmp/v2-kept.txt"; then ok; else bad "PROJECT:v2 and the exported file tag differently"; fi
expect_status 0 "$mner" run "$tmp/pd.mner" --model v2
if grep -q "into layer model:demo v2" "$tmp/out"; then ok; else bad "run --model v2: $(cat "$tmp/out")"; fi
expect_status 0 "$mner" run "$tmp/pd.mner" --model "$tmp/pd.mner:v2"
if grep -q "into layer model:demo v2" "$tmp/out"; then ok; else bad "run --model PROJECT:v2: $(cat "$tmp/out")"; fi
expect_status 1 "$mner" run "$tmp/pd.mner" --model v9
expect_err "no kept model 'v9' (kept: demo v2)"
expect_status 1 "$mner" predict --model "$tmp/pd.mner:v9" "$tmp/pd.txt"
expect_err "no kept model"

# a MISC project: the model's OTHER is written as MISC, scored and exported in the project's names,
# and retraining from the bundled-style model works on MISC data
sed 's/-OTHER$/-MISC/' "$demo" >"$tmp/misc.txt"
expect_status 0 "$mner" import "$tmp/misc.mner" "$tmp/misc.txt" --captions "$src/resources/demo/captions.txt"
expect_status 0 "$mner" run "$tmp/misc.mner" --model cwi
"$mner" export "$tmp/misc.mner" --layer model:cwi >"$tmp/misc-run.txt"
if grep -q -- '-MISC$' "$tmp/misc-run.txt" && ! grep -q -- '-OTHER$' "$tmp/misc-run.txt"; then ok; else bad "MISC project run: $(grep -c -- '-MISC$' "$tmp/misc-run.txt") MISC, $(grep -c -- '-OTHER$' "$tmp/misc-run.txt") OTHER tags"; fi
"$mner" predict --model cwi "$demo" --captions "$src/resources/demo/captions.txt" 2>/dev/null >"$tmp/cwi-demo.txt"
if grep -q -- '-OTHER$' "$tmp/cwi-demo.txt" && cmp -s <(sed 's/-MISC$/-OTHER/' "$tmp/misc-run.txt") "$tmp/cwi-demo.txt"; then ok; else bad "the MISC run tags differ from the model's own"; fi
"$mner" eval "$tmp/misc.txt" "$tmp/misc-run.txt" >"$tmp/report"
if grep -q "^ *MISC: precision" "$tmp/report" && ! grep -q "OTHER" "$tmp/report"; then ok; else bad "MISC scores: $(cat "$tmp/report")"; fi
expect_status 0 "$mner" train --project "$tmp/misc.mner" --init "$tmp/models/demo.mnerm" --epochs 1
expect_status 0 "$mner" run "$tmp/misc.mner" --model demo:v1
"$mner" export "$tmp/misc.mner" --layer "model:demo v1" >"$tmp/misc-v2.txt"
if [ -s "$tmp/misc-v2.txt" ]; then ok; else bad "no layer model:demo v1"; fi
if ! grep -q -- '-OTHER$' "$tmp/misc-v2.txt"; then ok; else bad "retrained MISC run writes OTHER"; fi
expect_status 2 "$mner" run "$tmp/misc.mner" --type-alias LOC
# a version kept in another project: its layer is named after it, and the project records where it came from
expect_status 0 "$mner" run "$tmp/misc.mner" --model "$tmp/pd.mner:v2"
if grep -q "into layer model:demo v2" "$tmp/out"; then ok; else bad "run --model OTHER.mner:v2: $(cat "$tmp/out")"; fi

# CoNLL-2003 (MISC, IOB1, -DOCSTART-) and WNUT-17 (six types) in their own label sets: imported
# without a type map, a model run, the gold exported byte for byte, the model's layer in MISC
if [ -f "$shared/data/conll2003/eng.testa" ]; then
    awk 'BEGIN {n = 0} {print} /^$/ {if (++n == 150) exit}' "$shared/data/conll2003/eng.testa" >"$tmp/testa.txt"
    expect_status 0 "$mner" import "$tmp/testa.mner" "$tmp/testa.txt"
    expect_status 0 "$mner" run "$tmp/testa.mner" --model cwi
    "$mner" export "$tmp/testa.mner" --layer gold >"$tmp/testa-gold.txt"
    if cmp -s "$tmp/testa-gold.txt" "$tmp/testa.txt"; then ok; else bad "CoNLL-2003 gold does not round-trip after a model run"; fi
    "$mner" export "$tmp/testa.mner" --layer model:cwi >"$tmp/testa-model.txt"
    "$mner" predict --model cwi "$tmp/testa.txt" 2>/dev/null >"$tmp/testa-pred.txt"
    if grep -q -- '-OTHER$' "$tmp/testa-pred.txt" && ! grep -q -- '-OTHER$' "$tmp/testa-model.txt" &&
       cmp -s <(sed 's/-MISC$/-OTHER/' "$tmp/testa-model.txt") <(sed 's/-MISC$/-OTHER/' "$tmp/testa-pred.txt"); then ok
    else bad "CoNLL-2003 model layer is not the model's tags in MISC: $(grep -c -- '-OTHER$' "$tmp/testa-model.txt") OTHER tags"; fi
    "$mner" export "$tmp/testa.mner" --layer corrected >"$tmp/testa-corr.txt"
    if cmp -s "$tmp/testa-corr.txt" "$tmp/testa.txt"; then ok; else bad "CoNLL-2003 corrected (unedited) differs"; fi
fi
if [ -f "$shared/data/wnut17/dev.conll" ]; then
    expect_status 0 "$mner" import "$tmp/w17.mner" "$shared/data/wnut17/dev.conll"
    "$mner" export "$tmp/w17.mner" --layer gold >"$tmp/w17.txt"
    if cmp -s "$tmp/w17.txt" "$shared/data/wnut17/dev.conll"; then ok; else bad "WNUT-17 dev does not round-trip"; fi
    # retraining the bundled model on six other types: new output rows, said so, the layer in them
    awk 'BEGIN {n = 0} {print} /^$/ {if (++n == 120) exit}' "$shared/data/wnut17/dev.conll" >"$tmp/w17-small.conll"
    expect_status 0 "$mner" import "$tmp/w17s.mner" "$tmp/w17-small.conll"
    expect_status 0 "$mner" train --project "$tmp/w17s.mner" --init cwi --epochs 1
    if grep -q "note: the tag set changed .*added .*person.* removed .*PER" "$tmp/out"; then ok; else bad "WNUT-17 retrain note: $(grep note "$tmp/out")"; fi
    expect_status 0 "$mner" run "$tmp/w17s.mner" --model cwi:v1
    expect_status 0 "$mner" run "$tmp/w17s.mner" --model cwi  # a bare name is the bundled model, not the kept version
    if grep -q "into layer model:cwi in" "$tmp/out"; then ok; else bad "--model cwi ran: $(cat "$tmp/out")"; fi
    "$mner" export "$tmp/w17s.mner" --layer "model:cwi v1" >"$tmp/w17-run.txt"
    if ! grep -qE -- '-(PER|LOC|ORG|OTHER)$' "$tmp/w17-run.txt"; then ok; else bad "the retrained WNUT-17 model still writes the old types"; fi
    "$mner" export "$tmp/w17s.mner" --layer gold >"$tmp/w17s-gold.txt"
    if cmp -s "$tmp/w17s-gold.txt" "$tmp/w17-small.conll"; then ok; else bad "WNUT-17 gold changed by a run and a retrain"; fi
fi

# predict streams JSON lines from standard input: the first answer comes before the input ends
"$mner" export "$tmp/pd.mner" --format jsonl >"$tmp/pd.jsonl"
expect_status 0 "$mner" predict --model "$tmp/v2.mnerm" - --format jsonl <"$tmp/pd.jsonl"
if [ "$(wc -l <"$tmp/out")" = 12 ] && [ "$(grep -c '"label"' "$tmp/out")" = 12 ]; then ok; else bad "predict - wrote $(wc -l <"$tmp/out") lines"; fi
expect_status 0 "$mner" predict --model "$tmp/v2.mnerm" "$tmp/pd.txt" --format jsonl
if cmp -s "$tmp/out" <("$mner" predict --model "$tmp/v2.mnerm" - <"$tmp/pd.jsonl"); then ok; else bad "--format jsonl differs from tagging JSON lines"; fi
"$mner" predict --model "$tmp/v2.mnerm" - --format jsonl <"$tmp/pd.txt" >"$tmp/stdin-twitter.jsonl" 2>/dev/null
# JSON lines streamed in chunks into a column format: the tweets stay apart
"$mner" predict --model "$tmp/v2.mnerm" - --chunk 5 --format twitter <"$tmp/pd.jsonl" >"$tmp/chunked.txt" 2>/dev/null
"$mner" predict --model "$tmp/v2.mnerm" - --chunk 500 --format twitter <"$tmp/pd.jsonl" >"$tmp/whole.txt" 2>/dev/null
if cmp -s "$tmp/chunked.txt" "$tmp/whole.txt" && [ "$(grep -c '^IMGID' "$tmp/chunked.txt")" = 12 ]; then ok; else bad "chunked column output differs: $(diff "$tmp/chunked.txt" "$tmp/whole.txt" | head -3)"; fi
"$mner" predict --model "$tmp/v2.mnerm" - --chunk 5 --format conll <"$tmp/pd.jsonl" >"$tmp/chunked.conll" 2>/dev/null
if [ "$(grep -c '^$' "$tmp/chunked.conll")" = 11 ]; then ok; else bad "chunked CoNLL output has $(grep -c '^$' "$tmp/chunked.conll") blank lines, 11 expected"; fi
if cmp -s "$tmp/out" "$tmp/stdin-twitter.jsonl"; then ok; else bad "Twitter-2015 on standard input, --format jsonl: $(head -c 200 "$tmp/stdin-twitter.jsonl")"; fi
coproc STREAM { "$mner" predict --model "$tmp/v2.mnerm" - --chunk 1 2>/dev/null; }
head -1 "$tmp/pd.jsonl" >&"${STREAM[1]}"
if IFS= read -r -t 60 first <&"${STREAM[0]}" && [[ "$first" == *'"label"'* ]]; then ok; else bad "predict - did not answer the first line before the input ended"; fi
exec {STREAM[1]}>&-
wait "$STREAM_PID" 2>/dev/null
printf '{"tokens": ["a"], "label": ["O"]}\n{"tokens": [1], "label": ["O"]}\n' | "$mner" predict --model "$tmp/v2.mnerm" - --chunk 1 >"$tmp/out" 2>"$tmp/err"
if grep -q "<stdin>:2: expected only strings" "$tmp/err"; then ok; else bad "stream error line: $(cat "$tmp/err")"; fi

# active-learning simulation, tiny: two rounds of 5 tweets for each strategy
expect_status 0 "$mner" simulate-al --train "$demo" --dev "$demo" --rounds 2 --round-size 5 --epochs 1 -o "$tmp/al.tsv"
if [ "$(cut -f1 "$tmp/al.tsv" | tr '\n' ,)" = "tweets,5,10," ] && [ "$(head -1 "$tmp/al.tsv" | awk -F'\t' '{print NF}')" = 3 ]; then ok; else bad "simulate-al: $(cat "$tmp/al.tsv")"; fi
if awk -F'\t' 'NR > 1 && ($2 !~ /^[0-9]+\.[0-9][0-9]$/ || $3 !~ /^[0-9]+\.[0-9][0-9]$/) {bad = 1} END {exit bad}' "$tmp/al.tsv"; then ok; else bad "simulate-al figures: $(cat "$tmp/al.tsv")"; fi

# MSB pre-training resumes from its checkpoint
if [ -f "$shared/vocab/bert-base-uncased-vocab.txt" ] && [ -f "$shared/data/unlabeled/webtext.txt" ]; then
    head -200 "$shared/data/unlabeled/webtext.txt" >"$tmp/corpus.txt"
    pt=(--arch msb-tiny --corpus "$tmp/corpus.txt" --batch 4 --seq-len 16 --checkpoint-every 2 -o "$tmp/pt.ck")
    expect_status 0 "$mner" pretrain "${pt[@]}" --vocab "$shared/vocab/bert-base-uncased-vocab.txt" --steps 2
    if grep -q "resumed" "$tmp/err"; then bad "a new pre-training run says it resumed"; else ok; fi
    expect_status 0 "$mner" pretrain "${pt[@]}" --steps 4
    if grep -q "step      4/4 .*(resumed)" "$tmp/err" && grep -q "pre-trained to step 4" "$tmp/out"; then ok; else bad "pretrain resume: $(cat "$tmp/err")"; fi
fi

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]

#!/usr/bin/env bash
# mner against the test cluster: server init and add-user, push and pull (every layer exports the
# same after the round trip), import --layer within and across an annotator's rights, and the
# commands that take a project taking its URL, the 8,257-tweet corpus there and back.
# Usage: cli_server_test.sh MNER URL_FILE DEMO.mner [SHARED_DIR]
set -u
mner=$1 urlfile=$2 demo=$3
admin=$(cat "$urlfile" 2>/dev/null)
[ -n "$admin" ] || { echo "no PostgreSQL server binaries (setup.sh installs postgresql)"; exit 0; }
source "$(dirname "$0")/../cli_lib.sh"
as() { echo "${admin/mner_admin@/$1@}"; }

p="cli$$"
url="$admin?project=$p"
expect_status 0 "$mner" server init "$url"
expect_out "0 tweets"
expect_status 0 "$mner" server add-user "$admin" ann1 --role annotator
expect_status 0 "$mner" server add-user "$admin" ann2 --role annotator
expect_status 2 "$mner" server add-user "$admin" x --role boss
expect_err "unknown role 'boss'"
expect_status 2 "$mner" push "$demo" "not-a-url"
expect_status 1 "$mner" info "$admin?project=nothere$$"
expect_err "no project 'nothere$$' on the server"
# push into a project that has tweets is refused; a new one takes it whole
cp "$demo" "$tmp/demo.mner"
expect_status 0 "$mner" push "$tmp/demo.mner" "$admin?project=${p}_up"
expect_out "pushed 12 tweets"
expect_status 1 "$mner" push "$tmp/demo.mner" "$admin?project=${p}_up"
expect_err "already holds tweets"
expect_status 0 "$mner" info "$admin?project=${p}_up"
expect_out "tweets:   12"
expect_status 0 "$mner" pull "$admin?project=${p}_up" -o "$tmp/back.mner"
expect_status 1 "$mner" pull "$admin?project=${p}_up" -o "$tmp/back.mner"
expect_err "already exists"
for layer in gold corrected; do
    "$mner" export "$tmp/demo.mner" --layer $layer -o "$tmp/a.txt" && "$mner" export "$tmp/back.mner" --layer $layer -o "$tmp/b.txt"
    if cmp -s "$tmp/a.txt" "$tmp/b.txt"; then ok; else bad "layer $layer differs after push and pull"; fi
done
# another tool's labels into a layer: one's own goes, another annotator's is refused by the server
"$mner" export "$tmp/demo.mner" --layer gold -o "$tmp/theirs.txt"
sed -i '0,/\tO$/s//\tB-ORG/' "$tmp/theirs.txt"
expect_status 0 "$mner" import "$(as ann1)?project=${p}_up" "$tmp/theirs.txt" --layer annotator:ann1
expect_out "recorded 1 edits (12 tweets matched) in layer annotator:ann1"
expect_status 1 "$mner" import "$(as ann1)?project=${p}_up" "$tmp/theirs.txt" --layer annotator:ann2
expect_err "refused"
expect_status 1 "$mner" import "$(as ann1)?project=${p}_up" "$tmp/theirs.txt" --layer curated
expect_err "refused"
expect_status 0 "$mner" info "$admin?project=${p}_up"
expect_out "annotator:ann1 (annotator): 1 tweets"
expect_out "ann1: 0 tweets done, 1 edits"
expect_status 0 "$mner" import "$(as ann1)?project=${p}_up" "$tmp/theirs.txt" --layer annotator:ann1
expect_out "recorded 0 edits (12 tweets matched)"  # nothing differs any more
expect_status 0 "$mner" compact "$admin?project=${p}_up"
expect_out " MB -> "
# the same on a file, and a tweet the project lacks
printf 'IMGID:nope\nzzz\tO\n' >"$tmp/other.txt"
expect_status 1 "$mner" import "$tmp/demo.mner" "$tmp/other.txt" --layer annotator:x
expect_err "other.txt:1: tweet 'nope' is not in the project"

# the 8,257-tweet benchmark corpus (bench/twitter8257.sh) there and back: every layer the same
shared=${4:-}
if [ -n "$shared" ] && [ -f "$shared/data/twitter2015/train.txt" ]; then
    source "$(dirname "$0")/../../bench/twitter8257.sh"
    expect_status 0 "$mner" import "$tmp/big.mner" "${TWITTER_8257[@]}" --captions "$TWITTER_CAPTIONS"
    expect_status 0 "$mner" push "$tmp/big.mner" "$admin?project=${p}_big"
    expect_out "pushed 8257 tweets"
    expect_status 0 "$mner" pull "$admin?project=${p}_big" -o "$tmp/big-back.mner"
    for split in train valid stand-in; do
        "$mner" export "$tmp/big.mner" --layer gold --split $split -o "$tmp/a.txt"
        "$mner" export "$tmp/big-back.mner" --layer gold --split $split -o "$tmp/b.txt"
        if cmp -s "$tmp/a.txt" "$tmp/b.txt"; then ok; else bad "split $split differs after push and pull"; fi
    done
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

# Sourced by the benchmarks: the files of an 8,257-tweet corpus, as large as all of Twitter-2015.
# The test split (3,257 tweets) is held out, so its stand-in is the first 3,257 tweets of train.
# Sets TWITTER_8257 (three files) and TWITTER_CAPTIONS; needs $shared and $tmp.
d=$shared/data/twitter2015
awk 'BEGIN{RS=""; ORS="\n\n"} NR<=3257' "$d/train.txt" >"$tmp/stand-in.txt"
TWITTER_8257=("$d/train.txt" "$d/valid.txt" "$tmp/stand-in.txt")
TWITTER_CAPTIONS=$d/captions-blip2.txt

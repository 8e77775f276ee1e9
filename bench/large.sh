#!/usr/bin/env bash
# Large projects (issue 18). For each size (10,000, 100,000 and 1,000,000 tweets: Twitter-2015
# train repeated with new ids, copy k adding k * 10^7 to each id; the captions follow the ids):
#   import     mner import (tweets/s, peak memory), the project's size per tweet;
#   run        mner run with the bundled cwi over every tweet (tweets/s, peak memory);
#   GUI        mner-studio-bench on the tagged project: open, the docks' background reading, the
#              Errors dock's first page, sorting and filtering the whole list, next tweet, durable
#              edit, peak memory.
# Usage: bench/large.sh [BUILD_DIR] [SHARED_DIR] [OUT_DIR]   (SIZES="10000 100000" picks sizes)
# The 1M size needs ~3 GB of disk and, on a 2-core EPYC VM, about 15 minutes (most of it the run).
set -euo pipefail
build=${1:-build} shared=${2:-../shared} out=${3:-$(mktemp -d)}
sizes=${SIZES:-10000 100000 1000000}
mkdir -p "$out"
export OMP_NUM_THREADS=1 QT_QPA_PLATFORM=offscreen
d=$shared/data/twitter2015
peak() {  # peak CMD...: runs CMD, then prints its peak memory (needs GNU time)
  if [ -x /usr/bin/time ]; then /usr/bin/time -f "peak memory %M KB" "$@"; else "$@"; echo "peak memory: n/a (no /usr/bin/time)" >&2; fi
}
for n in $sizes; do
  echo "== $n tweets"
  awk -v n="$n" '{l[NR]=$0} END{c=0; for(k=0;c<n;k++) for(i=1;i<=NR;i++){ if (substr(l[i],1,6)=="IMGID:") { if (c>=n) break; c++; print "IMGID:" (substr(l[i],7)+k*10000000) } else print l[i] } }' \
    "$d/train.txt" >"$out/large-$n.txt"
  awk -v n="$n" '{p=index($0," :"); name[NR]=substr($0,1,p-5); rest[NR]=substr($0,p)} END{for(k=0;k*4000<n;k++) for(i=1;i<=NR;i++) print (name[i]+k*10000000) ".jpg" rest[i]}' \
    "$d/captions-blip2.txt" >"$out/captions-$n.txt"
  p=$out/large-$n.mner
  rm -f "$p" "$p"-wal "$p"-shm
  s=$(date +%s%N)
  peak "$build/bin/mner" import "$p" "$out/large-$n.txt" --captions "$out/captions-$n.txt" --split train 2>"$out/import-$n.err"
  e=$(date +%s%N)
  echo "import: $(( (e - s) / 1000000 )) ms, $(( n * 1000000000 / (e - s) )) tweets/s, $(grep 'peak' "$out/import-$n.err")"
  "$build/bin/mner" info "$p" | grep '^size'
  peak "$build/bin/mner" run "$p" --model cwi 2>"$out/run-$n.err"
  echo "run: $(grep 'peak' "$out/run-$n.err")"
  "$build/bin/mner" info "$p" | grep '^size'
  "$build/bin/mner-studio-bench" "$p" 200 2>/dev/null
  rm -f "$out/large-$n.txt" "$out/captions-$n.txt"
done

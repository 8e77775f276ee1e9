#!/usr/bin/env bash
# A team's server on this machine (issue 17): a throwaway PostgreSQL cluster on localhost, the
# 8,257-tweet corpus pushed to it, the GUI timed on the server project (open, next tweet, durable
# edit), edits/s with 8 and 32 concurrent writers, and the pull back (every layer the same).
# Usage: bench/server.sh [BUILD_DIR] [SHARED_DIR]
set -euo pipefail
build=${1:-build} shared=${2:-../shared}
tmp=$(mktemp -d)
[ "$(id -u)" -eq 0 ] && chmod 755 "$tmp"
cluster=$(dirname "$0")/../tests/server/cluster.sh
trap 'bash "$cluster" stop "$tmp/server"; rm -rf "$tmp"' EXIT
bash "$cluster" start "$tmp/server"
admin=$(cat "$tmp/server/url")
[ -n "$admin" ] || { echo "no PostgreSQL server binaries"; exit 1; }
source "$(dirname "$0")/twitter8257.sh"
"$build/bin/mner" import "$tmp/p.mner" "${TWITTER_8257[@]}" --captions "$TWITTER_CAPTIONS" >/dev/null
OMP_NUM_THREADS=1 "$build/bin/mner" run "$tmp/p.mner" >/dev/null 2>&1  # a model layer, as a team would have
ms() { echo $(( $(date +%s%N) / 1000000 )); }
t0=$(ms)
"$build/bin/mner" push "$tmp/p.mner" "$admin?project=bench"
echo "push: $(( $(ms) - t0 )) ms, file $(du -h "$tmp/p.mner" | cut -f1)"
QT_QPA_PLATFORM=offscreen "$build/bin/mner-studio-bench" "$admin?project=bench" 300 | grep -E "open project|next tweet|durable edit|tweets "
for n in 8 32; do "$build/bin/mner-server-bench" "$admin" bench $n 200; done
t0=$(ms)
"$build/bin/mner" pull "$admin?project=bench" -o "$tmp/back.mner"
echo "pull: $(( $(ms) - t0 )) ms"
"$build/bin/mner" export "$tmp/p.mner" --layer gold -o "$tmp/a.txt"
"$build/bin/mner" export "$tmp/back.mner" --layer gold -o "$tmp/b.txt"
cmp "$tmp/a.txt" "$tmp/b.txt" && echo "gold after push and pull: identical"
for l in $("$build/bin/mner" info "$tmp/p.mner" | awk '/^  model:/ {print $1}'); do
  "$build/bin/mner" export "$tmp/p.mner" --layer "$l" -o "$tmp/a.txt"
  "$build/bin/mner" export "$tmp/back.mner" --layer "$l" -o "$tmp/b.txt"
  cmp "$tmp/a.txt" "$tmp/b.txt" && echo "$l after push and pull: identical"
done

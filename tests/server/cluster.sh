#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `cluster.sh start DIR` runs initdb into a fresh
# temp folder as an unprivileged user (PostgreSQL refuses root), starts the server on 127.0.0.1
# at a free port and writes its URL to DIR/url; `cluster.sh stop DIR` stops it and removes it.
# `cluster.sh crash DIR` stops the server as a crash would (pg_ctl stop -m immediate) and
# `cluster.sh restart DIR` starts it again on the same port (fault tests).
# Without the server binaries, start writes an empty DIR/url and the server tests skip.
set -euo pipefail
cmd=${1:?start or stop} dir=${2:?folder for the url}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
run=()
[ "$(id -u)" -eq 0 ] && run=(runuser -u nobody --)
case $cmd in
start)
  mkdir -p "$dir"
  : >"$dir/url"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "no PostgreSQL server binaries (setup.sh installs postgresql): the server tests skip"
    exit 0
  fi
  [ -f "$dir/data-dir" ] && "$0" stop "$dir" || true
  data=$(mktemp -d /tmp/mner-pg.XXXXXX)
  echo "$data" >"$dir/data-dir"
  [ ${#run[@]} -gt 0 ] && chown nobody "$data"
  "${run[@]}" "$bin/initdb" -D "$data/db" -A trust -U mner_admin -E UTF8 --locale=C.UTF-8 >"$data/initdb.log"
  for try in 1 2 3 4 5 6 7 8 9 10; do
    port=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue  # taken
    if "${run[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $port -k $data -c max_connections=100" start >/dev/null; then
      echo "postgresql://mner_admin@127.0.0.1:$port/postgres" >"$dir/url"
      echo "-h 127.0.0.1 -p $port -k $data -c max_connections=100" >"$data/options"
      echo "test server at 127.0.0.1:$port ($data)"
      exit 0
    fi
  done
  cat "$data/server.log" >&2
  exit 1 ;;
stop)
  [ -f "$dir/data-dir" ] || exit 0
  data=$(cat "$dir/data-dir")
  if [ -n "$bin" ] && [ -d "$data/db" ]; then
    "${run[@]}" "$bin/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$data" "$dir/data-dir"
  : >"$dir/url" ;;
crash)
  data=$(cat "$dir/data-dir")
  "${run[@]}" "$bin/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null ;;
restart)
  data=$(cat "$dir/data-dir")
  "${run[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 -o "$(cat "$data/options")" start >/dev/null ;;
*) echo "usage: $0 start|stop|crash|restart DIR" >&2; exit 2 ;;
esac

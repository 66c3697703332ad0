#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and CI: a fresh data folder, 127.0.0.1 on a free port,
# trust authentication, no durability (it is deleted afterwards anyway).
#
#   scripts/postgres.sh probe        exit 0 when a server can be started here, else say why on stderr
#   scripts/postgres.sh start [DIR]  start one in DIR (default: a new temp folder); prints its admin URL
#   scripts/postgres.sh stop DIR     stop it and delete DIR
#
# --no-locale keeps string ordering byte order, as in SQLite. PostgreSQL refuses to run as root,
# so as root the server runs as the `postgres` user Debian's package creates.
set -euo pipefail

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then
    echo "$PG_BIN"
    return
  fi
  local newest
  newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

as_server_user() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

probe() {
  local bin
  bin="$(find_bin)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "no PostgreSQL server binaries (initdb, pg_ctl) found; install Debian's postgresql package or set PG_BIN" >&2
    return 1
  fi
  if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
    echo "running as root and there is no postgres user to run the server as (PostgreSQL refuses root)" >&2
    return 1
  fi
  if ! as_server_user "$bin/initdb" --version >/dev/null 2>&1; then
    echo "$bin/initdb cannot be run as $( [ "$(id -u)" = "0" ] && echo postgres || id -un)" >&2
    return 1
  fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

start() {
  probe
  local bin dir port
  bin="$(find_bin)"
  dir="${1:-$(mktemp -d "${TMPDIR:-/tmp}/allies-api-pg-XXXXXX")}"
  mkdir -p "$dir"
  if [ "$(id -u)" = "0" ]; then chown postgres: "$dir"; fi
  as_server_user "$bin/initdb" -D "$dir/data" --no-locale -E UTF8 -A trust -U postgres >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    return 1
  }
  # The port can be taken between choosing and binding it; try a few.
  for _ in 1 2 3 4 5; do
    port="$(free_port)"
    if as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      >/dev/null 2>&1; then
      echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/url"
      echo "$dir" >"$dir/dir"
      cat "$dir/url"
      return 0
    fi
  done
  echo "PostgreSQL did not start; its log:" >&2
  cat "$dir/server.log" >&2 || true
  return 1
}

stop() {
  local bin dir="${1:?usage: postgres.sh stop DIR}"
  bin="$(find_bin)"
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  probe) probe ;;
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  *)
    echo "usage: $0 probe | start [DIR] | stop DIR" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL 15 cluster for tests and CI.
#
#   bash scripts/pg-cluster.sh start DIR   # initdb into DIR/data if needed, start; last stdout line is the URL
#   bash scripts/pg-cluster.sh stop DIR
#
# Port 55432 unless WAQIA_PG_PORT is set; listens on 127.0.0.1 only, socket in DIR, trust auth.
# initdb refuses to run as root, so as root the cluster is owned and run by the `postgres` user.
set -euo pipefail

PG_BIN=${WAQIA_PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${WAQIA_PG_PORT:-55432}

usage() {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}

[[ $# -eq 2 ]] || usage
ACTION=$1
DIR=$2

if [[ ! -x "$PG_BIN/initdb" ]]; then
  echo "error: PostgreSQL binaries not found in $PG_BIN (install postgresql-15 or set WAQIA_PG_BIN)" >&2
  exit 1
fi

# Run a command as the cluster owner: postgres when we are root, else ourselves.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

stop_cluster() {
  if [[ -f "$DIR/data/postmaster.pid" ]]; then
    as_owner "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
  fi
}

case "$ACTION" in
  start)
    mkdir -p "$DIR"
    DIR=$(cd "$DIR" && pwd)
    if [[ $(id -u) -eq 0 ]]; then
      chown postgres:postgres "$DIR"
    fi
    # A server left running on DIR by an earlier run is stopped first, so start is safe to repeat.
    stop_cluster
    if [[ ! -f "$DIR/data/PG_VERSION" ]]; then
      as_owner "$PG_BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --no-instructions >&2
    fi
    as_owner "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
      -o "-p $PORT -k '$DIR' -c listen_addresses=127.0.0.1" start >&2 || {
      echo "error: PostgreSQL did not start; see $DIR/server.log" >&2
      tail -n 20 "$DIR/server.log" >&2 || true
      exit 1
    }
    echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    [[ -d "$DIR" ]] || exit 0
    DIR=$(cd "$DIR" && pwd)
    stop_cluster
    ;;
  *)
    usage
    ;;
esac

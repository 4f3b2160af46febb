#!/usr/bin/env bash
# Quick start, part 2 (and CI): install waqia with dev tools, lint, type-check, and run every test,
# including the PostgreSQL suite on a throwaway server started here. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh postgres,web,dev

echo "== ruff"
.venv/bin/ruff check src tests benchmarks
.venv/bin/ruff format --check src tests benchmarks
echo "== mypy"
.venv/bin/mypy

pg_bin=/usr/lib/postgresql/15/bin
if [ -z "${WAQIA_TEST_POSTGRES_URL:-}" ]; then
  if [ ! -x "$pg_bin/initdb" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing PostgreSQL 15 (Debian package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  fi
  if [ -x "$pg_bin/initdb" ]; then
    pg_dir="$(mktemp -d /tmp/waqia-pg.XXXXXX)"
    trap 'bash scripts/pg-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
    WAQIA_TEST_POSTGRES_URL="$(bash scripts/pg-cluster.sh start "$pg_dir" | tail -n 1)"
    export WAQIA_TEST_POSTGRES_URL
    echo "== PostgreSQL test server: $WAQIA_TEST_POSTGRES_URL"
  else
    echo "== no PostgreSQL server: the PostgreSQL tests will skip (and fail under CI=true)"
  fi
fi

echo "== browser for the dashboard tests"
bash scripts/install-browser.sh || echo "   no Chromium: the browser tests will skip (and fail under CI=true)"

echo "== pytest"
.venv/bin/python -m pytest "$@"

#!/usr/bin/env bash
# Quick start, part 1: install waqia in .venv and run the demo on the bundled sample (SQLite).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh postgres,web
exec .venv/bin/waqia demo "$@"

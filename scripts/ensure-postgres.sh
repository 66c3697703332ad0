#!/usr/bin/env bash
# The test suite runs the API tests on PostgreSQL too, on a throwaway server that
# scripts/postgres.sh starts. Install Debian's server package when it is missing and we are
# allowed to; otherwise say loudly that those tests will be skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
# Told to skip the PostgreSQL tests, or to use a server of the user's own: nothing to install.
if [ "${TEST_POSTGRES:-}" = "off" ] || [ -n "${TEST_POSTGRES_URL:-}" ]; then
  exit 0
fi
if bash scripts/postgres.sh probe 2>/dev/null; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-postgres: installing Debian's postgresql (about a minute)..."
  # A package script failing (e.g. to start the distribution's own cluster without an init
  # system) must not stop the tests: what matters is whether our throwaway server can start.
  apt-get update -qq >/dev/null || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null ||
    echo "ensure-postgres: apt-get reported an error; checking whether the server can start anyway" >&2
  if bash scripts/postgres.sh probe; then
    exit 0
  fi
fi
echo "ensure-postgres: WARNING: no PostgreSQL server can be started here ($(bash scripts/postgres.sh probe 2>&1 || true))." \
  "Install PostgreSQL (Debian: apt-get install postgresql) to run the PostgreSQL tests; npm test will skip them." >&2

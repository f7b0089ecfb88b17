#!/usr/bin/env bash
# Stop the local platform started by `npm run up`.
. "$(dirname "$0")/lib.sh"
ensure_node
ensure_node_modules
cd "$REPO_ROOT"
# The garbage collector's kube-controller-manager goes first, by the pid the platform
# recorded (scripts/platform.ts stops the stand-in, the apiserver and etcd). The name check
# keeps a reused pid of some other process safe.
state="$CACHE_DIR/platform/platform.json"
if [ -f "$state" ]; then
  pid="$(node -e 'const p = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).pids.controllerManager; if (p) console.log(p)' "$state")"
  if [ -n "$pid" ] && [ "$(ps -o comm= -p "$pid" 2>/dev/null)" = "kube-controller" ]; then
    kill -TERM "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
fi
node scripts/platform.ts down

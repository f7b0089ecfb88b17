#!/usr/bin/env bash
# The main job on its embedded default: build or reuse the real tools, start the local
# platform (kube-apiserver + etcd + garbage collector + platform API + stand-in) and leave it
# running.
. "$(dirname "$0")/lib.sh"
ensure_node
ensure_node_modules
cd "$REPO_ROOT"
# Leftovers of a platform that is no longer running (a crashed apiserver, say) are stopped
# first, the garbage collector included.
node scripts/platform.ts status >/dev/null 2>&1 || bash "$(dirname "$0")/down.sh" >/dev/null
node scripts/platform.ts up

#!/usr/bin/env bash
# The main job on its embedded default: build or reuse the real tools, start the local
# platform (kube-apiserver + etcd + platform API + stand-in) and leave it running.
. "$(dirname "$0")/lib.sh"
ensure_node
ensure_node_modules
cd "$REPO_ROOT"
node scripts/platform.ts up

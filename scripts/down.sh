#!/usr/bin/env bash
# Stop the local platform started by `npm run up`.
. "$(dirname "$0")/lib.sh"
ensure_node
ensure_node_modules
cd "$REPO_ROOT"
node scripts/platform.ts down

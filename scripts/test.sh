#!/usr/bin/env bash
# The whole test suite: set-up, static checks, then every test. `npm test` runs this.
. "$(dirname "$0")/lib.sh"
ensure_node
ensure_node_modules
cd "$REPO_ROOT"
bash scripts/fetch-cozystack-source.sh || log "conformance source unavailable; the conformance test will say why"
log "typecheck"; npx tsc --noEmit
log "lint"; npx eslint .
log "format"; npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
log "tests"; npx vitest run

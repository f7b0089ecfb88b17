#!/usr/bin/env bash
# The whole test suite: set-up, static checks, then every test. `npm test` runs this.
. "$(dirname "$0")/lib.sh"
ensure_node
ensure_node_modules
cd "$REPO_ROOT"
# Every real tool the tests drive is built (or found in the cache) before any test
# starts, so that no build runs inside a test's timeout.
log "tools (built from Go modules on first use, then cached in $CACHE_DIR/bin)"
bash scripts/tools/all.sh
export COZYSTACK_IAC_TOOLS_READY=1
bash scripts/fetch-cozystack-source.sh || log "no cached Cozystack source; the conformance test reads the shared upstream data (it says which source it used)"
log "typecheck"; npx tsc --noEmit
log "lint"; npx eslint .
log "format"; npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
# The CDK bindings (cdk/, compiled to cdk/dist) and the example app that depends on them, for
# test/integration/provider/cdk.test.ts and test/cdk-generated.test.ts.
log "CDK bindings and examples/cdk (npm ci)"
(cd cdk && npm ci --no-audit --no-fund --ignore-scripts && npm run build)
(cd examples/cdk && npm ci --no-audit --no-fund --ignore-scripts)
log "tests"
mkdir -p .tmp
status=0
npx vitest run --project unit --project plugin --project integration --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json "$@" || status=$?
# One plain closing line that any CI reader understands.
node -e '
  const r = JSON.parse(require("fs").readFileSync(".tmp/vitest.json", "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' || true
exit "$status"

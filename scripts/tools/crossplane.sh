#!/usr/bin/env bash
# Build the Crossplane CLI (crank) v2.2.4, whose `render` runs functions in-process
# with no Docker, and print its path. Honours $CROSSPLANE_BIN and `crossplane` on PATH.
. "$(dirname "$0")/lib-go.sh"
VERSION="${1:-${CROSSPLANE_VERSION:-2.2.4}}"
VERSION="${VERSION#v}"
reuse_tool crossplane "$VERSION" CROSSPLANE_BIN --version
BIN="$(cached_tool crossplane "$VERSION")"
require_go "Crossplane CLI $VERSION"
log "building the Crossplane CLI $VERSION with go install (a few minutes on 2 cores)"
start=$SECONDS
dir="$(dirname "$BIN")"
mkdir -p "$dir"
GOBIN="$dir" GOTOOLCHAIN=auto CGO_ENABLED=0 go install -trimpath \
  -ldflags "-s -w -X github.com/crossplane/crossplane/v2/internal/version.version=v$VERSION" \
  "github.com/crossplane/crossplane/v2/cmd/crank@v$VERSION"
mv "$dir/crank" "$BIN"
built "Crossplane CLI" "$VERSION" "$start" "$BIN"
echo "$BIN"

#!/usr/bin/env bash
# Build crane (github.com/google/go-containerregistry) and print its path. The package
# tests use it to validate our OCI layouts and as a local registry (`crane registry serve`).
# Honours $CRANE_BIN and a `crane` on PATH of the same version.
. "$(dirname "$0")/lib-go.sh"
VERSION="${1:-${CRANE_VERSION:-0.22.1}}"
VERSION="${VERSION#v}"
reuse_tool crane "$VERSION" CRANE_BIN version
BIN="$(cached_tool crane "$VERSION")"
require_go "crane $VERSION"
log "building crane $VERSION with go install"
start=$SECONDS
mkdir -p "$(dirname "$BIN")"
GOBIN="$(dirname "$BIN")" GOTOOLCHAIN=auto CGO_ENABLED=0 go install -trimpath \
  -ldflags "-s -w -X github.com/google/go-containerregistry/cmd/crane/cmd.Version=v$VERSION" \
  "github.com/google/go-containerregistry/cmd/crane@v$VERSION"
built crane "$VERSION" "$start" "$BIN"
echo "$BIN"

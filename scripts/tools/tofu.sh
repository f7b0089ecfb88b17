#!/usr/bin/env bash
# Build OpenTofu from its Go module at a pinned version and print the binary's path.
# Usage: scripts/tools/tofu.sh [VERSION]   (default: the latest stable 1.12.x we test with)
# Honours $TOFU_BIN, and a `tofu` on PATH of the same version.
. "$(dirname "$0")/lib-go.sh"
VERSION="${1:-${TOFU_VERSION:-1.12.6}}"
VERSION="${VERSION#v}"
reuse_tool tofu "$VERSION" TOFU_BIN version
BIN="$(cached_tool tofu "$VERSION")"
require_go "OpenTofu $VERSION"
log "building OpenTofu $VERSION from github.com/opentofu/opentofu (a few minutes on 2 cores)"
start=$SECONDS
src="$(go_module_dir github.com/opentofu/opentofu "v$VERSION")"
work="$(mktemp -d "$CACHE_DIR/build-tofu-XXXXXX")"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
# The module's go.mod replaces hcl with OpenTofu's fork, which `go install pkg@version`
# refuses; building inside a writable copy of the module honours the replace.
cp -r "$src/." "$work/"
chmod -R u+w "$work"
mkdir -p "$(dirname "$BIN")"
(cd "$work" && GOTOOLCHAIN=auto CGO_ENABLED=0 go build -trimpath \
  -ldflags "-s -w -X github.com/opentofu/opentofu/version.dev=no" -o "$BIN.tmp" ./cmd/tofu)
mv "$BIN.tmp" "$BIN"
built OpenTofu "$VERSION" "$start" "$BIN"
echo "$BIN"

#!/usr/bin/env bash
# Puts Cozystack's published schemas (the ApplicationDefinitions under packages/system)
# for the pinned release into the cache, from the Go module proxy. Never committed.
# Honours COZYSTACK_SOURCE_DIR (an existing checkout or module directory).
. "$(dirname "$0")/lib.sh"
VERSION="$(sed -n 's/^export const COZYSTACK_VERSION = "\(.*\)";/\1/p' "$REPO_ROOT/schemas/conformance/version.ts")"
DEST="$CACHE_DIR/cozystack-src/$VERSION"
if [ -n "${COZYSTACK_SOURCE_DIR:-}" ] && [ -d "$COZYSTACK_SOURCE_DIR/packages/system" ]; then
  log "using COZYSTACK_SOURCE_DIR=$COZYSTACK_SOURCE_DIR"; exit 0
fi
if [ -d "$DEST/packages/system" ]; then log "Cozystack $VERSION schemas cached in $DEST"; exit 0; fi
command -v go >/dev/null 2>&1 || die "Go is needed to download github.com/cozystack/cozystack@$VERSION"
log "downloading github.com/cozystack/cozystack@$VERSION through the Go module proxy"
start=$SECONDS
json="$(go mod download -json "github.com/cozystack/cozystack@$VERSION" 2>/dev/null || true)"
dir="$(printf '%s' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
if [ -z "$dir" ] || [ ! -d "$dir/packages/system" ]; then
  err="$(printf '%s' "$json" | sed -n 's/^[[:space:]]*"Error": "\(.*\)",*$/\1/p')"
  log "the module proxy did not serve github.com/cozystack/cozystack@$VERSION: ${err:-no directory}"
  exit 1
fi
mkdir -p "$DEST/packages"
cp -r "$dir/packages/system" "$DEST/packages/"
chmod -R u+w "$DEST"
log "Cozystack $VERSION schemas cached in $DEST ($((SECONDS - start))s)"

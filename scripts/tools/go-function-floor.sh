#!/usr/bin/env bash
# Build the Go floor of bench/function-go-floor (our own code: a pass-through
# RunFunction server on grpc-go from the Go module proxy) and print its path.
. "$(dirname "$0")/lib-go.sh"
SRC="$REPO_ROOT/bench/function-go-floor"
HASH="$(cat "$SRC/main.go" "$SRC/go.mod" | sha256sum | cut -c1-12)"
BIN="$(cached_tool function-go-floor "$HASH")"
if [ -x "$BIN" ]; then echo "$BIN"; exit 0; fi
require_go "the Go function floor"
log "building the Go function floor (google.golang.org/grpc v1.85.0)"
start=$SECONDS
work="$CACHE_DIR/build/function-go-floor-$HASH"
rm -rf "$work"; mkdir -p "$work" "$(dirname "$BIN")"
cp "$SRC/main.go" "$SRC/go.mod" "$work/"
(cd "$work" && GOTOOLCHAIN=auto go mod tidy >/dev/null 2>&1 || (cd "$work" && GOTOOLCHAIN=auto go mod tidy))
(cd "$work" && GOTOOLCHAIN=auto CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$BIN.tmp" .)
mv "$BIN.tmp" "$BIN"
built "Go function floor" "$HASH" "$start" "$BIN"
echo "$BIN"

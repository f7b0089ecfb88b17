#!/usr/bin/env bash
# Build the Go baseline provider of bench/go-baseline (our own code, on
# terraform-plugin-framework from the Go module proxy) and print its path.
. "$(dirname "$0")/lib-go.sh"
SRC="$REPO_ROOT/bench/go-baseline"
HASH="$(cat "$SRC/main.go" "$SRC/go.mod" | sha256sum | cut -c1-12)"
BIN="$(cached_tool terraform-provider-baseline "$HASH")"
if [ -x "$BIN" ]; then echo "$BIN"; exit 0; fi
require_go "the Go baseline provider"
log "building the Go baseline provider (terraform-plugin-framework v1.19.0)"
start=$SECONDS
work="$CACHE_DIR/build/go-baseline-$HASH"
rm -rf "$work"; mkdir -p "$work" "$(dirname "$BIN")"
cp "$SRC/main.go" "$SRC/go.mod" "$work/"
(cd "$work" && GOTOOLCHAIN=auto go mod tidy >/dev/null 2>&1 || (cd "$work" && GOTOOLCHAIN=auto go mod tidy))
(cd "$work" && GOTOOLCHAIN=auto CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$BIN.tmp" .)
mv "$BIN.tmp" "$BIN"
built "Go baseline provider" "$HASH" "$start" "$BIN"
echo "$BIN"

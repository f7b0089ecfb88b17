#!/usr/bin/env bash
# Build etcd 3.6 (the series Kubernetes 1.35 pairs with; Debian's 3.4.23 is too old
# for its health checks) and print its path. etcd's go.mod files replace sibling
# modules with local paths, so we build from a tiny module pinning the published ones.
# Honours $ETCD_BIN.
. "$(dirname "$0")/lib-go.sh"
VERSION="${1:-${ETCD_VERSION:-3.6.6}}"
VERSION="${VERSION#v}"
reuse_tool etcd "$VERSION" ETCD_BIN
BIN="$(cached_tool etcd "$VERSION")"
require_go "etcd $VERSION"
log "building etcd $VERSION from go.etcd.io/etcd/server/v3"
start=$SECONDS
work="$CACHE_DIR/build/etcd-$VERSION"
mkdir -p "$work"
cat > "$work/go.mod" <<MOD
module local/etcd-build

go 1.24

require go.etcd.io/etcd/server/v3 v$VERSION

replace (
	go.etcd.io/etcd/api/v3 => go.etcd.io/etcd/api/v3 v$VERSION
	go.etcd.io/etcd/client/pkg/v3 => go.etcd.io/etcd/client/pkg/v3 v$VERSION
	go.etcd.io/etcd/client/v3 => go.etcd.io/etcd/client/v3 v$VERSION
	go.etcd.io/etcd/pkg/v3 => go.etcd.io/etcd/pkg/v3 v$VERSION
	go.etcd.io/etcd/server/v3 => go.etcd.io/etcd/server/v3 v$VERSION
)
MOD
cat > "$work/main.go" <<'GO'
// Entry point equal to etcd's own: hand the arguments to etcdmain.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
GO
mkdir -p "$(dirname "$BIN")"
(cd "$work" && GOTOOLCHAIN=auto go mod tidy >/dev/null 2>&1 || GOTOOLCHAIN=auto go mod tidy)
(cd "$work" && GOTOOLCHAIN=auto CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$BIN.tmp" .)
mv "$BIN.tmp" "$BIN"
built etcd "$VERSION" "$start" "$BIN"
echo "$BIN"

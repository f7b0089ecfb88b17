#!/usr/bin/env bash
# Build kube-apiserver from k8s.io/kubernetes at a pinned release and print its path.
# k8s.io/kubernetes replaces every k8s.io staging module with a local path that the
# module zip lacks, so we build from a tiny module of our own that pins each staging
# module at the matching published v0.X.Y and calls the upstream command.
# Honours $KUBE_APISERVER_BIN.
. "$(dirname "$0")/lib-go.sh"
VERSION="${1:-${KUBE_VERSION:-1.35.4}}"
VERSION="${VERSION#v}"
STAGING="0.${VERSION#1.}"
reuse_tool kube-apiserver "$VERSION" KUBE_APISERVER_BIN
BIN="$(cached_tool kube-apiserver "$VERSION")"
require_go "kube-apiserver $VERSION"
log "building kube-apiserver $VERSION (staging modules v$STAGING); this takes several minutes on 2 cores"
start=$SECONDS
gomod="$(go mod download -json "k8s.io/kubernetes@v$VERSION" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",$/\1/p')"
[ -n "$gomod" ] || die "the Go module proxy did not serve k8s.io/kubernetes@v$VERSION"
work="$CACHE_DIR/build/kube-apiserver-$VERSION"
mkdir -p "$work"
{
  echo "module local/kube-apiserver-build"
  echo
  echo "go $(sed -n 's/^go //p' "$gomod")"
  echo
  echo "require k8s.io/kubernetes v$VERSION"
  echo
  echo "replace ("
  sed -n 's/^[[:space:]]*\(k8s\.io\/[a-z0-9-]*\) => \.\/staging\/.*/\1/p' "$gomod" | while read -r m; do
    echo "	$m => $m v$STAGING"
  done
  echo ")"
} > "$work/go.mod"
cat > "$work/main.go" <<'GO'
// Entry point equal to kube-apiserver's own: build the command and run it.
package main

import (
	"os"

	"k8s.io/component-base/cli"
	_ "k8s.io/component-base/logs/json/register"
	_ "k8s.io/component-base/metrics/prometheus/clientgo"
	_ "k8s.io/component-base/metrics/prometheus/version"
	"k8s.io/kubernetes/cmd/kube-apiserver/app"
)

func main() {
	os.Exit(cli.Run(app.NewAPIServerCommand()))
}
GO
mkdir -p "$(dirname "$BIN")"
(cd "$work" && GOTOOLCHAIN=auto go mod tidy >/dev/null 2>&1 || GOTOOLCHAIN=auto go mod tidy)
(cd "$work" && GOTOOLCHAIN=auto CGO_ENABLED=0 go build -trimpath -ldflags "-s -w \
  -X k8s.io/component-base/version.gitVersion=v$VERSION \
  -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=${STAGING#0.}" -o "$BIN.tmp" .)
mv "$BIN.tmp" "$BIN"
built kube-apiserver "$VERSION" "$start" "$BIN"
echo "$BIN"

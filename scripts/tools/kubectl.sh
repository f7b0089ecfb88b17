#!/usr/bin/env bash
# Build kubectl at the release matching our kube-apiserver and print its path. Used by
# the benchmarks as the baseline. kubectl's command lives in the published k8s.io/kubectl
# module, so a tiny module of our own that calls it is enough (no k8s.io/kubernetes).
# Honours $KUBECTL_BIN, and a `kubectl` on PATH of the same version.
. "$(dirname "$0")/lib-go.sh"
VERSION="${1:-${KUBE_VERSION:-1.35.4}}"
VERSION="${VERSION#v}"
STAGING="0.${VERSION#1.}"
reuse_tool kubectl "$VERSION" KUBECTL_BIN version --client
BIN="$(cached_tool kubectl "$VERSION")"
require_go "kubectl $VERSION"
log "building kubectl $VERSION (k8s.io/kubectl v$STAGING)"
start=$SECONDS
work="$CACHE_DIR/build/kubectl-$VERSION"
mkdir -p "$work"
cat > "$work/go.mod" <<MOD
module local/kubectl-build

go 1.25

require (
	k8s.io/component-base v$STAGING
	k8s.io/kubectl v$STAGING
)
MOD
cat > "$work/main.go" <<'GO'
// Entry point equal to kubectl's own: build the command and run it.
package main

import (
	"k8s.io/component-base/cli"
	"k8s.io/kubectl/pkg/cmd"
	"k8s.io/kubectl/pkg/cmd/util"
)

func main() {
	if err := cli.RunNoErrOutput(cmd.NewDefaultKubectlCommand()); err != nil {
		util.CheckErr(err)
	}
}
GO
mkdir -p "$(dirname "$BIN")"
(cd "$work" && GOTOOLCHAIN=auto go mod tidy >/dev/null 2>&1 || GOTOOLCHAIN=auto go mod tidy)
(cd "$work" && GOTOOLCHAIN=auto CGO_ENABLED=0 go build -trimpath -ldflags "-s -w \
  -X k8s.io/client-go/pkg/version.gitVersion=v$VERSION \
  -X k8s.io/component-base/version.gitVersion=v$VERSION \
  -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=${STAGING#0.}" -o "$BIN.tmp" .)
mv "$BIN.tmp" "$BIN"
built kubectl "$VERSION" "$start" "$BIN"
echo "$BIN"

#!/usr/bin/env bash
# Build Terraform 1.8.5 (the newest that builds from the Go module proxy) and print its path.
# Honours $TERRAFORM_BIN and a `terraform` on PATH of the same version.
. "$(dirname "$0")/lib-go.sh"
VERSION="${1:-${TERRAFORM_VERSION:-1.8.5}}"
VERSION="${VERSION#v}"
reuse_tool terraform "$VERSION" TERRAFORM_BIN version
BIN="$(cached_tool terraform "$VERSION")"
require_go "Terraform $VERSION"
log "building Terraform $VERSION with go install (a few minutes on 2 cores)"
start=$SECONDS
mkdir -p "$(dirname "$BIN")"
GOBIN="$(dirname "$BIN")" GOTOOLCHAIN=auto CGO_ENABLED=0 go install -trimpath -ldflags "-s -w" "github.com/hashicorp/terraform@v$VERSION"
built Terraform "$VERSION" "$start" "$BIN"
echo "$BIN"

#!/usr/bin/env bash
# Build (or reuse) every real tool the tests drive, one after another: parallel
# Go builds only fight over the machine's two cores.
. "$(dirname "$0")/lib-go.sh"
start=$SECONDS
for tool in etcd kube-apiserver kube-controller-manager tofu terraform crane; do
  bash "$(dirname "$0")/$tool.sh" >/dev/null
done
# Older OpenTofu releases for the compatibility matrix.
for version in 1.11.5 1.10.10; do
  bash "$(dirname "$0")/tofu.sh" "$version" >/dev/null
done
if ! bash "$(dirname "$0")/crossplane.sh" >/dev/null 2>&1; then
  log "the Crossplane CLI is not available: the Go module proxy refuses github.com/crossplane/crossplane/v2 (403); tests that need it are skipped"
fi
log "tools ready in $((SECONDS - start))s"

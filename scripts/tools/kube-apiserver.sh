#!/usr/bin/env bash
# Build kube-apiserver from k8s.io/kubernetes at a pinned release and print its path.
# See build_kubernetes_command (lib-go.sh) for why we build from a tiny module of our own.
# Honours $KUBE_APISERVER_BIN.
. "$(dirname "$0")/lib-go.sh"
VERSION="${1:-${KUBE_VERSION:-1.35.4}}"
VERSION="${VERSION#v}"
reuse_tool kube-apiserver "$VERSION" KUBE_APISERVER_BIN
build_kubernetes_command kube-apiserver "$VERSION" NewAPIServerCommand
cached_tool kube-apiserver "$VERSION"

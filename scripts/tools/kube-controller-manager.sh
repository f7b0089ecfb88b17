#!/usr/bin/env bash
# Build kube-controller-manager from k8s.io/kubernetes at the release of our kube-apiserver
# and print its path. The local platform runs only its garbage collector, which deletes
# what owner references tie to a deleted owner (Crossplane relies on it).
# Honours $KUBE_CONTROLLER_MANAGER_BIN.
. "$(dirname "$0")/lib-go.sh"
VERSION="${1:-${KUBE_VERSION:-1.35.4}}"
VERSION="${VERSION#v}"
reuse_tool kube-controller-manager "$VERSION" KUBE_CONTROLLER_MANAGER_BIN
build_kubernetes_command kube-controller-manager "$VERSION" NewControllerManagerCommand
cached_tool kube-controller-manager "$VERSION"

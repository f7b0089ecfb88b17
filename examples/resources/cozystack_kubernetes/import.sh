#!/bin/sh
# Import an existing Kubernetes by <namespace>/<name>.
tofu import cozystack_kubernetes.example tenant-acme/example

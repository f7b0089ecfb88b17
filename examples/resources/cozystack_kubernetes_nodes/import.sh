#!/bin/sh
# Import an existing KubernetesNodes by <namespace>/<name>.
tofu import cozystack_kubernetes_nodes.example tenant-acme/prod-workers

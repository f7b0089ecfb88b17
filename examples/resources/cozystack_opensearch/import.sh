#!/bin/sh
# Import an existing OpenSearch by <namespace>/<name>.
tofu import cozystack_opensearch.example tenant-acme/example

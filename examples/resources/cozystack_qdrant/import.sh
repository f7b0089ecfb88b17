#!/bin/sh
# Import an existing Qdrant by <namespace>/<name>.
tofu import cozystack_qdrant.example tenant-acme/example

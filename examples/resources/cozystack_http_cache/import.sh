#!/bin/sh
# Import an existing HTTPCache by <namespace>/<name>.
tofu import cozystack_http_cache.example tenant-acme/example

#!/bin/sh
# Import an existing FoundationDB by <namespace>/<name>.
tofu import cozystack_foundationdb.example tenant-acme/example

#!/bin/sh
# Import an existing Harbor by <namespace>/<name>.
tofu import cozystack_harbor.example tenant-acme/example

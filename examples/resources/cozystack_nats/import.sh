#!/bin/sh
# Import an existing NATS by <namespace>/<name>.
tofu import cozystack_nats.example tenant-acme/example

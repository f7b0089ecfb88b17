#!/bin/sh
# Import an existing Bucket by <namespace>/<name>.
tofu import cozystack_bucket.example tenant-acme/media

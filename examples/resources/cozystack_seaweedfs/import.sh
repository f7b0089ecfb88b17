#!/bin/sh
# Import an existing SeaweedFS by <namespace>/<name>.
tofu import cozystack_seaweedfs.example tenant-acme/seaweedfs

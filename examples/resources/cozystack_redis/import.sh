#!/bin/sh
# Import an existing Redis by <namespace>/<name>.
tofu import cozystack_redis.example tenant-acme/cache

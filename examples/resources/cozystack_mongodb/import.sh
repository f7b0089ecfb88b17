#!/bin/sh
# Import an existing MongoDB by <namespace>/<name>.
tofu import cozystack_mongodb.example tenant-acme/catalog

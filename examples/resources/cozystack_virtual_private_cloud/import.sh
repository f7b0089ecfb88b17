#!/bin/sh
# Import an existing VirtualPrivateCloud by <namespace>/<name>.
tofu import cozystack_virtual_private_cloud.example tenant-acme/example

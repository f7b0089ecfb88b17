#!/bin/sh
# Import an existing VMDisk by <namespace>/<name>.
tofu import cozystack_vm_disk.example tenant-acme/system

#!/bin/sh
# Import an existing VMInstance by <namespace>/<name>.
tofu import cozystack_vm_instance.example tenant-acme/example

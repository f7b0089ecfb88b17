#!/bin/sh
# Import an existing BootBox by <namespace>/<name>.
tofu import cozystack_bootbox.example tenant-root/bootbox

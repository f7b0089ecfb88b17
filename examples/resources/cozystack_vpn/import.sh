#!/bin/sh
# Import an existing VPN by <namespace>/<name>.
tofu import cozystack_vpn.example tenant-acme/example

#!/bin/sh
# Import an existing TCPBalancer by <namespace>/<name>.
tofu import cozystack_tcp_balancer.example tenant-acme/example

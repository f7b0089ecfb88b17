#!/bin/sh
# Import an existing ExternalDNS by <namespace>/<name>.
tofu import cozystack_external_dns.example tenant-acme/dns

#!/bin/sh
# Import an existing Tenant by <namespace>/<name>.
tofu import cozystack_tenant.example tenant-root/acme

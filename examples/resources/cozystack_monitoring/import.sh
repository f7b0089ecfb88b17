#!/bin/sh
# Import an existing Monitoring by <namespace>/<name>.
tofu import cozystack_monitoring.example tenant-acme/monitoring

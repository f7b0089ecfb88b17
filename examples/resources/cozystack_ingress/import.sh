#!/bin/sh
# Import an existing Ingress by <namespace>/<name>.
tofu import cozystack_ingress.example tenant-acme/ingress

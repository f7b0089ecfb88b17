#!/bin/sh
# Import an existing OpenBAO by <namespace>/<name>.
tofu import cozystack_openbao.example tenant-acme/example

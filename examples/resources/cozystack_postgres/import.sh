#!/bin/sh
# Import an existing Postgres by <namespace>/<name>.
tofu import cozystack_postgres.example tenant-acme/app

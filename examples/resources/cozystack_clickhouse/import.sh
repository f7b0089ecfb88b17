#!/bin/sh
# Import an existing ClickHouse by <namespace>/<name>.
tofu import cozystack_clickhouse.example tenant-acme/example

#!/bin/sh
# Import an existing Kafka by <namespace>/<name>.
tofu import cozystack_kafka.example tenant-acme/example

#!/bin/sh
# Import an existing RabbitMQ by <namespace>/<name>.
tofu import cozystack_rabbitmq.example tenant-acme/example

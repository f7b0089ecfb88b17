#!/bin/sh
# Import an existing Etcd by <namespace>/<name>.
tofu import cozystack_etcd.example tenant-acme/etcd

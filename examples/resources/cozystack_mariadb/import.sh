#!/bin/sh
# Import an existing MariaDB by <namespace>/<name>.
tofu import cozystack_mariadb.example tenant-acme/shop

# A tenant with a PostgreSQL database, a Redis cache, a managed Kubernetes
# cluster with a node group, and a virtual machine booting from its own disk,
# wired together through outputs.

terraform {
  required_providers {
    cozystack = {
      source = "example.test/cozystack/cozystack"
    }
  }
}

# Reads KUBE_CONFIG_PATH (or KUBECONFIG); `npm run up` prints the path.
provider "cozystack" {}

variable "tenant" {
  description = "Name of the tenant to create under tenant-root."
  type        = string
  default     = "quickstart"
}

resource "cozystack_tenant" "team" {
  name       = var.tenant
  namespace  = "tenant-root"
  ingress    = true
  monitoring = false
  resource_quotas = {
    cpu    = "32"
    memory = "64Gi"
  }
}

locals {
  namespace = cozystack_tenant.team.connection.namespace
}

resource "cozystack_postgres" "db" {
  name              = "app"
  namespace         = local.namespace
  replicas          = 2
  size              = "20Gi"
  resources_preset  = provider::cozystack::resources_preset("1", "2Gi")
  users             = { app = {} }
  databases         = { app = { roles = { admin = ["app"] } } }
}

resource "cozystack_redis" "cache" {
  name      = "cache"
  namespace = local.namespace
  replicas  = 2
}

resource "cozystack_kubernetes" "cluster" {
  name      = "dev"
  namespace = local.namespace
  version   = "v1.35"
}

resource "cozystack_kubernetes_nodes" "workers" {
  name          = "${cozystack_kubernetes.cluster.name}-workers"
  namespace     = local.namespace
  cluster       = cozystack_kubernetes.cluster.name
  min_replicas  = 1
  max_replicas  = 3
  instance_type = "u1.large"
}

resource "cozystack_vm_disk" "system" {
  name      = "system"
  namespace = local.namespace
  storage   = "20Gi"
  source    = { image = { name = "ubuntu" } }
}

resource "cozystack_vm_instance" "vm" {
  name          = "vm"
  namespace     = local.namespace
  instance_type = "u1.medium"
  disks         = [{ name = cozystack_vm_disk.system.name }]
}

output "tenant_namespace" {
  value = local.namespace
}

output "database" {
  description = "Where the application connects; the password stays sensitive."
  value       = { host = cozystack_postgres.db.connection.host, port = cozystack_postgres.db.connection.port }
}

output "database_password" {
  value     = cozystack_postgres.db.connection.passwords["app"]
  sensitive = true
}

output "kubeconfig" {
  value     = cozystack_kubernetes.cluster.connection.kubeconfig
  sensitive = true
}

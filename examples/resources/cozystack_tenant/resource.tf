# An isolated tenant: its own namespace, quotas, and optionally its own etcd, ingress, monitoring and storage.
resource "cozystack_tenant" "example" {
  name      = "acme"
  namespace = "tenant-root"
  ingress   = true
  resource_quotas = {
    cpu    = "16"
    memory = "32Gi"
  }
}

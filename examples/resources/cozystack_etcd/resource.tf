# A tenant's own etcd cluster, the datastore for the tenant's managed Kubernetes control planes.
resource "cozystack_etcd" "example" {
  name      = "etcd"
  namespace = "tenant-acme"
}

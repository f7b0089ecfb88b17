# Managed Harbor container image registry with vulnerability scanning, stored in the tenant's object storage.
resource "cozystack_harbor" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

# Managed NATS messaging cluster, with JetStream persistence and password users.
resource "cozystack_nats" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

# Managed FoundationDB distributed key-value store run by the FoundationDB operator.
resource "cozystack_foundationdb" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

# Managed Qdrant vector database, clustered when it runs more than one replica, with a generated API key.
resource "cozystack_qdrant" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

# Managed OpenSearch search and analytics cluster, with optional OpenSearch Dashboards.
resource "cozystack_opensearch" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

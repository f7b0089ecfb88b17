# A tenant's own SeaweedFS object store, serving S3 and backing the tenant's buckets.
resource "cozystack_seaweedfs" "example" {
  name      = "seaweedfs"
  namespace = "tenant-acme"
}

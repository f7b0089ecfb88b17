# S3-compatible bucket on the tenant's SeaweedFS, with per-user access keys.
resource "cozystack_bucket" "example" {
  name      = "media"
  namespace = "tenant-acme"
  users = {
    uploader = {}
    reader = {
      readonly = true
    }
  }
}

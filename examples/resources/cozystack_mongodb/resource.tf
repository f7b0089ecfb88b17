# Managed MongoDB replica set or sharded cluster run by the Percona operator, with users, databases and backups.
resource "cozystack_mongodb" "example" {
  name      = "catalog"
  namespace = "tenant-acme"
  users = {
    app = {
      password = "change-me"
    }
  }
  databases = {
    catalog = {
      roles = {
        admin = [
          "app",
        ]
      }
    }
  }
}

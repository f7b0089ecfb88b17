# Managed PostgreSQL cluster run by CloudNativePG, with users, databases, replication and backups.
resource "cozystack_postgres" "example" {
  name      = "app"
  namespace = "tenant-acme"
  replicas  = 3
  size      = "20Gi"
  users = {
    app = {}
  }
  databases = {
    app = {
      roles = {
        admin = [
          "app",
        ]
      }
    }
  }
}

# Managed MariaDB server run by mariadb-operator, with asynchronous replication, users and databases.
resource "cozystack_mariadb" "example" {
  name      = "shop"
  namespace = "tenant-acme"
  replicas  = 2
  users = {
    shop = {
      max_user_connections = 100
      password             = "change-me"
    }
  }
  databases = {
    shop = {
      roles = {
        admin = [
          "shop",
        ]
      }
    }
  }
}

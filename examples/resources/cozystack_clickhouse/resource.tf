# Managed ClickHouse cluster run by the Altinity operator, with shards, replicas, users and ClickHouse Keeper.
resource "cozystack_clickhouse" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

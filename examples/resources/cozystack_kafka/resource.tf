# Managed Apache Kafka cluster with ZooKeeper, run by Strimzi, with declarative topics.
resource "cozystack_kafka" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

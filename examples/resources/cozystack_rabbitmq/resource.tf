# Managed RabbitMQ cluster run by the RabbitMQ Cluster Operator, with users and virtual hosts.
resource "cozystack_rabbitmq" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

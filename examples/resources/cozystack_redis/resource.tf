# Managed Redis with Sentinel failover, run by the Spotahome redis-operator.
resource "cozystack_redis" "example" {
  name      = "cache"
  namespace = "tenant-acme"
  replicas  = 2
  size      = "2Gi"
}

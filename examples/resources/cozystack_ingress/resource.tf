# A tenant's own NGINX ingress controller, with its own IngressClass and load balancer.
resource "cozystack_ingress" "example" {
  name      = "ingress"
  namespace = "tenant-acme"
}

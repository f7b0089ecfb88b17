# Layer-4 HAProxy load balancer forwarding HTTP and HTTPS ports to a list of backends.
resource "cozystack_tcp_balancer" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

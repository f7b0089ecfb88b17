# Caching HTTP reverse proxy: HAProxy in front of an Nginx cache tier, forwarding to your backends.
resource "cozystack_http_cache" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

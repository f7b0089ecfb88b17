# DNS records for a tenant's Ingresses and Services, kept in a public DNS provider by external-dns with the tenant's own credentials.
resource "cozystack_external_dns" "example" {
  name         = "dns"
  namespace    = "tenant-acme"
  dns_provider = "cloudflare"
  domain_filters = [
    "example.org",
  ]
  cloudflare = {
    api_token = "change-me"
  }
}

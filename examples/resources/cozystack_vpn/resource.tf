# Outline (Shadowsocks) VPN server with per-user access keys.
resource "cozystack_vpn" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

# Managed OpenBao secrets store, standalone or highly available on Raft; you initialise and unseal it yourself.
resource "cozystack_openbao" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

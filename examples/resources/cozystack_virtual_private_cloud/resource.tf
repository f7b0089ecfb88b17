# Isolated Kube-OVN network for virtual machines, with subnets, static routes and peering to other VPCs.
resource "cozystack_virtual_private_cloud" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

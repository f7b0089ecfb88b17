# Network boot (PXE) of physical machines through matchbox, with each machine's address settings; a module of the root tenant only.
resource "cozystack_bootbox" "example" {
  name      = "bootbox"
  namespace = "tenant-root"
  whitelist = [
    "10.0.0.0/24",
  ]
  machines = [
    {
      arch     = "amd64"
      hostname = "node1"
      ip = {
        address = "10.0.0.11"
        gateway = "10.0.0.1"
        netmask = "255.255.255.0"
      }
      lease_time = 86400
      mac = [
        "52:54:00:12:34:56",
      ]
      uefi = true
    },
  ]
}

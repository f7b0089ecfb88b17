# A virtual machine disk: blank, downloaded, uploaded, cloned or made from a golden image.
resource "cozystack_vm_disk" "example" {
  name      = "system"
  namespace = "tenant-acme"
  source = {
    image = {
      name = "ubuntu"
    }
  }
  storage = "20Gi"
}

# A KubeVirt virtual machine built from VM disks, with cloud-init, SSH keys, GPUs and optional external access.
resource "cozystack_vm_instance" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

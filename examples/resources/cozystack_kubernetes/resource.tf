# Managed Kubernetes cluster: a Kamaji control plane with Talos worker VMs on KubeVirt, plus optional addons.
resource "cozystack_kubernetes" "example" {
  name      = "example"
  namespace = "tenant-acme"
}

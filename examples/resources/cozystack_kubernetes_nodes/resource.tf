# A pool of Talos worker VMs that joins a managed Kubernetes cluster, scaled by the cluster autoscaler.
resource "cozystack_kubernetes_nodes" "example" {
  name          = "prod-workers"
  namespace     = "tenant-acme"
  cluster       = "prod"
  max_replicas  = 5
  instance_type = "u1.large"
}

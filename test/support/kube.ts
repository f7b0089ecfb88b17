// The tests use the provider's own lean Kubernetes client.
export * from "../../provider/cozystack/kube/client.ts";

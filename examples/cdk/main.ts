// The HCL quickstart (examples/quickstart/main.tf) as a CDK Terrain app: a tenant with a
// PostgreSQL database, a Redis cache, a managed Kubernetes cluster with a node group, and a
// virtual machine booting from its own disk, wired together through outputs.
// `npx cdktn synth` writes generated/stacks/quickstart/cdk.tf.json; `tofu apply` there applies it.
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktn";
import type { Construct } from "constructs";
import {
  kubernetes,
  kubernetesNodes,
  postgres,
  provider,
  providerFunctions,
  redis,
  tenant,
  vmDisk,
  vmInstance,
} from "@cozystack-iac/cdk";

class Quickstart extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Reads KUBE_CONFIG_PATH (or KUBECONFIG); `npm run up` prints the path.
    new provider.CozystackProvider(this, "cozystack", {});
    const functions = new providerFunctions.CozystackProviderFunctions("cozystack");

    const tenantName = new TerraformVariable(this, "tenant", {
      description: "Name of the tenant to create under tenant-root.",
      type: "string",
      default: "quickstart",
    });

    const team = new tenant.Tenant(this, "team", {
      name: tenantName.stringValue,
      namespace: "tenant-root",
      ingress: true,
      monitoring: false,
      resourceQuotas: { cpu: "32", memory: "64Gi" },
    });
    const namespace = team.connectionAttribute.namespace;

    const db = new postgres.Postgres(this, "db", {
      name: "app",
      namespace,
      replicas: 2,
      size: "20Gi",
      resourcesPreset: functions.resourcesPreset("1", "2Gi"),
      users: { app: {} },
      databases: { app: { roles: { admin: ["app"] } } },
    });

    new redis.Redis(this, "cache", { name: "cache", namespace, replicas: 2 });

    const cluster = new kubernetes.Kubernetes(this, "cluster", { name: "dev", namespace, version: "v1.35" });
    new kubernetesNodes.KubernetesNodes(this, "workers", {
      name: `${cluster.name}-workers`,
      namespace,
      cluster: cluster.name,
      minReplicas: 1,
      maxReplicas: 3,
      instanceType: "u1.large",
    });

    const system = new vmDisk.VmDisk(this, "system", {
      name: "system",
      namespace,
      storage: "20Gi",
      source: { image: { name: "ubuntu" } },
    });
    new vmInstance.VmInstance(this, "vm", {
      name: "vm",
      namespace,
      instanceType: "u1.medium",
      disks: [{ name: system.name }],
    });

    new TerraformOutput(this, "tenant_namespace", { value: namespace });
    new TerraformOutput(this, "database", {
      description: "Where the application connects; the password stays sensitive.",
      value: { host: db.connectionAttribute.host, port: db.connectionAttribute.port },
    });
    new TerraformOutput(this, "database_password", {
      value: db.connectionAttribute.passwords.lookup("app"),
      sensitive: true,
    });
    new TerraformOutput(this, "kubeconfig", {
      value: cluster.connectionAttribute.kubeconfig,
      sensitive: true,
    });
  }
}

const app = new App();
new Quickstart(app, "quickstart");
app.synth();

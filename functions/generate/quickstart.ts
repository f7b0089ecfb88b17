import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { tenantNamespace } from "../../schemas/core/names.ts";
import { smallestPresetFor } from "../../schemas/core/presets.ts";
import { parseQuantity } from "../../schemas/core/quantity.ts";
import { kubernetesNodes } from "../../schemas/kinds/kubernetes-nodes.ts";
import { kubernetes } from "../../schemas/kinds/kubernetes.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import { tenant } from "../../schemas/kinds/tenant.ts";
import { vmDisk } from "../../schemas/kinds/vm-disk.ts";
import { vmInstance } from "../../schemas/kinds/vm-instance.ts";
import { GenerateError } from "./options.ts";

/**
 * examples/quickstart/main.tf as v2 XRs: a tenant with a PostgreSQL database, a Redis
 * cache, a managed Kubernetes cluster with a node group, and a virtual machine booting
 * from its own disk. Same names and settings; where Terraform wires resources through
 * references, the XRs name each other directly.
 */
export const QUICKSTART_TENANT = "quickstart";
export const QUICKSTART_NAMESPACE = tenantNamespace("tenant-root", QUICKSTART_TENANT);

export interface QuickstartObject {
  decl: KindDeclaration;
  name: string;
  namespace: string;
  spec: Record<string, unknown>;
}

/** The preset Terraform's `provider::cozystack::resources_preset(cpu, memory)` picks. */
function resourcesPreset(cpu: string, memory: string): string {
  const sizing = smallestPresetFor(parseQuantity(cpu) ?? NaN, parseQuantity(memory) ?? NaN);
  if (!sizing) throw new GenerateError(`quickstart: no resources preset holds ${cpu} CPU and ${memory}`);
  return sizing.preset;
}

export function quickstartObjects(): QuickstartObject[] {
  const ns = QUICKSTART_NAMESPACE;
  const cluster = "dev";
  return [
    {
      decl: tenant,
      name: QUICKSTART_TENANT,
      namespace: "tenant-root",
      spec: { ingress: true, monitoring: false, resourceQuotas: { cpu: "32", memory: "64Gi" } },
    },
    {
      decl: postgres,
      name: "app",
      namespace: ns,
      spec: {
        replicas: 2,
        size: "20Gi",
        resourcesPreset: resourcesPreset("1", "2Gi"),
        users: { app: {} },
        databases: { app: { roles: { admin: ["app"] } } },
      },
    },
    { decl: redis, name: "cache", namespace: ns, spec: { replicas: 2 } },
    { decl: kubernetes, name: cluster, namespace: ns, spec: { version: "v1.35" } },
    {
      decl: kubernetesNodes,
      name: `${cluster}-workers`,
      namespace: ns,
      spec: { cluster, minReplicas: 1, maxReplicas: 3, instanceType: "u1.large" },
    },
    {
      decl: vmDisk,
      name: "system",
      namespace: ns,
      spec: { storage: "20Gi", source: { image: { name: "ubuntu" } } },
    },
    {
      decl: vmInstance,
      name: "vm",
      namespace: ns,
      spec: { instanceType: "u1.medium", disks: [{ name: "system" }] },
    },
  ];
}

import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { tenantName, tenantNamespace } from "../core/names.ts";

export const tenant = defineKind({
  kind: "Tenant",
  plural: "tenants",
  singular: "tenant",
  prefix: "tenant-",
  tfType: "cozystack_tenant",
  chart: "tenant",
  category: "tenancy",
  summary:
    "An isolated tenant: its own namespace, quotas, and optionally its own etcd, ingress, monitoring and storage.",
  spec: f.spec("Tenant settings.", {
    host: f.string("Domain for the tenant's services; empty means <name>.<parent tenant's host>.", {
      default: "",
    }),
    etcd: f.bool("Run a dedicated etcd for this tenant's managed Kubernetes clusters.", { default: false }),
    monitoring: f.bool("Run a dedicated monitoring stack for this tenant.", { default: false }),
    ingress: f.bool("Run a dedicated ingress controller for this tenant.", { default: false }),
    gateway: f.bool(
      "Run a dedicated Gateway API gateway; when unset, it is on for tenants whose host is derived from the parent.",
    ),
    seaweedfs: f.bool("Run a dedicated SeaweedFS object store for this tenant.", { default: false }),
    schedulingClass: f.string(
      "SchedulingClass whose placement constraints apply to the tenant's workloads.",
      {
        default: "",
      },
    ),
    resourceQuotas: f.map(
      "Quotas by resource name: cpu, memory, storage, ephemeral-storage, or object counts such as pods.",
      f.quantity("Quota amount."),
      { default: {} },
    ),
  }),
  names: tenantName("tenant-"),
  example: { name: "acme", spec: { ingress: true, resourceQuotas: { cpu: "16", memory: "32Gi" } } },
  outputs: {
    fields: {
      namespace: {
        type: "string",
        description: "The namespace the tenant's own apps and child tenants live in.",
        derive: (s) => tenantNamespace(s.namespace, s.name),
      },
    },
  },
  readiness: { conditions: ["Ready"] },
  installTimeoutMinutes: 15,
});

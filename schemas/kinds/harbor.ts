import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { mainPort, serviceHost } from "../core/outputs.ts";

function component(description: string, preset: "t1.small" | "t1.nano") {
  return f.object(
    description,
    {
      resources: f.resources("CPU and memory; when set, it replaces the preset."),
      resourcesPreset: f.resourcesPreset("Sizing preset when resources is not given.", preset),
    },
    { default: {} },
  );
}

export const harbor = defineKind({
  kind: "Harbor",
  plural: "harbors",
  singular: "harbor",
  prefix: "harbor-",
  tfType: "cozystack_harbor",
  chart: "harbor",
  category: "storage",
  summary:
    "Managed Harbor container image registry with vulnerability scanning, stored in the tenant's object storage.",
  spec: f.spec("Harbor registry settings.", {
    host: f.string("Public host name of the registry; empty means harbor-<name>.<tenant host>.", {
      default: "",
    }),
    storageClass: f.storageClass(),
    core: component("Harbor core API server.", "t1.small"),
    registry: component("Registry service that stores and serves images.", "t1.small"),
    jobservice: component(
      "Job service that runs replication, garbage collection and other background work.",
      "t1.nano",
    ),
    trivy: f.object(
      "Trivy vulnerability scanner.",
      {
        enabled: f.bool("Run the vulnerability scanner.", { default: true }),
        resources: f.resources("CPU and memory; when set, it replaces the preset."),
        resourcesPreset: f.resourcesPreset("Sizing preset when resources is not given.", "t1.nano"),
        size: f.quantity("Size of the volume caching the vulnerability database.", { default: "5Gi" }),
      },
      { default: {} },
    ),
    database: f.object(
      "PostgreSQL database holding Harbor's metadata.",
      {
        replicas: f.int("How many PostgreSQL instances run.", { default: 2, min: 0 }),
        size: f.quantity("Size of the data volume of each instance.", { default: "5Gi" }),
      },
      { default: {} },
    ),
    redis: f.object(
      "Redis cache used by Harbor.",
      {
        replicas: f.int("How many Redis instances run.", { default: 2, min: 0 }),
        size: f.quantity("Size of the data volume of each instance.", { default: "1Gi" }),
      },
      { default: {} },
    ),
  }),
  outputs: {
    secret: {
      name: (r) => `${r}-credentials`,
      layout: { type: "keys", keys: ["admin-password", "redis-password", "url"] },
    },
    service: { name: (r) => r, ports: { http: 80 } },
    fields: {
      url: { type: "string", description: "Public HTTPS URL of the registry.", derive: (s) => s.secret?.url },
      host: {
        type: "string",
        description: "Public host name of the registry, for docker login and image references.",
        derive: (s) => s.secret?.url?.replace(/^https?:\/\//, "").replace(/\/.*$/, "") || undefined,
      },
      username: {
        type: "string",
        description: "Harbor administrator user name.",
        derive: (s) => (s.secret ? "admin" : undefined),
      },
      password: {
        type: "string",
        sensitive: true,
        description: "Harbor administrator password.",
        derive: (s) => s.secret?.["admin-password"],
      },
      internal_host: {
        type: "string",
        description: "In-cluster host name of the registry's HTTP service.",
        derive: serviceHost,
      },
      internal_port: {
        type: "number",
        description: "In-cluster HTTP port of the registry.",
        derive: mainPort,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});

import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { mainPort, serviceHost, type OutputSource } from "../core/outputs.ts";

/** TLS is on when tls.enabled says so, and otherwise follows external. */
function scheme(s: OutputSource): "https" | "http" {
  const tls = s.spec.tls as { enabled?: boolean } | undefined;
  return (tls?.enabled ?? s.spec.external === true) ? "https" : "http";
}

export const qdrant = defineKind({
  kind: "Qdrant",
  plural: "qdrants",
  singular: "qdrant",
  prefix: "qdrant-",
  tfType: "cozystack_qdrant",
  chart: "qdrant",
  category: "database",
  summary:
    "Managed Qdrant vector database, clustered when it runs more than one replica, with a generated API key.",
  spec: f.spec("Qdrant settings.", {
    replicas: f.int("How many Qdrant nodes run; more than one forms a cluster.", { default: 1, min: 0 }),
    resources: f.resources("CPU and memory for each node; when set, it replaces the preset."),
    resourcesPreset: f.resourcesPreset(
      "Sizing preset for each node when resources is not given.",
      "t1.small",
    ),
    size: f.quantity("Size of the vector data volume of each node.", { default: "10Gi" }),
    storageClass: f.storageClass(),
    external: f.external(),
    tls: f.object(
      "TLS on the HTTP, gRPC and peer ports.",
      {
        enabled: f.bool(
          "Serve over TLS with a certificate from a per-instance CA; when unset, this follows external.",
        ),
      },
      { default: {} },
    ),
  }),
  outputs: {
    secret: {
      name: (r) => `${r}-apikey`,
      layout: { type: "keys", keys: ["api-key", "local.yaml"] },
      mayAppearLate: true,
    },
    service: { name: (r) => r, ports: { http: 6333, grpc: 6334, p2p: 6335 }, externalWhen: "external" },
    fields: {
      host: {
        type: "string",
        description: "In-cluster host name of the Qdrant service.",
        derive: serviceHost,
      },
      port: { type: "number", description: "Qdrant REST API port.", derive: mainPort },
      grpc_port: {
        type: "number",
        description: "Qdrant gRPC API port.",
        derive: (s) => s.service?.ports.grpc,
      },
      uri: {
        type: "string",
        description: "URL of the REST API inside the cluster.",
        derive: (s) => {
          const host = serviceHost(s);
          const port = mainPort(s);
          return host && port ? `${scheme(s)}://${host}:${port}` : undefined;
        },
      },
      api_key: {
        type: "string",
        sensitive: true,
        description: "API key with full access, sent in the api-key header.",
        derive: (s) => s.secret?.["api-key"],
      },
    },
  },
  readiness: { conditions: ["Ready"], secretKeys: ["api-key"] },
});

import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { moduleName } from "../core/names.ts";
import { mainPort, serviceHost } from "../core/outputs.ts";

export const etcd = defineKind({
  kind: "Etcd",
  plural: "etcds",
  singular: "etcd",
  prefix: "",
  tfType: "cozystack_etcd",
  chart: "etcd",
  category: "module",
  summary: "A tenant's own etcd cluster, the datastore for the tenant's managed Kubernetes control planes.",
  spec: f.spec("Etcd module settings.", {
    version: f.string("Etcd release to run, in X.Y.Z form; the etcd operator supplies the matching image.", {
      default: "3.6.11",
    }),
    size: f.quantity("Size of the data volume of each member.", { default: "4Gi" }),
    storageClass: f.storageClass({ immutable: false }),
    replicas: f.int("How many etcd members run.", { default: 3, min: 0 }),
    resources: f.resources("CPU and memory for each etcd member.", {
      cpuDefault: "1000m",
      memoryDefault: "512Mi",
    }),
  }),
  names: moduleName("etcd"),
  outputs: {
    service: { name: () => "etcd", ports: { client: 2379 } },
    fields: {
      host: {
        type: "string",
        description: "In-cluster host name of the etcd client service.",
        derive: serviceHost,
      },
      port: {
        type: "number",
        description: "Etcd client port; clients authenticate with TLS certificates.",
        derive: mainPort,
      },
      endpoint: {
        type: "string",
        description: "Client URL of the cluster, for tools that take an etcd endpoint.",
        derive: (s) => {
          const host = serviceHost(s);
          const port = mainPort(s);
          return host && port ? `https://${host}:${port}` : undefined;
        },
      },
      datastore: {
        type: "string",
        description:
          "Name of the Kamaji DataStore that points tenant Kubernetes control planes at this etcd.",
        derive: (s) => s.namespace,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});

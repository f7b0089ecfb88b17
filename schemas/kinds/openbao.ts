import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { mainPort, serviceHost } from "../core/outputs.ts";

export const openbao = defineKind({
  kind: "OpenBAO",
  plural: "openbaos",
  singular: "openbao",
  prefix: "openbao-",
  tfType: "cozystack_openbao",
  chart: "openbao",
  category: "security",
  summary:
    "Managed OpenBao secrets store, standalone or highly available on Raft; you initialise and unseal it yourself.",
  spec: f.spec("OpenBao settings.", {
    replicas: f.int(
      "How many OpenBao servers run; more than one switches to HA on Raft, and switching modes needs a data migration.",
      { default: 1, min: 0 },
    ),
    resources: f.resources("CPU and memory for each server; when set, it replaces the preset."),
    resourcesPreset: f.resourcesPreset(
      "Sizing preset for each server when resources is not given.",
      "t1.small",
    ),
    size: f.quantity("Size of the data volume of each server.", { default: "10Gi" }),
    storageClass: f.storageClass(),
    external: f.external(),
    ui: f.bool("Serve the OpenBao web UI.", { default: true }),
  }),
  outputs: {
    // The chart turns TLS off, so the API listens on plain HTTP.
    service: { name: (r) => r, ports: { http: 8200, "https-internal": 8201 }, externalWhen: "external" },
    fields: {
      host: {
        type: "string",
        description: "In-cluster host name of the OpenBao service.",
        derive: serviceHost,
      },
      port: { type: "number", description: "OpenBao API port.", derive: mainPort },
      address: {
        type: "string",
        description: "API address inside the cluster, as BAO_ADDR expects it.",
        derive: (s) => {
          const host = serviceHost(s);
          const port = mainPort(s);
          return host && port ? `http://${host}:${port}` : undefined;
        },
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});

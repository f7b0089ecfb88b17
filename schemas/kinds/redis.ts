import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { mainPort, serviceHost } from "../core/outputs.ts";

export const redis = defineKind({
  kind: "Redis",
  plural: "redises",
  singular: "redis",
  prefix: "redis-",
  tfType: "cozystack_redis",
  chart: "redis",
  category: "database",
  summary: "Managed Redis with Sentinel failover, run by the Spotahome redis-operator.",
  spec: f.spec("Redis settings.", {
    replicas: f.int("How many Redis instances run; one is master, the rest are replicas.", {
      default: 2,
      min: 0,
    }),
    resources: f.resources("CPU and memory for each Redis instance; when set, it replaces the preset."),
    resourcesPreset: f.resourcesPreset(
      "Sizing preset for each Redis instance when resources is not given.",
      "t1.nano",
    ),
    size: f.quantity("Size of the data volume of each instance; 0 turns persistence off.", {
      default: "1Gi",
    }),
    storageClass: f.storageClass(),
    external: f.external("Expose the master outside the cluster through an extra LoadBalancer service."),
    version: f.enumOf(["v8", "v7"], "Redis major version.", { default: "v8" }),
    authEnabled: f.bool("Require a password, which the platform generates and keeps.", { default: true }),
  }),
  example: { name: "cache", spec: { replicas: 2, size: "2Gi" } },
  outputs: {
    secret: { name: (r) => `${r}-auth`, layout: { type: "keys", keys: ["password"] } },
    service: { name: (r) => `rfrm-${r}`, ports: { redis: 6379 } },
    fields: {
      host: {
        type: "string",
        description: "In-cluster host name of the master service.",
        derive: serviceHost,
      },
      port: { type: "number", description: "Redis port.", derive: mainPort },
      sentinel_host: {
        type: "string",
        description: "In-cluster host name of the Sentinel service, which listens on port 26379.",
        derive: (s) => (s.service ? `rfs-${s.release}.${s.namespace}.svc` : undefined),
      },
      password: {
        type: "string",
        sensitive: true,
        description: "The password clients authenticate with; absent when authEnabled is false.",
        derive: (s) => s.secret?.password,
      },
      uri: {
        type: "string",
        sensitive: true,
        description: "redis:// connection URI of the master, with the password when there is one.",
        derive: (s) => {
          const host = serviceHost(s);
          const port = mainPort(s);
          if (!host || port === undefined) return undefined;
          const password = s.secret?.password;
          if (!password && s.spec.authEnabled !== false) return undefined;
          return password
            ? `redis://:${encodeURIComponent(password)}@${host}:${port}`
            : `redis://${host}:${port}`;
        },
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});

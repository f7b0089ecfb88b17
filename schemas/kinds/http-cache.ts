import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { mainPort, serviceHost } from "../core/outputs.ts";

/** HAProxy and Nginx tiers share one shape: a replica count and their sizing. */
function tier(description: string, what: string) {
  return f.object(
    description,
    {
      replicas: f.int(`How many ${what} pods run.`, { default: 2, min: 0 }),
      resources: f.resources(`CPU and memory for each ${what} pod; when set, it replaces the preset.`),
      resourcesPreset: f.resourcesPreset(
        `Sizing preset for each ${what} pod when resources is not given.`,
        "t1.nano",
      ),
    },
    { default: {} },
  );
}

export const httpCache = defineKind({
  kind: "HTTPCache",
  plural: "httpcaches",
  singular: "httpcache",
  prefix: "http-cache-",
  tfType: "cozystack_http_cache",
  chart: "http-cache",
  category: "networking",
  summary:
    "Caching HTTP reverse proxy: HAProxy in front of an Nginx cache tier, forwarding to your backends.",
  spec: f.spec("HTTP cache settings.", {
    size: f.quantity("Size of the cache volume of each Nginx pod.", { default: "10Gi" }),
    storageClass: f.storageClass(),
    external: f.external(),
    endpoints: f.list(
      "Backend servers the cache fetches from, each written as ip:port.",
      f.string("One backend, as ip:port."),
      {
        default: [],
      },
    ),
    haproxy: tier("The HAProxy tier that receives client traffic and spreads it over the cache.", "HAProxy"),
    nginx: tier("The Nginx tier that caches responses from the backends.", "Nginx"),
  }),
  outputs: {
    service: { name: (r) => `${r}-haproxy`, ports: { http: 80 }, externalWhen: "external" },
    fields: {
      host: {
        type: "string",
        description: "In-cluster host name of the HAProxy service.",
        derive: serviceHost,
      },
      port: { type: "number", description: "HTTP port of the HAProxy service.", derive: mainPort },
      external_ip: {
        type: "string",
        description: "Load balancer address, when the cache is exposed outside the cluster.",
        derive: (s) => s.service?.externalIP,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});

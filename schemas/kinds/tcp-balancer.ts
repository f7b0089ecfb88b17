import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { mainPort, serviceHost } from "../core/outputs.ts";

export const tcpBalancer = defineKind({
  kind: "TCPBalancer",
  plural: "tcpbalancers",
  singular: "tcpbalancer",
  prefix: "tcp-balancer-",
  tfType: "cozystack_tcp_balancer",
  chart: "tcp-balancer",
  category: "networking",
  summary: "Layer-4 HAProxy load balancer forwarding HTTP and HTTPS ports to a list of backends.",
  spec: f.spec("TCP balancer settings.", {
    replicas: f.int("How many HAProxy pods run.", { default: 2, min: 0 }),
    resources: f.resources("CPU and memory for each HAProxy pod; when set, it replaces the preset."),
    resourcesPreset: f.resourcesPreset(
      "Sizing preset for each HAProxy pod when resources is not given.",
      "t1.nano",
    ),
    external: f.external(),
    httpAndHttps: f.object(
      "Forwarding of the HTTP (80) and HTTPS (443) ports.",
      {
        endpoints: f.list(
          "Backend addresses to forward to, without a port.",
          f.string("One backend IP address or host name."),
          {
            default: [],
          },
        ),
        mode: f.enumOf(
          ["tcp", "tcp-with-proxy"],
          "Plain TCP forwarding, or TCP with a PROXY protocol v2 header sent to backends.",
          {
            default: "tcp",
          },
        ),
        targetPorts: f.object(
          "Backend ports the two listeners forward to.",
          {
            http: f.int("Backend port for traffic arriving on port 80; 0 turns the HTTP listener off.", {
              default: 80,
              min: 0,
              max: 65535,
            }),
            https: f.int("Backend port for traffic arriving on port 443; 0 turns the HTTPS listener off.", {
              default: 443,
              min: 0,
              max: 65535,
            }),
          },
          { default: {} },
        ),
      },
      { default: {} },
    ),
    whitelistHTTP: f.bool("Accept HTTP and HTTPS connections only from the networks in whitelist.", {
      default: false,
    }),
    whitelist: f.list(
      "Client addresses or CIDR ranges allowed in when whitelistHTTP is on.",
      f.string("One IP address or CIDR range."),
      {
        default: [],
      },
    ),
  }),
  crossField: ({ spec }) =>
    spec.whitelistHTTP && spec.whitelist.length === 0
      ? [
          {
            path: ["whitelist"],
            message:
              "must list at least one network when whitelistHTTP is true (HAProxy refuses the empty ACL)",
          },
        ]
      : [],
  outputs: {
    service: { name: (r) => `${r}-haproxy`, ports: { http: 80, https: 443 }, externalWhen: "external" },
    fields: {
      host: {
        type: "string",
        description: "In-cluster host name of the HAProxy service.",
        derive: serviceHost,
      },
      port: { type: "number", description: "HTTP port of the HAProxy service.", derive: mainPort },
      https_port: {
        type: "number",
        description: "HTTPS port of the HAProxy service.",
        derive: (s) => s.service?.ports.https,
      },
      external_ip: {
        type: "string",
        description: "Load balancer address, when the balancer is exposed outside the cluster.",
        derive: (s) => s.service?.externalIP,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});

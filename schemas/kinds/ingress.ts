import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { moduleName } from "../core/names.ts";

/** The controller is named after the tenant, not the app: `<namespace without "tenant-">-ingress`. */
const controllerName = (namespace: string) => `${namespace.replace(/^tenant-/, "")}-ingress-controller`;

export const ingress = defineKind({
  kind: "Ingress",
  plural: "ingresses",
  singular: "ingress",
  prefix: "",
  tfType: "cozystack_ingress",
  chart: "ingress",
  category: "module",
  summary: "A tenant's own NGINX ingress controller, with its own IngressClass and load balancer.",
  spec: f.spec("Ingress module settings.", {
    replicas: f.int("How many ingress-nginx controller pods run.", { default: 2, min: 0 }),
    whitelist: f.list(
      "Client networks (CIDRs or addresses) allowed to reach the controller; empty allows everyone.",
      f.string("A network in CIDR form, or a single address."),
      { default: [] },
    ),
    cloudflareProxy: f.bool(
      "Take the real visitor address from Cloudflare's header when traffic comes through Cloudflare's proxy.",
      {
        default: false,
      },
    ),
    proxyProtocol: f.bool(
      "Expect PROXY protocol from the load balancer in front; only turn on when that balancer sends it, or all traffic breaks.",
      { default: false },
    ),
    resources: f.resources("CPU and memory for each controller pod; when set, it replaces the preset."),
    resourcesPreset: f.resourcesPreset(
      "Sizing preset for each controller pod when resources is not given.",
      "t1.micro",
    ),
  }),
  names: moduleName("ingress"),
  crossField: ({ spec }) =>
    spec.cloudflareProxy && spec.proxyProtocol
      ? [
          {
            path: ["proxyProtocol"],
            message:
              "cannot be combined with cloudflareProxy: Cloudflare's proxy does not send PROXY protocol",
          },
        ]
      : [],
  outputs: {
    fields: {
      ingress_class: {
        type: "string",
        description:
          "IngressClass to put on Ingress objects served by this controller; it is named after the namespace.",
        derive: (s) => s.namespace,
      },
      service_name: {
        type: "string",
        description:
          "Name of the controller's LoadBalancer Service, whose status carries the public address.",
        derive: (s) => controllerName(s.namespace),
      },
      host: {
        type: "string",
        description: "In-cluster host name of the controller's Service.",
        derive: (s) => `${controllerName(s.namespace)}.${s.namespace}.svc`,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});

import * as f from "../core/fields.ts";
import { defineKind } from "../core/kind.ts";
import { tokenKubeconfig } from "../core/kubeconfig.ts";
import { moduleName } from "../core/names.ts";

export const info = defineKind({
  kind: "Info",
  plural: "infos",
  singular: "info",
  prefix: "",
  tfType: "cozystack_info",
  chart: "info",
  category: "module",
  summary:
    "A tenant's access details: the namespace, the tenant ServiceAccount's token and CA, and a kubeconfig built from them.",
  spec: f.spec("Info has no settings.", {}),
  names: moduleName("info"),
  // The tenant chart installs Info in every tenant; it has no settings to manage and
  // cannot be removed, so the provider offers it to read only.
  managedBy: "Cozystack installs it in every tenant namespace",
  outputs: {
    // The info chart's ServiceAccount token Secret, named after the namespace.
    secret: {
      name: (_release, namespace) => namespace,
      layout: { type: "keys", keys: ["token", "ca.crt", "namespace"] },
    },
    fields: {
      namespace: {
        type: "string",
        description: "The tenant namespace the credentials are scoped to.",
        derive: (s) => s.secret?.namespace ?? s.namespace,
      },
      token: {
        type: "string",
        sensitive: true,
        description: "Bearer token of the tenant's ServiceAccount, which may manage the tenant's apps.",
        derive: (s) => s.secret?.token,
      },
      ca_certificate: {
        type: "string",
        description: "PEM CA certificate of the platform's API server.",
        derive: (s) => s.secret?.["ca.crt"],
      },
      kubeconfig: {
        type: "string",
        sensitive: true,
        description:
          "A kubeconfig for the tenant's ServiceAccount, pointing at the API server the provider reached the platform through.",
        derive: (s) =>
          s.secret?.token && s.server
            ? tokenKubeconfig({
                server: s.server,
                ca: s.secret["ca.crt"],
                token: s.secret.token,
                namespace: s.secret.namespace ?? s.namespace,
                name: s.namespace,
              })
            : undefined,
      },
    },
  },
  readiness: { conditions: ["Ready"] },
});

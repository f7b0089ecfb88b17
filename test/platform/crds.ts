import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { conditionSchema, specSchema, type OpenAPISchema } from "../../schemas/derive/openapi.ts";

/**
 * Stand-ins for Cozystack's aggregated API: one CRD per model kind, with the same
 * group, kind, plural, scope and status shape, and the model's defaults, so a GET
 * returns server-filled defaults as the real API does. Differences from the real
 * server are listed in docs/platform-stand-ins.md.
 */

/** A missing spec defaults to {}, unless the spec has required fields, which {} would lack. */
function specWithDefault(decl: KindDeclaration) {
  const schema = specSchema(decl, { validations: true });
  return schema.required?.length ? schema : { ...schema, default: {} };
}

export function appCrd(decl: KindDeclaration): Record<string, unknown> {
  const status: OpenAPISchema = {
    type: "object",
    properties: {
      version: { type: "string" },
      conditions: { type: "array", items: conditionSchema },
      ...(decl.kind === "Tenant"
        ? { namespace: { type: "string" }, externalIPsCount: { type: "integer" } }
        : {}),
    },
  };
  return {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name: `${decl.plural}.${decl.group}`, labels: { "cozystack-iac.test/stand-in": "true" } },
    spec: {
      group: decl.group,
      scope: "Namespaced",
      names: { kind: decl.kind, plural: decl.plural, singular: decl.singular, listKind: `${decl.kind}List` },
      versions: [
        {
          name: decl.version,
          served: true,
          storage: true,
          subresources: { status: {} },
          additionalPrinterColumns: [
            { name: "Ready", type: "string", jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
            { name: "Age", type: "date", jsonPath: ".metadata.creationTimestamp" },
            { name: "Version", type: "string", jsonPath: ".status.version" },
          ],
          schema: {
            openAPIV3Schema: {
              type: "object",
              properties: {
                apiVersion: { type: "string" },
                kind: { type: "string" },
                metadata: { type: "object" },
                appVersion: { type: "string" },
                spec: specWithDefault(decl),
                status,
              },
            },
          },
        },
      ],
    },
  };
}

/** core.cozystack.io TenantSecret: the view of labelled Secrets that tenant users may read. */
export function tenantSecretCrd(): Record<string, unknown> {
  return {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name: "tenantsecrets.core.cozystack.io", labels: { "cozystack-iac.test/stand-in": "true" } },
    spec: {
      group: "core.cozystack.io",
      scope: "Namespaced",
      names: {
        kind: "TenantSecret",
        plural: "tenantsecrets",
        singular: "tenantsecret",
        listKind: "TenantSecretList",
      },
      versions: [
        {
          name: "v1alpha1",
          served: true,
          storage: true,
          schema: {
            openAPIV3Schema: {
              type: "object",
              properties: {
                apiVersion: { type: "string" },
                kind: { type: "string" },
                metadata: { type: "object" },
                type: { type: "string" },
                data: { type: "object", additionalProperties: { type: "string", format: "byte" } },
                stringData: { type: "object", additionalProperties: { type: "string" } },
              },
            },
          },
        },
      ],
    },
  };
}

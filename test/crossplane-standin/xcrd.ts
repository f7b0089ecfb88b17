import {
  XRD_API,
  type Crd,
  type CrdVersion,
  type JsonSchema,
  type Names,
  type PrinterColumn,
  type Xrd,
  type XrdScope,
  type XrdVersion,
} from "./types.ts";

/**
 * XRD → CRD, as Crossplane core does it (crossplane-runtime v2.3.3 `pkg/xcrd`, summarised in
 * `../shared/reference/crossplane-core.md` §1). Pure: the definition controller installs the
 * result through the real apiserver, which then stores and validates XRs and claims.
 */
export type Generated = { ok: true; crd: Crd } | { ok: false; error: string };

/** Composite names become label values, so they may not be longer than a label value. */
const MAX_NAME_LENGTH = 63;

/** The XRD's scope; an XRD read through the v1 API always has one (v1 defaults LegacyCluster). */
export function scopeOf(xrd: Xrd): XrdScope {
  return (
    xrd.spec.scope ?? (xrd.apiVersion === "apiextensions.crossplane.io/v2" ? "Namespaced" : "LegacyCluster")
  );
}

/** The version XRs are stored (and composed, and referenced) at. */
export function referenceableVersion(xrd: Xrd): XrdVersion | undefined {
  return xrd.spec.versions.find((v) => v.referenceable);
}

export function compositeCrd(xrd: Xrd): Generated {
  const scope = scopeOf(xrd);
  const versions: CrdVersion[] = [];
  for (const version of xrd.spec.versions) {
    const generated = crdVersion(version, MAX_NAME_LENGTH);
    if (typeof generated === "string")
      return {
        ok: false,
        error: `cannot generate CRD for "Composite Resource" "${xrd.metadata.name}": ${generated}`,
      };
    generated.additionalPrinterColumns.push(...compositePrinterColumns(scope));
    Object.assign(
      generated.schema.openAPIV3Schema.properties!.spec!.properties!,
      compositeSpecProps(scope, xrd.spec.defaultCompositionUpdatePolicy),
    );
    Object.assign(generated.schema.openAPIV3Schema.properties!.status!.properties!, statusProps(scope));
    versions.push(generated);
  }
  return {
    ok: true,
    crd: {
      apiVersion: "apiextensions.k8s.io/v1",
      kind: "CustomResourceDefinition",
      metadata: { name: xrd.metadata.name, ...crdMetadata(xrd), ownerReferences: [controllerRefTo(xrd)] },
      spec: {
        group: xrd.spec.group,
        names: withCategory(xrd.spec.names, "composite"),
        scope: scope === "Namespaced" ? "Namespaced" : "Cluster",
        versions,
        ...(xrd.spec.conversion ? { conversion: structuredClone(xrd.spec.conversion) } : {}),
      },
    },
  };
}

/** The claim CRD of a legacy XRD that offers claims (`claimNames`). */
export function claimCrd(xrd: Xrd): Generated {
  const problem = claimNamesProblem(xrd);
  if (problem) return { ok: false, error: `invalid resource claim names: ${problem}` };
  const claimNames = xrd.spec.claimNames!;
  const versions: CrdVersion[] = [];
  for (const version of xrd.spec.versions) {
    const generated = crdVersion(version, MAX_NAME_LENGTH);
    if (typeof generated === "string")
      return {
        ok: false,
        error: `cannot generate CRD for "Composite Resource Claim" "${xrd.metadata.name}": ${generated}`,
      };
    generated.additionalPrinterColumns.push(...claimPrinterColumns());
    Object.assign(
      generated.schema.openAPIV3Schema.properties!.spec!.properties!,
      claimSpecProps(xrd.spec.defaultCompositeDeletePolicy),
    );
    Object.assign(
      generated.schema.openAPIV3Schema.properties!.status!.properties!,
      statusProps("LegacyCluster"),
    );
    versions.push(generated);
  }
  return {
    ok: true,
    crd: {
      apiVersion: "apiextensions.k8s.io/v1",
      kind: "CustomResourceDefinition",
      metadata: {
        name: `${claimNames.plural}.${xrd.spec.group}`,
        ...crdMetadata(xrd),
        ownerReferences: [controllerRefTo(xrd)],
      },
      spec: {
        group: xrd.spec.group,
        names: withCategory(claimNames, "claim"),
        scope: "Namespaced",
        versions,
        ...(xrd.spec.conversion ? { conversion: structuredClone(xrd.spec.conversion) } : {}),
      },
    },
  };
}

function claimNamesProblem(xrd: Xrd): string | undefined {
  const claim = xrd.spec.claimNames;
  const xr = xrd.spec.names;
  if (!claim) return "missing names";
  const clash = (a: string | undefined, b: string | undefined) => a !== undefined && a !== "" && a === b;
  if (claim.kind === xr.kind) return `"${claim.kind}" conflicts with composite resource name`;
  if (claim.plural === xr.plural) return `"${claim.plural}" conflicts with composite resource name`;
  if (clash(claim.singular, xr.singular)) return `"${claim.singular}" conflicts with composite resource name`;
  if (clash(claim.listKind, xr.listKind)) return `"${claim.listKind}" conflicts with composite resource name`;
  return undefined;
}

function withCategory(names: Names, category: string): Names {
  const copy = structuredClone(names);
  copy.categories = [...(copy.categories ?? []), category];
  return copy;
}

/** Labels: the XRD's own plus `spec.metadata.labels`; annotations: only `spec.metadata.annotations`. */
function crdMetadata(xrd: Xrd): { labels?: Record<string, string>; annotations?: Record<string, string> } {
  const labels = { ...(xrd.metadata.labels ?? {}), ...(xrd.spec.metadata?.labels ?? {}) };
  const annotations = xrd.spec.metadata?.annotations;
  return {
    ...(Object.keys(labels).length > 0 ? { labels } : {}),
    ...(annotations ? { annotations: { ...annotations } } : {}),
  };
}

function controllerRefTo(xrd: Xrd) {
  return {
    apiVersion: XRD_API,
    kind: "CompositeResourceDefinition",
    name: xrd.metadata.name,
    uid: xrd.metadata.uid ?? "",
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** One CRD version: Crossplane's base schema with the XRD's schema merged in, or why not. */
function crdVersion(version: XrdVersion, maxNameLength: number): CrdVersion | string {
  const schema = version.schema?.openAPIV3Schema;
  if (!schema) return "custom resource validation cannot be nil";
  const base = baseProps();
  if (schema.description !== undefined) base.description = schema.description;
  if (schema["x-kubernetes-validations"])
    base["x-kubernetes-validations"] = structuredClone(schema["x-kubernetes-validations"]);

  const declaredMax = schema.properties?.metadata?.properties?.name?.maxLength;
  const maxLength = declaredMax !== undefined && declaredMax < maxNameLength ? declaredMax : maxNameLength;
  base.properties!.metadata = { type: "object", properties: { name: { type: "string", maxLength } } };

  base.properties!.spec = mergeSpec(base.properties!.spec!, schema.properties?.spec ?? {});
  base.properties!.status = mergeStatus(base.properties!.status!, schema.properties?.status ?? {});

  return {
    name: version.name,
    served: version.served,
    storage: version.referenceable,
    deprecated: version.deprecated ?? false,
    ...(version.deprecationWarning !== undefined ? { deprecationWarning: version.deprecationWarning } : {}),
    additionalPrinterColumns: structuredClone(version.additionalPrinterColumns ?? []),
    schema: { openAPIV3Schema: base },
    subresources: {
      status: {},
      ...(version.subresources?.scale ? { scale: structuredClone(version.subresources.scale) } : {}),
    },
  };
}

function baseProps(): JsonSchema {
  return {
    type: "object",
    required: ["spec"],
    properties: {
      apiVersion: { type: "string" },
      kind: { type: "string" },
      metadata: { type: "object" },
      spec: { type: "object", properties: {} },
      status: { type: "object", properties: {} },
    },
  };
}

/** `required`, CEL rules and `oneOf` are appended; description, properties and preserve-unknown copied. */
function mergeSpec(base: JsonSchema, xrd: JsonSchema): JsonSchema {
  const out: JsonSchema = {
    ...base,
    properties: { ...base.properties, ...structuredClone(xrd.properties ?? {}) },
  };
  appendList(out, "required", xrd.required);
  appendList(out, "x-kubernetes-validations", xrd["x-kubernetes-validations"]);
  appendList(out, "oneOf", xrd.oneOf);
  if (xrd["x-kubernetes-preserve-unknown-fields"] !== undefined)
    out["x-kubernetes-preserve-unknown-fields"] = xrd["x-kubernetes-preserve-unknown-fields"];
  if (xrd.description !== undefined) out.description = xrd.description;
  return out;
}

/** Like spec, except that status never keeps x-kubernetes-preserve-unknown-fields. */
function mergeStatus(base: JsonSchema, xrd: JsonSchema): JsonSchema {
  const out: JsonSchema = {
    ...base,
    properties: { ...base.properties, ...structuredClone(xrd.properties ?? {}) },
  };
  if (xrd.required) out.required = [...xrd.required];
  if (xrd["x-kubernetes-validations"])
    out["x-kubernetes-validations"] = structuredClone(xrd["x-kubernetes-validations"]);
  if (xrd.description !== undefined) out.description = xrd.description;
  if (xrd.oneOf) out.oneOf = structuredClone(xrd.oneOf);
  return out;
}

function appendList(
  target: JsonSchema,
  key: "required" | "x-kubernetes-validations" | "oneOf",
  extra?: unknown[],
) {
  if (!extra || extra.length === 0) return;
  const list = target as Record<string, unknown>;
  list[key] = [...((list[key] as unknown[] | undefined) ?? []), ...structuredClone(extra)];
}

const ref = (required: string[], names: string[]): JsonSchema => ({
  type: "object",
  required,
  properties: Object.fromEntries(names.map((n) => [n, { type: "string" }])),
});

const labelSelector = (): JsonSchema => ({
  type: "object",
  required: ["matchLabels"],
  properties: { matchLabels: { type: "object", additionalProperties: { type: "string" } } },
});

/** The six machinery fields: under `spec.crossplane` for modern XRs, under `spec` (with two more) for legacy. */
export function compositeSpecProps(
  scope: XrdScope,
  defaultUpdatePolicy?: string,
): Record<string, JsonSchema> {
  const refFields =
    scope === "Namespaced" ? ["apiVersion", "name", "kind"] : ["apiVersion", "name", "namespace", "kind"];
  const props: Record<string, JsonSchema> = {
    compositionRef: ref(["name"], ["name"]),
    compositionSelector: labelSelector(),
    compositionRevisionRef: ref(["name"], ["name"]),
    compositionRevisionSelector: labelSelector(),
    compositionUpdatePolicy: {
      type: "string",
      enum: ["Automatic", "Manual"],
      ...(defaultUpdatePolicy !== undefined ? { default: defaultUpdatePolicy } : {}),
    },
    resourceRefs: {
      type: "array",
      items: { ...ref(["apiVersion", "kind"], refFields) },
      "x-kubernetes-list-type": "atomic",
    },
  };
  if (scope === "LegacyCluster") {
    props.claimRef = ref(
      ["apiVersion", "kind", "namespace", "name"],
      ["apiVersion", "kind", "namespace", "name"],
    );
    props.writeConnectionSecretToRef = ref(["name", "namespace"], ["name", "namespace"]);
    return props;
  }
  return {
    crossplane: {
      type: "object",
      description: "Configures how Crossplane will reconcile this composite resource",
      properties: props,
    },
  };
}

export function claimSpecProps(defaultDeletePolicy?: string): Record<string, JsonSchema> {
  return {
    compositionRef: ref(["name"], ["name"]),
    compositionSelector: labelSelector(),
    compositionRevisionRef: ref(["name"], ["name"]),
    compositionRevisionSelector: labelSelector(),
    compositionUpdatePolicy: { type: "string", enum: ["Automatic", "Manual"] },
    compositeDeletePolicy: {
      type: "string",
      enum: ["Background", "Foreground"],
      ...(defaultDeletePolicy !== undefined ? { default: defaultDeletePolicy } : {}),
    },
    resourceRef: ref(["apiVersion", "kind", "name"], ["apiVersion", "kind", "name"]),
    writeConnectionSecretToRef: ref(["name"], ["name"]),
  };
}

/** Conditions for every XR; legacy XRs (and claims) also record publication and claim condition types. */
export function statusProps(scope: XrdScope): Record<string, JsonSchema> {
  const props: Record<string, JsonSchema> = {
    conditions: {
      description: "Conditions of the resource.",
      type: "array",
      "x-kubernetes-list-map-keys": ["type"],
      "x-kubernetes-list-type": "map",
      items: {
        type: "object",
        required: ["lastTransitionTime", "reason", "status", "type"],
        properties: {
          lastTransitionTime: { type: "string", format: "date-time" },
          message: { type: "string" },
          reason: { type: "string" },
          status: { type: "string" },
          type: { type: "string" },
          observedGeneration: { type: "integer", format: "int64" },
        },
      },
    },
  };
  if (scope === "LegacyCluster") {
    props.connectionDetails = {
      type: "object",
      properties: { lastPublishedTime: { type: "string", format: "date-time" } },
    };
    props.claimConditionTypes = { type: "array", "x-kubernetes-list-type": "set", items: { type: "string" } };
  }
  return props;
}

const conditionColumn = (name: string, type: string): PrinterColumn => ({
  name,
  type: "string",
  jsonPath: `.status.conditions[?(@.type=='${type}')].status`,
});

export function compositePrinterColumns(scope: XrdScope): PrinterColumn[] {
  const machinery = scope === "LegacyCluster" ? ".spec" : ".spec.crossplane";
  return [
    conditionColumn("SYNCED", "Synced"),
    conditionColumn("READY", "Ready"),
    { name: "COMPOSITION", type: "string", jsonPath: `${machinery}.compositionRef.name` },
    {
      name: "COMPOSITIONREVISION",
      type: "string",
      jsonPath: `${machinery}.compositionRevisionRef.name`,
      priority: 1,
    },
    { name: "AGE", type: "date", jsonPath: ".metadata.creationTimestamp" },
  ];
}

export function claimPrinterColumns(): PrinterColumn[] {
  return [
    conditionColumn("SYNCED", "Synced"),
    conditionColumn("READY", "Ready"),
    { name: "CONNECTION-SECRET", type: "string", jsonPath: ".spec.writeConnectionSecretToRef.name" },
    { name: "AGE", type: "date", jsonPath: ".metadata.creationTimestamp" },
  ];
}

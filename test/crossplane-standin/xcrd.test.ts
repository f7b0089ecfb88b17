import { describe, expect, it } from "vitest";
import { claimCrd, compositeCrd } from "./xcrd.ts";
import type { Crd, JsonSchema, Xrd } from "./types.ts";

function xrd(overrides: {
  apiVersion?: string;
  scope?: Xrd["spec"]["scope"];
  schema?: JsonSchema;
  spec?: Partial<Xrd["spec"]>;
  labels?: Record<string, string>;
  version?: Partial<Xrd["spec"]["versions"][number]>;
}): Xrd {
  return {
    apiVersion: overrides.apiVersion ?? "apiextensions.crossplane.io/v2",
    kind: "CompositeResourceDefinition",
    metadata: {
      name: "xbuckets.example.org",
      uid: "xrd-uid",
      ...(overrides.labels ? { labels: overrides.labels } : {}),
    },
    spec: {
      group: "example.org",
      names: { kind: "XBucket", plural: "xbuckets" },
      ...(overrides.scope ? { scope: overrides.scope } : {}),
      versions: [
        {
          name: "v1",
          served: true,
          referenceable: true,
          schema: {
            openAPIV3Schema: overrides.schema ?? {
              type: "object",
              properties: { spec: { type: "object", properties: { region: { type: "string" } } } },
            },
          },
          ...overrides.version,
        },
      ],
      ...overrides.spec,
    },
  };
}

function generated(x: Xrd, which: "composite" | "claim" = "composite"): Crd {
  const result = which === "composite" ? compositeCrd(x) : claimCrd(x);
  if (!result.ok) throw new Error(result.error);
  return result.crd;
}

const schemaOf = (crd: Crd) => crd.spec.versions[0]!.schema.openAPIV3Schema;
const specOf = (crd: Crd) => schemaOf(crd).properties!.spec!;
const statusOf = (crd: Crd) => schemaOf(crd).properties!.status!;

describe("XRD → composite CRD", () => {
  const cases: Array<{ reason: string; xrd: Xrd; check: (crd: Crd) => void }> = [
    {
      reason: "a v2 XRD without a scope is Namespaced, and its machinery lives under spec.crossplane",
      xrd: xrd({}),
      check: (crd) => {
        expect(crd.spec.scope).toBe("Namespaced");
        const crossplane = specOf(crd).properties!.crossplane!;
        expect(Object.keys(crossplane.properties!).sort()).toEqual([
          "compositionRef",
          "compositionRevisionRef",
          "compositionRevisionSelector",
          "compositionSelector",
          "compositionUpdatePolicy",
          "resourceRefs",
        ]);
        expect(specOf(crd).properties!.compositionRef).toBeUndefined();
        // A namespaced XR only references composed resources in its own namespace.
        expect(Object.keys(crossplane.properties!.resourceRefs!.items!.properties!).sort()).toEqual([
          "apiVersion",
          "kind",
          "name",
        ]);
        expect(crossplane.properties!.resourceRefs!["x-kubernetes-list-type"]).toBe("atomic");
        expect(Object.keys(statusOf(crd).properties!)).toEqual(["conditions"]);
      },
    },
    {
      reason: "a Cluster XR's resource references carry a namespace",
      xrd: xrd({ scope: "Cluster" }),
      check: (crd) => {
        expect(crd.spec.scope).toBe("Cluster");
        const refs = specOf(crd).properties!.crossplane!.properties!.resourceRefs!;
        expect(refs.items!.properties!.namespace).toEqual({ type: "string" });
        expect(refs.items!.required).toEqual(["apiVersion", "kind"]);
      },
    },
    {
      reason:
        "a v1 XRD without a scope is LegacyCluster: fields directly under spec, plus claimRef and the secret ref",
      xrd: xrd({ apiVersion: "apiextensions.crossplane.io/v1" }),
      check: (crd) => {
        expect(crd.spec.scope).toBe("Cluster");
        const spec = specOf(crd).properties!;
        expect(spec.crossplane).toBeUndefined();
        expect(spec.compositionRef).toEqual({
          type: "object",
          required: ["name"],
          properties: { name: { type: "string" } },
        });
        expect(spec.claimRef!.required).toEqual(["apiVersion", "kind", "namespace", "name"]);
        expect(spec.writeConnectionSecretToRef!.required).toEqual(["name", "namespace"]);
        expect(Object.keys(statusOf(crd).properties!).sort()).toEqual([
          "claimConditionTypes",
          "conditions",
          "connectionDetails",
        ]);
        expect(statusOf(crd).properties!.claimConditionTypes!["x-kubernetes-list-type"]).toBe("set");
      },
    },
    {
      reason: "storage follows referenceable, status is always a subresource, scale only when declared",
      xrd: xrd({
        version: { referenceable: false, subresources: { scale: { specReplicasPath: ".spec.replicas" } } },
      }),
      check: (crd) => {
        const v = crd.spec.versions[0]!;
        expect(v.storage).toBe(false);
        expect(v.served).toBe(true);
        expect(v.deprecated).toBe(false);
        expect(v.subresources).toEqual({ status: {}, scale: { specReplicasPath: ".spec.replicas" } });
      },
    },
    {
      reason: "required [spec] at the root, the root keeps only description and CEL rules",
      xrd: xrd({
        schema: {
          type: "object",
          description: "A bucket.",
          "x-kubernetes-validations": [{ rule: "has(self.spec)" }],
          properties: { spec: { type: "object" }, extra: { type: "string" } },
        },
      }),
      check: (crd) => {
        const root = schemaOf(crd);
        expect(root.required).toEqual(["spec"]);
        expect(root.description).toBe("A bucket.");
        expect(root["x-kubernetes-validations"]).toEqual([{ rule: "has(self.spec)" }]);
        expect(Object.keys(root.properties!).sort()).toEqual([
          "apiVersion",
          "kind",
          "metadata",
          "spec",
          "status",
        ]);
      },
    },
    {
      reason: "metadata keeps only name, with maxLength 63",
      xrd: xrd({
        schema: {
          type: "object",
          properties: {
            metadata: { type: "object", properties: { name: { type: "string", pattern: "^a" } }, labels: {} },
          },
        },
      }),
      check: (crd) => {
        expect(schemaOf(crd).properties!.metadata).toEqual({
          type: "object",
          properties: { name: { type: "string", maxLength: 63 } },
        });
      },
    },
    {
      reason: "a smaller metadata.name maxLength from the XRD wins",
      xrd: xrd({
        schema: { type: "object", properties: { metadata: { properties: { name: { maxLength: 20 } } } } },
      }),
      check: (crd) => expect(schemaOf(crd).properties!.metadata!.properties!.name!.maxLength).toBe(20),
    },
    {
      reason: "a larger metadata.name maxLength from the XRD is capped at 63",
      xrd: xrd({
        schema: { type: "object", properties: { metadata: { properties: { name: { maxLength: 200 } } } } },
      }),
      check: (crd) => expect(schemaOf(crd).properties!.metadata!.properties!.name!.maxLength).toBe(63),
    },
    {
      reason: "spec keeps required, CEL, oneOf, description and preserve-unknown-fields from the XRD",
      xrd: xrd({
        schema: {
          type: "object",
          properties: {
            spec: {
              type: "object",
              description: "The spec.",
              required: ["region"],
              oneOf: [{ required: ["region"] }],
              "x-kubernetes-validations": [{ rule: "self.region != ''" }],
              "x-kubernetes-preserve-unknown-fields": true,
              properties: { region: { type: "string", default: "eu" } },
            },
          },
        },
      }),
      check: (crd) => {
        const spec = specOf(crd);
        expect(spec.required).toEqual(["region"]);
        expect(spec.oneOf).toEqual([{ required: ["region"] }]);
        expect(spec["x-kubernetes-validations"]).toEqual([{ rule: "self.region != ''" }]);
        expect(spec["x-kubernetes-preserve-unknown-fields"]).toBe(true);
        expect(spec.description).toBe("The spec.");
        expect(spec.properties!.region).toEqual({ type: "string", default: "eu" });
      },
    },
    {
      reason: "status drops preserve-unknown-fields but keeps the XRD's properties next to conditions",
      xrd: xrd({
        schema: {
          type: "object",
          properties: {
            status: {
              type: "object",
              "x-kubernetes-preserve-unknown-fields": true,
              required: ["address"],
              properties: { address: { type: "string" } },
            },
          },
        },
      }),
      check: (crd) => {
        const status = statusOf(crd);
        expect(status["x-kubernetes-preserve-unknown-fields"]).toBeUndefined();
        expect(status.required).toEqual(["address"]);
        expect(Object.keys(status.properties!).sort()).toEqual(["address", "conditions"]);
      },
    },
    {
      reason: "Crossplane's own properties overwrite same-named XRD properties",
      xrd: xrd({
        schema: {
          type: "object",
          properties: {
            spec: { type: "object", properties: { crossplane: { type: "string" } } },
            status: { type: "object", properties: { conditions: { type: "string" } } },
          },
        },
      }),
      check: (crd) => {
        expect(specOf(crd).properties!.crossplane!.type).toBe("object");
        const conditions = statusOf(crd).properties!.conditions!;
        expect(conditions["x-kubernetes-list-type"]).toBe("map");
        expect(conditions["x-kubernetes-list-map-keys"]).toEqual(["type"]);
        expect(conditions.items!.required).toEqual(["lastTransitionTime", "reason", "status", "type"]);
      },
    },
    {
      reason: "the XRD's default update policy becomes the field's default",
      xrd: xrd({ spec: { defaultCompositionUpdatePolicy: "Manual" } }),
      check: (crd) =>
        expect(specOf(crd).properties!.crossplane!.properties!.compositionUpdatePolicy).toEqual({
          type: "string",
          enum: ["Automatic", "Manual"],
          default: "Manual",
        }),
    },
    {
      reason:
        "metadata: the XRD name, its labels plus spec.metadata labels, spec.metadata annotations, a controller reference",
      xrd: xrd({
        labels: { team: "a", shared: "xrd" },
        spec: { metadata: { labels: { shared: "spec" }, annotations: { note: "n" } } },
      }),
      check: (crd) => {
        expect(crd.metadata).toEqual({
          name: "xbuckets.example.org",
          labels: { team: "a", shared: "spec" },
          annotations: { note: "n" },
          ownerReferences: [
            {
              apiVersion: "apiextensions.crossplane.io/v1",
              kind: "CompositeResourceDefinition",
              name: "xbuckets.example.org",
              uid: "xrd-uid",
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
        });
      },
    },
    {
      reason: "names are copied and the composite category appended",
      xrd: xrd({ spec: { names: { kind: "XBucket", plural: "xbuckets", categories: ["storage"] } } }),
      check: (crd) =>
        expect(crd.spec.names).toEqual({
          kind: "XBucket",
          plural: "xbuckets",
          categories: ["storage", "composite"],
        }),
    },
    {
      reason: "printer columns: the XRD's own, then SYNCED, READY, COMPOSITION, COMPOSITIONREVISION and AGE",
      xrd: xrd({
        version: { additionalPrinterColumns: [{ name: "REGION", type: "string", jsonPath: ".spec.region" }] },
      }),
      check: (crd) => {
        const columns = crd.spec.versions[0]!.additionalPrinterColumns;
        expect(columns.map((c) => c.name)).toEqual([
          "REGION",
          "SYNCED",
          "READY",
          "COMPOSITION",
          "COMPOSITIONREVISION",
          "AGE",
        ]);
        expect(columns[1]!.jsonPath).toBe(".status.conditions[?(@.type=='Synced')].status");
        expect(columns[3]!.jsonPath).toBe(".spec.crossplane.compositionRef.name");
        expect(columns[4]!.priority).toBe(1);
        expect(columns[5]).toEqual({ name: "AGE", type: "date", jsonPath: ".metadata.creationTimestamp" });
      },
    },
    {
      reason: "legacy printer columns read the composition from spec",
      xrd: xrd({ apiVersion: "apiextensions.crossplane.io/v1" }),
      check: (crd) =>
        expect(crd.spec.versions[0]!.additionalPrinterColumns[2]!.jsonPath).toBe(".spec.compositionRef.name"),
    },
    {
      reason: "deprecation is carried per version",
      xrd: xrd({ version: { deprecated: true, deprecationWarning: "use v2" } }),
      check: (crd) => {
        expect(crd.spec.versions[0]!.deprecated).toBe(true);
        expect(crd.spec.versions[0]!.deprecationWarning).toBe("use v2");
      },
    },
  ];

  it.each(cases)("$reason", ({ xrd: input, check }) => {
    check(generated(input));
  });

  it("refuses a version without a schema, naming the XRD", () => {
    const input = xrd({});
    delete input.spec.versions[0]!.schema;
    expect(compositeCrd(input)).toEqual({
      ok: false,
      error:
        'cannot generate CRD for "Composite Resource" "xbuckets.example.org": custom resource validation cannot be nil',
    });
  });

  it("leaves the XRD untouched", () => {
    const input = xrd({ spec: { names: { kind: "XBucket", plural: "xbuckets", categories: ["storage"] } } });
    const before = structuredClone(input);
    generated(input);
    expect(input).toEqual(before);
  });
});

describe("XRD → claim CRD", () => {
  const legacy = (claimNames?: Xrd["spec"]["claimNames"], extra: Partial<Xrd["spec"]> = {}) =>
    xrd({
      apiVersion: "apiextensions.crossplane.io/v1",
      spec: { ...(claimNames ? { claimNames } : {}), ...extra },
    });

  it("is named <claim plural>.<group>, namespaced, in the claim category, with claim columns", () => {
    const crd = generated(legacy({ kind: "Bucket", plural: "buckets" }), "claim");
    expect(crd.metadata.name).toBe("buckets.example.org");
    expect(crd.spec.scope).toBe("Namespaced");
    expect(crd.spec.names).toEqual({ kind: "Bucket", plural: "buckets", categories: ["claim"] });
    expect(crd.spec.versions[0]!.additionalPrinterColumns.map((c) => c.name)).toEqual([
      "SYNCED",
      "READY",
      "CONNECTION-SECRET",
      "AGE",
    ]);
    expect(crd.metadata.ownerReferences[0]!.name).toBe("xbuckets.example.org");
  });

  it("has the claim's machinery fields and a legacy status", () => {
    const crd = generated(
      legacy({ kind: "Bucket", plural: "buckets" }, { defaultCompositeDeletePolicy: "Foreground" }),
      "claim",
    );
    const spec = specOf(crd).properties!;
    expect(Object.keys(spec).sort()).toEqual([
      "compositeDeletePolicy",
      "compositionRef",
      "compositionRevisionRef",
      "compositionRevisionSelector",
      "compositionSelector",
      "compositionUpdatePolicy",
      "region",
      "resourceRef",
      "writeConnectionSecretToRef",
    ]);
    expect(spec.compositeDeletePolicy!.default).toBe("Foreground");
    expect(spec.compositionUpdatePolicy!.default).toBeUndefined();
    expect(spec.writeConnectionSecretToRef!.required).toEqual(["name"]);
    expect(Object.keys(statusOf(crd).properties!).sort()).toEqual([
      "claimConditionTypes",
      "conditions",
      "connectionDetails",
    ]);
  });

  const refusals: Array<{ reason: string; claimNames?: Xrd["spec"]["claimNames"]; error: string }> = [
    { reason: "no claim names", error: "invalid resource claim names: missing names" },
    {
      reason: "a claim kind equal to the XR kind",
      claimNames: { kind: "XBucket", plural: "buckets" },
      error: 'invalid resource claim names: "XBucket" conflicts with composite resource name',
    },
    {
      reason: "a claim plural equal to the XR plural",
      claimNames: { kind: "Bucket", plural: "xbuckets" },
      error: 'invalid resource claim names: "xbuckets" conflicts with composite resource name',
    },
  ];
  it.each(refusals)("refuses $reason", ({ claimNames, error }) => {
    expect(claimCrd(legacy(claimNames))).toEqual({ ok: false, error });
  });
});

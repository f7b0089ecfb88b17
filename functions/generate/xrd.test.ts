import { describe, expect, it } from "vitest";
import * as f from "../../schemas/core/fields.ts";
import type { FieldNode } from "../../schemas/core/ir.ts";
import { defineKind, type KindDeclaration } from "../../schemas/core/kind.ts";
import type { OpenAPISchema } from "../../schemas/derive/openapi.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import { composableKinds } from "../cozystack/input.ts";
import { connectionSecretKeys } from "./connection-keys.ts";
import { DEFAULT_OPTIONS, GenerateError } from "./options.ts";
import { legacyXrd, modernXrd, type Manifest } from "./xrd.ts";

interface Version {
  schema: { openAPIV3Schema: OpenAPISchema };
  additionalPrinterColumns: Array<{ name: string; jsonPath: string }>;
}
const version = (xrd: Manifest) => (xrd.spec as { versions: Version[] }).versions[0]!;
const rootSchema = (xrd: Manifest) => version(xrd).schema.openAPIV3Schema;

/** Every immutable field of a model tree, with the matching path through an OpenAPI schema. */
function immutablePaths(node: FieldNode, path: string[] = []): string[][] {
  const here = node.immutable ? [path] : [];
  switch (node.type) {
    case "object":
      return [
        ...here,
        ...Object.entries(node.properties).flatMap(([k, c]) => immutablePaths(c, [...path, k])),
      ];
    case "map":
      return [...here, ...immutablePaths(node.values, [...path, "*"])];
    case "list":
      return [...here, ...immutablePaths(node.items, [...path, "[]"])];
    default:
      return here;
  }
}

function schemaAt(schema: OpenAPISchema, path: string[]): OpenAPISchema | undefined {
  let node: OpenAPISchema | undefined = schema;
  for (const step of path) {
    node = step === "*" ? node?.additionalProperties : step === "[]" ? node?.items : node?.properties?.[step];
  }
  return node;
}

function fakeKind(field: string): KindDeclaration {
  return defineKind({
    kind: "Fake",
    plural: "fakes",
    singular: "fake",
    prefix: "fake-",
    tfType: "cozystack_fake",
    chart: "fake",
    category: "database",
    summary: "A kind made up for a test.",
    spec: f.spec("Fake settings.", { [field]: f.string("A field whose name Crossplane also uses.") }),
    outputs: { fields: {} },
    readiness: { conditions: ["Ready"] },
  }) as unknown as KindDeclaration;
}

describe("XRDs", () => {
  const immutableCases = composableKinds.flatMap((decl) =>
    immutablePaths(decl.fields).map((path) => ({ decl, path })),
  );

  it("the model has immutable fields to check", () => {
    expect(immutableCases.length).toBeGreaterThan(10);
  });

  it.each(immutableCases.map((c) => [`${c.decl.kind} spec.${c.path.join(".")}`, c] as const))(
    "%s is immutable through CEL self == oldSelf in both XRDs",
    (_, { decl, path }) => {
      for (const xrd of [modernXrd(decl, DEFAULT_OPTIONS), legacyXrd(decl, DEFAULT_OPTIONS)]) {
        const field = schemaAt(rootSchema(xrd), ["spec", ...path]);
        expect(field?.["x-kubernetes-validations"]).toContainEqual(
          expect.objectContaining({ rule: "self == oldSelf" }),
        );
      }
    },
  );

  it("a mutable field carries no immutability rule (Redis replicas)", () => {
    const field = schemaAt(rootSchema(modernXrd(redis, DEFAULT_OPTIONS)), ["spec", "replicas"]);
    expect(field?.["x-kubernetes-validations"]).toBeUndefined();
    expect(field).toMatchObject({ type: "integer", default: 2, minimum: 0 });
  });

  it("carries the model's descriptions, defaults and enums", () => {
    const version = schemaAt(rootSchema(modernXrd(redis, DEFAULT_OPTIONS)), ["spec", "version"]);
    expect(version).toEqual({
      type: "string",
      description: "Redis major version.",
      enum: ["v8", "v7"],
      default: "v8",
    });
  });

  it.each([
    ["crossplane", "v2 XRs"],
    ["compositionRef", "legacy XRs"],
    ["compositionSelector", "legacy XRs"],
    ["compositionRevisionRef", "legacy XRs"],
    ["compositionRevisionSelector", "legacy XRs"],
    ["compositionUpdatePolicy", "legacy XRs"],
    ["resourceRefs", "legacy XRs"],
    ["claimRef", "legacy XRs"],
    ["writeConnectionSecretToRef", "legacy XRs"],
    ["compositeDeletePolicy", "legacy XRs"],
    ["resourceRef", "legacy XRs"],
  ])("refuses a model field named %s, which Crossplane adds to %s", (field, api) => {
    const decl = fakeKind(field);
    for (const build of [modernXrd, legacyXrd]) {
      expect(() => build(decl, DEFAULT_OPTIONS)).toThrow(GenerateError);
      expect(() => build(decl, DEFAULT_OPTIONS)).toThrow(
        `Fake: spec.${field} is a field Crossplane adds to ${api}`,
      );
    }
  });

  it("accepts a model field with an ordinary name", () => {
    expect(() => modernXrd(fakeKind("flavour"), DEFAULT_OPTIONS)).not.toThrow();
  });

  it.each(composableKinds.map((d) => [d.kind, d] as const))(
    "%s: status declares every non-sensitive output and never a sensitive one",
    (_, decl) => {
      for (const xrd of [modernXrd(decl, DEFAULT_OPTIONS), legacyXrd(decl, DEFAULT_OPTIONS)]) {
        const outputs = schemaAt(rootSchema(xrd), ["status", "outputs"])?.properties ?? {};
        for (const [key, field] of Object.entries(decl.outputs.fields)) {
          expect(key in outputs, `${key} (sensitive: ${field.sensitive === true})`).toBe(!field.sensitive);
        }
        expect(Object.keys(outputs).length).toBe(
          Object.values(decl.outputs.fields).filter((o) => !o.sensitive).length,
        );
      }
    },
  );

  it("status shapes outputs by type: a map is an object of strings (VirtualPrivateCloud subnet_ids)", () => {
    const vpc = composableKinds.find((k) => k.kind === "VirtualPrivateCloud")!;
    const outputs = schemaAt(rootSchema(modernXrd(vpc, DEFAULT_OPTIONS)), ["status", "outputs"]);
    expect(outputs?.properties?.subnet_ids).toMatchObject({
      type: "object",
      additionalProperties: { type: "string" },
    });
    expect(outputs?.properties?.vpc_id).toMatchObject({ type: "string" });
  });

  it("v2: Namespaced, the Cozystack kind in our group, the in-cluster Composition by default", () => {
    expect(modernXrd(postgres, DEFAULT_OPTIONS)).toMatchObject({
      apiVersion: "apiextensions.crossplane.io/v2",
      metadata: { name: "postgreses.apps.cozystack-iac.dev" },
      spec: {
        group: "apps.cozystack-iac.dev",
        scope: "Namespaced",
        names: { kind: "Postgres", plural: "postgreses" },
        defaultCompositionRef: { name: "postgreses-in-cluster" },
      },
    });
    expect(modernXrd(postgres, DEFAULT_OPTIONS).spec).not.toHaveProperty("claimNames");
  });

  it("legacy: v1 API, X<Kind> with a claim named after the Cozystack kind, in the legacy group", () => {
    expect(legacyXrd(postgres, { ...DEFAULT_OPTIONS, legacyGroup: "legacy.example.org" })).toMatchObject({
      apiVersion: "apiextensions.crossplane.io/v1",
      metadata: { name: "xpostgreses.legacy.example.org" },
      spec: {
        group: "legacy.example.org",
        names: { kind: "XPostgres", plural: "xpostgreses" },
        claimNames: { kind: "Postgres", plural: "postgreses" },
        defaultCompositionRef: { name: "xpostgreses-in-cluster" },
      },
    });
  });

  it("shows the platform's readiness, and the host where the kind publishes one", () => {
    const columns = (decl: KindDeclaration) =>
      version(modernXrd(decl, DEFAULT_OPTIONS)).additionalPrinterColumns.map((c) => c.name);
    expect(columns(redis)).toEqual(["PLATFORM-READY", "REASON", "HOST"]);
    expect(columns(composableKinds.find((k) => k.kind === "VMDisk")!)).toEqual(["PLATFORM-READY", "REASON"]);
  });
});

describe("connectionSecretKeys", () => {
  it.each<[string, string[] | undefined, string]>([
    ["Redis", ["host", "port", "sentinel_host", "password", "uri"], "scalar outputs only: all listed"],
    ["Postgres", undefined, "passwords is a map: passwords.<user> cannot be listed, so no filter"],
    ["Bucket", undefined, "credentials is an object-map"],
    ["ExternalDNS", undefined, "no outputs at all"],
  ])("%s: %j (%s)", (kind, expected) => {
    const decl = composableKinds.find((k) => k.kind === kind)!;
    expect(connectionSecretKeys(decl)).toEqual(expected);
    const spec = legacyXrd(decl, DEFAULT_OPTIONS).spec as Record<string, unknown>;
    expect(spec.connectionSecretKeys).toEqual(expected);
  });
});

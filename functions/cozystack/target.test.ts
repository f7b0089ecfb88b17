import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { redis } from "../../schemas/kinds/redis.ts";
import { bucket } from "../../schemas/kinds/bucket.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { tenant } from "../../schemas/kinds/tenant.ts";
import { composePlatformObject } from "./compose.ts";
import { inputSchema, type Target } from "./input.ts";
import { requestFor, observedObject, secretOf, inputFor, xrOf } from "./request.test-support.ts";
import {
  observedManifest,
  observedPlatform,
  observedPublished,
  observers,
  platformResource,
  publishedRefs,
  remoteObject,
  requirementsFor,
} from "./target.ts";
import type { KindDeclaration } from "../../schemas/core/kind.ts";

const SHARED = process.env.COZYSTACK_IAC_SHARED ?? join(import.meta.dirname, "..", "..", "..", "shared");

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  "x-kubernetes-preserve-unknown-fields"?: boolean;
};

/** The openAPIV3Schema of one version of a provider-kubernetes CRD, as published upstream. */
function crdSchema(file: string, version: string): Schema {
  const crd = parse(readFileSync(join(SHARED, "upstream/provider-kubernetes-v1.2.1/crds", file), "utf8"));
  const v = crd.spec.versions.find((x: { name: string }) => x.name === version);
  return v.schema.openAPIV3Schema as Schema;
}

/** Problems of a value against a structural schema: unknown fields, missing required ones, wrong types. */
function conformance(schema: Schema, value: unknown, path = ""): string[] {
  if (schema["x-kubernetes-preserve-unknown-fields"] && !schema.properties) return [];
  switch (schema.type) {
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value))
        return [`${path}: not an object`];
      const record = value as Record<string, unknown>;
      const out = (schema.required ?? []).filter((k) => !(k in record)).map((k) => `${path}.${k}: required`);
      for (const [k, v] of Object.entries(record)) {
        const child = schema.properties?.[k];
        if (child) out.push(...conformance(child, v, `${path}.${k}`));
        else if (!schema["x-kubernetes-preserve-unknown-fields"]) out.push(`${path}.${k}: unknown field`);
      }
      return out;
    }
    case "array":
      return Array.isArray(value)
        ? value.flatMap((v, i) => conformance(schema.items ?? {}, v, `${path}[${i}]`))
        : [`${path}: not a list`];
    case "string":
      if (typeof value !== "string") return [`${path}: not a string`];
      return schema.enum && !schema.enum.includes(value)
        ? [`${path}: not one of ${schema.enum.join(",")}`]
        : [];
    case "boolean":
      return typeof value === "boolean" ? [] : [`${path}: not a boolean`];
    default:
      return [];
  }
}

const target = (t: Record<string, unknown>): Target => inputSchema.parse(inputFor("Redis", t)).target;
const REMOTE_NS = target({ type: "Remote", providerConfigRef: { name: "cozy", kind: "ProviderConfig" } });

function objectOf(decl: KindDeclaration, spec: Record<string, unknown> = {}, name = "db") {
  const built = composePlatformObject(
    decl,
    { name, namespace: "tenant-a", namePath: "metadata.name", namespacePath: "metadata.namespace" },
    spec,
  );
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.value;
}

describe("provider-kubernetes Objects", () => {
  const manifest = { apiVersion: "v1", kind: "Secret", metadata: { name: "s", namespace: "tenant-a" } };
  const cases = [
    {
      reason: "v2 XRs get the namespaced Object, with the config kind",
      modern: true,
      observeOnly: false,
      file: "kubernetes.m.crossplane.io_objects.yaml",
      version: "v1alpha1",
      expected: {
        apiVersion: "kubernetes.m.crossplane.io/v1alpha1",
        kind: "Object",
        spec: { forProvider: { manifest }, providerConfigRef: { name: "cozy", kind: "ProviderConfig" } },
      },
    },
    {
      reason: "legacy XRs get the cluster-scoped Object, whose reference has a name only",
      modern: false,
      observeOnly: false,
      file: "kubernetes.crossplane.io_objects.yaml",
      version: "v1alpha2",
      expected: {
        apiVersion: "kubernetes.crossplane.io/v1alpha2",
        kind: "Object",
        spec: { forProvider: { manifest }, providerConfigRef: { name: "cozy" } },
      },
    },
    {
      reason: "observe-only Objects only observe",
      modern: true,
      observeOnly: true,
      file: "kubernetes.m.crossplane.io_objects.yaml",
      version: "v1alpha1",
      expected: {
        apiVersion: "kubernetes.m.crossplane.io/v1alpha1",
        kind: "Object",
        spec: {
          managementPolicies: ["Observe"],
          forProvider: { manifest },
          providerConfigRef: { name: "cozy", kind: "ProviderConfig" },
        },
      },
    },
    {
      reason: "legacy observe-only Objects too",
      modern: false,
      observeOnly: true,
      file: "kubernetes.crossplane.io_objects.yaml",
      version: "v1alpha2",
      expected: {
        apiVersion: "kubernetes.crossplane.io/v1alpha2",
        kind: "Object",
        spec: {
          managementPolicies: ["Observe"],
          forProvider: { manifest },
          providerConfigRef: { name: "cozy" },
        },
      },
    },
  ];
  it.each(cases)(
    "$reason, valid under the upstream CRD",
    ({ modern, observeOnly, file, version, expected }) => {
      const object = remoteObject(
        manifest,
        REMOTE_NS as Extract<Target, { type: "Remote" }>,
        modern,
        observeOnly,
      );
      expect(object).toEqual(expected);
      expect(conformance(crdSchema(file, version), object)).toEqual([]);
    },
  );

  it("the conformance check itself catches a wrong field name", () => {
    const wrong = {
      apiVersion: "x",
      kind: "Object",
      spec: { forProvider: { manifest }, providerRef: { name: "a" } },
    };
    expect(conformance(crdSchema("kubernetes.m.crossplane.io_objects.yaml", "v1alpha1"), wrong)).toEqual([
      ".spec.providerRef: unknown field",
    ]);
  });

  it("wraps the platform object remotely and composes it as it is in-cluster", () => {
    const object = objectOf(redis);
    expect(platformResource(object, { type: "InCluster" }, true)).toEqual(object);
    const wrapped = platformResource(object, REMOTE_NS, true) as {
      spec: { forProvider: { manifest: unknown } };
    };
    // The object is the call's own, built for this answer alone: carried, not copied.
    expect(wrapped.spec.forProvider.manifest).toBe(object);
  });
});

describe("publishedRefs", () => {
  const cases: Array<{
    reason: string;
    decl: KindDeclaration;
    spec?: Record<string, unknown>;
    name?: string;
    keys: string[][];
  }> = [
    {
      reason: "a credentials Secret and a Service, named after the release",
      decl: postgres,
      keys: [
        ["credentials", "Secret", "postgres-db-credentials"],
        ["service", "Service", "postgres-db-rw"],
      ],
    },
    {
      reason: "one Secret per user, sorted by user name",
      decl: bucket,
      spec: { users: { writer: {}, reader: { readonly: true } } },
      keys: [
        ["user-reader", "Secret", "bucket-db-reader-credentials"],
        ["user-writer", "Secret", "bucket-db-writer-credentials"],
      ],
    },
    { reason: "nothing for a kind that publishes nothing", decl: tenant, name: "team", keys: [] },
  ];
  it.each(cases)("$reason", ({ decl, spec, name, keys }) => {
    const refs = publishedRefs(decl, objectOf(decl, spec, name));
    expect(refs.map((r) => [r.key, r.kind, r.name])).toEqual(keys);
    expect(refs.every((r) => r.namespace === "tenant-a")).toBe(true);
  });

  it("asks Crossplane for each by name in the tenant namespace", () => {
    expect(requirementsFor(publishedRefs(postgres, objectOf(postgres)))).toEqual({
      credentials: {
        apiVersion: "v1",
        kind: "Secret",
        matchName: "postgres-db-credentials",
        namespace: "tenant-a",
      },
      service: { apiVersion: "v1", kind: "Service", matchName: "postgres-db-rw", namespace: "tenant-a" },
    });
  });

  it("observes each remotely through an observe-only Object", () => {
    const refs = publishedRefs(postgres, objectOf(postgres));
    const out = observers(refs, REMOTE_NS as Extract<Target, { type: "Remote" }>, true);
    expect(Object.keys(out)).toEqual(["credentials", "service"]);
    expect(out.service).toMatchObject({
      spec: {
        managementPolicies: ["Observe"],
        forProvider: {
          manifest: {
            apiVersion: "v1",
            kind: "Service",
            metadata: { name: "postgres-db-rw", namespace: "tenant-a" },
          },
        },
      },
    });
  });
});

describe("reading what was observed", () => {
  const platform = { ...objectOf(redis), status: { conditions: [{ type: "Ready", status: "True" }] } };
  const xr = xrOf("Redis");
  const input = inputFor("Redis");

  it("reads the platform object directly in-cluster and through the Object's manifest remotely", () => {
    const inCluster = requestFor({ input, xr, observed: { platform } });
    expect(observedPlatform(inCluster, redis, { type: "InCluster" })).toEqual(platform);
    const remote = requestFor({ input, xr, observed: { platform: observedObject(platform) } });
    expect(observedPlatform(remote, redis, REMOTE_NS)).toEqual(platform);
    // Remotely, the Object itself is not the platform object.
    expect(observedPlatform(inCluster, redis, REMOTE_NS)).toBeUndefined();
  });

  it("ignores an object of another kind left under the platform key", () => {
    const other = { ...platform, kind: "Postgres" };
    expect(
      observedPlatform(requestFor({ input, xr, observed: { platform: other } }), redis, {
        type: "InCluster",
      }),
    ).toBeUndefined();
  });

  it("takes an Object that has observed nothing yet as nothing", () => {
    expect(observedManifest({ resource: { status: {} }, connectionDetails: {}, ready: 0 })).toBeUndefined();
    expect(
      observedManifest({
        resource: { status: { atProvider: { manifest: {} } } },
        connectionDetails: {},
        ready: 0,
      }),
    ).toBeUndefined();
    expect(observedManifest(undefined)).toBeUndefined();
  });

  it("finds published objects among required resources in-cluster, observed Objects remotely", () => {
    const refs = publishedRefs(redis, objectOf(redis));
    const secret = secretOf("redis-db-auth", "tenant-a", { password: "x" });
    const inCluster = requestFor({ input, xr, required: { credentials: [secret], service: [] } });
    expect([...observedPublished(inCluster, refs, { type: "InCluster" }).keys()]).toEqual(["credentials"]);
    const remote = requestFor({ input, xr, observed: { credentials: observedObject(secret) } });
    expect(observedPublished(remote, refs, REMOTE_NS).get("credentials")).toEqual(secret);
    // A Secret found under the Service's key is not taken for the Service.
    const mixed = requestFor({ input, xr, required: { service: [secret] } });
    expect(observedPublished(mixed, refs, { type: "InCluster" }).size).toBe(0);
  });
});

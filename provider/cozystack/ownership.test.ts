import { describe, expect, it } from "vitest";
import { buildPlatformObject, type PlatformObject } from "../../schemas/core/platform-object.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { KubeObject } from "./kube/client.ts";
import { OWNERSHIP_ANNOTATION, ownershipOf, ownershipValue, withOwnership } from "./ownership.ts";

function built(decl: KindDeclaration, name: string, spec: Record<string, unknown>, namespace = "tenant-a") {
  const result = buildPlatformObject(decl, { name, namespace, spec });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.object;
}

/** The object as the server gives it back after our create: defaults filled in, its own metadata added. */
function asServed(object: PlatformObject, extra: Partial<KubeObject["metadata"]> = {}): KubeObject {
  return {
    ...object,
    spec: { size: "1Gi", version: "v8", ...object.spec },
    metadata: { ...object.metadata, uid: "u-1", resourceVersion: "7", ...extra },
  };
}

const declared = built(redis, "cache", { replicas: 3, size: "2Gi" });
const createdByUs = asServed(withOwnership(redis, declared));

describe("the ownership proof an existing object carries", () => {
  const cases: Array<{
    reason: string;
    existing: KubeObject;
    desired: PlatformObject;
    decl?: KindDeclaration;
    expected: ReturnType<typeof ownershipOf>;
  }> = [
    {
      reason: "the same declaration applied again proves it: adopted",
      existing: createdByUs,
      desired: declared,
      expected: { owned: true },
    },
    {
      reason: "the same spec built with its keys in another order is the same declaration",
      existing: createdByUs,
      desired: built(redis, "cache", { size: "2Gi", replicas: 3 }),
      expected: { owned: true },
    },
    {
      reason:
        "the proof survives the platform's own metadata and other annotations (a PUT keeps metadata as read)",
      existing: asServed(withOwnership(redis, declared), {
        annotations: { ...createdByUs.metadata.annotations, "team.example/owner": "dba" },
        resourceVersion: "99",
      }),
      desired: declared,
      expected: { owned: true },
    },
    {
      reason: "made with kubectl or the dashboard: no annotation, refused",
      existing: asServed(declared),
      desired: declared,
      expected: { owned: false, reason: "no-proof" },
    },
    {
      reason: "made by another declaration with a different spec: refused",
      existing: asServed(withOwnership(redis, built(redis, "cache", { replicas: 1 }))),
      desired: declared,
      expected: { owned: false, reason: "other-declaration" },
    },
    {
      reason:
        "a default written out is another declaration: the digest is of what was declared, not defaulted",
      existing: createdByUs,
      desired: built(redis, "cache", { replicas: 3, size: "2Gi", version: "v8" }),
      expected: { owned: false, reason: "other-declaration" },
    },
    {
      reason: "the annotation copied onto an object of another name does not prove that one",
      existing: { ...createdByUs, metadata: { ...createdByUs.metadata, name: "other" } },
      desired: built(redis, "other", { replicas: 3, size: "2Gi" }),
      expected: { owned: false, reason: "other-declaration" },
    },
    {
      reason: "the same spec in another namespace is another declaration",
      existing: createdByUs,
      desired: built(redis, "cache", { replicas: 3, size: "2Gi" }, "tenant-b"),
      expected: { owned: false, reason: "other-declaration" },
    },
    {
      reason: "a value that is no digest of ours (edited by hand) proves nothing",
      existing: asServed(declared, { annotations: { [OWNERSHIP_ANNOTATION]: "mine" } }),
      desired: declared,
      expected: { owned: false, reason: "other-declaration" },
    },
  ];
  it.each(cases)("$reason", ({ existing, desired, decl, expected }) => {
    expect(ownershipOf(decl ?? redis, existing, desired)).toEqual(expected);
  });
});

describe("the ownership annotation", () => {
  it("is added next to the user's own annotations at create, which stay as they were", () => {
    const object: PlatformObject = {
      ...declared,
      metadata: { ...declared.metadata, annotations: { a: "1" } },
    };
    const annotated = withOwnership(redis, object);
    expect(annotated.metadata.annotations).toEqual({
      a: "1",
      [OWNERSHIP_ANNOTATION]: ownershipValue(redis, object),
    });
    expect(annotated.spec).toBe(object.spec);
    expect(object.metadata.annotations).toEqual({ a: "1" });
  });

  it("is a sha256 digest that does not hold or depend on a secret, so it cannot be used to test a guessed password", () => {
    const withPassword = (password: string) => built(postgres, "db", { users: { app: { password } } });
    const value = ownershipValue(postgres, withPassword("s3cr3t-one"));
    expect(value).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(ownershipValue(postgres, withPassword("another-one"))).toBe(value);
    // The secret's presence still counts: a user with and one without a password differ.
    expect(ownershipValue(postgres, built(postgres, "db", { users: { app: {} } }))).not.toBe(value);
  });
});

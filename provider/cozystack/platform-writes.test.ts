import { describe, expect, it } from "vitest";
import { buildPlatformObject } from "../../schemas/core/platform-object.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import { KubeError, type KubeObject } from "./kube/client.ts";
import { OWNERSHIP_ANNOTATION, withOwnership } from "./ownership.ts";
import { Platform, WriteRefused, type PlatformClient } from "./platform.ts";

const built = (spec: Record<string, unknown>) => {
  const result = buildPlatformObject(redis, { name: "cache", namespace: "tenant-a", spec });
  if (!result.ok) throw new Error("invalid");
  return result.object;
};
const declared = built({ replicas: 3 });
const alreadyExists = () =>
  new KubeError('POST …: 409 redises.apps.cozystack.io "cache" already exists', 409, {});

/** A client holding at most one object: POST refuses when it exists, PUT records what it was sent. */
function fakeClient(existing: KubeObject | undefined) {
  const sent: { create: unknown[]; replace: unknown[] } = { create: [], replace: [] };
  const client: PlatformClient = {
    getOrUndefined: <T>() => Promise.resolve(existing as T | undefined),
    create: <T>(_path: string, object: unknown) => {
      sent.create.push(object);
      return existing ? Promise.reject(alreadyExists()) : Promise.resolve(object as T);
    },
    replace: <T>(_path: string, object: unknown) => {
      sent.replace.push(object);
      return Promise.resolve(object as T);
    },
    delete: () => Promise.reject(new Error("not in this test")),
    list: () => Promise.reject(new Error("not in this test")),
  };
  return { client, sent };
}

const served = (object = withOwnership(redis, declared), extra: Partial<KubeObject["metadata"]> = {}) =>
  ({ ...object, metadata: { ...object.metadata, uid: "u-1", resourceVersion: "5", ...extra } }) as KubeObject;

describe("a create", () => {
  it("writes the ownership proof with the object", async () => {
    const { client, sent } = fakeClient(undefined);
    const created = await new Platform(client).create(redis, declared);
    expect(created.adopted).toBe(false);
    expect((sent.create[0] as KubeObject).metadata.annotations?.[OWNERSHIP_ANNOTATION]).toMatch(/^sha256:/);
  });

  const cases: Array<{ reason: string; existing: KubeObject; outcome: "adopted" | "refused" | "retried" }> = [
    { reason: "this declaration's own object is adopted", existing: served(), outcome: "adopted" },
    { reason: "an object without the proof is refused", existing: served(declared), outcome: "refused" },
    {
      reason: "an object with another declaration's proof is refused",
      existing: served(withOwnership(redis, built({ replicas: 1 }))),
      outcome: "refused",
    },
    {
      reason: "our own object on its way out: the 409 goes back to the retry loop, which creates it anew",
      existing: served(undefined, { deletionTimestamp: "2026-12-01T00:00:00Z" }),
      outcome: "retried",
    },
  ];
  it.each(cases)("onto an existing object: $reason", async ({ existing, outcome }) => {
    const { client, sent } = fakeClient(existing);
    const result = new Platform(client).create(redis, declared);
    if (outcome === "adopted") expect(await result).toEqual({ object: existing, adopted: true });
    if (outcome === "refused") await expect(result).rejects.toBeInstanceOf(WriteRefused);
    if (outcome === "retried") await expect(result).rejects.toMatchObject({ status: 409 });
    expect(sent.replace).toEqual([]);
  });
});

describe("a replace", () => {
  const contested = served(undefined, {
    managedFields: [
      { manager: "platform-team", operation: "Apply", fieldsV1: { "f:spec": { "f:replicas": {} } } },
    ],
  });

  it("refuses, writing nothing, when it would change a field another manager applied", async () => {
    const { client, sent } = fakeClient(contested);
    await expect(
      new Platform(client).replace(redis, contested, built({ replicas: 1 }), { forceConflicts: false }),
    ).rejects.toThrow('.spec.replicas (managed by "platform-team"). Nothing was written.');
    expect(sent.replace).toEqual([]);
  });

  it("takes the field over when forced, keeping metadata as read (the proof with it) without managedFields", async () => {
    const { client, sent } = fakeClient(contested);
    await new Platform(client).replace(redis, contested, built({ replicas: 1 }), { forceConflicts: true });
    const put = sent.replace[0] as KubeObject;
    expect(put.spec).toEqual({ replicas: 1 });
    expect(put.metadata.managedFields).toBeUndefined();
    expect(put.metadata.resourceVersion).toBe("5");
    expect(put.metadata.annotations?.[OWNERSHIP_ANNOTATION]).toBe(
      contested.metadata.annotations?.[OWNERSHIP_ANNOTATION],
    );
  });

  it("writes freely when the other manager's field keeps its value", async () => {
    const { client, sent } = fakeClient(contested);
    await new Platform(client).replace(redis, contested, built({ replicas: 3, size: "2Gi" }), {
      forceConflicts: false,
    });
    expect(sent.replace).toHaveLength(1);
  });
});

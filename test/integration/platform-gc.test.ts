import { afterAll, describe, expect, it } from "vitest";
import { redis } from "../../schemas/kinds/redis.ts";
import type { KubeObject } from "../support/kube.ts";
import { appPath, condition, platformClient, uniqueName, waitFor } from "../support/cluster.ts";

const client = platformClient();
afterAll(() => client.close());

const MANAGER = "platform-gc-test";
const NAMESPACE = "default";
const configMapPath = (name: string, namespace = NAMESPACE) =>
  `/api/v1/namespaces/${namespace}/configmaps/${name}`;

async function configMap(name: string, owner?: KubeObject, namespace = NAMESPACE): Promise<KubeObject> {
  return client.apply(
    configMapPath(name, namespace),
    {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: {
        name,
        namespace,
        ...(owner
          ? {
              ownerReferences: [
                { apiVersion: "v1", kind: "ConfigMap", name: owner.metadata.name, uid: owner.metadata.uid },
              ],
            }
          : {}),
      },
      data: { role: owner ? "dependent" : "owner" },
    },
    MANAGER,
  );
}

function deleteWith(path: string, propagationPolicy: string): Promise<unknown> {
  return client.request("DELETE", path, { apiVersion: "v1", kind: "DeleteOptions", propagationPolicy });
}

describe("the local platform's garbage collector (kube-controller-manager)", () => {
  const cases = [
    {
      policy: "Background",
      dependentRemains: false,
      reason: "the owner goes at once and the collector then deletes what it owned",
    },
    {
      policy: "Foreground",
      dependentRemains: false,
      reason: "the collector deletes the dependents, then releases the owner",
    },
    {
      policy: "Orphan",
      dependentRemains: true,
      reason: "the collector strips the owner reference and keeps the dependent",
    },
  ];

  it.each(cases)("deletes with $policy propagation: $reason", async ({ policy, dependentRemains }) => {
    const owner = await configMap(uniqueName("owner-"));
    const dependent = await configMap(uniqueName("dependent-"), owner);
    expect(dependent.metadata.ownerReferences).toHaveLength(1);

    await deleteWith(configMapPath(owner.metadata.name), policy);

    await waitFor("the owner to be gone", async () =>
      (await client.getOrUndefined(configMapPath(owner.metadata.name))) ? undefined : true,
    );
    if (dependentRemains) {
      // Orphan propagation completes only after the collector has rewritten the dependent.
      const kept = await client.get(configMapPath(dependent.metadata.name));
      expect(kept.metadata.ownerReferences ?? []).toEqual([]);
      await client.delete(configMapPath(dependent.metadata.name));
    } else {
      await waitFor("the dependent to be collected", async () =>
        (await client.getOrUndefined(configMapPath(dependent.metadata.name))) ? undefined : true,
      );
    }
  });
});

describe("the platform stand-in's app objects, like the real API's", () => {
  it("keep no owner references and no foreign finalizers", async () => {
    const name = uniqueName("gc");
    const path = appPath(redis, "tenant-root", name);
    // The owner lives in the object's namespace: the collector takes an owner in another
    // namespace for a missing one and would delete the Redis before the stand-in strips the reference.
    const anchor = await configMap(uniqueName("anchor-"), undefined, "tenant-root");
    await client.apply(
      path,
      {
        apiVersion: redis.apiVersion,
        kind: redis.kind,
        metadata: {
          name,
          namespace: "tenant-root",
          finalizers: ["example.com/keep"],
          ownerReferences: [
            { apiVersion: "v1", kind: "ConfigMap", name: anchor.metadata.name, uid: anchor.metadata.uid },
          ],
        },
        spec: {},
      },
      MANAGER,
    );
    const ready = await waitFor("the Redis to be Ready", async () => {
      const object = await client.get(path);
      return condition(object, "Ready")?.status === "True" ? object : undefined;
    });
    expect(ready.metadata.ownerReferences).toBeUndefined();
    expect(ready.metadata.finalizers ?? []).not.toContain("example.com/keep");

    await client.delete(configMapPath(anchor.metadata.name, "tenant-root"));
    await client.delete(path);
    await waitFor("the Redis to be deleted", async () =>
      (await client.getOrUndefined(path)) ? undefined : true,
    );
  });
});

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ProviderKubernetesStandIn } from "../provider-kubernetes-standin/controller.ts";
import { FINALIZER, type KubernetesObject } from "../provider-kubernetes-standin/types.ts";
import { condition, platformClient, uniqueName, waitFor } from "../support/cluster.ts";
import { resourcePath, type KubeClient, type KubeObject } from "../support/kube.ts";

const client = platformClient();
const MANAGER = "provider-kubernetes-standin-test";
const namespace = uniqueName("pk-");
const events: Array<Record<string, unknown>> = [];
const standIn = new ProviderKubernetesStandIn({
  target: { server: inject("platform").server, token: inject("platform").token, ca: inject("platform").ca },
  pollIntervalMs: 200,
  log: (e) => events.push(e),
});

const modern = (name: string) =>
  resourcePath("kubernetes.m.crossplane.io", "v1alpha1", "objects", namespace, name);
const legacy = (name: string) =>
  resourcePath("kubernetes.crossplane.io", "v1alpha2", "objects", undefined, name);
const configMap = (name: string) => `/api/v1/namespaces/${namespace}/configmaps/${name}`;
const secretPath = (name: string) => `/api/v1/namespaces/${namespace}/secrets/${name}`;
const clusterConfig = uniqueName("remote-");
const legacyConfig = uniqueName("injected-");

/** The global setup installs provider-kubernetes's CRDs; say so plainly when it could not. */
async function requireProviderKubernetesCrds(kube: KubeClient): Promise<void> {
  const names = ["objects.kubernetes.m.crossplane.io", "objects.kubernetes.crossplane.io"];
  for (const name of names) {
    if (!(await kube.getOrUndefined(`/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`)))
      throw new Error(`CRD ${name} is not installed; the platform's start-up log says why`);
  }
}

beforeAll(async () => {
  await requireProviderKubernetesCrds(client);
  await client.apply(
    `/api/v1/namespaces/${namespace}`,
    { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace } },
    MANAGER,
  );
  // The "remote" cluster is this same apiserver, reached through a kubeconfig in a Secret.
  await client.apply(
    secretPath("remote-kubeconfig"),
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "remote-kubeconfig", namespace },
      data: { kubeconfig: readFileSync(inject("platform").kubeconfigPath).toString("base64") },
    },
    MANAGER,
  );
  await client.apply(
    resourcePath(
      "kubernetes.m.crossplane.io",
      "v1alpha1",
      "clusterproviderconfigs",
      undefined,
      clusterConfig,
    ),
    {
      apiVersion: "kubernetes.m.crossplane.io/v1alpha1",
      kind: "ClusterProviderConfig",
      metadata: { name: clusterConfig },
      spec: {
        credentials: {
          source: "Secret",
          secretRef: { namespace, name: "remote-kubeconfig", key: "kubeconfig" },
        },
      },
    },
    MANAGER,
  );
  await client.apply(
    resourcePath("kubernetes.crossplane.io", "v1alpha1", "providerconfigs", undefined, legacyConfig),
    {
      apiVersion: "kubernetes.crossplane.io/v1alpha1",
      kind: "ProviderConfig",
      metadata: { name: legacyConfig },
      spec: { credentials: { source: "InjectedIdentity" } },
    },
    MANAGER,
  );
  await standIn.start();
});

afterAll(async () => {
  standIn.stop();
  await client.delete(
    resourcePath(
      "kubernetes.m.crossplane.io",
      "v1alpha1",
      "clusterproviderconfigs",
      undefined,
      clusterConfig,
    ),
  );
  await client.delete(
    resourcePath("kubernetes.crossplane.io", "v1alpha1", "providerconfigs", undefined, legacyConfig),
  );
  client.close();
});

function modernObject(name: string, manifest: Record<string, unknown>, spec: Record<string, unknown> = {}) {
  return client.apply(
    modern(name),
    {
      apiVersion: "kubernetes.m.crossplane.io/v1alpha1",
      kind: "Object",
      metadata: { name, namespace },
      spec: {
        forProvider: { manifest },
        providerConfigRef: { kind: "ClusterProviderConfig", name: clusterConfig },
        ...spec,
      },
    },
    MANAGER,
  );
}

function legacyObject(name: string, manifest: Record<string, unknown>, spec: Record<string, unknown> = {}) {
  return client.apply(
    legacy(name),
    {
      apiVersion: "kubernetes.crossplane.io/v1alpha2",
      kind: "Object",
      metadata: { name },
      spec: { forProvider: { manifest }, providerConfigRef: { name: legacyConfig }, ...spec },
    },
    MANAGER,
  );
}

const cm = (name: string, data: Record<string, string>) => ({
  apiVersion: "v1",
  kind: "ConfigMap",
  metadata: { name, namespace },
  data,
});

/** The Object once its conditions match, e.g. {Synced: "True", Ready: "True"}. */
function waitConditions(path: string, want: Record<string, string>): Promise<KubernetesObject> {
  return waitFor(`${path} to be ${JSON.stringify(want)}`, async () => {
    const object = await client.get<KubernetesObject>(path);
    const matches = Object.entries(want).every(
      ([type, status]) => condition(object, type)?.status === status,
    );
    return matches ? object : undefined;
  });
}

const gone = (path: string) =>
  waitFor(`${path} to be gone`, async () => ((await client.getOrUndefined(path)) ? undefined : true));

describe("the provider-kubernetes stand-in", () => {
  it("creates a namespaced Object's ConfigMap through a Secret kubeconfig and mirrors it in status", async () => {
    const name = uniqueName("cm-");
    await modernObject(name, cm(name, { greeting: "hello" }));
    const object = await waitConditions(modern(name), { Synced: "True", Ready: "True" });

    const target = await client.get(configMap(name));
    expect(target.data).toEqual({ greeting: "hello" });
    expect(target.metadata.managedFields?.map((f) => (f as { manager: string }).manager)).toContain(
      `provider-kubernetes/${name}`,
    );
    const mirrored = object.status?.atProvider?.manifest as KubeObject;
    expect(mirrored.data).toEqual({ greeting: "hello" });
    expect(mirrored.metadata.uid).toBe(target.metadata.uid);
    expect(object.metadata.finalizers).toContain(FINALIZER);
    expect(condition(object, "Ready")?.reason).toBe("Available");
  });

  it("applies a changed manifest, and corrects drift on the target", async () => {
    const name = uniqueName("cm-");
    await modernObject(name, cm(name, { v: "1" }));
    await waitConditions(modern(name), { Ready: "True" });
    await modernObject(name, cm(name, { v: "2" }));
    const dataOf = async () =>
      (await client.get<KubeObject & { data: Record<string, string> }>(configMap(name))).data;
    await waitFor("the new manifest applied", async () => ((await dataOf()).v === "2" ? true : undefined));
    await client.mergePatch(configMap(name), { data: { v: "changed by hand" } });
    await waitFor("the drift corrected", async () => ((await dataOf()).v === "2" ? true : undefined));
  });

  it("observes a Secret it does not manage and reports its data in status.atProvider.manifest", async () => {
    const name = uniqueName("creds-");
    await client.apply(
      secretPath(name),
      { apiVersion: "v1", kind: "Secret", metadata: { name, namespace }, stringData: { password: "p1" } },
      MANAGER,
    );
    await legacyObject(
      name,
      { apiVersion: "v1", kind: "Secret", metadata: { name, namespace } },
      { managementPolicies: ["Observe"] },
    );
    const object = await waitConditions(legacy(name), { Synced: "True", Ready: "True" });
    const data = (object.status?.atProvider?.manifest as { data: Record<string, string> }).data;
    expect(Buffer.from(data.password!, "base64").toString()).toBe("p1");

    // Status follows the target, which the Object never writes.
    await client.apply(
      secretPath(name),
      { apiVersion: "v1", kind: "Secret", metadata: { name, namespace }, stringData: { password: "p2" } },
      MANAGER,
    );
    await waitFor("the new password observed", async () => {
      const o = await client.get<KubernetesObject>(legacy(name));
      const d = (o.status?.atProvider?.manifest as { data: Record<string, string> }).data;
      return Buffer.from(d.password!, "base64").toString() === "p2" ? true : undefined;
    });
    const target = await client.get(secretPath(name));
    expect(target.metadata.managedFields?.map((f) => (f as { manager: string }).manager)).not.toContain(
      `provider-kubernetes/${name}`,
    );

    // Deleting an observe-only Object leaves the Secret.
    await client.delete(legacy(name));
    await gone(legacy(name));
    expect(await client.getOrUndefined(secretPath(name))).toBeDefined();
  });

  it("reports an observe-only target that does not exist as a sync error, until it appears", async () => {
    const name = uniqueName("later-");
    await modernObject(
      name,
      { apiVersion: "v1", kind: "Secret", metadata: { name, namespace } },
      { managementPolicies: ["Observe"] },
    );
    const missing = await waitConditions(modern(name), { Synced: "False" });
    expect(condition(missing, "Synced")?.message).toBe("observe failed: external resource does not exist");
    expect(condition(missing, "Ready")?.status).not.toBe("True");
    expect(await client.getOrUndefined(secretPath(name))).toBeUndefined();

    await client.apply(
      secretPath(name),
      { apiVersion: "v1", kind: "Secret", metadata: { name, namespace }, stringData: { k: "v" } },
      MANAGER,
    );
    await waitConditions(modern(name), { Synced: "True", Ready: "True" });
  });

  it("deletes the target before letting the Object go, or orphans it when told to", async () => {
    const deleted = uniqueName("del-");
    const orphaned = uniqueName("orphan-");
    await modernObject(deleted, cm(deleted, { k: "v" }));
    await legacyObject(orphaned, cm(orphaned, { k: "v" }), { deletionPolicy: "Orphan" });
    await waitConditions(modern(deleted), { Ready: "True" });
    await waitConditions(legacy(orphaned), { Ready: "True" });

    await client.delete(modern(deleted));
    await client.delete(legacy(orphaned));
    await gone(modern(deleted));
    await gone(legacy(orphaned));
    expect(await client.getOrUndefined(configMap(deleted))).toBeUndefined();
    expect(await client.getOrUndefined(configMap(orphaned))).toBeDefined();
    expect(events).toContainEqual(expect.objectContaining({ msg: "deleted target", object: deleted }));
    expect(events).not.toContainEqual(expect.objectContaining({ msg: "deleted target", object: orphaned }));
  });

  it("derives readiness from the target's conditions when told to", async () => {
    const name = uniqueName("derive-");
    await modernObject(name, cm(name, { k: "v" }), { readiness: { policy: "DeriveFromObject" } });
    const object = await waitConditions(modern(name), { Synced: "True", Ready: "False" });
    // A ConfigMap has no Ready condition: never ready under this policy.
    expect(condition(object, "Ready")?.reason).toBe("Unavailable");
  });

  it("fails to sync with the reason when the ProviderConfig does not exist", async () => {
    const name = uniqueName("nopc-");
    await client.apply(
      modern(name),
      {
        apiVersion: "kubernetes.m.crossplane.io/v1alpha1",
        kind: "Object",
        metadata: { name, namespace },
        spec: {
          forProvider: { manifest: cm(name, {}) },
          providerConfigRef: { kind: "ProviderConfig", name: "absent" },
        },
      },
      MANAGER,
    );
    const object = await waitConditions(modern(name), { Synced: "False" });
    expect(condition(object, "Synced")?.message).toBe(
      'connect failed: cannot get provider config: providerconfigs.kubernetes.m.crossplane.io "absent" not found',
    );
    expect(await client.getOrUndefined(configMap(name))).toBeUndefined();
  });
});

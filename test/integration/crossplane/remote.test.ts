import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { legacyNames } from "../../../functions/generate/names.ts";
import { DEFAULT_OPTIONS } from "../../../functions/generate/options.ts";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { withDefaults } from "../../../schemas/core/platform-object.ts";
import { kubernetes } from "../../../schemas/kinds/kubernetes.ts";
import { postgres } from "../../../schemas/kinds/postgres.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { appPath, condition, platformClient, useTestTenant, waitFor } from "../../support/cluster.ts";
import { resourcePath, type KubeObject } from "../../support/kube.ts";
import { ProviderKubernetesStandIn } from "../../provider-kubernetes-standin/controller.ts";
import { readManifest, useCrossplane } from "./e2e-harness.ts";
import { decoded, expectedConnection } from "./e2e-outputs.ts";

/**
 * The remote target: Crossplane in another cluster composes provider-kubernetes Objects
 * that carry the platform object, and observe-only Objects that read its credentials. Here
 * the "remote" Cozystack cluster is the same apiserver, reached through a kubeconfig Secret
 * (v2 XRs, ClusterProviderConfig) or the provider's own identity (legacy, ProviderConfig).
 * Deleting the XR deletes its Objects through owner-reference garbage collection, and the
 * provider then deletes the platform object: the remote target cascades.
 */
const client = platformClient();
const namespace = useTestTenant("xpremote", tenant, client);
const GROUP = DEFAULT_OPTIONS.group;
const LEGACY_GROUP = DEFAULT_OPTIONS.legacyGroup;
const CONFIG = DEFAULT_OPTIONS.providerConfig.name;
const CREDENTIALS_NS = "crossplane-system";

const xrPath = (decl: KindDeclaration, name?: string) =>
  resourcePath(GROUP, "v1alpha1", decl.plural, namespace, name);
const claimPath = (name?: string) => resourcePath(LEGACY_GROUP, "v1alpha1", postgres.plural, namespace, name);
const objectsPath = resourcePath("kubernetes.m.crossplane.io", "v1alpha1", "objects", namespace);
const clusterConfigPath = resourcePath(
  "kubernetes.m.crossplane.io",
  "v1alpha1",
  "clusterproviderconfigs",
  undefined,
  CONFIG,
);
const legacyConfigPath = resourcePath(
  "kubernetes.crossplane.io",
  "v1alpha1",
  "providerconfigs",
  undefined,
  CONFIG,
);
const kubeconfigSecret = `/api/v1/namespaces/${CREDENTIALS_NS}/secrets/cozystack-remote-kubeconfig`;

const provider = new ProviderKubernetesStandIn({ target: client.target, pollIntervalMs: 300 });
const cleanup: string[] = [];

beforeAll(async () => {
  await client
    .create(
      "/api/v1/namespaces",
      { apiVersion: "v1", kind: "Namespace", metadata: { name: CREDENTIALS_NS } },
      "e2e",
    )
    .catch(() => undefined);
  await client.apply(
    kubeconfigSecret,
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "cozystack-remote-kubeconfig", namespace: CREDENTIALS_NS },
      data: { kubeconfig: readFileSync(inject("platform").kubeconfigPath).toString("base64") },
    },
    "e2e",
  );
  await client.apply(
    clusterConfigPath,
    {
      apiVersion: "kubernetes.m.crossplane.io/v1alpha1",
      kind: "ClusterProviderConfig",
      metadata: { name: CONFIG },
      spec: {
        credentials: {
          source: "Secret",
          secretRef: { namespace: CREDENTIALS_NS, name: "cozystack-remote-kubeconfig", key: "kubeconfig" },
        },
      },
    },
    "e2e",
  );
  await client.apply(
    legacyConfigPath,
    {
      apiVersion: "kubernetes.crossplane.io/v1alpha1",
      kind: "ProviderConfig",
      metadata: { name: CONFIG },
      spec: { credentials: { source: "InjectedIdentity" } },
    },
    "e2e",
  );
  await provider.start();
});

// Registered before the rig, so it runs after the rig's own teardown (hooks unwind as a stack).
afterAll(async () => {
  provider.stop();
  await Promise.all([clusterConfigPath, legacyConfigPath, kubeconfigSecret].map((p) => client.delete(p)));
});

const rig = useCrossplane(
  client,
  [
    ...[postgres, kubernetes].flatMap((d) => [
      `functions/configuration/xrds/${d.plural}.yaml`,
      `functions/configuration/compositions/${d.plural}-remote.yaml`,
    ]),
    `functions/configuration/legacy/xrds/${legacyNames(postgres).plural}.yaml`,
    `functions/configuration/legacy/compositions/${legacyNames(postgres).plural}-remote.yaml`,
  ],
  () => cleanup,
);

async function ready(path: string): Promise<KubeObject> {
  return waitFor(
    `${path} Ready`,
    async () => {
      const o = await client.get(path);
      return condition(o, "Ready")?.status === "True" ? o : undefined;
    },
    90_000,
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}\nstand-in log (last 5): ${rig.log.slice(-5).join("\n")}`);
  });
}

const gone = (path: string) => async () => ((await client.getOrUndefined(path)) ? undefined : true);

describe.each([
  [postgres.kind, postgres as KindDeclaration, "db"],
  [kubernetes.kind, kubernetes as KindDeclaration, "k8s"],
] as const)("%s through provider-kubernetes Objects", (_kind, decl, name) => {
  const path = xrPath(decl, name);
  const platformPath = appPath(decl, namespace, name);

  it("composes Objects that carry the platform object, becomes Ready, and publishes the outputs", async () => {
    cleanup.push(path, platformPath);
    const example = readManifest(`examples/crossplane/${decl.singular}.xr.yaml`);
    await client.create(
      xrPath(decl),
      {
        ...example,
        metadata: { name, namespace },
        spec: {
          ...(example.spec as object),
          crossplane: { compositionRef: { name: `${decl.plural}-remote` } },
        },
      },
      "e2e",
    );
    const xr = await ready(path);
    expect(
      (xr.spec as { crossplane: { compositionRef: { name: string } } }).crossplane.compositionRef.name,
    ).toBe(`${decl.plural}-remote`);

    const objects = (await client.list(objectsPath)).items.filter((o) =>
      (o.metadata.ownerReferences as Array<{ uid: string }> | undefined)?.some(
        (r) => r.uid === xr.metadata.uid,
      ),
    );
    const carrier = objects.find(
      (o) => o.metadata.annotations?.["crossplane.io/composition-resource-name"] === "platform",
    );
    expect(carrier, "the Object carrying the platform object").toBeDefined();
    const forProvider = (carrier!.spec as { forProvider: { manifest: KubeObject } }).forProvider;
    expect(forProvider.manifest).toMatchObject({ kind: decl.kind, metadata: { name, namespace } });
    // Observe-only Objects read what the platform publishes.
    for (const observer of objects.filter((o) => o !== carrier))
      expect((observer.spec as { managementPolicies: string[] }).managementPolicies).toEqual(["Observe"]);

    const platform = await client.get(platformPath);
    expect(condition(platform, "Ready")?.status).toBe("True");
    expect(platform.spec).toEqual(withDefaults(decl, example.spec));
    const secret = await client.get(`/api/v1/namespaces/${namespace}/secrets/${name}-connection`);
    expect(decoded(secret)).toEqual(await expectedConnection(client, decl, platform));
  });

  it("deleting the XR removes the platform object: GC deletes the Objects, the provider deletes what they carry", async () => {
    await client.delete(path);
    await waitFor("XR gone", gone(path));
    await waitFor("platform object gone", gone(platformPath), 90_000);
  });
});

describe("a claim of the legacy XR, remote", () => {
  it("binds through legacy Objects, becomes Ready with its connection details, and cascades on deletion", async () => {
    const claim = readManifest(`examples/crossplane/${postgres.singular}.claim.yaml`);
    const name = "remote-claim";
    cleanup.push(claimPath(name), appPath(postgres, namespace, name));
    await client.create(
      claimPath(),
      {
        ...claim,
        metadata: { name, namespace },
        spec: {
          ...(claim.spec as object),
          compositionRef: { name: `${legacyNames(postgres).plural}-remote` },
          writeConnectionSecretToRef: { name: `${name}-connection` },
        },
      },
      "e2e",
    );
    const bound = await ready(claimPath(name));
    const ref = (bound.spec as { resourceRef: { name: string } }).resourceRef;
    const legacyXr = resourcePath(
      LEGACY_GROUP,
      "v1alpha1",
      legacyNames(postgres).plural,
      undefined,
      ref.name,
    );
    cleanup.push(legacyXr);
    const platform = await client.get(appPath(postgres, namespace, name));
    const expected = await expectedConnection(client, postgres, platform);
    const secret = await waitFor("claim Secret complete", async () => {
      const s = await client.getOrUndefined(`/api/v1/namespaces/${namespace}/secrets/${name}-connection`);
      return s && Object.keys(decoded(s)).length === Object.keys(expected).length ? s : undefined;
    });
    expect(decoded(secret)).toEqual(expected);

    await client.delete(claimPath(name));
    await waitFor("claim and XR gone", async () =>
      (await gone(claimPath(name))()) && (await gone(legacyXr)()) ? true : undefined,
    );
    await waitFor("platform object gone", gone(appPath(postgres, namespace, name)), 90_000);
  });
});

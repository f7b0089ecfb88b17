import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS } from "../../../functions/generate/options.ts";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { withDefaults } from "../../../schemas/core/platform-object.ts";
import { kubernetes } from "../../../schemas/kinds/kubernetes.ts";
import { postgres } from "../../../schemas/kinds/postgres.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { ProviderKubernetesStandIn } from "../../provider-kubernetes-standin/controller.ts";
import { appPath, condition, platformClient, useTestTenant, waitFor } from "../../support/cluster.ts";
import { resourcePath, type KubeObject } from "../../support/kube.ts";
import { useTenantUser } from "../../support/tenant-user.ts";
import { readManifest, useCrossplane } from "./e2e-harness.ts";
import { decoded, expectedConnection } from "./e2e-outputs.ts";

/**
 * The function end to end as a tenant user: Crossplane reaches the Cozystack cluster through a
 * provider-kubernetes ProviderConfig whose kubeconfig holds a tenant administrator's token
 * (a ServiceAccount bound to `cozy:tenant:admin` in that tenant only), as a tenant's platform
 * team would set it up. Whatever the composed Objects do must be within those rights: write the
 * app, read its Service and its credentials through the TenantSecret view (no tenant role may
 * read a plain Secret), delete the app with the XR. The admin-token path is remote.test.ts.
 */
const client = platformClient();
const namespace = useTestTenant("xptenant", tenant, client);
const user = useTenantUser(client, namespace);
const GROUP = DEFAULT_OPTIONS.group;
/** A per-tenant ProviderConfig, in the XR's namespace, as a platform team gives each tenant. */
const CONFIG = "tenant";
const KUBECONFIG_SECRET = "tenant-kubeconfig";

const objectsPath = resourcePath("kubernetes.m.crossplane.io", "v1alpha1", "objects", namespace);
const configPath = resourcePath(
  "kubernetes.m.crossplane.io",
  "v1alpha1",
  "providerconfigs",
  namespace,
  CONFIG,
);
const secretPath = (name: string) => `/api/v1/namespaces/${namespace}/secrets/${name}`;
const compositionName = (decl: KindDeclaration) => `${decl.plural}-remote-tenant`;
const compositionPath = (decl: KindDeclaration) =>
  `/apis/apiextensions.crossplane.io/v1/compositions/${compositionName(decl)}`;
const KINDS: KindDeclaration[] = [postgres, kubernetes];

/** The generated remote Composition, pointed at the tenant's namespaced ProviderConfig. */
function tenantComposition(decl: KindDeclaration): KubeObject {
  const generated = readManifest(`functions/configuration/compositions/${decl.plural}-remote.yaml`);
  const spec = generated.spec as { pipeline: Array<{ input: { target: Record<string, unknown> } }> };
  const [step] = spec.pipeline;
  return {
    ...generated,
    metadata: { name: compositionName(decl) },
    spec: {
      ...spec,
      pipeline: [
        {
          ...step,
          input: {
            ...step!.input,
            target: { type: "Remote", providerConfigRef: { name: CONFIG, kind: "ProviderConfig" } },
          },
        },
      ],
    },
  };
}

const provider = new ProviderKubernetesStandIn({ target: client.target, pollIntervalMs: 300 });
const cleanup: string[] = [];

beforeAll(async () => {
  await client.apply(
    secretPath(KUBECONFIG_SECRET),
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: KUBECONFIG_SECRET, namespace },
      data: { kubeconfig: readFileSync(user.kubeconfigPath).toString("base64") },
    },
    "e2e",
  );
  await client.apply(
    configPath,
    {
      apiVersion: "kubernetes.m.crossplane.io/v1alpha1",
      kind: "ProviderConfig",
      metadata: { name: CONFIG, namespace },
      spec: {
        credentials: {
          source: "Secret",
          secretRef: { namespace, name: KUBECONFIG_SECRET, key: "kubeconfig" },
        },
      },
    },
    "e2e",
  );
  for (const decl of KINDS) await client.apply(compositionPath(decl), tenantComposition(decl), "e2e");
  await provider.start();
});

// Registered before the rig, so it runs after the rig's own teardown (hooks unwind as a stack).
afterAll(async () => {
  provider.stop();
  await Promise.all(
    [configPath, secretPath(KUBECONFIG_SECRET), ...KINDS.map(compositionPath)].map((p) => client.delete(p)),
  );
});

const rig = useCrossplane(
  client,
  KINDS.map((d) => `functions/configuration/xrds/${d.plural}.yaml`),
  () => cleanup,
  { bundle: true },
);

async function ready(path: string): Promise<KubeObject> {
  return waitFor(
    `${path} Ready`,
    async () => {
      const o = await client.get(path);
      return condition(o, "Ready")?.status === "True" ? o : undefined;
    },
    120_000,
  ).catch(async (error: unknown) => {
    const objects = (await client.list(objectsPath)).items.map(
      (o) => `${o.metadata.name}: ${JSON.stringify(condition(o, "Synced"))}`,
    );
    throw new Error(
      `${String(error)}\nObjects: ${objects.join("\n")}\nstand-in log (last 5): ${rig.log.slice(-5).join("\n")}`,
    );
  });
}

const gone = (path: string) => async () => ((await client.getOrUndefined(path)) ? undefined : true);

describe.each(KINDS.map((d) => [d.kind, d] as const))(
  "%s, remote, with a tenant admin's credentials",
  (_kind, decl) => {
    const name = decl === postgres ? "db" : "k8s";
    const xrPath = resourcePath(GROUP, "v1alpha1", decl.plural, namespace, name);
    const platformPath = appPath(decl, namespace, name);

    it("becomes Ready; every Object is Synced; the connection Secret holds the model's outputs", async () => {
      cleanup.push(xrPath, platformPath);
      const example = readManifest(`examples/crossplane/${decl.singular}.xr.yaml`);
      await client.create(
        resourcePath(GROUP, "v1alpha1", decl.plural, namespace),
        {
          ...example,
          metadata: { name, namespace },
          spec: {
            ...(example.spec as object),
            crossplane: { compositionRef: { name: compositionName(decl) } },
          },
        },
        "e2e",
      );
      const xr = await ready(xrPath);
      const objects = (await client.list(objectsPath)).items.filter((o) =>
        (o.metadata.ownerReferences as Array<{ uid: string }> | undefined)?.some(
          (r) => r.uid === xr.metadata.uid,
        ),
      );
      // The platform object, and observers of what the platform publishes.
      expect(objects.length).toBeGreaterThan(1);
      for (const o of objects) {
        expect(condition(o, "Synced"), o.metadata.name).toMatchObject({ status: "True" });
        expect((o.spec as { providerConfigRef: unknown }).providerConfigRef).toEqual({
          name: CONFIG,
          kind: "ProviderConfig",
        });
      }
      const manifests = objects.map(
        (o) => (o.spec as { forProvider: { manifest: KubeObject } }).forProvider.manifest,
      );
      expect(
        manifests.filter((m) => m.kind === "Secret"),
        "no observer reads a plain Secret",
      ).toEqual([]);

      const platform = await client.get(platformPath);
      expect(platform.spec).toEqual(withDefaults(decl, example.spec));
      const secret = await client.get(secretPath(`${name}-connection`));
      const expected = await expectedConnection(client, decl, platform);
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      expect(decoded(secret)).toEqual(expected);
    });

    it("deleting the XR deletes the platform object, with the tenant's right to delete it", async () => {
      await client.delete(xrPath);
      await waitFor("XR gone", gone(xrPath), 60_000);
      await waitFor("platform object gone", gone(platformPath), 90_000);
    });
  },
);

describe("what a tenant may not do", () => {
  it("an observer of a plain Secret through the same ProviderConfig is refused, naming the user and the verb", async () => {
    const probe = "plain-secret-probe";
    const path = resourcePath("kubernetes.m.crossplane.io", "v1alpha1", "objects", namespace, probe);
    cleanup.push(path);
    await client.create(
      objectsPath,
      {
        apiVersion: "kubernetes.m.crossplane.io/v1alpha1",
        kind: "Object",
        metadata: { name: probe, namespace },
        spec: {
          managementPolicies: ["Observe"],
          forProvider: {
            manifest: { apiVersion: "v1", kind: "Secret", metadata: { name: KUBECONFIG_SECRET, namespace } },
          },
          providerConfigRef: { name: CONFIG, kind: "ProviderConfig" },
        },
      },
      "e2e",
    );
    const synced = await waitFor(
      "the probe's Synced condition",
      async () => {
        const c = condition(await client.get(path), "Synced");
        return c?.status === "False" ? c : undefined;
      },
      60_000,
    );
    expect(synced.message).toContain(`"${user.user.username}" cannot get resource "secrets"`);
    await client.delete(path);
    await waitFor("probe gone", gone(path), 60_000);
  });
});

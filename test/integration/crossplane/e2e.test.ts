import { describe, expect, it } from "vitest";
import { composableKinds } from "../../../functions/cozystack/input.ts";
import { exampleName } from "../../../functions/generate/examples.ts";
import { legacyNames } from "../../../functions/generate/names.ts";
import { DEFAULT_OPTIONS } from "../../../functions/generate/options.ts";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { withDefaults } from "../../../schemas/core/platform-object.ts";
import { validateObject } from "../../../schemas/core/validate.ts";
import { postgres } from "../../../schemas/kinds/postgres.ts";
import { redis } from "../../../schemas/kinds/redis.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { appPath, condition, platformClient, useTestTenant, waitFor } from "../../support/cluster.ts";
import { resourcePath, type KubeObject } from "../../support/kube.ts";
import { RULES_CONFIGMAP } from "../../standin/behaviour.ts";
import { readManifest, useCrossplane } from "./e2e-harness.ts";
import { decoded, expectedConnection } from "./e2e-outputs.ts";

/**
 * End to end for every composable kind, in-cluster: the generated XRDs and Compositions,
 * the Crossplane stand-in, function-cozystack over mutual TLS and the platform stand-in on
 * one real kube-apiserver. An XR is applied in a tenant namespace; the function composes the
 * platform object there; the platform stand-in makes it Ready and publishes credentials; the
 * XR becomes Ready and its connection Secret holds the model's typed outputs.
 */
const client = platformClient();
const namespace = useTestTenant("xp", tenant, client);
const GROUP = DEFAULT_OPTIONS.group;
const LEGACY_GROUP = DEFAULT_OPTIONS.legacyGroup;

interface Case {
  decl: KindDeclaration;
  name: string;
  namespace: string;
}

/**
 * Modules keep their fixed names; other kinds take their singular, so connection Secrets
 * never collide, unless the kind's name rule refuses it (a node pool is <cluster>-<pool>).
 */
const caseName = (decl: KindDeclaration, ns: string) =>
  decl.category !== "module" &&
  validateObject(decl, {
    name: decl.singular,
    namespace: ns,
    spec: readManifest(`examples/crossplane/${decl.singular}.xr.yaml`).spec,
  }).ok
    ? decl.singular
    : exampleName(decl);
const cases: Case[] = composableKinds.map((decl) => ({
  decl,
  name: caseName(decl, decl.onlyIn ?? namespace),
  namespace: decl.onlyIn ?? namespace,
}));

const xrPath = (decl: KindDeclaration, ns: string, name?: string) =>
  resourcePath(GROUP, "v1alpha1", decl.plural, ns, name);
const claimPath = (ns: string, name?: string) =>
  resourcePath(LEGACY_GROUP, "v1alpha1", postgres.plural, ns, name);
const secretPath = (ns: string, name: string) => `/api/v1/namespaces/${ns}/secrets/${name}`;

/** The kind's generated example XR, placed in the test's namespace under the case's name. */
function exampleXr(c: Case, overrides: { name?: string; spec?: Record<string, unknown> } = {}): KubeObject {
  const example = readManifest(`examples/crossplane/${c.decl.singular}.xr.yaml`);
  return {
    ...example,
    metadata: { name: overrides.name ?? c.name, namespace: c.namespace },
    spec: overrides.spec ?? example.spec,
  };
}

const extraObjects: string[] = [];
const rig = useCrossplane(
  client,
  [
    ...composableKinds.flatMap((d) => [
      `functions/configuration/xrds/${d.plural}.yaml`,
      `functions/configuration/compositions/${d.plural}-in-cluster.yaml`,
    ]),
    `functions/configuration/legacy/xrds/${legacyNames(postgres).plural}.yaml`,
    `functions/configuration/legacy/compositions/${legacyNames(postgres).plural}-in-cluster.yaml`,
  ],
  // XRs first (their finalizers need the stand-in); in-cluster platform objects are not
  // collected with them (see the deletion test), so they are removed explicitly.
  () => [
    ...cases.flatMap((c) => [xrPath(c.decl, c.namespace, c.name), appPath(c.decl, c.namespace, c.name)]),
    ...extraObjects,
  ],
);

async function readyXr(path: string, timeoutMs = 90_000): Promise<KubeObject> {
  return waitFor(
    `${path} Ready`,
    async () => {
      const xr = await client.get(path);
      return condition(xr, "Ready")?.status === "True" ? xr : undefined;
    },
    timeoutMs,
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}\nstand-in log (last 5): ${rig.log.slice(-5).join("\n")}`);
  });
}

describe("every kind, composed in-cluster by function-cozystack through the Crossplane stand-in", () => {
  // All XRs go in at once, so the kinds converge concurrently; each test then waits for its own.
  const created = new Map<string, Promise<unknown>>();
  const create = (c: Case) => {
    const key = `${c.decl.kind}`;
    if (!created.has(key)) created.set(key, client.create(xrPath(c.decl, c.namespace), exampleXr(c), "e2e"));
    return created.get(key)!;
  };

  it.each(cases.map((c) => [c.decl.kind, c] as const))(
    "%s: the XR becomes Ready and its connection Secret holds the typed outputs",
    async (_kind, c) => {
      await Promise.all(cases.map(create));
      const xr = await readyXr(xrPath(c.decl, c.namespace, c.name));

      const platform = await client.get(appPath(c.decl, c.namespace, c.name));
      expect(condition(platform, "Ready")?.status).toBe("True");
      // The full spec, with the model's defaults filled in (functions/DESIGN.md).
      expect(platform.spec).toEqual(withDefaults(c.decl, exampleXr(c).spec));

      const secret = await client.get(secretPath(c.namespace, `${c.name}-connection`));
      expect(secret.type).toBe("connection.crossplane.io/v1alpha1");
      const expected = await expectedConnection(client, c.decl, platform);
      expect(decoded(secret)).toEqual(expected);
      // Every declared scalar output the platform can give is there; maps carry their entries.
      for (const [key, field] of Object.entries(c.decl.outputs.fields))
        if (field.type === "string" || field.type === "number")
          if (expected[key] !== undefined) expect(Object.keys(decoded(secret)), key).toContain(key);

      const status = xr.status as {
        platform?: { ready?: string; name?: string };
        outputs?: Record<string, unknown>;
      };
      expect(status.platform).toMatchObject({ ready: "True", name: c.name });
      for (const [key, field] of Object.entries(c.decl.outputs.fields)) {
        if (field.sensitive) expect(status.outputs ?? {}, key).not.toHaveProperty(key);
      }
    },
  );
});

describe("what the platform says reaches the XR", () => {
  const c: Case = { decl: redis, name: "broken", namespace };
  const ruleKey = `e2e-${namespace}`;
  const rules = `/api/v1/namespaces/${RULES_CONFIGMAP.namespace}/configmaps/${RULES_CONFIGMAP.name}`;

  it("a failed release shows its reason on the XR as a condition, an event and status", async () => {
    const rule = `${namespace}/Redis/broken fail=InstallFailed: chart render failed for e2e`;
    const existing = await client.getOrUndefined(rules);
    if (existing) await client.mergePatch(rules, { data: { [ruleKey]: rule } });
    else
      await client.create(
        `/api/v1/namespaces/${RULES_CONFIGMAP.namespace}/configmaps`,
        {
          apiVersion: "v1",
          kind: "ConfigMap",
          metadata: { name: RULES_CONFIGMAP.name },
          data: { [ruleKey]: rule },
        },
        "e2e",
      );
    extraObjects.push(xrPath(redis, namespace, "broken"), appPath(redis, namespace, "broken"));
    try {
      await client.create(xrPath(redis, namespace), exampleXr(c, { name: "broken" }), "e2e");
      const xr = await waitFor(
        "PlatformReady=False on the XR",
        async () => {
          const o = await client.get(xrPath(redis, namespace, "broken"));
          return condition(o, "PlatformReady")?.status === "False" ? o : undefined;
        },
        60_000,
      );
      expect(condition(xr, "PlatformReady")).toMatchObject({
        reason: "InstallFailed",
        message: expect.stringContaining("chart render failed for e2e"),
      });
      expect(condition(xr, "Ready")).toMatchObject({ status: "False", reason: "Creating" });
      expect((xr.status as { platform: unknown }).platform).toMatchObject({
        ready: "False",
        reason: "InstallFailed",
      });
      const events = await client.list(
        `/api/v1/namespaces/${namespace}/events?fieldSelector=involvedObject.uid%3D${xr.metadata.uid}`,
      );
      expect(
        events.items.some(
          (e) =>
            e.type === "Warning" &&
            e.reason === "PlatformNotReady" &&
            String(e.message).includes("InstallFailed"),
        ),
      ).toBe(true);
    } finally {
      await client.mergePatch(rules, { data: { [ruleKey]: null } });
    }
  });
});

describe("removal on the real API's terms", () => {
  const c: Case = { decl: postgres, name: "removal", namespace };
  const path = xrPath(postgres, namespace, "removal");
  const platformPath = appPath(postgres, namespace, "removal");

  it("a dropped scalar returns to its default; a dropped map entry stays (no field ownership on the server)", async () => {
    extraObjects.push(path, platformPath);
    await client.create(
      xrPath(postgres, namespace),
      exampleXr(c, { name: "removal", spec: { replicas: 3, users: { app: {}, extra: {} } } }),
      "e2e",
    );
    await readyXr(path);
    const before = await client.get(platformPath);
    expect((before.spec as { replicas: number }).replicas).toBe(3);
    expect(Object.keys((before.spec as { users: object }).users).sort()).toEqual(["app", "extra"]);

    // Drop both: the scalar from the XR, the map entry from the XR.
    await client.mergePatch(path, { spec: { replicas: null, users: { extra: null } } });
    const after = await waitFor(
      "replicas back to the default on the platform object",
      async () => {
        const o = await client.get(platformPath);
        return (o.spec as { replicas: number }).replicas === 2 ? o : undefined;
      },
      30_000,
    );
    const xr = await client.get(path);
    expect(Object.keys((xr.spec as { users: object }).users)).toEqual(["app"]);
    // Server-side apply removes only fields the server records as owned; the real Cozystack
    // API keeps no managedFields (../shared/reference/cozystack-api.md §0), and the platform
    // stand-in mimics it, so the removed user stays on the platform object (functions/DESIGN.md,
    // "Full spec with defaults"): a map entry has to be removed on the platform object itself.
    expect(Object.keys((after.spec as { users: object }).users).sort()).toEqual(["app", "extra"]);
  });

  it("deleting an in-cluster XR only drops its finalizer: the platform object stays (the real API keeps no owner references)", async () => {
    const xr = await client.get(path);
    await client.delete(path);
    await waitFor("XR gone", async () => ((await client.getOrUndefined(path)) ? undefined : true));
    const platform = await client.get(platformPath);
    // Crossplane sets a controller reference on what it composes and leaves deletion to the
    // garbage collector; the Cozystack API drops owner references, so nothing collects it.
    expect(platform.metadata.ownerReferences ?? []).toEqual([]);
    expect(platform.metadata.deletionTimestamp).toBeUndefined();
    // The composed connection Secret is an ordinary Secret: it keeps its reference and is collected.
    const secret = await client.getOrUndefined(secretPath(namespace, "removal-connection"));
    if (secret)
      expect(secret.metadata.ownerReferences).toEqual([
        expect.objectContaining({ uid: xr.metadata.uid, controller: true }),
      ]);
    await waitFor(
      "connection Secret collected",
      async () =>
        (await client.getOrUndefined(secretPath(namespace, "removal-connection"))) ? undefined : true,
      60_000,
    );
  });
});

describe("a claim of the legacy XR", () => {
  it("binds, becomes Ready, and its connection Secret holds the outputs as connection details", async () => {
    const claim = readManifest(`examples/crossplane/${postgres.singular}.claim.yaml`);
    const name = "claimed";
    extraObjects.push(claimPath(namespace, name), appPath(postgres, namespace, name));
    await client.create(
      claimPath(namespace),
      {
        ...claim,
        metadata: { name, namespace },
        spec: { ...(claim.spec as object), writeConnectionSecretToRef: { name: `${name}-connection` } },
      },
      "e2e",
    );
    const bound = await readyXr(claimPath(namespace, name));
    const ref = (bound.spec as { resourceRef: { kind: string; name: string } }).resourceRef;
    expect(ref.kind).toBe(legacyNames(postgres).kind);
    extraObjects.push(
      resourcePath(LEGACY_GROUP, "v1alpha1", legacyNames(postgres).plural, undefined, ref.name),
    );
    const platform = await client.get(appPath(postgres, namespace, name));
    const expected = await expectedConnection(client, postgres, platform);
    const secret = await waitFor("claim Secret complete", async () => {
      const s = await client.getOrUndefined(secretPath(namespace, `${name}-connection`));
      return s && Object.keys(decoded(s)).length === Object.keys(expected).length ? s : undefined;
    });
    expect(decoded(secret)).toEqual(expected);
  });
});

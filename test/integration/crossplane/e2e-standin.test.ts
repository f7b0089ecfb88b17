import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  Ready,
  Severity,
  Status,
  Target,
  type RunFunctionRequest,
  type RunFunctionResponse,
  type State,
} from "@crossplane-org/function-sdk-typescript";
import { condition, platformClient, uniqueName, waitFor } from "../../support/cluster.ts";
import { KubeError, type KubeObject } from "../../support/kube.ts";
import { makeTls } from "../../support/tls.ts";
import { clientTlsFromDir } from "../../crossplane-standin/grpc.ts";
import { composedFieldManager, composedName } from "../../crossplane-standin/names.ts";
import { CrossplaneStandIn } from "../../crossplane-standin/standin.ts";
import { startTestFunction, type TestFunction } from "../../crossplane-standin/test-function.ts";

/**
 * The Crossplane stand-in on its own, against the real kube-apiserver, driven by a tiny test
 * function (not function-cozystack): XRD → CRD, composition, requirements, GC, FATAL results,
 * claims and deletion, checked against what crossplane-core.md says core does.
 */
const client = platformClient();
const FUNCTION = "function-standin-test";
const GROUP = "standin.test";

const schema = {
  openAPIV3Schema: {
    type: "object",
    properties: {
      spec: {
        type: "object",
        properties: {
          region: { type: "string", default: "eu" },
          extra: { type: "boolean" },
          fail: { type: "string" },
          unstable: { type: "boolean" },
        },
      },
      status: { type: "object", properties: { echo: { type: "string" }, seed: { type: "string" } } },
    },
  },
};

const xrds = [
  {
    apiVersion: "apiextensions.crossplane.io/v2",
    kind: "CompositeResourceDefinition",
    metadata: { name: `xwidgets.${GROUP}` },
    spec: {
      group: GROUP,
      names: { kind: "XWidget", plural: "xwidgets" },
      scope: "Namespaced",
      versions: [{ name: "v1", served: true, referenceable: true, schema }],
    },
  },
  {
    apiVersion: "apiextensions.crossplane.io/v1",
    kind: "CompositeResourceDefinition",
    metadata: { name: `xgadgets.${GROUP}` },
    spec: {
      group: GROUP,
      names: { kind: "XGadget", plural: "xgadgets" },
      claimNames: { kind: "Gadget", plural: "gadgets" },
      connectionSecretKeys: ["region"],
      versions: [{ name: "v1", served: true, referenceable: true, schema }],
    },
  },
];

const composition = (name: string, kind: string) => ({
  apiVersion: "apiextensions.crossplane.io/v1",
  kind: "Composition",
  metadata: { name },
  spec: {
    compositeTypeRef: { apiVersion: `${GROUP}/v1`, kind },
    mode: "Pipeline",
    pipeline: [
      {
        step: "echo",
        functionRef: { name: FUNCTION },
        input: { apiVersion: "test.standin/v1", kind: "Input" },
      },
    ],
  },
});

interface TestXr extends KubeObject {
  spec: {
    region: string;
    extra?: boolean;
    fail?: string;
    unstable?: boolean;
    claimRef?: { namespace: string };
  };
}

/** Composes a ConfigMap (and an extra one on request), requires a seed ConfigMap, reports a condition. */
function compose(request: RunFunctionRequest): Partial<RunFunctionResponse> {
  const xr = request.observed!.composite!.resource as TestXr;
  const spec = xr.spec;
  if (spec.fail) return { results: [{ severity: Severity.SEVERITY_FATAL, message: spec.fail }] };
  const namespace = xr.metadata.namespace ?? spec.claimRef!.namespace;
  const seedName = spec.unstable ? `seed-${Math.random().toString(36).slice(2)}` : "seed";
  const observedConfig = request.observed!.resources.config;
  const seed = request.requiredResources.seed?.items[0]?.resource as
    { data?: { value?: string } } | undefined;
  const configMap = (data: Record<string, string>) => ({
    resource: { apiVersion: "v1", kind: "ConfigMap", metadata: { namespace }, data },
    connectionDetails: {},
    ready: observedConfig ? Ready.READY_TRUE : Ready.READY_FALSE,
  });
  const desired: State = {
    composite: {
      resource: { status: { echo: spec.region, seed: seed?.data?.value ?? "" } },
      connectionDetails: { region: Buffer.from(spec.region), hidden: Buffer.from("not published") },
      ready: Ready.READY_UNSPECIFIED,
    },
    resources: {
      config: configMap({ region: spec.region }),
      ...(spec.extra ? { extra: configMap({ extra: "yes" }) } : {}),
    },
  };
  return {
    meta: { tag: request.meta!.tag, ttl: { seconds: 1, nanos: 0 } },
    desired,
    requirements: {
      extraResources: {},
      resources: { seed: { apiVersion: "v1", kind: "ConfigMap", matchName: seedName, namespace } },
      schemas: {},
    },
    conditions: [
      {
        type: "ConfigReady",
        status: observedConfig ? Status.STATUS_CONDITION_TRUE : Status.STATUS_CONDITION_FALSE,
        reason: observedConfig ? "Observed" : "Waiting",
        target: Target.TARGET_COMPOSITE_AND_CLAIM,
      },
    ],
  };
}

const widgets = (namespace: string, name?: string) =>
  `/apis/${GROUP}/v1/namespaces/${namespace}/xwidgets${name ? `/${name}` : ""}`;
const configMaps = (namespace: string, name = "") =>
  `/api/v1/namespaces/${namespace}/configmaps${name ? `/${name}` : ""}`;

async function events(object: KubeObject): Promise<Array<{ type: string; reason: string; message: string }>> {
  const ns = object.metadata.namespace ?? "default";
  const list = await client.list(
    `/api/v1/namespaces/${ns}/events?fieldSelector=involvedObject.uid%3D${object.metadata.uid}`,
  );
  return list.items as unknown as Array<{ type: string; reason: string; message: string }>;
}

const gone = async (path: string) => ((await client.getOrUndefined(path)) ? undefined : true);

describe("the Crossplane stand-in", () => {
  const dir = mkdtempSync(join(tmpdir(), "xp-standin-e2e-"));
  const namespace = uniqueName("standin-");
  let fn: TestFunction;
  let standIn: CrossplaneStandIn;
  const log: string[] = [];

  beforeAll(async () => {
    const tls = makeTls(dir);
    fn = await startTestFunction(tls, compose);
    const p = client.target;
    standIn = new CrossplaneStandIn({
      target: p,
      functions: { [FUNCTION]: { address: fn.address, tls: clientTlsFromDir(tls.clientDir) } },
      ttlCapMs: 300,
      backoff: { baseMs: 200, maxMs: 2000 },
      log: (e) => log.push(JSON.stringify(e)),
    });
    await standIn.start();
    await client.create(
      "/api/v1/namespaces",
      { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace } },
      "test",
    );
    await client.create(
      configMaps(namespace),
      { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "seed" }, data: { value: "seeded" } },
      "test",
    );
    for (const xrd of xrds)
      await client.apply(
        `/apis/${xrd.apiVersion}/compositeresourcedefinitions/${xrd.metadata.name}`,
        xrd,
        "test",
      );
    for (const c of [composition("widget", "XWidget"), composition("gadget", "XGadget")])
      await client.apply(`/apis/apiextensions.crossplane.io/v1/compositions/${c.metadata.name}`, c, "test");
  });

  afterAll(async () => {
    try {
      for (const xrd of xrds)
        await client.delete(
          `/apis/apiextensions.crossplane.io/v1/compositeresourcedefinitions/${xrd.metadata.name}`,
        );
      for (const c of ["widget", "gadget"])
        await client.delete(`/apis/apiextensions.crossplane.io/v1/compositions/${c}`);
      await waitFor("XRDs gone", async () => {
        const left = await Promise.all(
          xrds.map((x) =>
            client.getOrUndefined(
              `/apis/apiextensions.crossplane.io/v1/compositeresourcedefinitions/${x.metadata.name}`,
            ),
          ),
        );
        return left.every((x) => !x) ? true : undefined;
      });
      await client.delete(`/api/v1/namespaces/${namespace}`);
    } finally {
      standIn?.stop();
      fn?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("turns XRDs into CRDs the apiserver serves, and reports them Established and Offered", async () => {
    for (const name of [`xwidgets.${GROUP}`, `xgadgets.${GROUP}`]) {
      const xrd = await waitFor(`${name} established`, async () => {
        const x = await client.get(
          `/apis/apiextensions.crossplane.io/v1/compositeresourcedefinitions/${name}`,
        );
        return condition(x, "Established")?.status === "True" ? x : undefined;
      });
      expect(condition(xrd, "Established")?.reason).toBe("WatchingCompositeResource");
      expect(xrd.metadata.finalizers).toContain("defined.apiextensions.crossplane.io");
      const crd = await client.get<KubeObject & { spec: { names: { categories: string[] }; scope: string } }>(
        `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`,
      );
      expect(crd.spec.names.categories).toEqual(["composite"]);
      expect(crd.metadata.ownerReferences).toEqual([
        expect.objectContaining({
          kind: "CompositeResourceDefinition",
          name,
          uid: xrd.metadata.uid,
          controller: true,
        }),
      ]);
    }
    const gadgets = await client.get<
      KubeObject & { spec: { scope: string; names: { categories: string[] } } }
    >(`/apis/apiextensions.k8s.io/v1/customresourcedefinitions/gadgets.${GROUP}`);
    expect(gadgets.spec.scope).toBe("Namespaced");
    expect(gadgets.spec.names.categories).toEqual(["claim"]);
    const legacy = await client.get(
      `/apis/apiextensions.crossplane.io/v1/compositeresourcedefinitions/xgadgets.${GROUP}`,
    );
    expect(condition(legacy, "Offered")?.status).toBe("True");
  });

  it("rejects an XR without spec, as the generated schema requires it", async () => {
    await waitFor("XWidget served", async () =>
      (await client.getOrUndefined(`/apis/${GROUP}/v1`)) ? true : undefined,
    );
    const error = await client
      .create(
        widgets(namespace),
        { apiVersion: `${GROUP}/v1`, kind: "XWidget", metadata: { name: "no-spec" } },
        "test",
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeError);
    expect((error as KubeError).status).toBe(422);
  });

  it("composes an XR, names and owns what it composes, and makes it Ready", async () => {
    await client.create(
      widgets(namespace),
      { apiVersion: `${GROUP}/v1`, kind: "XWidget", metadata: { name: "w1" }, spec: {} },
      "test",
    );
    const xr = await waitFor("w1 ready", async () => {
      const o = await client.get<TestXr>(widgets(namespace, "w1"));
      return condition(o, "Ready")?.status === "True" ? o : undefined;
    });
    expect(xr.metadata.finalizers).toContain("composite.apiextensions.crossplane.io");
    expect(xr.metadata.labels).toEqual({ "crossplane.io/composite": "w1" });
    const crossplane = (xr.spec as unknown as { crossplane: Record<string, unknown> }).crossplane;
    const name = composedName("w1-", xr.metadata.uid!, "config");
    expect(crossplane.compositionRef).toEqual({ name: "widget" });
    expect(crossplane.resourceRefs).toEqual([{ apiVersion: "v1", kind: "ConfigMap", name }]);
    expect(xr.status).toMatchObject({ echo: "eu", seed: "seeded" });
    for (const [type, status, reason] of [
      ["Synced", "True", "ReconcileSuccess"],
      ["Ready", "True", "Available"],
      ["Responsive", "True", "WatchCircuitClosed"],
      ["ConfigReady", "True", "Observed"],
    ])
      expect(condition(xr, type!), type).toMatchObject({ status, reason });

    const cm = await client.get(configMaps(namespace, name));
    expect(cm.metadata.labels).toEqual({ "crossplane.io/composite": "w1" });
    expect(cm.metadata.annotations).toEqual({ "crossplane.io/composition-resource-name": "config" });
    expect(cm.metadata.ownerReferences).toEqual([
      {
        apiVersion: `${GROUP}/v1`,
        kind: "XWidget",
        name: "w1",
        uid: xr.metadata.uid,
        controller: true,
        blockOwnerDeletion: true,
      },
    ]);
    expect(cm.data).toEqual({ region: "eu" });
    const managers = (cm.metadata.managedFields as Array<{ manager: string; operation: string }>).map(
      (f) => f.manager,
    );
    expect(managers).toEqual([composedFieldManager("w1", "XWidget", GROUP)]);

    // The pipeline: requests carry the whole XR, start with empty desired state and re-run with the seed.
    const mine = fn.requests.filter(
      (r) => (r.observed?.composite?.resource as KubeObject).metadata.name === "w1",
    );
    expect(mine[0]!.desired).toEqual({ composite: undefined, resources: {} });
    expect(mine[0]!.requiredResources).toEqual({});
    expect(mine[1]!.requiredResources.seed!.items[0]!.resource).toMatchObject({ metadata: { name: "seed" } });
    expect(mine[0]!.meta!.tag).toMatch(/^[0-9a-f]{64}$/);
    expect(mine[0]!.meta!.capabilities).toEqual([1, 2, 3, 4, 5]);

    const reasons = (await events(xr)).map((e) => `${e.type}/${e.reason}: ${e.message}`);
    expect(reasons).toContain("Normal/SelectComposition: Successfully selected composition: widget");
    expect(reasons).toContain('Normal/ComposeResources: Composed resource "config" is not yet ready');
  });

  it("applies spec changes and deletes a composed resource that drops out of desired state", async () => {
    await client.mergePatch(widgets(namespace, "w1"), { spec: { region: "us", extra: true } });
    const xr = await client.get<TestXr>(widgets(namespace, "w1"));
    const extra = composedName("w1-", xr.metadata.uid!, "extra");
    await waitFor(
      "extra composed",
      async () => (await client.getOrUndefined(configMaps(namespace, extra))) ?? undefined,
    );
    const config = await client.get(configMaps(namespace, composedName("w1-", xr.metadata.uid!, "config")));
    expect(config.data).toEqual({ region: "us" });

    await client.mergePatch(widgets(namespace, "w1"), { spec: { extra: null } });
    await waitFor("extra deleted", () => gone(configMaps(namespace, extra)));
    const after = await waitFor("refs rewritten", async () => {
      const o = await client.get(widgets(namespace, "w1"));
      const refs = (o.spec as { crossplane: { resourceRefs: unknown[] } }).crossplane.resourceRefs;
      return refs.length === 1 ? o : undefined;
    });
    expect((after.status as { echo: string }).echo).toBe("us");
  });

  it("stops on a FATAL result: Synced=False with core's message, Ready untouched, custom conditions Unknown", async () => {
    await client.mergePatch(widgets(namespace, "w1"), { spec: { fail: "input.platformKind: not a kind" } });
    const xr = await waitFor("w1 not synced", async () => {
      const o = await client.get(widgets(namespace, "w1"));
      return condition(o, "Synced")?.status === "False" ? o : undefined;
    });
    expect(condition(xr, "Synced")).toMatchObject({
      reason: "ReconcileError",
      message:
        'cannot compose resources: pipeline step "echo" returned a fatal result: input.platformKind: not a kind',
    });
    expect(condition(xr, "Ready")?.status).toBe("True");
    expect(condition(xr, "ConfigReady")).toMatchObject({ status: "Unknown", reason: "FatalError" });
    expect(
      (await events(xr)).some((e) => e.type === "Warning" && e.message.includes("returned a fatal result")),
    ).toBe(true);

    await client.mergePatch(widgets(namespace, "w1"), { spec: { fail: null } });
    await waitFor("w1 synced again", async () =>
      condition(await client.get(widgets(namespace, "w1")), "Synced")?.status === "True" ? true : undefined,
    );
  });

  it("gives up when a function's requirements never settle", async () => {
    await client.create(
      widgets(namespace),
      {
        apiVersion: `${GROUP}/v1`,
        kind: "XWidget",
        metadata: { name: "restless" },
        spec: { unstable: true },
      },
      "test",
    );
    const xr = await waitFor("restless not synced", async () => {
      const o = await client.get(widgets(namespace, "restless"));
      return condition(o, "Synced")?.status === "False" ? o : undefined;
    });
    expect(condition(xr, "Synced")?.message).toBe(
      `cannot compose resources: cannot run Composition pipeline step "echo": requirements didn't stabilize after the maximum number of iterations (5)`,
    );
    await client.delete(widgets(namespace, "restless"));
  });

  it("binds a claim to a legacy XR and hands back status, conditions and the filtered connection Secret", async () => {
    const claims = `/apis/${GROUP}/v1/namespaces/${namespace}/gadgets`;
    await waitFor("Gadget served", async () =>
      (await client.getOrUndefined(
        `/apis/apiextensions.crossplane.io/v1/compositeresourcedefinitions/xgadgets.${GROUP}`,
      )) &&
      condition(
        await client.get(
          `/apis/apiextensions.crossplane.io/v1/compositeresourcedefinitions/xgadgets.${GROUP}`,
        ),
        "Offered",
      )?.status === "True"
        ? true
        : undefined,
    );
    await client.create(
      claims,
      {
        apiVersion: `${GROUP}/v1`,
        kind: "Gadget",
        metadata: { name: "g1", labels: { team: "a" } },
        spec: { region: "ap", writeConnectionSecretToRef: { name: "g1-conn" } },
      },
      "test",
    );
    const claim = await waitFor(
      "claim ready",
      async () => {
        const o = await client.get(`${claims}/g1`);
        return condition(o, "Ready")?.status === "True" &&
          (o.status as { connectionDetails?: unknown }).connectionDetails
          ? o
          : undefined;
      },
      30_000,
    );
    expect(claim.status).toMatchObject({ echo: "ap", seed: "seeded" });
    expect(condition(claim, "ConfigReady")?.status).toBe("True");
    const ref = (claim.spec as { resourceRef: { name: string; kind: string } }).resourceRef;
    expect(ref.kind).toBe("XGadget");
    expect(ref.name).toMatch(/^g1-[a-z0-9]{5}$/);

    const xr = await client.get(`/apis/${GROUP}/v1/xgadgets/${ref.name}`);
    expect(xr.metadata.labels).toMatchObject({
      team: "a",
      "crossplane.io/claim-name": "g1",
      "crossplane.io/claim-namespace": namespace,
      "crossplane.io/composite": ref.name,
    });
    expect((xr.spec as { claimRef: unknown }).claimRef).toEqual({
      apiVersion: `${GROUP}/v1`,
      kind: "Gadget",
      namespace,
      name: "g1",
    });
    expect((xr.status as { claimConditionTypes: string[] }).claimConditionTypes).toEqual(["ConfigReady"]);

    const xrSecret = await client.get(`/api/v1/namespaces/crossplane-system/secrets/${claim.metadata.uid}`);
    expect(xrSecret.type).toBe("connection.crossplane.io/v1alpha1");
    expect(Object.keys(xrSecret.data as object)).toEqual(["region"]);
    const claimSecret = await client.get(`/api/v1/namespaces/${namespace}/secrets/g1-conn`);
    expect(Buffer.from((claimSecret.data as { region: string }).region, "base64").toString()).toBe("ap");
    expect(claimSecret.metadata.ownerReferences).toEqual([
      expect.objectContaining({ kind: "Gadget", name: "g1", controller: true }),
    ]);

    const composed = await client.get(
      configMaps(namespace, composedName(`${ref.name}-`, xr.metadata.uid!, "config")),
    );
    expect(composed.metadata.labels).toMatchObject({
      "crossplane.io/claim-name": "g1",
      "crossplane.io/claim-namespace": namespace,
    });

    await client.delete(`${claims}/g1`);
    await waitFor("claim and XR gone", async () =>
      (await gone(`${claims}/g1`)) && (await gone(`/apis/${GROUP}/v1/xgadgets/${ref.name}`))
        ? true
        : undefined,
    );
  });

  it("deletes an XR by dropping its finalizer; owner-reference GC removes what it composed", async () => {
    const xr = await client.get(widgets(namespace, "w1"));
    const config = configMaps(namespace, composedName("w1-", xr.metadata.uid!, "config"));
    await client.delete(widgets(namespace, "w1"));
    await waitFor("w1 gone", () => gone(widgets(namespace, "w1")));
    // kube-controller-manager's garbage collector runs in the local platform; it reads discovery
    // every 30 s, so a kind installed by this file may take that long to be collected.
    await waitFor("composed ConfigMap collected", () => gone(config), 60_000);
  });
});

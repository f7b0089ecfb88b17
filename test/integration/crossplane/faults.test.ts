import { Severity } from "@crossplane-org/function-sdk-typescript";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { connectFunction } from "../../../functions/cozystack/server/client.ts";
import { ServingStatus } from "../../../functions/cozystack/server/health.ts";
import { inputFor, requestFor, xrOf } from "../../../functions/cozystack/request.test-support.ts";
import { DEFAULT_OPTIONS } from "../../../functions/generate/options.ts";
import type { KindDeclaration } from "../../../schemas/core/kind.ts";
import { withDefaults } from "../../../schemas/core/platform-object.ts";
import { bucket } from "../../../schemas/kinds/bucket.ts";
import { clickhouse } from "../../../schemas/kinds/clickhouse.ts";
import { kafka } from "../../../schemas/kinds/kafka.ts";
import { mariadb } from "../../../schemas/kinds/mariadb.ts";
import { mongodb } from "../../../schemas/kinds/mongodb.ts";
import { nats } from "../../../schemas/kinds/nats.ts";
import { postgres } from "../../../schemas/kinds/postgres.ts";
import { qdrant } from "../../../schemas/kinds/qdrant.ts";
import { rabbitmq } from "../../../schemas/kinds/rabbitmq.ts";
import { redis } from "../../../schemas/kinds/redis.ts";
import { tenant } from "../../../schemas/kinds/tenant.ts";
import { appPath, condition, platformClient, useTestTenant, waitFor } from "../../support/cluster.ts";
import { resourcePath, type KubeObject } from "../../support/kube.ts";
import { readManifest, useCrossplane } from "./e2e-harness.ts";

/**
 * The function's faults, through the built bundle (as the image runs it), the Crossplane
 * stand-in and the platform stand-in on the real kube-apiserver: killed with SIGKILL in the
 * middle of reconciles and restarted, the XRs converge with exactly one platform object and
 * one connection Secret each; 100 XRs of ten kinds applied at once all become Ready; a
 * malformed observed object sent to the running server is a FATAL result naming it.
 */
const client = platformClient();
const namespace = useTestTenant("xpfault", tenant, client);
const GROUP = DEFAULT_OPTIONS.group;
const COMPOSITE_LABEL = "crossplane.io/composite";
const KINDS: KindDeclaration[] = [
  postgres,
  redis,
  mariadb,
  kafka,
  rabbitmq,
  nats,
  clickhouse,
  mongodb,
  bucket,
  qdrant,
];

interface Xr {
  decl: KindDeclaration;
  name: string;
}

const xrPath = (decl: KindDeclaration, name?: string) =>
  resourcePath(GROUP, "v1alpha1", decl.plural, namespace, name);
const cleanup: string[] = [];
/** Every XR this file created and has not deleted: the census counts what they composed. */
const live: Xr[] = [];

const rig = useCrossplane(
  client,
  KINDS.flatMap((d) => [
    `functions/configuration/xrds/${d.plural}.yaml`,
    `functions/configuration/compositions/${d.plural}-in-cluster.yaml`,
  ]),
  () => cleanup,
  // The function's own TTLs (10 s pending, 60 s ready) capped at 10 s: with 100 XRs, a short
  // cap would have them poll the function hundreds of times a second and crowd out the work.
  // Watches on the composed objects still bring each change at once.
  { bundle: true, ttlCapMs: 10_000 },
);

/** The kind's generated example XR under a name of our own. */
function exampleXr({ decl, name }: Xr): KubeObject {
  const example = readManifest(`examples/crossplane/${decl.singular}.xr.yaml`);
  return { ...example, metadata: { name, namespace } };
}

async function createAll(xrs: readonly Xr[]): Promise<void> {
  for (const xr of xrs) cleanup.push(xrPath(xr.decl, xr.name), appPath(xr.decl, namespace, xr.name));
  live.push(...xrs);
  await Promise.all(xrs.map((xr) => client.create(xrPath(xr.decl), exampleXr(xr), "e2e")));
}

const isReady = (o: KubeObject) => condition(o, "Ready")?.status === "True";

/** Wait until every XR is Ready, listing each kind once per round; names the ones that are not. */
async function allReady(xrs: readonly Xr[], timeoutMs: number): Promise<void> {
  let notReady: string[] = [];
  await waitFor(
    `${xrs.length} XRs Ready`,
    async () => {
      const lists = await Promise.all(KINDS.map((d) => client.list(xrPath(d))));
      const ready = new Set(
        lists.flatMap((l, i) => l.items.filter(isReady).map((o) => `${KINDS[i]!.kind}/${o.metadata.name}`)),
      );
      notReady = xrs.map((x) => `${x.decl.kind}/${x.name}`).filter((k) => !ready.has(k));
      return notReady.length === 0 ? true : undefined;
    },
    timeoutMs,
  ).catch((error: unknown) => {
    throw new Error(
      `${String(error)}\nnot Ready (${notReady.length}): ${notReady.slice(0, 10).join(", ")}\n` +
        `stand-in log (last 5): ${rig.log.slice(-5).join("\n")}`,
    );
  });
}

/**
 * What the XRs composed, counted two ways: every platform object of the ten kinds and every
 * Secret in the namespace that carries the composition label, by name and by the XR the label
 * names. Each live XR must have exactly one platform object named after it and one Secret
 * `<name>-connection`, both labelled with it, and nothing else may carry the label.
 */
async function census(): Promise<{ duplicates: string[]; missing: string[]; strays: string[] }> {
  const platform = (await Promise.all(KINDS.map((d) => client.list(appPath(d, namespace))))).flatMap((l, i) =>
    l.items.map((o) => ({ kind: KINDS[i]!.kind, object: o })),
  );
  const secrets = (
    await client.list(
      `/api/v1/namespaces/${namespace}/secrets?labelSelector=${encodeURIComponent(COMPOSITE_LABEL)}`,
    )
  ).items.map((o) => ({ kind: "Secret", object: o }));
  const expected = new Map<string, string>();
  for (const { decl, name } of live) {
    expected.set(`${decl.kind}/${name}`, name);
    expected.set(`Secret/${name}-connection`, name);
  }
  const seen = new Map<string, number>();
  const strays: string[] = [];
  for (const { kind, object } of [...platform, ...secrets]) {
    const id = `${kind}/${object.metadata.name}`;
    seen.set(id, (seen.get(id) ?? 0) + 1);
    const owner = expected.get(id);
    // Nothing is deleted in this file: an object no live XR accounts for is a leak.
    if (owner === undefined) {
      strays.push(id);
      continue;
    }
    if (object.metadata.labels?.[COMPOSITE_LABEL] !== owner)
      strays.push(`${id} labelled ${object.metadata.labels?.[COMPOSITE_LABEL] ?? "(none)"}`);
  }
  const perXr = new Map<string, number>();
  for (const { object } of [...platform, ...secrets]) {
    const label = object.metadata.labels?.[COMPOSITE_LABEL];
    if (label) perXr.set(label, (perXr.get(label) ?? 0) + 1);
  }
  const duplicates = [
    ...[...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`),
    ...live
      .filter((x) => (perXr.get(x.name) ?? 0) > 2)
      .map((x) => `${x.name}: ${perXr.get(x.name)} labelled objects`),
  ];
  const missing = [...expected.keys()].filter((id) => !seen.has(id));
  return { duplicates, missing, strays };
}

async function expectCensusClean(): Promise<void> {
  expect(await census()).toEqual({ duplicates: [], missing: [], strays: [] });
}

const failedCalls = () => rig.log.filter((l) => l.includes("cannot run Composition pipeline step"));
const composedLines = () =>
  rig
    .functionLog()
    .split("\n")
    .filter((l) => l.includes('"msg":"composed"')).length;

describe("function-cozystack killed with SIGKILL mid-reconcile", () => {
  const xrs: Xr[] = [];

  it("restarts, and every XR converges with no duplicate composed or platform objects", async () => {
    // Each round applies ten new XRs, so the function is busy, and kills it as soon as it has
    // composed one of them, while the others' calls are under way; until a reconcile has
    // failed because its call was cut (usually the first round).
    let kills = 0;
    for (; kills < 5 && failedCalls().length === 0; kills++) {
      const batch = KINDS.map((decl) => ({ decl, name: `${decl.singular}k${kills}` }));
      xrs.push(...batch);
      const before = composedLines();
      await createAll(batch);
      await waitFor(
        "the function composing",
        async () => (composedLines() > before ? true : undefined),
        90_000,
      );
      await rig.killFunction();
      await sleep(500);
      await rig.restartFunction();
    }
    expect(failedCalls(), "a reconcile failed because its call was cut").not.toEqual([]);
    await allReady(xrs, 240_000);
    await expectCensusClean();
    console.log(`killed ${kills} time(s); first cut call: ${failedCalls()[0]}`);
  }, 420_000);

  it("killed between calls, with an XR changed while it is down: converges on the new spec when it comes back", async () => {
    const [pg] = xrs;
    await rig.killFunction();
    const spec = { ...(exampleXr(pg!).spec as Record<string, unknown>), replicas: 5 };
    await client.mergePatch(xrPath(pg!.decl, pg!.name), { spec: { replicas: 5 } });
    // The stand-in calls while the function is down; those calls wait for it (wait-for-ready).
    await sleep(2000);
    await rig.restartFunction();
    await waitFor(
      "the platform object carrying the new spec",
      async () => {
        const o = await client.get(appPath(pg!.decl, namespace, pg!.name));
        return (o.spec as { replicas?: number }).replicas === 5 ? o : undefined;
      },
      120_000,
    ).then((o) => expect(o.spec).toEqual(withDefaults(pg!.decl, spec)));
    await allReady(xrs, 120_000);
    await expectCensusClean();
  }, 300_000);
});

describe("100 XRs of ten kinds applied at once", () => {
  const xrs: Xr[] = KINDS.flatMap((decl) =>
    Array.from({ length: 10 }, (_, i) => ({ decl, name: `${decl.singular}${i}` })),
  );

  it("all become Ready, each with one platform object and one connection Secret", async () => {
    const started = Date.now();
    await createAll(xrs);
    await allReady(xrs, 600_000);
    const seconds = (Date.now() - started) / 1000;
    await expectCensusClean();
    // Reported, not asserted: the machine is shared.
    console.log(`100 XRs Ready ${seconds.toFixed(1)} s after the first create`);
  }, 900_000);
});

describe("a malformed observed object sent to the running function", () => {
  it("is one FATAL result naming each wrong field; the server goes on serving", async () => {
    const { address, tls } = rig.endpoint();
    const fn = connectFunction(address, tls);
    try {
      const input = inputFor("Postgres");
      const xr = xrOf("Postgres", { namespace });
      const malformed = requestFor({
        input,
        xr,
        observed: {
          platform: {
            apiVersion: "apps.cozystack.io/v1alpha1",
            kind: "Postgres",
            metadata: { name: "db", namespace },
            status: "Ready",
          },
        },
        required: {
          credentials: [
            { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "postgres-db-credentials" } },
          ],
        },
      });
      const rsp = await fn.runFunction(malformed);
      expect(rsp.results).toEqual([
        expect.objectContaining({
          severity: Severity.SEVERITY_FATAL,
          reason: "MalformedObserved",
          message:
            "observed.resources.platform.resource.status: must be an object, not a string; " +
            `requiredResources.credentials.items[0].resource: is a ConfigMap (v1), not the v1 Secret ${namespace}/postgres-db-credentials that was required`,
        }),
      ]);
      expect(rsp.desired?.resources ?? {}).toEqual({});
      expect((await fn.check("")).status).toBe(ServingStatus.SERVING);
      const fine = await fn.runFunction(requestFor({ input, xr }));
      expect(fine.results.filter((r) => r.severity === Severity.SEVERITY_FATAL)).toEqual([]);
      expect(Object.keys(fine.desired?.resources ?? {}).sort()).toEqual(["connection", "platform"]);
    } finally {
      fn.close();
    }
  });
});

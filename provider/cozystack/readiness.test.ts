import { describe, expect, it } from "vitest";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { Condition } from "../../schemas/core/readiness.ts";
import { rabbitmq } from "../../schemas/kinds/rabbitmq.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import { KubeError, type KubeObject } from "./kube/client.ts";
import type { ObjectReader } from "./kube/collection-reader.ts";
import { PlatformError, type WaitOptions } from "./platform.ts";
import { readingPlatform } from "./platform.test-support.ts";

/**
 * The provider's wait after a write: which conditions it believes (currentConditions)
 * and what it makes of them (assessReadiness), against objects read in turn from a
 * script instead of a platform. A wait that believes a stale Ready=True returns
 * before the change took effect; one that disbelieves a fresh one never returns.
 */
const T0 = "2026-12-01T10:00:00Z";
const T1 = "2026-12-01T10:00:05Z";
const ready = (extra: Partial<Condition> = {}): Condition => ({
  type: "Ready",
  status: "True",
  reason: "ReconciliationSucceeded",
  message: "Helm upgrade succeeded",
  lastTransitionTime: T0,
  ...extra,
});
const failed = (extra: Partial<Condition> = {}) =>
  ready({ status: "False", reason: "UpgradeFailed", message: "chart hook failed", ...extra });
const pending = (extra: Partial<Condition> = {}) =>
  ready({ status: "Unknown", reason: "Progressing", message: "Helm install in progress", ...extra });

const object = (conditions: Condition[], generation?: number): KubeObject => ({
  apiVersion: "apps.cozystack.io/v1alpha1",
  kind: "Redis",
  metadata: { name: "cache", namespace: "tenant-a", ...(generation ? { generation } : {}) },
  spec: {},
  status: { conditions },
});

type Read = KubeObject | undefined | Error;

/** Reads the object from `objects` in turn (the last one repeats), and credentials from `secrets`. */
function scripted(objects: Read[], secrets: Array<Record<string, string> | undefined> = []) {
  let reads = 0;
  let secretReads = 0;
  const next = <T>(list: T[], i: number) => list[Math.min(i, list.length - 1)];
  const reader: ObjectReader = {
    getOrUndefined: <T>(path: string): Promise<T | undefined> => {
      if (path.includes("/tenantsecrets/")) {
        const data = next(secrets, secretReads++);
        const b64 = (s: string) => Buffer.from(s).toString("base64");
        return Promise.resolve(
          (data && {
            metadata: { name: path.split("/").at(-1) },
            data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
          }) as T | undefined,
        );
      }
      const read = next(objects, reads++);
      return read instanceof Error ? Promise.reject(read) : Promise.resolve(structuredClone(read) as T);
    },
  };
  return { reader, reads: () => reads };
}

const options = (extra: Partial<WaitOptions> = {}): WaitOptions => ({
  deadline: Date.now() + 30_000,
  signal: new AbortController().signal,
  onProgress: () => {},
  ...extra,
});
/** Conditions read just before an update, written just now or long ago. */
const justWritten = (before: Condition[]) => ({ before, at: Date.now() });
const longAgo = (before: Condition[]) => ({ before, at: Date.now() - 60_000 });

describe("waitReady: when the provider takes an object as ready", () => {
  const cases: Array<{
    reason: string;
    decl?: KindDeclaration;
    objects: Read[];
    secrets?: Array<Record<string, string> | undefined>;
    afterWrite?: WaitOptions["afterWrite"];
    /** Which read is returned as ready (1-based). */
    readyAt: number;
  }> = [
    {
      reason: "a new object reporting Ready=True is ready at once",
      objects: [object([ready()])],
      readyAt: 1,
    },
    {
      reason: "a new object becomes ready once Ready turns True",
      objects: [object([]), object([pending()]), object([ready()])],
      readyAt: 3,
    },
    {
      reason: "right after an update, the Ready=True from before is stale: it waits for a new transition",
      objects: [object([ready()]), object([ready({ lastTransitionTime: T1 })])],
      afterWrite: justWritten([ready()]),
      readyAt: 2,
    },
    {
      reason: "right after an update, a new message is a new transition too",
      objects: [object([ready({ message: "Helm upgrade succeeded for release 2" })])],
      afterWrite: justWritten([ready()]),
      readyAt: 1,
    },
    {
      reason: "conditions unmoved for the settle time: the platform had nothing to do",
      objects: [object([ready()])],
      afterWrite: longAgo([ready()]),
      readyAt: 1,
    },
    {
      reason: "a failure left from before the update is not the verdict on it",
      objects: [object([failed()]), object([ready({ lastTransitionTime: T1 })])],
      afterWrite: justWritten([failed()]),
      readyAt: 2,
    },
    {
      reason: "a condition of an older generation is stale (Kubernetes-style servers)",
      objects: [object([ready({ observedGeneration: 1 })], 2), object([ready({ observedGeneration: 2 })], 2)],
      readyAt: 2,
    },
    {
      reason: "a kind with credentials waits for its Secret to hold every key",
      decl: rabbitmq,
      objects: [object([ready()])],
      secrets: [undefined, { username: "admin" }, { username: "admin", password: "pw" }],
      readyAt: 3,
    },
    {
      reason: "a server error while reading is retried",
      objects: [new KubeError("etcdserver: leader changed", 503, {}), object([ready()])],
      readyAt: 2,
    },
  ];
  for (const c of cases) {
    it(c.reason, async () => {
      const { reader, reads } = scripted(c.objects, c.secrets);
      const got = await readingPlatform(reader).waitReady(
        c.decl ?? redis,
        "tenant-a",
        "cache",
        options({ afterWrite: c.afterWrite }),
      );
      expect(reads()).toBe(c.readyAt);
      expect(got).toEqual(c.objects[Math.min(c.readyAt, c.objects.length) - 1]);
    });
  }
});

describe("waitReady: when it gives up, and what it says", () => {
  const STAYS = "The object stays in state.";
  const cases: Array<{ reason: string; objects: Read[]; options: Partial<WaitOptions>; message: string }> = [
    {
      reason: "the platform reports a failure after the write",
      objects: [object([failed({ lastTransitionTime: T1 })])],
      options: { afterWrite: justWritten([ready()]) },
      message: "Redis tenant-a/cache failed: Ready=False, reason UpgradeFailed: chart hook failed",
    },
    {
      reason: "a failure without reason or message is still explained",
      objects: [object([{ type: "Ready", status: "False" }])],
      options: {},
      message: "Redis tenant-a/cache failed: Ready=False, reason Unknown: Ready is False",
    },
    {
      reason: "the object vanished while waiting",
      objects: [object([pending()]), undefined],
      options: {},
      message: "Redis tenant-a/cache disappeared while waiting for it to become ready",
    },
    {
      reason: "time ran out: the Ready condition as it stood",
      objects: [object([pending()])],
      options: { deadline: Date.now() - 1 },
      message: `timed out waiting for Redis tenant-a/cache to become ready (waiting for condition Ready; Ready=Unknown, reason Progressing: Helm install in progress). ${STAYS}`,
    },
    {
      reason: "time ran out with no conditions at all",
      objects: [object([])],
      options: { deadline: Date.now() - 1 },
      message: `timed out waiting for Redis tenant-a/cache to become ready (waiting for condition Ready). ${STAYS}`,
    },
    {
      reason: "time ran out while Ready=True was still the one from before the write",
      objects: [object([ready()])],
      options: { deadline: Date.now() - 1, afterWrite: justWritten([ready()]) },
      message: `timed out waiting for Redis tenant-a/cache to become ready (waiting for condition Ready; Ready=Unknown, reason NotYetUpdated: no new transition since the change). ${STAYS}`,
    },
    {
      reason: "a refusal is not retried",
      objects: [new KubeError("redises.apps.cozystack.io is forbidden", 403, {})],
      options: {},
      message: "reading Redis tenant-a/cache: redises.apps.cozystack.io is forbidden",
    },
  ];
  for (const c of cases) {
    it(c.reason, async () => {
      const { reader } = scripted(c.objects);
      const wait = readingPlatform(reader).waitReady(redis, "tenant-a", "cache", options(c.options));
      await expect(wait).rejects.toThrow(PlatformError);
      await expect(wait).rejects.toThrow(new PlatformError(c.message));
    });
  }

  it("stops when the host stops it", async () => {
    const stop = new AbortController();
    const { reader } = scripted([object([pending()])]);
    const wait = readingPlatform(reader).waitReady(
      redis,
      "tenant-a",
      "cache",
      options({ signal: stop.signal }),
    );
    stop.abort();
    await expect(wait).rejects.toThrow(new PlatformError("stopped by the host while waiting"));
  });

  it("says what it is waiting for while it waits", async () => {
    const said: string[] = [];
    const { reader } = scripted([object([pending()]), object([ready()])]);
    await readingPlatform(reader).waitReady(
      redis,
      "tenant-a",
      "cache",
      options({ onProgress: (m) => said.push(m) }),
    );
    expect(said).toEqual(["still waiting for Redis tenant-a/cache: condition Ready"]);
  });
});

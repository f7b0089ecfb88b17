import { describe, expect, it } from "vitest";
import type { Condition } from "../../schemas/core/readiness.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import { type ObjectValue, type RequestContext, Unknown, type Diagnostic } from "../plugin/index.ts";
import type { KubeObject } from "./kube/client.ts";
import { Platform, type PlatformClient } from "./platform.ts";
import { kindResource } from "./resource.ts";
import { resourceSchema } from "./schema.ts";
import { Session } from "./session.ts";

/**
 * The readiness-pending mark through the resource's calls, against a platform that holds
 * one Redis: an apply the host stops while it waits hands the object back marked, with a
 * warning (an error would make the host taint it); the next plan continues the wait in
 * place; that apply writes nothing and clears the mark; a refresh that finds the object
 * ready clears it too.
 */
const silent: RequestContext["log"] = {
  log: () => {},
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  with: () => silent,
};
const NS = "tenant-a";
const PENDING = { readinessPending: true };

const readyCondition = (status: string): Condition => ({ type: "Ready", status, reason: "r", message: "m" });

/** A platform holding Redis tenant-a/cache; it counts the writes it is sent. */
function platformWith(ready: { status: string }) {
  const writes: string[] = [];
  const object = (): KubeObject => ({
    apiVersion: redis.apiVersion,
    kind: redis.kind,
    metadata: { name: "cache", namespace: NS, uid: "u-1", generation: 1, resourceVersion: "7" },
    spec: {},
    status: { conditions: [readyCondition(ready.status)] },
  });
  const client: PlatformClient = {
    getOrUndefined: <T>(path: string) =>
      Promise.resolve((path.endsWith("/redises/cache") ? object() : undefined) as T | undefined),
    create: <T>() => {
      writes.push("create");
      return Promise.resolve(object() as T);
    },
    replace: <T>() => {
      writes.push("replace");
      return Promise.resolve(object() as T);
    },
    delete: () => Promise.reject(new Error("not in this test")),
    list: () => Promise.reject(new Error("not in this test")),
  };
  const session = new Session();
  const platform = new Platform(client);
  session.platform = () => Promise.resolve(platform);
  return { resource: kindResource(redis, session), writes };
}

const config: ObjectValue = {
  ...Object.fromEntries(Object.keys(resourceSchema(redis).block.attributes).map((k) => [k, null])),
  name: "cache",
  namespace: NS,
};
const summaries = (diags: Diagnostic[] | undefined) =>
  (diags ?? []).map((d) => `${d.severity}: ${d.summary}`);

async function plannedCreate(resource: ReturnType<typeof platformWith>["resource"]): Promise<ObjectValue> {
  const ctx = { log: silent, signal: new AbortController().signal };
  const result = await resource.plan!(
    { prior: null, proposed: config, config, private: undefined, clientCapabilities: {} as never },
    ctx,
  );
  return result.planned!;
}

describe("an apply the host stops while it waits for readiness", () => {
  it("hands back the object with a warning and the mark, not an error", async () => {
    const { resource, writes } = platformWith({ status: "Unknown" });
    const planned = await plannedCreate(resource);
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 20);
    const result = await resource.create(
      { planned, config, private: undefined },
      { log: silent, signal: stop.signal },
    );
    expect(writes).toEqual(["create"]);
    expect(result.state?.name).toBe("cache");
    expect(result.private).toEqual(PENDING);
    expect(summaries(result.diagnostics)).toEqual([
      `warning: Stopped waiting for Redis ${NS}/cache to become ready`,
    ]);
  });
});

describe("a create that times out waiting", () => {
  it("is an error (the host taints the object) that says how to keep it, and carries the mark for after an untaint", async () => {
    const { resource } = platformWith({ status: "Unknown" });
    const planned = {
      ...(await plannedCreate(resource)),
      timeouts: { create: "1s", update: null, delete: null },
    };
    const result = await resource.create(
      { planned, config: { ...config, timeouts: planned.timeouts }, private: undefined },
      { log: silent, signal: new AbortController().signal },
    );
    expect(result.state?.name).toBe("cache");
    expect(result.private).toEqual(PENDING);
    expect(summaries(result.diagnostics)).toEqual([`error: Redis ${NS}/cache is not ready`]);
    expect(result.diagnostics![0]!.detail).toContain("timed out waiting for Redis");
    expect(result.diagnostics![0]!.detail).toContain("run `tofu untaint <address>`");
  });
});

describe("the plan after it", () => {
  const cases: Array<{ reason: string; priv: unknown; set?: ObjectValue; resumes: boolean }> = [
    {
      reason: "marked, spec unchanged: the wait continues as an in-place update",
      priv: PENDING,
      resumes: true,
    },
    { reason: "no mark: nothing to do", priv: undefined, resumes: false },
    {
      reason: "marked, but the name changes: a replacement, which waits anyway",
      priv: PENDING,
      set: { name: "other" },
      resumes: false,
    },
  ];
  it.each(cases)("$reason", async ({ priv, set, resumes }) => {
    const { resource } = platformWith({ status: "Unknown" });
    const prior = { ...(await plannedCreate(resource)), connection: null, id: `${NS}/cache` };
    const next = { ...config, ...set };
    const result = await resource.plan!(
      { prior, proposed: { ...prior, ...set }, config: next, private: priv, clientCapabilities: {} as never },
      { log: silent, signal: new AbortController().signal },
    );
    expect(result.planned!.connection instanceof Unknown).toBe(resumes);
    expect(result.requiresReplace).toEqual(set ? [["name"]] : []);
    expect(summaries(result.diagnostics)).toEqual(
      resumes ? [`warning: Waiting again for Redis ${NS}/cache`] : [],
    );
  });
});

describe("the apply that resumes the wait", () => {
  it("writes nothing, waits until ready and clears the mark", async () => {
    const { resource, writes } = platformWith({ status: "True" });
    const prior = { ...(await plannedCreate(resource)), connection: null, id: `${NS}/cache` };
    const planned = { ...prior, connection: new Unknown() };
    const result = await resource.update(
      { prior, planned, config, private: PENDING },
      { log: silent, signal: new AbortController().signal },
    );
    expect(writes).toEqual([]);
    expect(result.diagnostics ?? []).toEqual([]);
    expect(result.private).toEqual({});
  });
});

describe("a refresh of a marked object", () => {
  const cases: Array<{ reason: string; status: string; cleared: boolean }> = [
    { reason: "ready by now: the mark is dropped", status: "True", cleared: true },
    {
      reason: "still installing: the mark stays (the host keeps what it had)",
      status: "Unknown",
      cleared: false,
    },
  ];
  it.each(cases)("$reason", async ({ status, cleared }) => {
    const { resource } = platformWith({ status });
    const state = { ...(await plannedCreate(resource)), connection: null, id: `${NS}/cache` };
    const result = await resource.read(
      { state, private: PENDING },
      { log: silent, signal: new AbortController().signal },
    );
    expect(result.state?.name).toBe("cache");
    expect(result.private).toEqual(cleared ? {} : undefined);
  });
});

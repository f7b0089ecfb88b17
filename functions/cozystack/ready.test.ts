import fc from "fast-check";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import type { PlatformObject } from "../../schemas/core/platform-object.ts";
import { SETTLE_AFTER_WRITE_MS, type Condition } from "../../schemas/core/readiness.ts";
import { kubernetes } from "../../schemas/kinds/kubernetes.ts";
import { postgres } from "../../schemas/kinds/postgres.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import { composePlatformObject } from "./compose.ts";
import {
  isNewFailure,
  isTransition,
  keepBooks,
  observedState,
  platformReadiness,
  previousStatus,
  readConditions,
  readinessSummary,
  redactCondition,
  specHash,
  type Observed,
  type PlatformStatus,
} from "./ready.ts";

const T0 = new Date("2026-12-01T10:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

const readyTrue: Condition = {
  type: "Ready",
  status: "True",
  reason: "ReconciliationSucceeded",
  message: "ok",
  lastTransitionTime: "2026-12-01T09:00:00Z",
};
const readyFalse: Condition = {
  type: "Ready",
  status: "False",
  reason: "InstallFailed",
  message: "Helm install failed: values don't meet the specifications",
  lastTransitionTime: "2026-12-01T10:00:05Z",
};

function objectOf(decl: KindDeclaration, spec: Record<string, unknown> = {}) {
  const built = composePlatformObject(
    decl,
    { name: "db", namespace: "tenant-a", namePath: "metadata.name", namespacePath: "metadata.namespace" },
    spec,
  );
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.value;
}

const observed = (conditions: Condition[], generation?: number) =>
  observedState({
    ...objectOf(redis),
    metadata: { name: "db", namespace: "tenant-a", ...(generation !== undefined ? { generation } : {}) },
    status: { conditions },
  });

/** The canonical form as written by every release so far: the oracle the hash must keep matching. */
function canonicalJsonByHand(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJsonByHand).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .filter((k) => record[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJsonByHand(record[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
const hashByHand = (object: PlatformObject) =>
  createHash("sha256")
    .update(canonicalJsonByHand({ metadata: object.metadata, spec: object.spec }))
    .digest("hex")
    .slice(0, 32);

/** The same value with every object's keys in another order. */
function reordered(value: unknown, rotate: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reordered(v, rotate));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value);
  const shift = entries.length === 0 ? 0 : rotate % entries.length;
  const turned = [...entries.slice(shift), ...entries.slice(0, shift)].reverse();
  return Object.fromEntries(turned.map(([k, v]) => [k, reordered(v, rotate)]));
}

const asObject = (spec: unknown, labels?: Record<string, string>): PlatformObject => ({
  apiVersion: "apps.cozystack.io/v1alpha1",
  kind: "Postgres",
  metadata: { name: "db", namespace: "tenant-a", ...(labels ? { labels } : {}) },
  spec: spec as Record<string, unknown>,
});

describe("specHash", () => {
  it("follows the composed object, not the order of its keys", () => {
    const a = objectOf(redis, { replicas: 3, size: "2Gi" });
    const b = objectOf(redis, { size: "2Gi", replicas: 3 });
    expect(specHash(a)).toBe(specHash(b));
    expect(specHash(objectOf(redis, { replicas: 4 }))).not.toBe(specHash(a));
    expect(specHash({ ...a, metadata: { ...a.metadata, labels: { x: "y" } } })).not.toBe(specHash(a));
  });

  it("is the same whatever order the XR gave the entries of its maps", () => {
    // The model keeps map entries in the order given; only the hash's sorting makes them equal.
    const users = objectOf(postgres, { users: { bob: {}, alice: { replication: true } } });
    const swapped = objectOf(postgres, { users: { alice: { replication: true }, bob: {} } });
    expect(Object.keys(users.spec.users as object)).toEqual(["bob", "alice"]);
    expect(specHash(users)).toBe(specHash(swapped));
    expect(specHash(users)).not.toBe(specHash(objectOf(postgres, { users: { bob: {}, alice: {} } })));
  });

  it("keeps the value earlier releases wrote to status, so an upgrade is not taken for a write", () => {
    const object = asObject(
      {
        replicas: 3,
        users: { bob: {}, alice: { password: "x" } },
        databases: { orders: { roles: { admin: ["alice"] } } },
        size: "10Gi",
      },
      { team: "shop" },
    );
    expect(specHash(object)).toBe("55774919b41da629143de1812d700306");
  });

  it("equals the key-sorted JSON's hash, and ignores key order, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.boolean(), (spec, rotate, digits) => {
        // Integer-like keys, which objects always list first, in numeric order.
        const object = asObject({ value: spec, toJSON: "x", ...(digits ? { "10": spec, "9": 1 } : {}) });
        expect(specHash(object)).toBe(hashByHand(object));
        expect(specHash(asObject(reordered(object.spec, rotate)))).toBe(specHash(object));
      }),
      { numRuns: 500 },
    );
  });

  const oddities = [
    { reason: "undefined entries are left out", spec: { a: undefined, b: 1 } },
    { reason: "undefined in a list is null", spec: { list: [undefined, 1] } },
    { reason: "a function or symbol is null", spec: { f: () => 1, s: Symbol("s"), l: [() => 1] } },
    { reason: "a Date is an empty object, not its ISO string", spec: { at: new Date(0) } },
    { reason: "NaN and Infinity are null", spec: { n: NaN, i: Infinity } },
    {
      reason: "a key named __proto__ is kept",
      spec: JSON.parse('{"__proto__": {"b": 1, "a": 2}}') as unknown,
    },
    {
      reason: "keys are sorted by UTF-16 code units",
      spec: { é: 1, z: 2, Z: 3, "10": 4, "9": 5, "😀": 6, "￿": 7 },
    },
  ];
  it.each(oddities)("as the key-sorted JSON: $reason", ({ spec }) => {
    const object = asObject(spec);
    expect(specHash(object)).toBe(hashByHand(object));
  });
});

describe("keepBooks", () => {
  it("starts anew on a new spec: now, with the conditions seen before the write", () => {
    const previous = { specHash: "h0", changedAt: T0.toISOString(), conditionsAtChange: [] };
    const { books, afterWrite } = keepBooks(previous, "h1", [readyTrue], later(5000));
    expect(books).toEqual({
      specHash: "h1",
      changedAt: later(5000).toISOString(),
      conditionsAtChange: [readyTrue],
    });
    expect(afterWrite).toEqual({ before: [readyTrue], elapsedMs: 0 });
  });

  it("holds nothing back without an earlier hash (first call, or a status the XRD prunes)", () => {
    const { books, afterWrite } = keepBooks(undefined, "h1", [readyTrue], T0);
    expect(books).toEqual({ specHash: "h1", changedAt: T0.toISOString(), conditionsAtChange: [readyTrue] });
    expect(afterWrite).toEqual({ before: [], elapsedMs: 0 });
  });

  it("carries the books on while the spec stays, counting the time since the change", () => {
    const previous = { specHash: "h1", changedAt: T0.toISOString(), conditionsAtChange: [readyTrue] };
    const { books, afterWrite } = keepBooks(previous, "h1", [readyFalse], later(4000));
    expect(books).toEqual(previous);
    expect(afterWrite).toEqual({ before: [readyTrue], elapsedMs: 4000 });
  });

  it("starts anew when the stored time cannot be read", () => {
    const { books } = keepBooks({ specHash: "h1", changedAt: "yesterday" }, "h1", [], T0);
    expect(books.changedAt).toBe(T0.toISOString());
  });
});

describe("platformReadiness", () => {
  const settled = { before: [], elapsedMs: 0 };
  const cases: Array<{
    reason: string;
    decl?: KindDeclaration;
    object?: Observed;
    afterWrite?: { before: Condition[]; elapsedMs: number };
    secret?: Record<string, string>;
    state: string;
  }> = [
    { reason: "pending while the object was never observed", object: undefined, state: "pending" },
    { reason: "pending without a Ready condition", object: observed([]), state: "pending" },
    { reason: "ready on Ready=True", object: observed([readyTrue]), state: "ready" },
    { reason: "failed on Ready=False", object: observed([readyFalse]), state: "failed" },
    {
      reason: "pending right after a write while Ready has not moved (the real API shows the old Ready=True)",
      object: observed([readyTrue]),
      afterWrite: { before: [readyTrue], elapsedMs: 1000 },
      state: "pending",
    },
    {
      reason: "ready once the unmoved condition has settled: the platform had nothing to do",
      object: observed([readyTrue]),
      afterWrite: { before: [readyTrue], elapsedMs: SETTLE_AFTER_WRITE_MS },
      state: "ready",
    },
    {
      reason: "failed at once after a write when Ready moved to False",
      object: observed([readyFalse]),
      afterWrite: { before: [readyTrue], elapsedMs: 1000 },
      state: "failed",
    },
    {
      reason: "pending on a condition stamped with an older generation",
      object: observed([{ ...readyTrue, observedGeneration: 1 }], 2),
      state: "pending",
    },
    {
      reason: "pending for a kind that also waits for a credentials key, until it is there",
      decl: kubernetes,
      object: observed([readyTrue]),
      state: "pending",
    },
    {
      reason: "ready for that kind once the key is published",
      decl: kubernetes,
      object: observed([readyTrue]),
      secret: { "admin.conf": "apiVersion: v1" },
      state: "ready",
    },
  ];
  it.each(cases)("$reason", ({ decl, object, afterWrite, secret, state }) => {
    expect(platformReadiness(decl ?? redis, object, afterWrite ?? settled, secret).state).toBe(state);
  });

  it("surfaces the platform's reason and message on failure", () => {
    expect(platformReadiness(redis, observed([readyFalse]), settled, undefined)).toEqual({
      state: "failed",
      condition: "Ready",
      reason: "InstallFailed",
      message: readyFalse.message,
    });
  });
});

describe("the summary on the XR", () => {
  const object = objectOf(redis);
  it.each([
    { readiness: { state: "ready" } as const, ready: "True", reason: "Ready" },
    {
      readiness: { state: "pending", waitingFor: "condition Ready" } as const,
      ready: "Unknown",
      reason: "Pending",
    },
    {
      readiness: { state: "failed", condition: "Ready", reason: "InstallFailed", message: "m" } as const,
      ready: "False",
      reason: "InstallFailed",
    },
  ])("is $ready for $readiness.state", ({ readiness, ready, reason }) => {
    expect(readinessSummary(redis, object, readiness)).toMatchObject({ ready, reason });
  });

  const failure = { ready: "False", reason: "InstallFailed", message: "m" } as const;
  it.each<{ reason: string; previous: Partial<PlatformStatus> | undefined; news: boolean }>([
    { reason: "a first failure is news", previous: { ready: "True" }, news: true },
    { reason: "a failure after pending is news", previous: { ready: "Unknown" }, news: true },
    { reason: "the same failure again is not", previous: { ...failure }, news: false },
    { reason: "a different reason is", previous: { ...failure, reason: "UpgradeFailed" }, news: true },
    { reason: "a failure with no history is", previous: undefined, news: true },
  ])("$reason", ({ previous, news }) => {
    expect(isNewFailure(previous, failure)).toBe(news);
  });

  it("never calls a ready or pending object a new failure", () => {
    expect(isNewFailure(undefined, { ready: "True", reason: "Ready", message: "" })).toBe(false);
    expect(isNewFailure(undefined, { ready: "Unknown", reason: "Pending", message: "" })).toBe(false);
  });
});

describe("isTransition", () => {
  const ready = { ready: "True", reason: "Ready", message: "Redis tenant-a/db is ready" } as const;
  const shown = { ...ready, specHash: "h1" };
  it.each([
    { reason: "the first call, with no bookkeeping yet, is", previous: undefined, hash: "h1", news: true },
    {
      reason: "a status without a hash (an XRD that prunes it) is",
      previous: { ...ready },
      hash: "h1",
      news: true,
    },
    { reason: "the same state and spec again is not", previous: shown, hash: "h1", news: false },
    { reason: "a new spec written is", previous: shown, hash: "h2", news: true },
    {
      reason: "another ready state is",
      previous: { ...shown, ready: "Unknown" as const },
      hash: "h1",
      news: true,
    },
    { reason: "another reason is", previous: { ...shown, reason: "Pending" }, hash: "h1", news: true },
    { reason: "another message is", previous: { ...shown, message: "waiting" }, hash: "h1", news: true },
  ])("$reason a transition", ({ previous, hash, news }) => {
    expect(isTransition(previous, ready, hash)).toBe(news);
  });
});

describe("observedState", () => {
  it("reads conditions and the generation, and nothing when nothing was observed", () => {
    expect(observedState({ metadata: { generation: 3 }, status: { conditions: [readyTrue] } })).toEqual({
      conditions: [readyTrue],
      generation: 3,
    });
    expect(observedState({ metadata: {}, status: {} })).toEqual({ conditions: [] });
    expect(observedState(undefined)).toBeUndefined();
  });

  it("redacts secrets from a condition's reason and message, keeping the rest", () => {
    const leaky = { ...readyFalse, message: "password hunter22 refused" };
    expect(redactCondition(leaky, new Set(["hunter22"]))).toEqual({
      ...readyFalse,
      message: "password (a secret value, not shown) refused",
    });
  });
});

describe("previousStatus", () => {
  it("reads what the function wrote, and skips what it cannot read", () => {
    expect(
      previousStatus({
        platform: {
          ready: "Maybe",
          reason: 5,
          specHash: "h",
          changedAt: T0.toISOString(),
          conditionsAtChange: [readyTrue, { status: "True" }, "x"],
        },
      }),
    ).toEqual({ specHash: "h", changedAt: T0.toISOString(), conditionsAtChange: [readyTrue] });
    expect(previousStatus({})).toBeUndefined();
    expect(previousStatus({ platform: "x" })).toBeUndefined();
  });

  it("reads conditions leniently: a missing status is Unknown", () => {
    expect(readConditions([{ type: "Ready" }])).toEqual([{ type: "Ready", status: "Unknown" }]);
    expect(readConditions("Ready")).toEqual([]);
  });
});

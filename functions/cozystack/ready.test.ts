import { describe, expect, it } from "vitest";
import type { KindDeclaration } from "../../schemas/core/kind.ts";
import { SETTLE_AFTER_WRITE_MS, type Condition } from "../../schemas/core/readiness.ts";
import { kubernetes } from "../../schemas/kinds/kubernetes.ts";
import { redis } from "../../schemas/kinds/redis.ts";
import { composePlatformObject } from "./compose.ts";
import {
  isNewFailure,
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

describe("specHash", () => {
  it("follows the composed object, not the order of its keys", () => {
    const a = objectOf(redis, { replicas: 3, size: "2Gi" });
    const b = objectOf(redis, { size: "2Gi", replicas: 3 });
    expect(specHash(a)).toBe(specHash(b));
    expect(specHash(objectOf(redis, { replicas: 4 }))).not.toBe(specHash(a));
    expect(specHash({ ...a, metadata: { ...a.metadata, labels: { x: "y" } } })).not.toBe(specHash(a));
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
